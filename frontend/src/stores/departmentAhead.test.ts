import { beforeEach, describe, expect, it, vi } from 'vitest'
import { department, departmentRequest, askAhead, dropAhead, withRest, restFields } from './departmentAhead'

// Go answers through api.ts (the one door to Go); only the department's requests are replaced:
// each is recorded, and answered when the test says so.
type Asked = { via: string; req: { code: string; part: string }; answer: (r: object) => void }
const calls = vi.hoisted(() => ({ asked: [] as Asked[] }))
const call = vi.hoisted(() => (via: string) => (req: { code: string; part: string }) =>
  new Promise((resolve) => calls.asked.push({ via, req, answer: resolve })))
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  DepartmentService: { Department: call('Department'), DepartmentAhead: call('DepartmentAhead') },
}))

const filters = { from: '', to: '', channel: [], group: [], method: [] }
const req = (code = '') => departmentRequest(code, 'bg', filters as never, '')
const settle = () => new Promise((r) => setTimeout(r, 0))
const topOf = (code: string) => ({ ok: true, part: 'top', code, name: code, changes: [{ service: 's' }], voices: { themes: [] }, signals: { received: null } })
const restOf = (code: string) => ({ ok: true, part: 'rest', code, name: code, changes: null, keyDrivers: { n: 3 }, trend: { points: [1] }, signals: { received: { signal: 2 } }, backlog: [{ register: 'requests' }] })

let asked: Asked[] = []
beforeEach(() => {
  asked = calls.asked = []
  dropAhead()
  ;(window as unknown as { go: object }).go = {}
})

describe('the department view in two answers', () => {
  it('asks for the top, and for the rest only once the top is back — of the department the top answered for', async () => {
    const parts = department(req(''))
    await settle()
    expect(asked.map((a) => a.req.part)).toEqual(['top']) // the rest waits for the top: two cores
    asked[0].answer(topOf('MDT')) // Go chose the department
    await settle()
    expect(asked.map((a) => a.req.part)).toEqual(['top']) // and for the view to call for it (a top shown)
    const rest = parts.rest()
    await settle()
    expect(asked.map((a) => [a.req.part, a.req.code])).toEqual([['top', ''], ['rest', 'MDT']])
    asked[1].answer(restOf('MDT'))
    const whole = withRest((await parts.top) as never, (await rest) as never) as unknown as Record<string, unknown>
    for (const f of restFields) expect(whole[f]).toEqual((restOf('MDT') as Record<string, unknown>)[f] ?? undefined)
    expect(whole.changes).toEqual(topOf('MDT').changes) // the top's own fields stay the top's
    expect(whole.part).toBe('')
  })

  it('takes both parts asked ahead for the same question, asking Go nothing more', async () => {
    let settled = false
    const asking = askAhead(req('MDT')).then(() => (settled = true))
    await settle()
    asked[0].answer(topOf('MDT'))
    await settle()
    expect(asked.map((a) => a.req.part)).toEqual(['top', 'rest']) // asked ahead: the rest at once
    expect(settled).toBe(false) // the window asks the next view ahead only once both are back
    const parts = department(req('MDT'))
    asked[1].answer(restOf('MDT'))
    await asking
    expect(((await parts.top) as { code: string }).code).toBe('MDT')
    expect(((await parts.rest()) as { part: string }).part).toBe('rest')
    expect(asked.map((a) => a.req.part)).toEqual(['top', 'rest'])
  })

  it('asks again for a part the window computed ahead in the background and stopped for a user request', async () => {
    askAhead(req('MDT'), true)
    await settle()
    expect(asked[0].via).toBe('DepartmentAhead')
    asked[0].answer({ ok: false, preempted: true })
    const parts = department(req('MDT'))
    await settle()
    expect(asked.map((a) => [a.via, a.req.part])).toEqual([['DepartmentAhead', 'top'], ['Department', 'top']])
    asked[1].answer(topOf('MDT'))
    const rest = parts.rest()
    await settle()
    await settle()
    expect(asked.map((a) => [a.via, a.req.part])).toEqual([['DepartmentAhead', 'top'], ['Department', 'top'], ['Department', 'rest']])
    asked[2].answer(restOf('MDT'))
    expect(((await rest) as { part: string }).part).toBe('rest')
  })

  it('shows a rest the user cancelled as cancelled, without asking for it again', async () => {
    askAhead(req('MDT'))
    await settle()
    asked[0].answer(topOf('MDT'))
    await settle()
    const parts = department(req('MDT'))
    asked[1].answer({ ok: false, code: '', problem: { key: 'errors.queryCancelled' } })
    expect(((await parts.rest()) as { ok: boolean }).ok).toBe(false)
    expect(asked.map((a) => a.req.part)).toEqual(['top', 'rest'])
  })

  it('asks for no rest when the top names no department (an empty database)', async () => {
    const parts = department(req(''))
    await settle()
    asked[0].answer({ ok: true, part: 'top', code: '', departments: [] })
    expect(((await parts.rest()) as { code: string }).code).toBe('')
    expect(asked.map((a) => a.req.part)).toEqual(['top'])
  })
})
