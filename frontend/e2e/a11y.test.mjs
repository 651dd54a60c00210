// Accessibility and hostile data: axe-core on every view (no serious or critical violations), and a
// department named like an XSS payload shown as text in charts and tooltips.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { cleanup, hoverUntilTooltip, openOffline, startDevApp, tempDir, waitFor } from './harness.mjs'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let app, page, pageErrors, dir, saveDir

before(async () => {
  saveDir = tempDir('otzvuk-a11y-saved-')
  app = await startDevApp('otzvuk-a11y-', undefined, { OTZVUK_E2E_SAVE_DIR: saveDir })
  ;({ page, pageErrors, dir } = app)
  await page.getByTestId('demo-badge').waitFor({ timeout: 60000 })
})

after(async () => {
  await app?.stop()
  cleanup(saveDir)
})

async function axe() {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
}

for (const tab of ['Обзор', 'Удовлетвореност', 'Отдел', 'Сравнение', 'Каталог', 'Импорт на данни', 'Годишен доклад']) {
  test(`no serious accessibility violations: ${tab}`, async () => {
    await page.locator('.n-tabs-tab__label', { hasText: new RegExp(`^${tab}$`) }).click()
    // the view settled: no spinner over it (its content fades in from half opacity, which axe
    // would read as faint text), then the fade's own time
    await page.waitForFunction(() => !document.querySelector('.n-spin-content--spinning'), null, { timeout: 60000 })
    await page.waitForTimeout(1500)
    assert.deepEqual(await axe(), [])
  })
}

test('a department named like an XSS payload is text everywhere', async () => {
  const evil = '<img src=x onerror=alert(1)>'
  const file = join(dir, 'evil.csv')
  let rows = 'id,date,dept,rating\n'
  for (let i = 0; i < 40; i++) rows += `E${i},${String(1 + (i % 28)).padStart(2, "0")}.09.2025,"${evil}",${1 + (i % 5)}\n`
  writeFileSync(file, rows)
  const profile = `name: xss
record_kind: survey_responses
new_departments: create
fields:
  id: {column: id}
  survey_id: {const: XSS}
  response_date: {column: date}
  department_code: {column: dept}
  department_name: {column: dept}
items:
  columns: [rating]
  names: {rating: overall}
  scale: {min: 1, max: 5}
`
  const r = await page.evaluate(([path, yaml]) => window.go.app.ImportService.Import({ path, profileYaml: yaml, maxRejectRate: 0.05 }), [file, profile])
  assert.ok(r.ok, JSON.stringify(r.problem))
  await page.locator('.n-tabs-tab__label', { hasText: /^Удовлетвореност$/ }).click()
  await page.locator('.n-radio__label', { hasText: /^Година$/ }).click()
  await waitFor(async () => (await page.evaluate(() => window.__otzvukCharts['sat-trend']?.getOption().series.map((s) => s.name) ?? [])).includes(evil),
    { timeout: 30000, what: 'the hostile name as a series (views recompute after an import)' })
  await page.locator('[data-chart="sat-trend"][data-rendered="true"]').waitFor({ timeout: 30000 })
  // a tooltip that shows the hostile name (the escaped tag is its text), not any tooltip
  const tip = (await hoverUntilTooltip(page, page.locator('[data-chart="sat-trend"]'), /<img src=x/, 'a tooltip with the hostile name')).html
  assert.ok(!/<img/i.test(tip), 'no markup from data in the tooltip')
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0)
  await page.locator('.n-tabs-tab__label', { hasText: /^Сравнение$/ }).click()
  await page.locator('[data-chart="compare-heatmap"][data-rendered="true"]').waitFor({ timeout: 30000 })
  // waited for: the view was drawn before the import, and its heatmap counts as drawn until it is redrawn
  await page.getByTestId('ranking').getByText(evil).first().waitFor({ timeout: 30000 })
  assert.ok(await page.getByTestId('ranking').getByText(evil).first().isVisible(), 'shown as text in the ranking')
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0)

  // the same view exported as an offline page: the name is text there too, tooltips included
  await page.locator('.n-tabs-tab__label', { hasText: /^Удовлетвореност$/ }).click()
  await page.getByTestId('view-export').click()
  await page.locator('[data-view-export="html"]').click()
  const status = page.getByTestId('export-status')
  await waitFor(async () => /Записано: /.test((await status.textContent().catch(() => '')) ?? ''), { what: 'the export' })
  const saved = (await status.textContent()).replace(/^.*Записано: /, '').trim()
  const view = await openOffline(saved, { width: 1200, height: 900 })
  try {
    const p = view.page
    const dialogs = []
    p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss() })
    await p.locator('html[data-charts-rendered="true"]').waitFor({ timeout: 30000 })
    const offTip = (await hoverUntilTooltip(p, p.locator('.chart').first(), /n = /, 'an offline tooltip')).html
    assert.ok(!/<img/i.test(offTip), 'no markup from data in the offline tooltip')
    assert.ok((await p.evaluate(() => document.body.textContent)).includes(evil) || offTip.includes('&lt;img'), 'the name is shown as text')
    assert.equal(await p.evaluate(() => document.querySelectorAll('img').length), 0)
    assert.deepEqual([dialogs, view.requests, view.pageErrors], [[], [], []])
  } finally {
    await view.close()
  }
})

test('no page errors, no dialogs', () => {
  assert.deepEqual(pageErrors, [])
})
