// End to end: the dev binary serves the real frontend and the Go bindings over its dev server;
// Debian's Chromium drives the page. What the chart draws must equal what the Go API returns.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { artifactsDir, hoverUntilTooltip, startDevApp, waitFor } from './harness.mjs'

let app, page, pageErrors

before(async () => {
  app = await startDevApp('otzvuk-e2e-')
  ;({ page, pageErrors } = app)
})

after(async () => {
  await app?.stop()
})

async function settled() {
  await page.locator('[data-chart="sat-trend"][data-rendered="true"]').waitFor()
}

async function chartState() {
  return page.evaluate(() => {
    const c = window.__otzvukCharts?.['sat-trend']
    if (!c) return null
    const o = c.getOption()
    return {
      title: o.title?.[0]?.text,
      periods: o.xAxis[0].data,
      series: o.series.map((s) => ({ name: s.name, data: s.data.map((d) => (d && typeof d === 'object' ? d.value : d)) })),
    }
  })
}

async function apiValues(grain) {
  return page.evaluate(async (grain) => {
    const r = await window.go.app.IndicatorService.Values({ indicator: 'SAT_IDX', grain, lang: 'bg' })
    return r.values
  }, grain)
}

function assertChartMatchesApi(chart, values, periods) {
  const depts = [...new Set(values.filter((v) => v.department !== null).map((v) => v.department))]
  assert.equal(chart.series.length, depts.length + 1, 'one series per department plus the municipal total')
  for (const d of depts) assert.ok(chart.series.some((s) => s.name === d), `a series for ${d}`)
  let compared = 0
  for (const v of values) {
    const name = v.department ?? chart.series[chart.series.length - 1].name
    const s = chart.series.find((x) => x.name === name)
    const i = chart.periods.indexOf(v.period)
    assert.ok(i >= 0, `period ${v.period} on the axis`)
    assert.equal(Number(s.data[i]), Math.round(v.value * 10) / 10, `${name} ${v.period}`)
    compared++
  }
  assert.ok(compared >= periods * 9, `compared ${compared} points`)
}

test('the overview shows the key indicators as the Go API computes them', async () => {
  await page.getByTestId('overview').waitFor({ timeout: 60000 })
  const api = await page.evaluate(() => window.go.app.OverviewService.Overview({ lang: 'bg', grain: 'quarter', indicator: 'SAT_IDX' }))
  assert.ok(api.ok)
  const shown = await page.locator('[data-testid="tile-value"]').allTextContents()
  assert.equal(shown.length, api.tiles.length)
  api.tiles.forEach((tile, i) => {
    let want = tile.value.toFixed(1).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0')
    if (tile.unit === 'share') want += '\u00A0%'
    assert.equal(shown[i], want, tile.indicator)
  })
  // Making Data Count's icons, not colour alone: each tile's variation is a glyph and a word, its
  // tooltip the whole sentence, and it is the icon the API computed.
  const variations = await page.locator('[data-testid="tile-variation"]').evaluateAll((els) => els.map((e) => ({ text: e.textContent.trim(), label: e.getAttribute('aria-label') })))
  assert.equal(variations.length, api.tiles.length)
  variations.forEach((v, i) => assert.ok(v.text.length > 2 && v.label.length > 10, JSON.stringify(v)))
  assert.ok(api.tiles.some((tile) => tile.variation), 'some tile has a variation icon')
  assert.ok(await page.getByTestId('spc-legend').isVisible(), 'the icons have a legend')
  assert.ok(await page.getByTestId('changes-worse').getByText('Местни данъци и такси').first().isVisible(), 'МДТ among the deteriorations')
  // every sparkline stays inside its tile (a chart's default height must not leak into them)
  const sparks = page.locator('[data-chart^="spark-"]')
  await sparks.first().waitFor()
  for (const box of await sparks.evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect(), tile = e.closest('.n-card').getBoundingClientRect()
    return { h: r.height, inside: r.top >= tile.top && r.bottom <= tile.bottom + 1 }
  }))) {
    assert.ok(box.h > 20 && box.h <= 60 && box.inside, JSON.stringify(box))
  }
  await page.screenshot({ path: join(artifactsDir(), 'e2e-overview.png') })
})

test('while the user reads the overview, the records are made ready unseen and shown at the first visit', async () => {
  // (App.vue: the views without a chart are mounted ahead, hidden, once the window is quiet)
  const rows = page.locator('[data-pane="records"] [data-testid="records-table"] tbody tr')
  await rows.first().waitFor({ state: 'attached', timeout: 30000 })
  assert.equal(await page.locator('.n-tabs-tab--active').getAttribute('data-name'), 'overview', 'still on the overview')
  assert.equal(await rows.first().isVisible(), false, 'not shown before its tab is opened')
  await page.locator('.n-tabs-tab[data-name="records"]').click()
  await rows.first().waitFor({ state: 'visible', timeout: 2000 }) // what it holds already: no mount, no wait for Go
  await page.locator('.n-tabs-tab[data-name="overview"]').click()
  await page.getByTestId('overview').waitFor()
})

test('the satisfaction chart draws exactly what the Go API computes', async () => {
  await page.getByTestId('demo-badge').waitFor({ timeout: 60000 })
  await page.locator('.n-tabs-tab[data-name="trend"]').click()
  await waitFor(chartState, { timeout: 60000, what: 'the chart' })
  const chart = await chartState()
  assert.equal(chart.title, 'Индекс на удовлетвореност')
  // Quarterly by default: 2023-Q4 … 2026-Q4.
  assertChartMatchesApi(chart, await apiValues('quarter'), 13)
  await settled()
  await page.screenshot({ path: join(artifactsDir(), 'e2e-trend-bg.png') })
})

test('switching grain redraws the chart with yearly values', async () => {
  await page.getByText('Година', { exact: true }).click()
  await waitFor(async () => (await chartState())?.periods.length === 4, { what: 'yearly axis' })
  assertChartMatchesApi(await chartState(), await apiValues('year'), 4)
})

test('the language switch relabels the chart and the page', async () => {
  await page.getByTestId('lang-en').click()
  await waitFor(async () => (await chartState())?.title === 'Satisfaction index', { what: 'English title' })
  const chart = await chartState()
  assert.equal(chart.series.at(-1).name, 'Municipality total')
  assert.ok(await page.getByText('Satisfaction index by department').isVisible())
  await page.mouse.move(5, 5)
  await settled()
  await page.screenshot({ path: join(artifactsDir(), 'e2e-trend-en.png') })
  await page.getByTestId('lang-bg').click()
})

test('a tooltip shows the value with its n in Bulgarian format', async () => {
  await settled()
  const tip = (await hoverUntilTooltip(page, page.locator('[data-chart="sat-trend"]'))).text
  assert.match(tip, /\d,\d/, 'decimal comma')
  assert.match(tip, /г\./, 'Bulgarian period name')
})

test('a click on a department drills down to the records behind the point', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Удовлетвореност$/ }).click()
  await settled()
  const target = await page.evaluate(() => {
    const c = window.__otzvukCharts['sat-trend']
    const o = c.getOption()
    const i = 1
    const value = o.series[0].data[i].value ?? o.series[0].data[i]
    const [x, y] = c.convertToPixel({ seriesIndex: 0 }, [i, value])
    return { x, y, series: o.series[0].name, period: o.xAxis[0].data[i] }
  })
  const box = await page.locator('[data-chart="sat-trend"]').boundingBox()
  await page.mouse.click(box.x + target.x, box.y + target.y)
  // the click opens a menu of what the point can do: the records, the period, the department
  const menu = page.locator('[data-action]')
  await menu.first().waitFor({ timeout: 10000 })
  assert.deepEqual(await menu.evaluateAll((els) => els.map((e) => e.dataset.action)), ['records', 'period', 'department'])
  await page.locator('[data-action="records"]').click()
  // the records open on the point's department (shown in the department picker) and period
  await waitFor(async () => (await page.getByTestId('records-department').textContent())?.includes(target.series),
    { what: `the records of ${target.series}` })
  assert.ok(await page.getByTestId('drill-period').isVisible())
  const values = await apiValues(target.period.length === 4 ? 'year' : target.period.includes('Q') ? 'quarter' : 'month')
  const want = values.find((v) => v.department === target.series && v.period === target.period)
  await waitFor(async () => (await page.getByTestId('records-total').textContent()).replace(/\D/g, '') === String(want.n),
    { what: `${want.n} records for ${target.series} ${target.period}` })
  assert.ok(await page.getByTestId('records-table').locator('tbody tr').count() > 0)
})

test('the comparison view draws the heatmap and ranks departments as the Go API does', async () => {
  await page.locator('.n-tabs-tab[data-name="compare"]').click()
  await page.locator('[data-chart="compare-heatmap"][data-rendered="true"]').waitFor({ timeout: 30000 })
  const api = await page.evaluate(() => window.go.app.CompareService.Compare({ lang: 'bg', grain: 'year', period: '', indicator: 'SAT_IDX' }))
  const cells = await page.evaluate(() => window.__otzvukCharts['compare-heatmap'].getOption().series[0].data.length)
  assert.equal(cells, JSON.parse(JSON.stringify(api.heatmap.points)).length)
  // the ranking comes in its turn after the heatmap (LaterSection): waited for, not read at once
  await page.getByTestId('ranking').locator('tbody tr').first().waitFor({ timeout: 30000 })
  const firstRow = await page.getByTestId('ranking').locator('tbody tr').first().locator('td').allTextContents()
  assert.equal(firstRow[1], api.ranking[0].department)
  assert.equal(firstRow[0], String(api.ranking[0].rank))
  await page.screenshot({ path: join(artifactsDir(), 'e2e-compare.png') })
})

// A heatmap cell of "services on time" (by completion date) drills to exactly the records its n
// counts — it listed every request filed in the period (197 behind a value resting on 43).
test('a heatmap cell drills to exactly the records behind its value', async () => {
  await page.locator('.n-tabs-tab[data-name="compare"]').click()
  await page.locator('[data-chart="compare-heatmap"][data-rendered="true"]').waitFor({ timeout: 30000 })
  const api = await page.evaluate(() => window.go.app.CompareService.Compare({ lang: 'bg', grain: 'year', period: '', indicator: 'SAT_IDX' }))
  const want = JSON.parse(JSON.stringify(api.heatmap.points)).find((p) => p.code && p.indicator === 'SVC_ONTIME' && p.n > 0) // a department's cell (the top row is the municipality's values)
  assert.ok(want, 'the heatmap has a cell of services on time with records')
  const target = await page.evaluate((key) => {
    const c = window.__otzvukCharts['compare-heatmap']
    const d = c.getOption().series[0].data.find((x) => x && x.name === key)
    const [x, y] = c.convertToPixel({ seriesIndex: 0 }, d.value.slice(0, 2))
    return { x, y, name: key }
  }, want.key)
  const box = await page.locator('[data-chart="compare-heatmap"]').boundingBox()
  await page.mouse.click(box.x + target.x, box.y + target.y)
  // the menu names the n of the cell drawn (the window's own period); the drill lists that many
  const item = page.locator('[data-action="records"]')
  const n = (await item.textContent()).match(/n = ([\d\u00a0 ]+)/)[1].replace(/\D/g, '')
  assert.ok(Number(n) > 0, `the cell rests on ${n} records`)
  await item.click()
  await page.getByTestId('drill-indicator').waitFor({ timeout: 30000 })
  await waitFor(async () => (await page.getByTestId('records-total').textContent()).replace(/\D/g, '') === n,
    { what: `${n} records behind ${target.name}` })
  await page.screenshot({ path: join(artifactsDir(), 'e2e-drill-behind.png') })
})

test('the department view draws its charts for the chosen department', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Отдел$/ }).click()
  await page.getByTestId('signals').waitFor({ timeout: 30000 })
  // what people say: the department's themes with quotes
  await page.getByTestId('voices').waitFor({ timeout: 30000 })
  assert.ok(await page.getByTestId('quote').count() > 0, 'a quote is shown')
  // what moves the rating: the driver matrix, six drivers, heaviest first
  await page.getByTestId('key-drivers').waitFor({ timeout: 30000 })
  const weights = await page.getByTestId('key-drivers').locator('tbody tr td:nth-child(2) b').allTextContents()
  const pct = weights.map((w) => Number(w.replace(/[^\d,]/g, '').replace(',', '.')))
  assert.equal(pct.length, 6)
  assert.deepEqual(pct, [...pct].sort((a, b) => b - a))
  for (const c of ['dept-trend', 'dept-services', 'dept-drivers', 'dept-groups', 'dept-channels']) {
    await page.locator(`[data-chart="${c}"][data-rendered="true"]`).waitFor({ timeout: 30000 })
  }
  const api = await page.evaluate(() => window.go.app.DepartmentService.Department({ code: '', lang: 'bg' }))
  const drawn = await page.evaluate(() => window.__otzvukCharts['dept-services'].getOption().series[0].data.map((d) => (typeof d === 'object' ? d.value : d)))
  const want = api.services.points.map((p) => p.value)
  assert.deepEqual(drawn.map(Number), want)
  // which services got worse last quarter, and is it significant: the table is the API's, worst first
  const rows = page.getByTestId('service-changes').locator('tbody tr')
  assert.equal(await rows.count(), api.changes.length)
  const first = await rows.first().locator('td').allTextContents()
  assert.equal(first[0], api.changes[0].service)
  await page.screenshot({ path: join(artifactsDir(), 'e2e-department.png') })
})

test('a possible new theme becomes the municipality\'s own theme and is counted at once', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Отдел$/ }).click()
  const voices = page.getByTestId('voices')
  await voices.waitFor({ timeout: 30000 })
  // the demo's heat in the hall (its last year) is what no shipped theme explains
  const proposal = voices.locator('[data-term="климатик"]')
  await proposal.waitFor({ timeout: 30000 })
  await proposal.getByTestId('propose-theme').click()
  await page.getByTestId('theme-name').locator('input').fill('Климатик')
  await page.getByTestId('save-theme').click()
  await page.getByTestId('theme-message').waitFor({ timeout: 30000 })
  assert.match(await page.getByTestId('theme-message').textContent(), /Климатик/)
  const own = voices.locator('[data-theme="klimatik"]')
  await own.waitFor({ timeout: 30000 })
  assert.match(await own.textContent(), /ваша тема/)
  // the term is a theme now, so it is no longer proposed
  await waitFor(async () => (await voices.locator('[data-term="климатик"]').count()) === 0, { what: 'the proposal gone' })
  // and the records can be filtered by it: the survey comments about it, as the stored matches say
  const api = await page.evaluate(() => window.go.app.RecordsService.Records({ kind: 'survey', theme: 'klimatik', limit: 5 }))
  assert.ok(api.ok && api.page.total > 0, 'survey comments about the new theme')
  assert.ok(api.page.rows.every((r) => /климатик/i.test(r.join(' '))), 'every listed comment mentions the term')
  await voices.screenshot({ path: join(artifactsDir(), 'e2e-department-voices.png') })
})

test('clicking a respondent-group bar cross-filters the whole view', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Отдел$/ }).click()
  const chart = '[data-chart="dept-groups"][data-rendered="true"]'
  await page.locator(chart).waitFor({ timeout: 30000 })
  await page.locator(chart).scrollIntoViewIfNeeded()
  const target = await page.evaluate(() => {
    const c = window.__otzvukCharts['dept-groups']
    const o = c.getOption()
    const d = o.series[0].data[0]
    const [x, y] = c.convertToPixel({ seriesIndex: 0 }, [0, (typeof d === 'object' ? d.value : d) / 2])
    return { x, y, category: o.xAxis[0].data[0] }
  })
  const box = await page.locator(chart).boundingBox()
  await page.mouse.click(box.x + target.x, box.y + target.y)
  await page.locator('[data-action="filter"]').click()
  // the filter bar shows the group, and the department's charts now hold that group only
  await waitFor(async () => (await page.getByTestId('filter-group').textContent()).includes(target.category), { what: 'the group in the filter bar' })
  await waitFor(async () => page.evaluate((cat) => {
    const o = window.__otzvukCharts['dept-groups']?.getOption()
    return !!o && o.xAxis[0].data.length === 1 && o.xAxis[0].data[0] === cat
  }, target.category), { what: 'the groups chart filtered to one group' })
  const api = await page.evaluate(() => window.go.app.DepartmentService.Department({ code: '', lang: 'bg', filters: { from: '', to: '', channel: [], group: ['citizen'], method: [] } }))
  const drawn = await page.evaluate(() => window.__otzvukCharts['dept-services'].getOption().series[0].data.map((d) => Number(typeof d === 'object' ? d.value : d)))
  assert.deepEqual(drawn, api.services.points.map((p) => p.value))
  await page.getByText('Изчисти филтрите').click()
})

test('year-over-year small multiples: one chart per department', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Сравнение$/ }).click()
  await page.getByTestId('multiples').waitFor({ timeout: 30000 })
  const n = await page.locator('[data-testid="multiples"] [data-chart^="yoy-"]').count()
  assert.equal(n, 8)
})

test('period A against period B shows every indicator with its difference', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Сравнение$/ }).click()
  const rows = page.getByTestId('period-ab').locator('tbody tr')
  await waitFor(async () => (await rows.count()) >= 20, { what: 'the A/B table' })
  const api = await page.evaluate(() => window.go.app.CompareService.Periods({ lang: 'bg', grain: 'year', a: '2026', b: '2025', filters: { from: '', to: '', channel: [], group: [], method: [] } }))
  assert.equal(await rows.count(), api.rows.length)
})

test('the catalogue lists every indicator', async () => {
  await page.locator('.n-tabs-tab[data-name="catalog"]').click()
  const api = await page.evaluate(() => window.go.app.IndicatorService.Catalog())
  // the table is mounted before its rows come back from Go: waited for, not counted at once
  const rows = page.getByTestId('catalog-table').locator('tbody tr')
  await waitFor(async () => (await rows.count()) === api.indicators.length, { what: `${api.indicators.length} indicators in the catalogue` })
  const n = await rows.count()
  assert.equal(n, api.indicators.length)
  assert.ok(n >= 34)
})

test('a global filter narrows every chart to the chosen respondent group', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Удовлетвореност$/ }).click()
  await page.getByTestId('filter-group').click()
  await page.locator('.n-base-select-option', { hasText: /^НПО$/ }).click()
  await page.keyboard.press('Escape')
  const want = await page.evaluate(async () => {
    const r = await window.go.app.IndicatorService.Values({ indicator: 'SAT_IDX', grain: 'year', lang: 'bg', filters: { from: '', to: '', channel: [], group: ['ngo'], method: [] } })
    return r.values.filter((v) => v.department === null).map((v) => Math.round(v.value * 10) / 10)
  })
  await waitFor(async () => {
    const s = await chartState()
    return JSON.stringify(s.series.at(-1).data.map(Number)) === JSON.stringify(want)
  }, { what: 'the municipal line recomputed for NGOs only' })
  await page.getByText('Изчисти филтрите').click()
})

test('a named view saves the open view and filters, and brings them back', async () => {
  await page.locator('.n-tabs-tab__label', { hasText: /^Сравнение$/ }).click()
  await page.getByTestId('filter-group').click()
  await page.locator('.n-base-select-option', { hasText: /^Бизнес$/ }).click()
  await page.keyboard.press('Escape')
  await page.getByTestId('saved-view-open').click()
  await page.getByTestId('saved-view-name').locator('input').fill('Бизнес — сравнение')
  await page.getByTestId('saved-view-save').click()
  await page.getByText('Изчисти филтрите').click()
  await page.locator('.n-tabs-tab__label', { hasText: /^Обзор$/ }).click()
  await page.getByTestId('saved-view-select').click()
  await page.locator('.n-base-select-option', { hasText: 'Бизнес — сравнение' }).click()
  await waitFor(async () => (await page.locator('.n-tabs-tab--active').textContent()).trim() === 'Сравнение', { what: 'the saved tab' })
  assert.ok(await page.getByTestId('filter-group').getByText('Бизнес').isVisible())
  // Kept in Go, next to the database, for the next start.
  const state = await waitFor(async () => {
    const all = await page.evaluate(() => window.go.app.PrefsService.All())
    return all.views && JSON.parse(all.views).length === 1 && JSON.parse(all.ui).tab === 'compare' ? all : null
  }, { what: 'the UI state saved by Go' })
  assert.deepEqual(JSON.parse(state.filters).group, ['business'])
  await page.getByText('Изчисти филтрите').click()
})

test('no page errors', () => {
  assert.deepEqual(pageErrors, [])
})
