import { startDevApp } from '/work/main/frontend/e2e/harness.mjs'
const [w, h, lang, out, tabsArg] = process.argv.slice(2)
const app = await startDevApp('otzvuk-shot-', { width: +w, height: +h })
const { page, pageErrors } = app
try {
  await page.getByTestId('overview').waitFor({ timeout: 90000 })
  if (lang === 'en') await page.getByTestId('lang-en').click()
  await page.waitForTimeout(1500)
  const tabs = (tabsArg || 'overview').split(',')
  for (const tab of tabs) {
    if (tab !== 'overview') {
      await page.locator(`.n-tabs-tab[data-name="${tab}"]`).click()
      await page.waitForTimeout(2500)
    }
    await page.screenshot({ path: `${out}-${tab}-${lang}-${w}.png`, fullPage: false })
    await page.screenshot({ path: `${out}-${tab}-${lang}-${w}-full.png`, fullPage: true })
  }
  console.log('errors:', pageErrors)
} finally { await app.stop() }
