import { describe, expect, it } from 'vitest'
import { localeBG } from './localeBG'
import copyText from '../../../analytics/export/assets/locale-bg.json?raw'

// Exported pages register the same Bulgarian ECharts locale from a JSON copy Go embeds.
describe('the Bulgarian ECharts locale', () => {
  it('is the same in the window and in exported pages', () => {
    expect(JSON.parse(copyText)).toEqual(JSON.parse(JSON.stringify(localeBG)))
  })
})
