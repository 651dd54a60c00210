// A view's charts are first drawn one after another, a few per task, in the order they were
// mounted: the first chart of a view paints before the others are built (the window shows its
// first chart at once, the rest follow frame by frame), and a view with many charts never holds
// the window for the sum of them. Later redraws of a drawn chart (new data, language) are at once.
const queue: Array<() => void> = []
let scheduled = false
const budgetMs = 12

function drain() {
  const start = performance.now()
  while (queue.length && performance.now() - start < budgetMs) queue.shift()!()
  if (queue.length) setTimeout(drain, 0)
  else scheduled = false
}

export function drawSoon(fn: () => void) {
  queue.push(fn)
  if (!scheduled) {
    scheduled = true
    setTimeout(drain, 0)
  }
}
