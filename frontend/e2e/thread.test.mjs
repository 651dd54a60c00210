// The thread of one question (issue 24): the overview's first deterioration opens its department on
// the same period, with the department's significant changes of that period first, the change
// marked, and a way back; the overview's tiles carry Making Data Count's icons. Screenshots in
// both languages at 1366×768 and 1920×1080 (build/screenshots/thread-*.png) to look at.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { artifactsDir, startDevApp } from './harness.mjs'

let app, page, pageErrors

before(async () => {
  app = await startDevApp('otzvuk-thread-')
  ;({ page, pageErrors } = app)
})

after(async () => {
  await app?.stop()
})

test('a deterioration in the overview leads to its department, on the same period', async () => {
  await page.getByTestId('overview').waitFor({ timeout: 60000 })
  const ov = await page.evaluate(() => window.go.app.OverviewService.Overview({ lang: 'bg', grain: 'quarter', indicator: 'SAT_IDX' }))
  assert.ok(ov.ok && ov.worse.length > 0, 'the demo has deteriorations')
  const first = ov.worse[0]
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size)
    for (const lang of ['bg', 'en']) {
      await page.getByTestId('lang-' + lang).click()
      await page.locator('.n-tabs-tab[data-name="overview"]').click()
      await page.getByTestId('changes-worse').waitFor()
      await page.locator('[data-testid="tile-variation"]').first().waitFor()
      await page.screenshot({ path: join(artifactsDir(), `thread-overview-${lang}-${size.width}.png`), fullPage: true })
      await page.getByTestId('changes-worse').locator(`[data-department="${first.departmentCode}"]`).first().click()
      const changes = page.getByTestId('period-changes')
      await changes.waitFor({ timeout: 30000 })
      const marked = changes.locator(`[data-indicator="${first.indicator}"][aria-current="true"]`)
      assert.ok(await marked.isVisible(), `the change ${first.indicator} is marked`)
      const rows = await changes.locator('[data-indicator]').count()
      assert.ok(rows >= 1 + first.more, `the department lists ${rows} changes, the overview summarised ${1 + first.more}`)
      const crumb = await changes.locator('nav').textContent()
      const period = lang === 'bg' ? 'трим.' : 'Q'
      assert.ok(crumb.includes(period), `the breadcrumb names the period: ${crumb}`)
      await page.screenshot({ path: join(artifactsDir(), `thread-department-${lang}-${size.width}.png`), fullPage: true })
      await page.getByTestId('thread-back').click()
      await page.getByTestId('changes-worse').waitFor()
    }
  }
  assert.deepEqual(pageErrors, [])
})
