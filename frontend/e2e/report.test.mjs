// The annual report from the CLI, opened in headless Chromium with the network blocked: every
// chart drawn, no request, no page error, the numbers the API computes; then printed to PDF.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { artifactsDir, bin, cleanup, inkShare, openOffline, pdfPages, tempDir, waitFor } from './harness.mjs'

let dir, db, view

before(() => {
  dir = tempDir('otzvuk-report-')
  db = join(dir, 'demo.duckdb')
  execFileSync(bin, ['demo', '--db', db])
})

after(async () => {
  await view?.close()
  cleanup(dir)
})

test('the CLI writes the report and its annex for a year in seconds', () => {
  const t0 = Date.now()
  const out = execFileSync(bin, ['report', '--db', db, '--year', '2025', '--out', join(dir, 'report.html'), '--xlsx', join(dir, 'annex.xlsx')]).toString()
  const seconds = (Date.now() - t0) / 1000
  assert.match(out, /2025/)
  assert.ok(statSync(join(dir, 'report.html')).size > 1_000_000, 'the report inlines ECharts')
  assert.ok(statSync(join(dir, 'annex.xlsx')).size > 5_000)
  assert.ok(seconds < 60, `report took ${seconds} s`)
})

test('the report opens offline: every chart drawn, zero requests, no page error, API values', async () => {
  view = await openOffline(join(dir, 'report.html'))
  const { page, requests, pageErrors } = view
  await page.locator('html[data-charts-rendered="true"]').waitFor({ timeout: 30000 })
  const charts = await page.locator('.chart').count()
  assert.equal(charts, 9, 'the municipal chart and one per department')
  assert.equal(await page.locator('.chart[data-rendered="true"]').count(), charts)
  assert.equal(await page.locator('.chart svg').count(), charts, 'drawn as SVG')
  assert.match(await page.locator('.chart').first().getAttribute('aria-label'), /^Диаграма/, "ECharts' description in Bulgarian")
  assert.deepEqual(requests, [])
  assert.deepEqual(pageErrors, [])
  // SAT_IDX for 2025 as the CLI's JSON gives it, against the indicators table of the report
  const api = JSON.parse(execFileSync(bin, ['indicators', '--db', db, '--indicator', 'SAT_IDX', '--grain', 'year', '--format', 'json']).toString())
  const want = api.find((v) => v.period === '2025' && v.department == null)
  const cell = await page.locator('#indicators tr[data-indicator="SAT_IDX"] td').nth(1).textContent()
  assert.equal(Number(cell.replace(/\s|\u00a0/g, '').replace(',', '.')), Math.round(want.value * 10) / 10)
  const toc = await page.locator('nav.toc a').count()
  assert.ok(toc >= 14, `table of contents has ${toc} entries`)
})

// The page's script is built from the window's chart code (frontend/src/charts/offline): the tooltip
// of a hatched (small-sample) point shows Go's text under the period in words, its swatch in the
// line's colour (the point itself is filled white). On a page of its own: a tooltip once shown stays
// in the page, hidden, where it was, and the printing test below measures the page's width.
test("a tooltip on a department's chart: the period in words, Go's text, the line's colour", async () => {
  const own = await openOffline(join(dir, 'report.html'))
  const { page } = own
  await page.locator('html[data-charts-rendered="true"]').waitFor({ timeout: 30000 })
  const data = JSON.parse(await page.locator('#otzvuk-data').textContent())
  const c = data.charts.find((x) => x.id === 'chart-2')
  const line = c.option.series[0]
  const i = line.data.findIndex((d) => d && typeof d === 'object' && String(d.symbol).startsWith('path://'))
  assert.ok(i >= 0, 'the demo has a small sample on the first department chart')
  const period = c.option.xAxis[0].data[i]
  const chart = page.locator('#chart-2')
  await chart.scrollIntoViewIfNeeded()
  const box = await chart.boundingBox()
  const [x, y] = await page.evaluate(([j, v]) => echarts.getInstanceByDom(document.getElementById('chart-2')).convertToPixel({ seriesIndex: 0 }, [j, v]), [i, line.data[i].value])
  await page.mouse.move(box.x + x, box.y + y)
  const tip = chart.locator('div[style*="z-index: 9999999"]')
  await waitFor(async () => (await tip.textContent().catch(() => '')).includes(line.name), { what: 'the tooltip' })
  const text = await tip.textContent()
  const want = c.tips[line.name + '\u0000' + period]
  assert.match(want, /малка извадка$/)
  assert.ok(text.includes(`${line.name}: ${want}`), text)
  assert.match(text, /^\S+ \d{4}\u00a0г\./, 'the period in words, as the window writes it')
  const swatch = await tip.locator('span').first().getAttribute('style')
  const colour = line.lineStyle?.color ?? line.itemStyle?.color ?? c.option.color[0]
  assert.notEqual(line.data[i].itemStyle?.color, colour, 'the hatched point is filled otherwise')
  assert.ok(swatch.endsWith(`background:${colour}`), swatch)
  await page.screenshot({ path: join(artifactsDir(), 'report-tooltip.png') })
  assert.deepEqual(own.pageErrors, [])
  await own.close()
})

test('printed to A4 PDF: many pages, none blank, nothing cut off', async () => {
  const { page } = view
  await page.emulateMedia({ media: 'print' })
  // at the printed width (A4 less 2 × 14 mm ≈ 688 px) nothing is wider than the page
  await page.setViewportSize({ width: 688, height: 1000 })
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  await waitFor(async () => (await overflow()) <= 0, { timeout: 5000, what: 'the page to fit the printed width (charts redraw on resize)' }).catch(async (e) => {
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5).map((el) => `${el.tagName}.${el.className} in #${el.closest('section')?.id} ${Math.round(el.getBoundingClientRect().right)}`))
    throw new Error(`${e.message}: ${await overflow()}px too wide: ${wide.join(', ')}`)
  })
  const pdf = join(artifactsDir(), 'report-2025.pdf')
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true })
  assert.ok(existsSync(pdf))
  const pages = pdfPages(pdf, join(artifactsDir(), 'report-2025-page'))
  assert.ok(pages.length >= 12, `${pages.length} pages`)
  for (const p of pages) assert.ok(inkShare(p) > 0.005, `${p} looks blank (${inkShare(p)})`)
})
