// A view's charts are first drawn one after another, the ones in the window's view first: those are
// drawn a few per task (what the user sees comes at once), and the charts below the fold after
// them, one per frame, so the page paints and answers input between them instead of holding the
// window for the sum of every chart (a department view's five took 160 ms in WebKit before its
// first frame). Every chart is still drawn, without waiting to be scrolled to: exports and
// screenshots find the whole view. Later redraws of a drawn chart (new data, language) are at once.
import { inView } from './inView'

type Draw = { fn: () => void; el: () => HTMLElement | undefined }
const queue: Draw[] = []
let scheduled = false
const budgetMs = 12

const nextFrame = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0))

function drain() {
  const start = performance.now()
  while (queue.length && performance.now() - start < budgetMs) {
    const i = queue.findIndex((d) => inView(d.el()))
    if (i < 0) break
    queue.splice(i, 1)[0].fn()
  }
  if (!queue.length) {
    scheduled = false
    return
  }
  if (queue.some((d) => inView(d.el()))) {
    setTimeout(drain, 0) // more of what is in view: the next task
    return
  }
  // only charts below the fold (or in a hidden pane) left: one, then a frame painted
  queue.shift()!.fn()
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
