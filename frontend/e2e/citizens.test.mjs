// The report tab's citizen side in the window: the card passes axe, the public site, DOCX and
// forms are written (the save dialog answered by OTZVUK_E2E_SAVE_DIR), and paper cards are typed
// with the keyboard only and saved as feedback cards.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
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

test("the municipality's contact and coat of arms are set beside the site; a non-image is refused by name", async () => {
  const email = page.getByTestId('contact-email').locator('input')
  await email.fill('javascript:alert(1)')
  await email.blur()
  await page.getByTestId('settings-error').waitFor()
  assert.match(await page.getByTestId('settings-error').innerText(), /не е адрес на електронна поща/)
  await email.fill('obshtina@perushtitsa.bg')
  await page.getByTestId('contact-website').locator('input').fill('https://perushtitsa.bg/')
  await email.focus()
  await page.getByTestId('contact-website').locator('input').focus()
  await email.focus()
  await page.getByTestId('settings-error').waitFor({ state: 'detached' })
  // a page named .png is no image: refused, naming the file; then a real PNG is shown
  const fake = join(saveDir, 'herb.png')
  writeFileSync(fake, '<svg onload="alert(1)"></svg>')
  await page.getByTestId('coat-file').setInputFiles(fake)
  await page.getByTestId('settings-error').waitFor()
  assert.match(await page.getByTestId('settings-error').innerText(), /„herb\.png“ не е изображение PNG или JPEG/)
  const icon = join(saveDir, 'gerb.png')
  writeFileSync(icon, readFileSync(new URL('../../build/appicon.png', import.meta.url)))
  await page.getByTestId('coat-file').setInputFiles(icon)
  await page.getByTestId('coat-preview').waitFor()
  assert.ok(await page.getByTestId('coat-preview').evaluate((img) => img.complete && img.naturalWidth > 0), 'the coat of arms is drawn')
  if (process.env.OTZVUK_SHOTS) await page.getByTestId('citizens-card').screenshot({ path: join(process.env.OTZVUK_SHOTS, 'window-municipality-contact.png') })
  await page.getByTestId('coat-remove').click()
  await page.getByTestId('coat-preview').waitFor({ state: 'detached' })
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
