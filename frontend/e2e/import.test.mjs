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
  await page.getByText('Импорт на данни', { exact: true }).click()
  await page.getByTestId('file-path').locator('input').fill(file)
  await page.getByTestId('profile-yaml').locator('textarea').fill(profile)
  await page.getByTestId('preview').click()
  await page.getByTestId('preview-card').waitFor()
  assert.equal(await page.locator('[data-testid="preview-card"] [data-problem="true"]').count(), 1, 'one bad cell')
  assert.equal(await page.locator('[data-testid="preview-card"] img').count(), 0, 'a hostile cell is text, not markup')
  assert.ok(await page.getByText('<img src=x onerror=alert(1)>').first().isVisible())
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

test('no page errors', () => {
  assert.deepEqual(pageErrors, [])
})
