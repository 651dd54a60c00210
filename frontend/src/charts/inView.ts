// inView: is any of the element inside the window's view (not below the fold, not in a hidden pane)?
// The draw queue draws these charts first, and the window's walk counts a view as shown when they
// are drawn.
export function inView(el: Element | null | undefined): boolean {
  if (!el) return false
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth
}
