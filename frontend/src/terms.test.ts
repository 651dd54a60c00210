import { describe, expect, it } from 'vitest'
import { termsFor } from './terms'
import glossaryBg from './locales/bg/glossary'
import glossaryEn from './locales/en/glossary'

describe('glossary', () => {
  it('explains every term in both languages', () => {
    const bg = glossaryBg.glossary as Record<string, unknown>
    const en = glossaryEn.glossary as Record<string, unknown>
    expect(Object.keys(bg).sort()).toEqual(Object.keys(en).sort())
    for (const [k, v] of Object.entries(bg)) {
      if (typeof v === 'string') continue
      const e = en[k] as { term: string; text: string }
      const b = v as { term: string; text: string }
      expect(b.term && b.text && e.term && e.text, k).toBeTruthy()
      // vue-i18n message syntax must not appear in the explanations
      expect(/[|@{}]/.test(b.text + e.text + b.term + e.term), k).toBe(false)
    }
    for (const id of ['pp', 'pts', 'index', 'nps', 'q', 'ci', 'small', 'onTime', 'overdue', 'common', 'special']) expect(bg[id], id).toBeTruthy()
  })
  it('names the terms the shown values need', () => {
    expect(termsFor([{ unit: 'share', indicator: 'SVC_ONTIME' }, { unit: 'score', indicator: 'NPS' }, { unit: 'index', indicator: 'SAT_IDX' }], ['q']))
      .toEqual(['q', 'onTime', 'pp', 'nps', 'pts', 'index'])
    expect(termsFor([], ['n'], ['small'])).toEqual(['n', 'small'])
  })
})
