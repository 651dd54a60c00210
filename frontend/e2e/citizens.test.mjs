// The report tab's citizen side in the window: the card passes axe, the public site, DOCX and
// forms are written (the save dialog answered by OTZVUK_E2E_SAVE_DIR), and paper cards are typed
// with the keyboard only and saved as feedback cards.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { cleanup, startDevApp, tempDir } from './harness.mjs'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let app, page, pageErrors, saveDir

before(async () => {
  saveDir = tempDir('otzvuk-citizens-saved-')
  app = await startDevApp('otzvuk-citizens-', { width: 1366, height: 900 }, { OTZVUK_E2E_SAVE_DIR: saveDir })
  ;({ page, pageErrors } = app)
  await page.getByTestId('demo-badge').waitFor({ timeout: 60000 })
  await page.locator('.n-tabs-tab__label', { hasText: /^Годишен доклад$/ }).click()
  await page.getByTestId('citizens-card').waitFor()
})

after(async () => {
  await app?.stop()
  cleanup(saveDir)
})

test('the citizens card passes axe and writes the DOCX, the public site and the forms', async () => {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
  assert.deepEqual(violations, [])
  const office = ['/usr/bin/soffice', '/usr/bin/libreoffice'].some((p) => existsSync(p))
  const steps = [['report-docx', 'godishen-doklad-2025.docx'], ['report-publish', 'data/dcat.jsonld'], ['report-forms', 'anketa-shablon.xlsx']]
  if (office) steps.push(['report-pdf', 'godishen-doklad-2025.pdf']) // the PDF needs LibreOffice
  for (const [button, file] of steps) {
    await page.getByTestId(button).click()
    await page.getByTestId('citizens-done').waitFor({ timeout: 90000 })
    assert.ok(existsSync(join(saveDir, file)), `${file} written`)
  }
  if (process.env.OTZVUK_SHOTS) await page.getByTestId('citizens-card').screenshot({ path: join(process.env.OTZVUK_SHOTS, 'window-citizens-card.png') })
  assert.deepEqual(pageErrors, [])
})

test('cards are typed with the keyboard only and saved as feedback cards', async () => {
  await page.getByTestId('report-kiosk').click()
  await page.getByTestId('kiosk-number').waitFor()
  await page.waitForTimeout(400)
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'k-no', 'the card number has the focus')
  // first card: its number, Enter takes the next card; the second: its number, the text, Ctrl+Enter
  await page.keyboard.type('9001')
  await page.keyboard.press('Enter')
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'k-no', 'the next card starts at its number')
  await page.keyboard.type('9002')
  await page.locator('#k-text').focus()
  await page.keyboard.type('Много любезно обслужване')
  if (process.env.OTZVUK_SHOTS) await page.getByTestId('kiosk').screenshot({ path: join(process.env.OTZVUK_SHOTS, 'window-kiosk.png') })
  await page.keyboard.press('Control+Enter')
  assert.match(await page.getByTestId('kiosk').textContent(), /Въведени: 2/)
  await page.getByTestId('kiosk-save').focus()
  await page.keyboard.press('Enter')
  await page.getByTestId('kiosk-result').waitFor({ timeout: 30000 })
  assert.match(await page.getByTestId('kiosk-result').textContent(), /Записани: 2; отхвърлени \(в карантината\): 0/)
  assert.deepEqual(pageErrors, [])
})
