import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import Term from './Term.vue'
import TermLine from './TermLine.vue'
import GlossaryCard from './GlossaryCard.vue'
import { i18n } from '../i18n'

const tip = () => document.querySelector('[data-testid="term-text"]')?.textContent ?? ''

describe('Term', () => {
  it('explains a unit in place on focus and on click, in both languages', async () => {
    i18n.global.locale.value = 'bg'
    const w = mount(Term, { props: { id: 'pp', label: true }, global: { plugins: [i18n] }, attachTo: document.body })
    expect(w.text()).toContain('п.п.')
    const b = w.find('button')
    expect(b.attributes('aria-label')).toBe('Какво е „п.п.“?')
    await b.trigger('focus')
    await nextTick()
    expect(tip()).toContain('Процентни пунктове')
    await b.trigger('blur')
    await nextTick()
    i18n.global.locale.value = 'en'
    await b.trigger('click')
    await nextTick()
    expect(tip()).toContain('Percentage points')
    w.unmount()
    i18n.global.locale.value = 'bg'
  })
  it('lists a section\'s terms, each with its "?"', () => {
    i18n.global.locale.value = 'bg'
    const w = mount(TermLine, { props: { ids: ['q', 'ci', 'small', 'special'] }, global: { plugins: [i18n] } })
    expect(w.text()).toContain('Понятия:')
    expect(w.text()).toContain('q-стойност')
    expect(w.text()).toContain('доверителен интервал (95 %)')
    expect(w.text()).toContain('малка извадка')
    expect(w.text()).toContain('особена причина')
    expect(w.findAll('button')).toHaveLength(4)
  })
  it('writes the whole glossary out for the catalogue', () => {
    i18n.global.locale.value = 'bg'
    const w = mount(GlossaryCard, { global: { plugins: [i18n] } })
    expect(w.text()).toContain('Речник на понятията')
    expect(w.findAll('dt').length).toBeGreaterThanOrEqual(20)
    expect(w.text()).toContain('обичайна вариация')
    expect(w.text()).toContain('НПС (NPS)')
  })
})
