import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import FilterBar from './FilterBar.vue'
import { i18n } from '../i18n'
import { filters } from '../stores/filters'

describe('FilterBar', () => {
  it('offers channel, group and method filters and clears them all', async () => {
    Object.assign(filters, { from: '2025-01-01', to: '2025-03-31', channel: ['portal'], group: [], method: ['survey'] })
    i18n.global.locale.value = 'bg'
    const w = mount(FilterBar, { global: { plugins: [i18n] } })
    expect(w.find('[data-testid="filter-channel"]').exists()).toBe(true)
    expect(w.find('[data-testid="filter-group"]').exists()).toBe(true)
    expect(w.find('[data-testid="filter-method"]').exists()).toBe(true)
    // the selected method shows by its Bulgarian name
    expect(w.find('[data-testid="filter-method"]').text()).toContain('Анкетни проучвания')
    const reset = w.findAll('button').find((b) => b.text() === 'Изчисти филтрите')
    expect(reset).toBeDefined()
    await reset!.trigger('click')
    await nextTick()
    expect(filters).toMatchObject({ from: '', to: '', channel: [], group: [], method: [] })
    expect(w.findAll('button').some((b) => b.text() === 'Изчисти филтрите')).toBe(false)
  })
})
