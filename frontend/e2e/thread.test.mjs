// The thread of one question (issue 24): the overview's first deterioration opens its department on
// the same period, with the department's significant changes of that period first, the change
// marked, and a way back; the overview's tiles carry Making Data Count's icons. Screenshots in
// both languages at 1366×768 and 1920×1080 (build/screenshots/thread-*.png) to look at.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { artifactsDir, inkShare, pdfPages, startDevApp } from './harness.mjs'

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
  // The first opening is asked for at the click, before the view's code is loaded; the view then
  // takes that answer: Go is asked once for each part of the view, its top and then the rest
  // (counted below, after the first opening).
  await page.evaluate(() => {
    const svc = window.go.app.DepartmentService
    const real = svc.Department
    window.__firstAsks = []
    svc.Department = (...args) => { window.__firstAsks.push(args[0].part); return real(...args) }
  })
  let firstOpening = true
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
      if (firstOpening) {
        await page.waitForTimeout(500)
        assert.deepEqual(await page.evaluate(() => window.__firstAsks), ['top', 'rest'], 'each part of the department view was asked for once on its first opening, the top first')
        firstOpening = false
      }
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

// A second change followed while the department view still shows the first one's department: the
// new department opens on the thread's period with its change marked (the view once took the
// department's change for a pick by hand, dropped the thread and asked for the view twice).
test('following a second change keeps the thread', async () => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByTestId('lang-bg').click()
  await page.locator('.n-tabs-tab[data-name="overview"]').click()
  await page.getByTestId('changes-worse').waitFor()
  const ov = await page.evaluate(() => window.go.app.OverviewService.Overview({ lang: 'bg', grain: 'quarter', indicator: 'SAT_IDX' }))
  const all = [...ov.worse, ...ov.better]
  const a = all[0]
  const b = all.find((c) => c.departmentCode !== a.departmentCode)
  assert.ok(b, 'the demo has changes in two departments')
  const asked = () => page.evaluate(() => window.__departmentAsks ?? [])
  await page.locator(`.change[data-department="${a.departmentCode}"]`).first().click()
  await page.getByTestId('period-changes').locator(`[data-indicator="${a.indicator}"][aria-current="true"]`).waitFor({ timeout: 30000 })
  await page.locator('.n-tabs-tab[data-name="overview"]').click()
  await page.getByTestId('changes-worse').waitFor()
  await page.evaluate(() => {
    const svc = window.go.app.DepartmentService
    const real = svc.Department
    window.__departmentAsks = []
    // the top of the next department answers a second late: what the view shows meanwhile is seen
    svc.Department = async (...args) => {
      window.__departmentAsks.push(args[0].part)
      if (args[0].part === 'top' && window.__slowTop) await new Promise((r) => setTimeout(r, 1000))
      return real(...args)
    }
    window.__slowTop = true
  })
  await page.locator(`.change[data-department="${b.departmentCode}"]`).first().click()
  // Until b's answer comes, a's sections are not shown under b's name: the view says it is computing b.
  const pane = page.locator('[data-pane="department"]')
  await pane.getByTestId('dept-switching').waitFor({ timeout: 5000 })
  assert.ok((await pane.getByTestId('dept-switching').textContent()).includes(b.department), 'the view names the department being computed')
  assert.equal(await pane.getByTestId('period-changes').isVisible(), false, `no section of ${a.departmentCode} shown while ${b.departmentCode} is computed`)
  assert.equal(await pane.getByTestId('dept-comments').count(), 0, `no button acting on ${a.departmentCode} while ${b.departmentCode} is computed`)
  // Changed one's mind: back to the overview and a's change again while b's answer is on its way —
  // the view is a's, and b's late answer does not take its place.
  await page.locator('.n-tabs-tab[data-name="overview"]').click()
  await page.getByTestId('changes-worse').waitFor()
  await page.locator(`.change[data-department="${a.departmentCode}"]`).first().click()
  await page.waitForTimeout(1500) // b's top has come meanwhile
  await page.getByTestId('period-changes').locator(`[data-indicator="${a.indicator}"][aria-current="true"]`).waitFor({ timeout: 30000 })
  assert.ok((await pane.getByTestId('department-select').textContent()).includes(a.department), `the view stays on ${a.departmentCode}`)
  assert.equal(await pane.getByTestId('dept-switching').count(), 0, 'nothing left computing')
  // and b, followed again, comes as before
  await page.locator('.n-tabs-tab[data-name="overview"]').click()
  await page.getByTestId('changes-worse').waitFor()
  await page.evaluate(() => { window.__slowTop = false; window.__departmentAsks = [] })
  await page.locator(`.change[data-department="${b.departmentCode}"]`).first().click()
  const marked = page.getByTestId('period-changes').locator(`[data-indicator="${b.indicator}"][aria-current="true"]`)
  await marked.waitFor({ timeout: 30000 })
  assert.ok(await marked.isVisible(), `the change ${b.indicator} of ${b.departmentCode} is marked`)
  await page.waitForTimeout(500)
  assert.deepEqual(await asked(), ['top', 'rest'], 'each part of the department view was asked for once')
  // Back by the tab bar (the thread kept) and the same change again: the view shows its answer
  // already, and nobody asks Go for it again.
  await page.locator('.n-tabs-tab[data-name="overview"]').click()
  await page.getByTestId('changes-worse').waitFor()
  await page.locator(`.change[data-department="${b.departmentCode}"]`).first().click()
  await marked.waitFor({ timeout: 30000 })
  await page.waitForTimeout(500)
  assert.deepEqual(await asked(), ['top', 'rest'], 'the same change followed again asks nothing')
  // Each section once, after several departments came in two answers each (NSpace's wrappers, all
  // of one key, once left a section's old copy in the page at every visit).
  for (const id of ['service-changes', 'voices', 'key-drivers', 'backlog']) {
    assert.equal(await page.locator('[data-pane="department"]').getByTestId(id).count(), 1, `one ${id} section`)
  }
  // and the rest, once come, holds no place any more (its placeholder once stayed after the merge)
  assert.equal(await page.locator('[data-pane="department"] [data-pending="rest"]').count(), 0, 'no placeholder of the rest left')
  assert.deepEqual(pageErrors, [])
})

// "Печат / PDF": the department on the thread's period printed as a brief — the print header names
// the department and the period; the changes, what people say and the drivers are in it; the
// window's chrome is not; it fits a few A4 pages. Every page is kept as PNG to look at.
test('the department prints as a brief on its period', async () => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByTestId('lang-bg').click()
  await page.locator('.n-tabs-tab[data-name="overview"]').click()
  await page.getByTestId('changes-worse').waitFor()
  const ov = await page.evaluate(() => window.go.app.OverviewService.Overview({ lang: 'bg', grain: 'quarter', indicator: 'SAT_IDX' }))
  const first = ov.worse[0]
  await page.getByTestId('changes-worse').locator(`[data-department="${first.departmentCode}"]`).first().click()
  await page.getByTestId('period-changes').waitFor({ timeout: 30000 })
  await page.getByTestId('voices').waitFor({ timeout: 30000 })
  // The menu item names the document (the PDF's file name) and calls the browser's print, which a
  // headless Chromium cannot show: the call is recorded here; the PDF is the page in print media.
  await page.evaluate(() => { window.print = () => { window.__printedAs = document.title; window.dispatchEvent(new Event('afterprint')) } })
  await page.getByTestId('view-export').click()
  await page.locator('[data-view-export="print"]').click()
  const printedAs = await page.evaluate(() => window.__printedAs)
  assert.ok(printedAs?.includes(first.department) && /\d{4}-\d{2}-\d{2}$/.test(printedAs), `the PDF is named after the department and the day: ${printedAs}`)
  const pdf = join(artifactsDir(), 'brief-department-bg.pdf')
  await page.pdf({ path: pdf, format: 'A4', printBackground: true })
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ')
  const name = first.department
  const period = await page.evaluate(() => document.querySelector('[data-testid="print-header"] dd')?.textContent ?? '')
  assert.ok(period.includes('трим.'), `the print header names the quarter: ${period}`)
  for (const want of [name, period.replace(/\s+/g, ' ').trim(), 'Значими промени на отдела', 'Какво казват хората', 'Кое влияе най-много', 'Изготвено на']) {
    assert.ok(text.includes(want), `the brief says "${want}"`)
  }
  for (const chrome of ['Импорт на данни', 'Годишен доклад', 'Изчисти филтрите', 'Понятия:']) {
    assert.ok(!text.includes(chrome), `the brief leaves the window's "${chrome}" out`)
  }
  const pages = pdfPages(pdf, join(artifactsDir(), 'brief-department-bg'))
  assert.ok(pages.length >= 1 && pages.length <= 3, `${pages.length} pages`)
  for (const p of pages) assert.ok(inkShare(p) > 0.005, `${p} is not blank`)
  assert.deepEqual(pageErrors, [])
})
