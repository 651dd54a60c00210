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
