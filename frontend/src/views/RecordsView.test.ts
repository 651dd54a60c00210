import { describe, expect, it, vi } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import { nextTick } from 'vue'
import RecordsView from './RecordsView.vue'
import { i18n } from '../i18n'
import { drill } from '../stores/drill'

const columns = ['date', 'department', 'kind', 'text', 'outcome', 'action', 'decided_date', 'notified_date', 'deadline_days', 'channel', 'anonymous', 'id', 'import_file', 'imported']
const long = 'Дупка на тротоара пред блок 12 на ул. „Христо Ботев“, ' + 'много дълъг текст '.repeat(20)
// Go answers through api.ts (the one door to Go); only the records service is replaced.
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  RecordsService: {
    Records: async () => ({ ok: true, page: { columns, rows: [
      ['2026-10-30', 'Местни данъци и такси', 'complaint', long, 'upheld', 'Ремонтирано', '2026-11-02', '2026-11-03', '14', 'counter', 'true', 'S-1', 'signals-2026-10.csv', '2026-11-05'],
      ['2026-10-29', 'Устройство на територията', 'praise', 'Благодаря', '', '', '', '', '', 'portal', 'false', 'S-2', 'demo', '2026-11-01'],
    ], total: 2 } }),
    Departments: async () => ({ ok: true, departments: [] }),
    Themes: async () => [],
  },
  onDataChanged: () => () => {},
}))

describe('RecordsView', () => {
  it('sizes the columns to their content and opens a clicked record in a panel with every field', async () => {
    i18n.global.locale.value = 'bg'
    Object.assign(drill, { kind: 'signals', department: '', period: '', lowRated: false, theme: '' })
    const w = mount(RecordsView, { global: { plugins: [i18n] }, attachTo: document.body })
    await flushPromises()
    await nextTick()
    // no column narrower than its header's word; dates whole
    const cols = [...w.findAll('col')].map((c) => parseInt(c.attributes('style')?.match(/width:\s*(\d+)/)?.[1] ?? '0'))
    expect(cols.length).toBeGreaterThanOrEqual(columns.length)
    expect(Math.min(...cols.filter((x) => x > 0))).toBeGreaterThanOrEqual(72)
    const headers = w.findAll('th').map((h) => h.text())
    expect(headers).toContain('Анонимен')
    expect(headers.some((h) => h.includes('…'))).toBe(false)
    // where a record came from is named in its panel, not a column of the table
    expect(headers).not.toContain('Внесен от файл')
    expect(w.text()).toContain('30.10.2026\u00A0г.')
    // a click opens the whole record
    await w.find('tbody tr').trigger('click')
    await flushPromises()
    const detail = document.querySelector('[data-testid="record-detail"]') as HTMLElement
    expect(detail).not.toBeNull()
    expect(detail.querySelector('[data-field="text"]')!.textContent).toContain(long.trim())
    expect(detail.querySelector('[data-field="kind"]')!.textContent).toContain('жалба')
    expect(detail.querySelector('[data-field="kind"]')!.textContent).toContain('(complaint)')
    expect(detail.querySelector('[data-field="anonymous"]')!.textContent).toContain('да')
    expect(detail.textContent).toContain('Решено')
    expect(detail.textContent).toContain('2.11.2026')
    expect(document.body.textContent).toContain('Запис — Сигнали, жалби, предложения, похвали')
    expect(detail.querySelector('[data-field="import_file"]')!.textContent).toContain('signals-2026-10.csv')
    expect(detail.querySelector('[data-field="imported"]')!.textContent).toContain('5.11.2026')
    // and the next one
    ;(document.querySelector('[data-testid="record-next"]') as HTMLButtonElement).click()
    await nextTick()
    expect(document.querySelector('[data-testid="record-detail"] [data-field="id"]')!.textContent).toContain('S-2')
    expect(document.querySelector('[data-testid="record-detail"] [data-field="outcome"]')!.textContent).toContain('не е попълнено')
    expect(document.querySelector('[data-testid="record-detail"] [data-field="import_file"]')!.textContent).toContain('демо данни')
    w.unmount()
  }, 30000)
})
