import { describe, expect, it } from 'vitest'
import { drawSoon } from './drawQueue'

// jsdom lays nothing out: each chart's element is given the box a window would give it.
function chartAt(top: number, height = 360, width = 800): HTMLElement {
  const el = document.createElement('div')
  el.getBoundingClientRect = () => ({ top, bottom: top + height, left: 0, right: width, width, height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect
  return el
}

const idle = () => new Promise<void>((r) => setTimeout(r, 200))

describe('drawQueue', () => {
  it('draws the charts in the window first, then those below the fold one per frame, in their order', async () => {
    const innerHeight = window.innerHeight // jsdom: 768
    const drawn: string[] = []
    const frames: number[] = []
    let frame = 0
    const counting = () => {
      frame++
      requestAnimationFrame(counting)
    }
    requestAnimationFrame(counting)
    const queue = (name: string, el: HTMLElement) => drawSoon(() => { drawn.push(name); frames.push(frame) }, () => el)
    queue('below 1', chartAt(innerHeight + 100))
    queue('top', chartAt(0))
    queue('below 2', chartAt(innerHeight + 600))
    queue('hidden pane', chartAt(0, 0, 0))
    queue('straddling the fold', chartAt(innerHeight - 50))
    await idle()
    expect(drawn).toEqual(['top', 'straddling the fold', 'below 1', 'below 2', 'hidden pane'])
    // each chart outside the view waits for a frame after the one before it
    const below = frames.slice(2)
    for (let i = 1; i < below.length; i++) expect(below[i]).toBeGreaterThan(below[i - 1])
  })

  it('draws a chart whose element is gone (unmounted before its turn) without waiting on it', async () => {
    const drawn: string[] = []
    drawSoon(() => drawn.push('gone'), () => undefined)
    drawSoon(() => drawn.push('top'), () => chartAt(10))
    await idle()
    expect(drawn).toEqual(['top', 'gone'])
  })
})
