import { describe, expect, it } from 'vitest'
import { recordCell } from './recordCells'
import { i18n } from './i18n'

const { t, te } = i18n.global as unknown as { t: (k: string) => string; te: (k: string) => boolean }

describe('record cells', () => {
  it('show dates, numbers and codes the Bulgarian way', () => {
    i18n.global.locale.value = 'bg'
    expect(recordCell('date', '2026-03-05', 'bg', t, te)).toBe('5.03.2026\u00A0г.')
    expect(recordCell('waiting_minutes', '1234.56', 'bg', t, te)).toBe('1\u00A0234,6')
    expect(recordCell('overall', '4', 'bg', t, te)).toBe('4')
    expect(recordCell('channel', 'counter', 'bg', t, te)).toBe('Гише')
    expect(recordCell('respondent_group', 'ngo', 'bg', t, te)).toBe('НПО')
    expect(recordCell('anonymous', 'true', 'bg', t, te)).toBe('да')
    expect(recordCell('channel', 'pigeon', 'bg', t, te)).toBe('pigeon')
    expect(recordCell('comment', '<img src=x>', 'bg', t, te)).toBe('<img src=x>') // rendered as text by the table
  })
})

describe('records columns', () => {
  it('are sized to their content, never narrower than a header word or a whole date', async () => {
    const { columnSize } = await import('./recordCells')
    const date = columnSize('date', 'Дата', ['30.10.2026\u00A0г.', '1.01.2026\u00A0г.'])
    expect(date.wrap).toBe(false)
    expect(date.width).toBeGreaterThanOrEqual(100)
    const anon = columnSize('anonymous', 'Анонимен', ['да', 'не'])
    expect(anon.minWidth).toBeGreaterThanOrEqual(90) // the header is not cut to "А…"
    const kind = columnSize('kind', 'Вид', ['ж', 'с'])
    expect(kind.width).toBeGreaterThanOrEqual(72)
    const text = columnSize('text', 'Текст', ['x'.repeat(500)])
    expect(text).toMatchObject({ wrap: true, minWidth: 300 })
    const service = columnSize('service', 'Услуга', ['Издаване на удостоверение за наследници и за семейно положение'])
    expect(service.wrap).toBe(true)
    expect(service.width).toBeLessThanOrEqual(260)
  })
})
