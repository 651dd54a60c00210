import { afterEach, describe, expect, it, vi } from 'vitest'
import { drawAll, drawEverything, drawSoon, holdDrawing } from './drawQueue'

// jsdom lays nothing out: each chart's element is given the box a window would give it.
function chartAt(top: number, height = 360, width = 800): HTMLElement {
  const el = document.createElement('div')
  el.getBoundingClientRect = () => ({ top, bottom: top + height, left: 0, right: width, width, height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect
  document.body.appendChild(el)
  return el
}

// frame counts the animation frames jsdom runs (60 a second), to tell which frame drew what.
let frame = 0
let counting = true
function count() {
  frame++
  if (counting) requestAnimationFrame(count)
}
afterEach(() => {
  counting = false
  document.body.innerHTML = ''
})
function startCounting() {
  counting = true
  requestAnimationFrame(count)
}

describe('drawQueue', () => {
  it('draws the charts in the window first, in one task, then those below the fold one per frame, in their order', async () => {
    startCounting()
    const innerHeight = window.innerHeight // jsdom: 768
    const drawn: string[] = []
    const frames: number[] = []
    const queue = (name: string, el: HTMLElement) => drawSoon(() => { drawn.push(name); frames.push(frame) }, () => el)
    queue('below 1', chartAt(innerHeight + 100))
    queue('top', chartAt(0))
    queue('below 2', chartAt(innerHeight + 600))
    queue('hidden pane', chartAt(0, 0, 0))
    queue('straddling the fold', chartAt(innerHeight - 50))
    await vi.waitFor(() => expect(drawn).toHaveLength(5), { timeout: 2000 })
    expect(drawn).toEqual(['top', 'straddling the fold', 'below 1', 'below 2', 'hidden pane'])
    expect(frames[1]).toBe(frames[0]) // what is in view: together, before a frame
    expect(frames[2]).toBeGreaterThan(frames[0]) // the first below the fold after a frame painted those
    // each chart outside the view waits for a frame after the one before it
    const below = frames.slice(2)
    for (let i = 1; i < below.length; i++) expect(below[i]).toBeGreaterThan(below[i - 1])
  })

  it('draws charts queued after the queue ran empty', async () => {
    const drawn: string[] = []
    drawSoon(() => drawn.push('first'), () => chartAt(0))
    await vi.waitFor(() => expect(drawn).toEqual(['first']))
    drawSoon(() => drawn.push('later, below the fold'), () => chartAt(5000))
    drawSoon(() => drawn.push('later'), () => chartAt(0))
    await vi.waitFor(() => expect(drawn).toEqual(['first', 'later', 'later, below the fold']))
  })

  it('leaves out a chart unmounted before its turn, and a chart that fails to draw stops no other', async () => {
    const drawn: string[] = []
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const gone = chartAt(0)
    drawSoon(() => drawn.push('gone'), () => gone)
    drawSoon(() => { throw new Error('a broken option') }, () => chartAt(0))
    drawSoon(() => drawn.push('top'), () => chartAt(10))
    drawSoon(() => drawn.push('below'), () => chartAt(5000))
    gone.remove()
    await vi.waitFor(() => expect(drawn).toEqual(['top', 'below']))
    expect(error).toHaveBeenCalledOnce()
    error.mockRestore()
  })

  it('draws everything still waiting at once before the page is printed', async () => {
    const drawn: string[] = []
    for (let i = 0; i < 4; i++) drawSoon(() => drawn.push('below ' + i), () => chartAt(5000 + i * 400))
    window.dispatchEvent(new Event('beforeprint'))
    expect(drawn).toEqual(['below 0', 'below 1', 'below 2', 'below 3'])
    await new Promise((r) => setTimeout(r, 100))
    expect(drawn).toHaveLength(4) // none twice
    drawSoon(() => drawn.push('after'), () => chartAt(0))
    drawAll()
    expect(drawn.at(-1)).toBe('after')
  })

  it("lets an export wait for a part of the view still on its way (the department's rest) before it draws what is left", async () => {
    let arrive!: () => void
    const rest = new Promise<void>((r) => (arrive = r))
    holdDrawing(rest)
    let done = false
    const everything = drawEverything().then(() => (done = true))
    await new Promise((r) => setTimeout(r, 20))
    expect(done).toBe(false)
    arrive()
    await everything
    expect(done).toBe(true)
  })
})
