import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent } from 'vue'
import { busy, useLatestRequest } from './latest'
import { i18n } from '../i18n'

// A request for a part of a view whose place the page holds (the department's rest) counts in
// busy.below as well as in busy.count: the header's Cancel sees every request, the window's walk
// waits on the others alone.
describe('busy', () => {
  it('counts a request for a part below apart, until its answer is back', async () => {
    let api!: ReturnType<typeof useLatestRequest>
    mount(defineComponent({ setup: () => ((api = useLatestRequest()), () => null) }), { global: { plugins: [i18n] } })
    let answer!: (v: { ok: boolean }) => void
    const first = api.run(() => new Promise<{ ok: boolean }>((r) => (answer = r)), () => {}, { below: true })
    expect([busy.count, busy.below]).toEqual([1, 1])
    let answer2!: (v: { ok: boolean }) => void
    const second = api.run(() => new Promise<{ ok: boolean }>((r) => (answer2 = r)), () => {})
    expect([busy.count, busy.below]).toEqual([2, 1])
    answer({ ok: true })
    await first
    expect([busy.count, busy.below]).toEqual([1, 0])
    answer2({ ok: true })
    await second
    expect([busy.count, busy.below]).toEqual([0, 0])
  })
  it('never lets the count touch zero between an answer and the request its apply starts', async () => {
    let api!: ReturnType<typeof useLatestRequest>
    mount(defineComponent({ setup: () => ((api = useLatestRequest()), () => null) }), { global: { plugins: [i18n] } })
    const seen: number[] = []
    let answerRest!: (v: { ok: boolean }) => void
    let rest: Promise<void> | undefined
    await api.run(async () => ({ ok: true }), () => {
      seen.push(busy.count)
      rest = api.run(() => new Promise<{ ok: boolean }>((r) => (answerRest = r)), () => {})
      seen.push(busy.count)
    })
    seen.push(busy.count)
    expect(seen).toEqual([1, 2, 1])
    answerRest({ ok: true })
    await rest
    expect(busy.count).toBe(0)
  })
})
