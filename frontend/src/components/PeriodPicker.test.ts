import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import { nextTick } from 'vue'
import PeriodPicker from './PeriodPicker.vue'
import { i18n } from '../i18n'
import { dataSpan, spanOf } from '../stores/dataSpan'

// Mounting Naive UI in jsdom takes seconds on a loaded machine: these tests get 30 s.
// The records of each kind: the survey's run from 3 January 2024 to 6 December 2026.
// Go answers through api.ts (the one door to Go); only the records service is replaced.
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  RecordsService: {
    Records: async (req: { kind: string; desc: boolean }) => ({
      ok: true,
      page: { columns: ['date', 'id'], rows: req.kind === 'survey' ? [[req.desc ? '2026-12-06' : '2024-01-03', '1']] : [], total: 1 },
    }),
  },
}))

const panel = () => document.querySelector('[data-testid="period-panel"]') as HTMLElement | null

async function open(w: ReturnType<typeof mount>) {
  await w.find('[data-testid="period-picker"]').trigger('click')
  await flushPromises()
  await nextTick()
}

describe('PeriodPicker', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })
  it('loads its calendar when first opened, and shows the proposed range in it', async () => {
    i18n.global.locale.value = 'bg'
    const w = mount(PeriodPicker, { props: { from: '', to: '' }, global: { plugins: [i18n] }, attachTo: document.body })
    await open(w)
    // the calendar's code is a chunk of its own (components/dateCalendar.ts): it comes a moment later
    await vi.waitFor(() => expect(panel()!.querySelector('.calendar .n-date-panel-calendar')).not.toBeNull(), { timeout: 20000 })
    // the proposal (the last whole quarter with data) is marked in it: its first day starts the range
    expect(panel()!.querySelector('.calendar .n-date-panel-date--start')).not.toBeNull()
  }, 30000)
  it('opens on the data: presets count back from the last day with data, not from a future month', async () => {
    i18n.global.locale.value = 'bg'
    const w = mount(PeriodPicker, { props: { from: '', to: '' }, global: { plugins: [i18n] }, attachTo: document.body })
    expect(w.text()).toContain('Всички дати')
    await open(w)
    expect(dataSpan).toMatchObject({ first: '2024-01-03', last: '2026-12-06', known: true })
    const p = panel()!
    expect(p.textContent).toContain('Данните са от 03.01.2024 до 06.12.2026.')
    // the typed dates propose the last whole quarter with data
    expect((p.querySelector('[data-testid="period-from"] input') as HTMLInputElement).value).toBe('01.07.2026')
    expect((p.querySelector('[data-testid="period-to"] input') as HTMLInputElement).value).toBe('30.09.2026')
    const q = p.querySelector('[data-preset="lastQuarter"]') as HTMLButtonElement
    expect(q.textContent).toContain('III трим. 2026')
    expect(p.querySelector('[data-preset="lastYear"]')!.textContent).toContain('2025')
    expect(p.querySelector('[data-preset="ytd"]')!.textContent).toContain('01.01.2026 – 06.12.2026 · непълен')
    q.click()
    await nextTick()
    expect(w.emitted('update')![0]).toEqual([{ from: '2026-07-01', to: '2026-09-30' }])
    w.unmount()
  }, 30000)
  it('names the chosen period, marks a partial one, and offers the same period a year earlier', async () => {
    i18n.global.locale.value = 'bg'
    const w = mount(PeriodPicker, { props: { from: '2026-01-01', to: '2026-12-06' }, global: { plugins: [i18n] }, attachTo: document.body })
    await open(w)
    expect(w.find('[data-testid="period-picker"]').text()).toContain('01.01.2026 – 06.12.2026')
    expect(w.find('[data-testid="period-picker"]').text()).toContain('непълен')
    expect(panel()!.querySelector('[data-testid="period-chosen"]')!.textContent).toContain('01.01.2026 – 06.12.2026 (340 дни) · непълен')
    ;(panel()!.querySelector('[data-preset="yearEarlier"]') as HTMLButtonElement).click()
    await nextTick()
    expect(w.emitted('update')![0]).toEqual([{ from: '2025-01-01', to: '2025-12-06' }])
    await w.setProps({ from: '2026-07-01', to: '2026-09-30' })
    expect(w.find('[data-testid="period-picker"]').text()).toContain('III трим. 2026')
    expect(w.find('[data-testid="period-picker"]').text()).not.toContain('непълен')
    w.unmount()
  }, 30000)
  it('applies typed dates and refuses a day that does not exist', async () => {
    i18n.global.locale.value = 'en'
    const w = mount(PeriodPicker, { props: { from: '', to: '' }, global: { plugins: [i18n] }, attachTo: document.body })
    await open(w)
    const p = panel()!
    const from = p.querySelector('[data-testid="period-from"] input') as HTMLInputElement
    const to = p.querySelector('[data-testid="period-to"] input') as HTMLInputElement
    from.value = '29.02.2026'
    from.dispatchEvent(new Event('input'))
    to.value = '31.03.2026'
    to.dispatchEvent(new Event('input'))
    await nextTick()
    ;(p.querySelector('[data-testid="period-apply"]') as HTMLButtonElement).click()
    await nextTick()
    expect(p.querySelector('[data-testid="period-error"]')!.textContent).toContain('“29.02.2026” is not a date')
    expect(w.emitted('update')).toBeUndefined()
    from.value = '1.2.2024'
    from.dispatchEvent(new Event('input'))
    await nextTick()
    ;(p.querySelector('[data-testid="period-apply"]') as HTMLButtonElement).click()
    await nextTick()
    expect(w.emitted('update')![0]).toEqual([{ from: '2024-02-01', to: '2026-03-31' }])
    w.unmount()
    i18n.global.locale.value = 'bg'
  }, 30000)
})

describe('data span', () => {
  it('never runs past today', () => {
    expect(spanOf(['2024-01-03', '', '2023-05-01'], ['2026-11-30', '2027-01-15'], '2026-12-06')).toEqual({ first: '2023-05-01', last: '2026-12-06' })
    expect(spanOf(['', ''], ['', ''], '2026-12-06')).toEqual({ first: '', last: '' })
  })
})
