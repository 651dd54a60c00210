// The import wizard end to end: a messy file with a hostile cell goes through preview and import
// in the real frontend, against the dev binary's Go services.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { artifactsDir, startDevApp, waitFor } from './harness.mjs'

let app, page, pageErrors, dir

before(async () => {
  app = await startDevApp('otzvuk-import-', { width: 1400, height: 1000 })
  ;({ page, pageErrors, dir } = app)
  await page.getByTestId('demo-badge').waitFor({ timeout: 60000 })
})

after(async () => {
  await app?.stop()
})

const profile = `name: Карти (тест)
record_kind: feedback_cards
fields:
  id: {column: "№"}
  card_date: {column: "Дата"}
  department_code: {column: "Отдел"}
  rating: {column: "Оценка"}
  text: {column: "Коментар"}
`

test('preview marks the bad cell, import keeps the good rows and quarantines the bad one', async () => {
  const file = join(dir, 'cards-march.csv')
  writeFileSync(file, '№;Дата;Отдел;Оценка;Коментар\nW1;05.03.2026;GRAO;5;<img src=x onerror=alert(1)>\nW2;06.03.2026;MDT;7;извън скалата\nW3;07.03.2026;CAO;2;Дълго чакане\n')
  await page.locator('.n-tabs-tab[data-name="import"]').click()
  await page.getByTestId('file-path').locator('input').fill(file)
  await page.getByTestId('mapping-form').locator('table').waitFor() // the form has read the file
  await page.getByTestId('mapping-mode').getByText('YAML (за напреднали)').click()
  await page.getByTestId('profile-yaml').locator('textarea').fill(profile)
  await page.getByTestId('preview').click()
  await page.getByTestId('preview-card').waitFor()
  assert.equal(await page.locator('[data-testid="preview-card"] [data-problem="true"]').count(), 1, 'one bad cell')
  assert.equal(await page.locator('[data-testid="preview-card"] img').count(), 0, 'a hostile cell is text, not markup')
  assert.ok(await page.getByTestId('preview-card').getByText('<img src=x onerror=alert(1)>').first().isVisible())
  await page.getByLabel('Максимален дял отхвърлени редове (%)').fill('50')
  await page.getByTestId('run-import').click()
  // The database holds the demo: the import asks before real data join it.
  await page.getByTestId('import-demo-ask').waitFor()
  await page.getByTestId('import-beside-demo').click()
  await page.getByTestId('import-summary').waitFor({ timeout: 30000 })
  assert.equal((await page.getByTestId('import-status').textContent()).trim(), 'Импортиран')
  await page.getByTestId('quarantine-table').waitFor()
  const q = await page.evaluate(() => window.go.app.ImportService.Quarantine(0, 0, 10))
  assert.equal(q.total, 1)
  assert.equal(q.rows[0].column, 'Оценка')
  assert.equal(q.rows[0].row, 3)
  await page.screenshot({ path: join(artifactsDir(), 'e2e-import.png'), fullPage: true })
})

test('importing the same file again adds nothing', async () => {
  await page.getByTestId('run-import').click()
  await page.getByTestId('import-beside-demo').click()
  await waitFor(async () => (await page.getByTestId('import-status').textContent())?.trim() === 'Без промяна', { what: 'unchanged status' })
})

// The mapping form: a new file imported with no YAML typed — the record kind and each required
// field's column picked in the form, the YAML written by the form, the records stored as mapped.
test('a new file through the mapping form, no YAML typed', async () => {
  const file = join(dir, 'карти-април.csv')
  writeFileSync(file, 'Номер;Кога;Звено;Точки;Мнение\nF1;02.04.2026;GRAO;4;Добре\nF2;03.04.2026;MDT;1;Чаках час\nF3;04.04.2026;CAO;5;\n')
  await page.getByTestId('file-path').locator('input').fill(file)
  await page.getByTestId('read-file').click()
  await page.getByTestId('mapping-mode').getByText('Съответствие на колоните').click()
  await page.getByTestId('mapping-form').waitFor()
  const pick = async (testid, option) => {
    await page.getByTestId(testid).click()
    await page.locator('.n-base-select-option:visible', { hasText: new RegExp(`^${option}$`) }).first().click()
    await page.waitForTimeout(400)
  }
  await pick('form-kind', 'Карти за обратна връзка')
  await page.locator('[data-field="card_date"]').waitFor()
  for (const [field, column] of [['id', 'Номер'], ['card_date', 'Кога'], ['department_code', 'Звено'], ['rating', 'Точки'], ['text', 'Мнение']]) {
    await pick('form-col-' + field, column)
  }
  // the form shows the first cells as they will be stored: the date as a date
  await waitFor(async () => /2026-04-02/.test(await page.locator('[data-field="card_date"] .samples').textContent()), { what: 'the stored date' })
  await page.getByTestId('mapping-mode').getByText('YAML (за напреднали)').click()
  const yamlText = await page.getByTestId('profile-yaml').locator('textarea').inputValue()
  assert.match(yamlText, /record_kind: feedback_cards/)
  assert.match(yamlText, /column: Кога/)
  await page.getByTestId('run-import').click()
  await page.getByTestId('import-beside-demo').click()
  await waitFor(async () => (await page.getByTestId('import-status').textContent())?.trim() === 'Импортиран', { what: 'imported' })
  const recs = await page.evaluate(() => window.go.app.RecordsService.Records({ kind: 'cards', search: 'F', department: '', period: '', sort: 'id', desc: false, offset: 0, limit: 10, filters: { from: '', to: '', channel: [], group: [], method: [] } }))
  const rows = recs.page.rows.map((r) => Object.fromEntries(recs.page.columns.map((c, i) => [c, r[i]])))
  const f2 = rows.find((r) => r.id === 'F2')
  assert.ok(f2, JSON.stringify(rows))
  assert.equal(f2.rating, '1')
  assert.equal(f2.text, 'Чаках час')
  assert.match(f2.date, /^2026-04-03/)
  await page.getByTestId('mapping-mode').getByText('Съответствие на колоните').click()
  await page.screenshot({ path: join(artifactsDir(), 'e2e-mapping-form.png'), fullPage: true })
})

test('no page errors', () => {
  assert.deepEqual(pageErrors, [])
})
