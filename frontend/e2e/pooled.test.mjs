// A pooled database of three municipalities (otzvuk demo --pooled): the window's comparison ranks
// the municipalities — their names in the ranking with values, intervals and ranks 1–3 — under
// headings that say municipalities, in Bulgarian and English.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { artifactsDir, devBin, startDevApp } from './harness.mjs'

test('the comparison ranks the municipalities of a pooled database', async () => {
  const { page, pageErrors, stop } = await startDevApp('otzvuk-e2e-pooled-', { width: 1366, height: 768 }, {}, 'none', (db, dir) => {
    execFileSync(devBin, ['demo', '--pooled', '--out', join(dir, 'demo')])
    copyFileSync(join(dir, 'demo', 'pooled.duckdb'), db)
  })
  try {
    await page.getByTestId('lang-bg').click()
    await page.locator('.n-tabs-tab[data-name="compare"]').click()
    const ranking = page.getByTestId('ranking')
    await ranking.waitFor({ timeout: 60000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="ranking"]')?.innerText.includes('Демо община'), null, { timeout: 60000 })
    const text = await ranking.innerText()
    assert.match(text, /Класиране на общините/)
    assert.match(text, /Всички общини заедно/)
    assert.match(text, /Община/)
    for (const name of ['Демо община Север', 'Демо община Юг', 'Демо община Запад']) assert.ok(text.includes(name), `${name} missing: ${text}`)
    const ranks = await ranking.locator('tbody tr td:first-child').allInnerTexts()
    assert.deepEqual(ranks.map((r) => r.trim()).sort(), ['1', '2', '3'])
    assert.match(await page.locator('body').innerText(), /Общини × показатели/)
    assert.match(await page.getByTestId('app-title').innerText(), /обединение на 3 общини/)
    mkdirSync(join(artifactsDir(), 'pooled'), { recursive: true })
    await page.screenshot({ path: join(artifactsDir(), 'pooled', 'compare-bg.png'), fullPage: true })
    await page.getByTestId('lang-en').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="ranking"]')?.innerText.includes('Ranking of municipalities'), null, { timeout: 30000 })
    // The records do not travel in packages: the Records view says so instead of failing.
    await page.getByTestId('lang-bg').click()
    await page.locator('.n-tabs-tab[data-name="records"]').click()
    await page.waitForFunction(() => document.body.innerText.includes('пакетите не носят отделните записи'), null, { timeout: 30000 })
    assert.deepEqual(pageErrors, [])
  } finally {
    await stop()
  }
})
