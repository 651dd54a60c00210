// The public results page from `otzvuk publish`, opened in headless Chromium with every request
// blocked: zero requests, no page error, axe with no serious or critical violations, and no
// published count below k anywhere on the page.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bin as builtBin, chromiumPath, cleanup, root, tempDir } from './harness.mjs'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let dir, db, bin, view

// openBlocked is the harness's openOffline with the page's own Content-Security-Policy bypassed, so
// axe can be injected (the page forbids every script); every request but the page is aborted.
async function openBlocked(file, viewport) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
  const context = await browser.newContext({ viewport, bypassCSP: true })
  const url = pathToFileURL(file).href
  const requests = []
  const pageErrors = []
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()))
  const page = await context.newPage()
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()) })
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message))
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`) })
  await page.goto(url)
  return { page, requests, pageErrors, close: () => browser.close() }
}

before(() => {
  dir = tempDir('otzvuk-publish-')
  bin = process.env.OTZVUK_BIN ?? builtBin
  if (!existsSync(bin)) {
    // no built window binary: the CLI side is the same program, built here
    bin = join(dir, 'otzvuk')
    execFileSync('go', ['build', '-o', bin, '.'], { cwd: root, stdio: 'inherit' })
  }
  db = join(dir, 'demo.duckdb')
  execFileSync(bin, ['demo', '--db', db])
  execFileSync(bin, ['settings', '--db', db, '--email', 'obshtina@perushtitsa.bg', '--website', 'https://perushtitsa.bg/', '--ekatte', '56047'])
  // a coat of arms for the header: a 40×48 shield, PNG
  const coat = join(dir, 'herb.png')
  writeFileSync(coat, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAACgAAAAwCAYAAABjezibAAAA10lEQVR4nOzY0QnCMBjE8Yt0BIdwGnEEZ3EQcQQncAgH6KNP7qBUCARpmpT72nyF+w8QflwMqN3+dPvAsOvzYnkcdqanLZCAbAKyCcgmIJuAbAKyuQeG1+Ng+nXLOvcLCsjmHhj0m4RMQDYB2QRkE5BNQDb/wPf9HFojch37PvhfsDWg1A/o8ZqH68VmFoSzFeN62NSCcLJiuh7GFmyJ/Mchd8UtkGM4TH0G10TmcCg9kjWQUzjUvOIlkSXcUFdzUERa/QtRA4tVAWPpmnOxc1Bp3wAAAP//AUU7eG6k/yAAAAAASUVORK5CYII=', 'base64'))
  execFileSync(bin, ['settings', '--db', db, '--coat-of-arms', coat])
  // k = 40 on the demo hides some cells, so the page shows suppressed cells as well
  execFileSync(bin, ['publish', '--db', db, '--year', '2025', '--out', join(dir, 'site'), '--k', '40'])
})

after(async () => {
  await view?.close()
  cleanup(dir)
})

for (const pageName of ['index.html', 'methodology.html']) {
  test(`the public page ${pageName} opens offline: zero requests, no error, axe clean`, async () => {
    await view?.close()
    view = await openBlocked(join(dir, 'site', pageName), { width: 1366, height: 900 })
    const { page, requests, pageErrors } = view
    await page.waitForLoadState('load')
    assert.deepEqual(requests, [])
    assert.deepEqual(pageErrors, [])
    assert.deepEqual(requests, [], 'no request before axe is injected')
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] })
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
    })
    assert.deepEqual(violations, [])
    if (pageName === 'index.html') {
      const ns = await page.locator('[data-n]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-n'))))
      assert.ok(ns.length > 10, `${ns.length} published counts`)
      assert.deepEqual(ns.filter((n) => n < 40), [], 'no published count below k')
      assert.ok(await page.getByText('скрито').count() > 0, 'suppressed cells are marked')
      if (process.env.OTZVUK_SHOTS) await page.screenshot({ path: join(process.env.OTZVUK_SHOTS, 'public-page.png'), fullPage: false })
    }
  })
}

// WCAG 1.4.10 reflow: at 320 and 390 px (and on a laptop) the page never scrolls sideways — a wide
// table scrolls inside its own box — and axe finds nothing serious at the phone's width either.
for (const width of [320, 390, 1366]) {
  for (const pageName of ['index.html', 'methodology.html']) {
    test(`the public page ${pageName} at ${width} px has no sideways scroll`, async () => {
      await view?.close()
      view = await openBlocked(join(dir, 'site', pageName), { width, height: 800 })
      const { page } = view
      await page.waitForLoadState('load')
      const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
        wide: [...document.querySelectorAll('body *')].filter((e) => !e.closest('.tablebox') && e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5).map((e) => `${e.tagName}.${e.className}`),
      }))
      assert.ok(scrollWidth <= innerWidth, `scrollWidth ${scrollWidth} > ${innerWidth}: ${wide.join(', ')}`)
      // on a phone (≤ 480 px) every table is stacked cards: each row a block, each value cell
      // labelled by its column, and no table box scrolls sideways
      const cards = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('.tablebox tbody tr')]
        const cells = [...document.querySelectorAll('.tablebox tbody td[data-label]')]
        return {
          rows: rows.length,
          blockRows: rows.filter((r) => getComputedStyle(r).display === 'block').length,
          labelled: cells.filter((c) => getComputedStyle(c, '::before').content === JSON.stringify(c.dataset.label)).length,
          cells: cells.length,
          unlabelled: [...document.querySelectorAll('.tablebox tbody td:not([data-label])')].filter((c) => !c.closest('tr').querySelector('td[data-label]')).length,
          scrolling: [...document.querySelectorAll('.tablebox')].filter((b) => b.scrollWidth > b.clientWidth + 1).length,
        }
      })
      if (pageName === 'index.html') assert.ok(cards.rows > 0 && cards.cells > 0, 'the results page has tables')
      if (width <= 480) {
        assert.equal(cards.blockRows, cards.rows, `${cards.blockRows} of ${cards.rows} rows are cards`)
        assert.equal(cards.labelled, cards.cells, `${cards.labelled} of ${cards.cells} cells show their label`)
        assert.equal(cards.scrolling, 0, 'no table box scrolls sideways on a phone')
      } else if (cards.rows > 0) {
        assert.equal(cards.blockRows, 0, 'a wide screen keeps the tables')
      }
      // the coat of arms from settings, decoded (not a broken image), in the header of every page
      const coat = await page.evaluate(() => [...document.querySelectorAll('header img[data-coat-of-arms]')].map((i) => ({ ok: i.complete && i.naturalWidth > 0, alt: i.alt })))
      assert.equal(coat.length, 1, 'one coat of arms in the header')
      assert.ok(coat[0].ok && coat[0].alt.startsWith('Герб на '), JSON.stringify(coat))
      if (width === 390) {
        await page.addScriptTag({ path: axePath })
        const violations = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] })
          return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
        })
        assert.deepEqual(violations, [])
      }
      if (process.env.OTZVUK_SHOTS && pageName === 'index.html') await page.screenshot({ path: join(process.env.OTZVUK_SHOTS, `public-page-${width}.png`), fullPage: true })
    })
  }
}

test('the DCAT-AP JSON-LD names every data file, a contact point and the place', () => {
  const dcat = JSON.parse(readFileSync(join(dir, 'site', 'data', 'dcat.jsonld'), 'utf8'))
  assert.equal(dcat['@type'], 'dcat:Dataset')
  const names = dcat['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id']).sort()
  assert.ok(names.includes('otzvuk-2025-indicators.csv') && names.includes('otzvuk-2025-indicators.excel-bg.csv'), names.join(', '))
  assert.ok(!names.includes('README.md'), 'the README describes the data, it is no distribution of it')
  for (const n of names) assert.ok(existsSync(join(dir, 'site', 'data', n)), `${n} exists`)
  assert.equal(dcat['dcat:contactPoint']['vcard:hasEmail']['@id'], 'mailto:obshtina@perushtitsa.bg')
  assert.equal(dcat['dcat:contactPoint']['vcard:hasURL']['@id'], 'https://perushtitsa.bg/')
  assert.deepEqual(dcat['dct:spatial'].map((p) => p['@id']), ['http://publications.europa.eu/resource/authority/country/BGR', 'urn:ekatte:56047'])
})

test('the Excel-bg CSV opens in columns: BOM, semicolons, decimal comma', () => {
  const body = readFileSync(join(dir, 'site', 'data', 'otzvuk-2025-indicators.excel-bg.csv'), 'utf8')
  assert.ok(body.startsWith('\uFEFF'), 'a BOM')
  const [head, ...rows] = body.slice(1).trim().split(/\r?\n/)
  assert.ok(head.split(';').length >= 10 && !head.includes(','), head)
  assert.ok(rows.some((r) => /;\d+,\d;/.test(r)), 'a decimal comma')
})
