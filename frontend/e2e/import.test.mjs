// The import wizard end to end: a messy file with a hostile cell goes through preview and import
// in the real frontend, against the dev binary's Go services.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { artifactsDir, chromiumPath, cleanup, devBin, freePort, portOpen, root, start, startXvfb, tempDir, waitFor } from './harness.mjs'

let xvfb, app, browser, page, dir
const pageErrors = []
const knownWailsDevBug = (stack) => stack.includes("reading 'nodes'") && /\/wails\/ipc\.js/.test(stack)

before(async () => {
  dir = tempDir('otzvuk-import-')
  xvfb = await startXvfb()
  const port = await freePort()
  app = start(devBin, ['--db', join(dir, 'import.duckdb')], {
    env: { ...process.env, DISPLAY: xvfb.display, devserver: `127.0.0.1:${port}`, assetdir: join(root, 'frontend/dist') },
  })
  await waitFor(() => portOpen(port), { timeout: 60000, what: 'the dev server' })
  browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  })
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.on('pageerror', (e) => { if (!knownWailsDevBug(e.stack ?? '')) pageErrors.push(e.stack ?? e.message) })
  page.on('dialog', (d) => { pageErrors.push('dialog: ' + d.message()); d.dismiss() })
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.getByTestId('demo-badge').waitFor({ timeout: 60000 })
})

after(async () => {
  await browser?.close()
  await app?.stop()
  await xvfb?.stop()
  if (dir) cleanup(dir)
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
  await waitFor(async () => (await page.getByTestId('import-status').textContent())?.trim() === 'Без промяна', { what: 'unchanged status' })
})

test('no page errors', () => {
  assert.deepEqual(pageErrors, [])
})
