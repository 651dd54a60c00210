import { describe, expect, it, vi } from 'vitest'
import { askCompareAhead, compareRequest, compareViewMounted } from './compareAhead'

// Go answers through api.ts (the one door to Go); only the comparison asked ahead is replaced:
// each request is recorded, and answered when the test says so.
const calls = vi.hoisted(() => ({ asked: [] as { req: object; answer: (r: object) => void }[] }))
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  CompareService: { CompareAhead: (req: object) => new Promise((answer) => calls.asked.push({ req, answer })) },
}))

const filters = { from: '2025-01-01', to: '', channel: [], group: ['business'], method: [] }

describe('the comparison asked ahead', () => {
  it('asks what the view asks first, settles on Go\'s answer, and asks nothing once the view is mounted', async () => {
    ;(window as unknown as { go: object }).go = {}
    const asking = askCompareAhead(compareRequest('en', 'quarter', 'SVC_ONTIME', filters as never))
    expect(calls.asked.map((a) => a.req)).toEqual([{ lang: 'en', grain: 'quarter', period: '', indicator: 'SVC_ONTIME', filters }])
    let settled = false
    asking.then(() => (settled = true))
    await new Promise((r) => setTimeout(r, 0))
    expect(settled).toBe(false) // the window asks the next thing ahead only after this answer
    calls.asked[0].answer({ ok: false, preempted: true })
    await asking
    compareViewMounted()
    await askCompareAhead(compareRequest('en', 'quarter', 'SVC_ONTIME', filters as never))
    expect(calls.asked.length).toBe(1)
  })
})
