import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import ExportDialog from './ExportDialog.vue'
import { i18n } from '../i18n'
import { exportDialog } from '../exporting'

describe('ExportDialog', () => {
  it('says how many pixels the file will have: size × ratio for PNG, the size for SVG', async () => {
    i18n.global.locale.value = 'bg'
    Object.assign(exportDialog.options, { format: 'png', width: 1600, height: 900, ratio: 2 })
    exportDialog.open = true
    const w = mount(ExportDialog, { global: { plugins: [i18n] }, attachTo: document.body })
    await nextTick()
    expect(document.body.textContent).toContain('Файлът ще е 3\u00A0200 × 1\u00A0800 пиксела.')
    expect(document.body.textContent).toContain('Резолюция (×1 за екран, ×2 за печат)')
    exportDialog.options.format = 'svg'
    await nextTick()
    expect(document.body.textContent).toContain('Файлът ще е 1\u00A0600 × 900 пиксела.')
    expect(document.body.textContent).not.toContain('Резолюция (×1 за екран, ×2 за печат)')
    exportDialog.open = false
    w.unmount()
  })
})
