// Exports from the window, end to end: the dev binary saves into a test folder instead of the
// native dialog (OTZVUK_E2E_SAVE_DIR, dev build only). Each file is read back and checked.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { artifactsDir, cleanup, openOffline, startDevApp, tempDir, waitFor } from './harness.mjs'

let app, page, pageErrors, saveDir
const started = Date.now()

before(async () => {
  saveDir = tempDir('otzvuk-saved-')
  app = await startDevApp('otzvuk-export-', { width: 1400, height: 900 }, { OTZVUK_E2E_SAVE_DIR: saveDir })
  ;({ page, pageErrors } = app)
})

after(async () => {
  await app?.stop()
  cleanup(saveDir)
})

async function trendTab() {
  await page.locator('.n-tabs-tab__label', { hasText: /^Удовлетвореност$/ }).click()
  await page.locator('[data-chart="sat-trend"][data-rendered="true"]').waitFor({ timeout: 30000 })
}

// savedPath waits for the export's status line and returns the file it names.
async function savedPath() {
  const status = page.getByTestId('export-status')
  await waitFor(async () => /Записано: /.test((await status.textContent().catch(() => '')) ?? ''), { what: 'the export status' })
  const path = (await status.textContent()).replace(/^.*Записано: /, '').trim()
  await status.locator('.n-base-close').click()
  return path
}

async function chartExport(format) {
  await page.locator('[data-export-chart="sat-trend"]').click()
  await page.locator(`[data-export="${format}"]`).click()
}

test('a chart as PNG at the chosen size and pixel ratio', async () => {
  await trendTab()
  await chartExport('png')
  await page.getByTestId('export-dialog').waitFor()
  for (const [id, v] of [['export-width', '1200'], ['export-height', '700'], ['export-ratio', '2']]) {
    await page.locator(`[data-testid="${id}"] input`).fill(v)
    await page.locator(`[data-testid="${id}"] input`).press('Tab')
  }
  await page.getByTestId('export-save').click()
  const file = await savedPath()
  assert.match(file, /\.png$/)
  const png = readFileSync(file)
  assert.equal(png.subarray(1, 4).toString(), 'PNG')
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [2400, 1400], 'IHDR width × height = size × ratio')
  copyFileSync(file, join(artifactsDir(), 'export-chart.png')) // to look at
})

test('a chart as SVG: well-formed, with the series names as text', async () => {
  await chartExport('svg')
  await page.getByTestId('export-dialog').waitFor()
  await page.getByTestId('export-dialog').getByText('SVG', { exact: true }).click()
  await page.getByTestId('export-save').click()
  const file = await savedPath()
  const svg = readFileSync(file, 'utf8')
  const check = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName, width: doc.documentElement.getAttribute('width') }
  }, svg)
  assert.deepEqual(check, { error: false, root: 'svg', width: '1200' })
  assert.ok(svg.includes('Общо за общината'))
  copyFileSync(file, join(artifactsDir(), 'export-chart.svg'))
})

test('the data behind a chart as CSV equals the API', async () => {
  await chartExport('csv')
  const file = await savedPath()
  const text = readFileSync(file, 'utf8')
  assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 BOM')
  const rows = text.slice(1).trim().split('\r\n').map((l) => l.split(';'))
  const api = await page.evaluate(async () => (await window.go.app.IndicatorService.Trend({ indicator: 'SAT_IDX', grain: 'quarter', lang: 'bg' })).chart.points)
  assert.equal(rows.length, api.length + 1)
  for (let i = 0; i < api.length; i++) {
    const [series, period, value, n] = rows[i + 1]
    assert.equal(series.replace(/^"|"$/g, ''), api[i].series)
    assert.equal(period, api[i].period)
    assert.equal(value === '' ? null : Number(value.replace(',', '.')), api[i].value)
    assert.equal(Number(n), api[i].n)
  }
})

test('the open view as XLSX and as offline interactive HTML', async () => {
  await page.getByTestId('view-export').click()
  await page.locator('[data-view-export="xlsx"]').click()
  const xlsx = await savedPath()
  assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), 'PK')

  await page.getByTestId('view-export').click()
  await page.locator('[data-view-export="html"]').click()
  const html = await savedPath()
  const view = await openOffline(html)
  try {
    await view.page.locator('html[data-charts-rendered="true"]').waitFor({ timeout: 30000 })
    assert.deepEqual(view.requests, [])
    assert.deepEqual(view.pageErrors, [])
    const drawn = await view.page.locator('.chart[data-rendered="true"]').count()
    assert.equal(drawn, 1)
    await view.page.screenshot({ path: join(artifactsDir(), 'export-view-offline.png') })
  } finally {
    await view.close()
  }
})

test('a view with tables: the offline page carries the ranking and the A/B table as shown', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Сравнение$/ }).click()
  await page.locator('[data-chart="compare-heatmap"][data-rendered="true"]').waitFor({ timeout: 30000 })
  await waitFor(async () => (await page.getByTestId('period-ab').locator('tbody tr').count()) >= 20, { what: 'the A/B table' })
  await page.getByTestId('view-export').click()
  await page.locator('[data-view-export="html"]').click()
  const html = await savedPath()
  const api = await page.evaluate(() => window.go.app.CompareService.Compare({ lang: 'bg', grain: 'year', period: '', indicator: 'SAT_IDX', filters: { from: '', to: '', channel: [], group: [], method: [] } }))
  const view = await openOffline(html)
  try {
    await view.page.locator('html[data-charts-rendered="true"]').waitFor({ timeout: 30000 })
    const tables = view.page.locator('table.data')
    assert.equal(await tables.count(), 2)
    const rankingRows = await view.page.locator('h3', { hasText: 'Класиране' }).locator('xpath=following-sibling::table[1]//tbody/tr').count()
    assert.equal(rankingRows, api.ranking.length)
    assert.ok(await view.page.locator('.chart[data-rendered="true"]').count() >= 1)
    assert.deepEqual(view.requests, [])
  } finally {
    await view.close()
  }
})

test('views without charts export their tables: the overview tiles, the catalogue', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Обзор$/ }).click()
  await page.getByTestId('overview').waitFor({ timeout: 30000 })
  await page.getByTestId('view-export').click()
  await page.locator('[data-view-export="html"]').click()
  const overview = await savedPath()
  await page.locator('.n-tabs-tab__label', { hasText: /^Каталог$/ }).click()
  await page.getByTestId('catalog-table').waitFor()
  await page.getByTestId('view-export').click()
  await page.locator('[data-view-export="html"]').click()
  const catalog = await savedPath()
  const api = await page.evaluate(async () => ({
    tiles: (await window.go.app.OverviewService.Overview({ lang: 'bg', grain: 'quarter', indicator: 'SAT_IDX' })).tiles.length,
    indicators: (await window.go.app.IndicatorService.Catalog()).indicators.length,
  }))
  for (const [file, title, rows] of [[overview, 'Ключови показатели', api.tiles], [catalog, 'Каталог на показателите', api.indicators]]) {
    const view = await openOffline(file)
    try {
      await view.page.locator('html[data-charts-rendered="true"]').waitFor({ timeout: 30000 })
      const n = await view.page.locator('h3', { hasText: title }).locator('xpath=following-sibling::table[1]//tbody/tr').count()
      assert.equal(n, rows, title)
      assert.deepEqual([view.requests, view.pageErrors], [[], []])
    } finally {
      await view.close()
    }
  }
})

test('the annual report from its tab: actions saved in the database, report and annex written', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Годишен доклад$/ }).click()
  await page.getByTestId('report-view').waitFor()
  const first = page.locator('[data-testid^="action-"] textarea').first()
  await first.waitFor({ timeout: 30000 })
  const text = 'Удължено работно време на гишето <b>не е HTML</b>.'
  await first.fill(text)
  await first.blur()
  await page.getByText('Записано.').first().waitFor()
  await page.getByTestId('report-build').click()
  await page.getByTestId('report-done').waitFor({ timeout: 60000 })
  const files = [await page.getByTestId('report-html').textContent(), await page.getByTestId('report-xlsx').textContent()].map((f) => f.trim())
  assert.match(files[0], /godishen-doklad-\d{4}\.html$/)
  assert.match(files[1], /\.xlsx$/)
  for (const f of files) assert.ok(existsSync(f), f)
  const view = await openOffline(files[0])
  try {
    await view.page.locator('html[data-charts-rendered="true"]').waitFor({ timeout: 30000 })
    assert.deepEqual(view.requests, [])
    assert.ok((await view.page.locator('.actions').first().textContent()).includes(text))
    assert.equal(await view.page.locator('.actions b').count(), 0)
  } finally {
    await view.close()
  }
  await page.screenshot({ path: join(artifactsDir(), 'e2e-report-tab.png') })
  const seconds = (Date.now() - started) / 1000
  assert.ok(seconds < 120, `all exports took ${seconds} s`)
})

test('no page errors', () => {
  assert.deepEqual(pageErrors, [])
})
