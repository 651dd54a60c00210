import { beforeEach, describe, expect, it, vi } from 'vitest'

// Go answers through api.ts: Status is answered when the test says so, and "data:ready" is emitted
// by the test; each listener can be removed, as the Wails runtime's.
const go = vi.hoisted(() => ({
  answer: (_s: object) => {},
  listeners: new Set<(s: object) => void>(),
}))
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  StatusService: { Status: () => new Promise((resolve) => (go.answer = resolve)) },
  EventsOn: (name: string, fn: (s: object) => void) => {
    if (name !== 'data:ready') return () => {}
    go.listeners.add(fn)
    return () => go.listeners.delete(fn)
  },
}))
const emitReady = (s: object) => go.listeners.forEach((fn) => fn(s))

let first: typeof import('./firstStatus')
beforeEach(async () => {
  go.listeners.clear()
  ;(window as unknown as { go: object }).go = {}
  vi.resetModules()
  first = await import('./firstStatus')
})

describe('the first status, asked before the window is mounted', () => {
  it('is the answer when nothing newer came', async () => {
    const asked = first.askFirstStatus()
    expect(first.firstStatus()).toBeNull()
    go.answer({ ready: false })
    await asked
    expect(first.firstStatus()).toEqual({ ready: false })
  })

  it('gives way to a "data:ready" that came before the answer, or after it and before the window listens', async () => {
    const asked = first.askFirstStatus()
    emitReady({ ready: true, n: 1 }) // the data became ready while the answer was on its way
    go.answer({ ready: false })
    await asked
    expect(first.firstStatus()).toEqual({ ready: true, n: 1 })
    emitReady({ ready: true, n: 2 }) // after the answer, before the window's own listener
    expect(first.endFirstStatus()).toEqual({ ready: true, n: 2 })
  })

  it('stops listening once the window listens itself', async () => {
    const asked = first.askFirstStatus()
    go.answer({ ready: false })
    await asked
    expect(go.listeners.size).toBe(1)
    first.endFirstStatus()
    expect(go.listeners.size).toBe(0)
    emitReady({ ready: true })
    expect(first.firstStatus()).toEqual({ ready: false }) // the window's own listener has it now
  })

  it('asks Go once', async () => {
    const a = first.askFirstStatus()
    expect(first.askFirstStatus()).toBe(a)
  })
})
