// A view's charts are first drawn one after another, the ones in the window's view first: those are
// drawn a few per task (what the user sees comes at once), and the charts below the fold after
// them, one per frame, so the page paints and answers input between them instead of holding the
// window for the sum of every chart (a department view's five took 160 ms in WebKit before its
// first frame). Every chart is still drawn, without waiting to be scrolled to: exports and
// screenshots find the whole view, and printing draws what is left first (drawAll). Later
// redraws of a drawn chart (new data, language) are at once. A long view's sections below the fold
// take their turn here too (components/LaterSection.vue).
import { nextTick } from 'vue'
import { inView } from './inView'

type Draw = { fn: () => void; el: () => HTMLElement | undefined }
let queue: Draw[] = []
let scheduled = false
const budgetMs = 12

const nextFrame = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0))

// run draws one chart; a chart that fails to draw is reported and never stops the others.
function run(d: Draw) {
  try {
    d.fn()
  } catch (e) {
    console.error(e)
  }
}

// gone: a chart unmounted before its turn (nothing to draw: it would cost a frame for nothing).
const gone = (d: Draw) => !d.el()?.isConnected

function drain() {
  queue = queue.filter((d) => !gone(d))
  const start = performance.now()
  let drewInView = false
  for (let i = queue.findIndex((d) => inView(d.el())); i >= 0; i = queue.findIndex((d) => inView(d.el()))) {
    if (performance.now() - start >= budgetMs) {
      setTimeout(drain, 0) // more of what is in view: the next task
      return
    }
    run(queue.splice(i, 1)[0])
    drewInView = true
  }
  if (!queue.length) {
    scheduled = false
    return
  }
  // only charts below the fold (or in a hidden pane) left: one a frame, the first after a frame
  // has painted what is in view
  if (!drewInView) run(queue.shift()!)
  if (queue.length) nextFrame(drain)
  else scheduled = false
}

// drawSoon queues a chart's first drawing; el is its drawing's element (where it is on the page
// decides its turn).
export function drawSoon(fn: () => void, el: () => HTMLElement | undefined) {
  queue.push({ fn, el })
  if (!scheduled) {
    scheduled = true
    setTimeout(drain, 0)
  }
}

// drawAll draws every chart still waiting, at once: before the page is printed (a view printed
// just after it opened would have blank boxes below the fold). A drain already scheduled then
// finds nothing left.
export function drawAll() {
  const left = queue.filter((d) => !gone(d))
  queue = []
  left.forEach(run)
}
window.addEventListener('beforeprint', drawAll)

// holdDrawing: a part of a view still on its way (the department's rest): drawEverything waits
// for it, so that an export made just after the view opened finds the whole view.
const held = new Set<Promise<unknown>>()
export function holdDrawing(p: Promise<unknown>) {
  held.add(p)
  p.finally(() => held.delete(p)).catch(() => {})
}

// drawEverything draws what is waiting and lets Vue render the sections that took their turn, until
// nothing waits (the charts those sections hold, a section an answer mounted meanwhile): what a
// view's export collects, or a scroll to a section, must find it on the page.
export async function drawEverything() {
  await Promise.allSettled([...held])
  for (let round = 0; round < 4; round++) {
    drawAll()
    await nextTick()
    if (!queue.some((d) => !gone(d))) return
  }
}
