// Test harness: real processes (Xvfb, the Otzvuk binary, Chromium), each stopped by the test, also on failure.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const bin = join(root, 'build/bin/otzvuk')
export const devBin = join(root, 'build/bin/otzvuk-dev')
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium'

const running = new Set()
process.on('exit', () => {
  for (const p of running) try { process.kill(-p.pid, 'SIGKILL') } catch {}
})

// start runs a command in its own process group and returns a handle whose stop() kills the whole group.
export function start(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  running.add(child)
  const exited = new Promise((res) => child.on('exit', (code, signal) => res({ code, signal })))
  return {
    child,
    exited,
    output: () => output,
    async stop() {
      running.delete(child)
      if (child.exitCode !== null || child.signalCode !== null) return
      try { process.kill(-child.pid, 'SIGTERM') } catch {}
      const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL') } catch {} }, 3000)
      await exited
      clearTimeout(t)
    },
  }
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix))
}

export async function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => res(port))
    })
    srv.on('error', rej)
  })
}

export async function waitFor(check, { timeout = 30000, interval = 200, what = 'condition' } = {}) {
  const until = Date.now() + timeout
  let last
  while (Date.now() < until) {
    try {
      const v = await check()
      if (v) return v
    } catch (e) { last = e }
    await new Promise((r) => setTimeout(r, interval))
  }
  throw new Error(`timed out waiting for ${what}${last ? ': ' + last.message : ''}`)
}

// hoverUntilTooltip moves the mouse across the middle of the chart `chart` (a locator) until a
// visible ECharts tooltip inside it has text matching `text` (a RegExp), and returns its
// { html, text }. Each try measures the chart again and moves the mouse: a chart redrawn or moved
// after a hover hides its tooltip, and waiting alone would never bring it back. Only the chart's
// own tooltips count (ECharts keeps a hidden one with its last text; other panes stay mounted).
export async function hoverUntilTooltip(page, chart, text = /n = \d/, what = 'a tooltip') {
  if (!(text instanceof RegExp)) throw new Error('hoverUntilTooltip: text must be a RegExp')
  let step = 0
  return waitFor(async () => {
    const box = await chart.boundingBox()
    if (!box) return undefined
    step = (step + 1) % 6
    await page.mouse.move(box.x + box.width * (0.2 + 0.15 * step), box.y + box.height / 2)
    return chart.evaluate((el, [src, flags]) => {
      const re = new RegExp(src, flags)
      const tip = [...el.querySelectorAll('div')].find((d) => d.style.position === 'absolute' && d.style.display !== 'none' &&
        d.style.visibility !== 'hidden' && d.style.opacity !== '0' && re.test(d.textContent ?? ''))
      return tip && { html: tip.innerHTML, text: tip.textContent }
    }, [text.source, text.flags])
  }, { what, interval: 300 })
}

export function portOpen(port) {
  return new Promise((res) => {
    const s = connect(port, '127.0.0.1')
    s.on('connect', () => { s.destroy(); res(true) })
    s.on('error', () => res(false))
  })
}

// startXvfb picks a free display number and waits for its socket.
export async function startXvfb() {
  for (let n = 90 + Math.floor(Math.random() * 400); ; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue
    const x = start('Xvfb', [`:${n}`, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'])
    try {
      await waitFor(() => existsSync(`/tmp/.X11-unix/X${n}`), { timeout: 10000, what: `Xvfb :${n}` })
      return { display: `:${n}`, stop: x.stop }
    } catch (e) {
      await x.stop()
      if (n > 900) throw e
    }
  }
}

export function artifactsDir() {
  const d = join(root, 'build/screenshots')
  mkdirSync(d, { recursive: true })
  return d
}

// seedDemo writes the demo municipality into a database with the CLI, so that the production
// window (which the tests cannot click) opens on data.
export function seedDemo(db) {
  execFileSync(bin, ['demo', '--db', db])
}

export function screenshot(display, file) {
  execFileSync('import', ['-window', 'root', file], { env: { ...process.env, DISPLAY: display } })
}

// colourCount: how many distinct colours an image has (a blank window has a handful).
export function colourCount(file) {
  return Number(execFileSync('convert', [file, '-format', '%k', 'info:']).toString().trim())
}

export function cleanup(dir) {
  rmSync(dir, { recursive: true, force: true })
}

// Wails v2.16.0's dev-server overlay (wails/ipc.js, served only by dev builds) constructs a Svelte 5
// component with `new`, which throws once on DOMContentLoaded. It is not ours and not in the
// production window; exactly this error from exactly that file is ignored, everything else fails.
const knownWailsDevBug = (stack) => stack.includes("reading 'nodes'") && /\/wails\/ipc\.js/.test(stack)

// startDevApp starts Xvfb, the dev binary on a fresh database with its dev server, and Debian's
// Chromium on the page; pageErrors collects every page error, console error and dialog.
// firstStart: 'demo' answers the first start's question with the demo municipality (as a user would,
// by clicking), 'empty' with an empty database, 'ask' leaves the question on screen, 'none' expects
// no question (prepare(dbPath) filled the database before the app starts).
export async function startDevApp(prefix, viewport = { width: 1400, height: 900 }, env = {}, firstStart = 'demo', prepare = undefined) {
  const dir = tempDir(prefix)
  if (prepare) await prepare(join(dir, 'e2e.duckdb'), dir)
  const xvfb = await startXvfb()
  const port = await freePort()
  const app = start(devBin, ['--db', join(dir, 'e2e.duckdb')], {
    env: { ...process.env, ...env, DISPLAY: xvfb.display, devserver: `127.0.0.1:${port}`, assetdir: join(root, 'frontend/dist') },
  })
  const { chromium } = await import('playwright-core')
  let browser
  const stop = async () => {
    await browser?.close()
    await app.stop()
    await xvfb.stop()
    cleanup(dir)
  }
  try {
    // The port open is not enough: it must be the app answering (another process can hold a port
    // freePort saw free for a moment), and the app must still be alive.
    await untilAppAnswers(app, port, 60000)
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic'],
    })
    const page = await browser.newPage({ viewport })
    const pageErrors = []
    page.on('pageerror', (e) => { if (!knownWailsDevBug(e.stack ?? '')) pageErrors.push(e.stack ?? e.message) })
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`console: ${m.text()} at ${m.location()?.url}`) })
    page.on('dialog', (d) => { pageErrors.push('dialog: ' + d.message()); d.dismiss() })
    await gotoApp(page, app, port)
    if (firstStart === 'demo' || firstStart === 'empty') {
      await page.getByTestId('welcome').waitFor({ timeout: 60000 })
      await page.getByTestId(firstStart === 'empty' ? 'start-empty' : 'start-demo').click()
    }
    return { page, pageErrors, dir, stop }
  } catch (e) {
    await stop()
    throw e
  }
}

// appAnswers: the dev server answers the page's address with the app's page (its mount point).
async function appAnswers(port) {
  if (!(await portOpen(port))) return false
  try {
    const r = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5000) })
    return r.ok && (await r.text()).includes('<div id="app">')
  } catch { return false }
}

// untilAppAnswers waits for appAnswers, failing at once (with the app's output) if the app exits.
async function untilAppAnswers(app, port, timeout) {
  const exited = app.exited.then(({ code, signal }) => {
    throw new Error(`the app exited (${code ?? signal}) before its dev server on ${port} answered`)
  })
  try {
    await Promise.race([waitFor(() => appAnswers(port), { timeout, what: `the app's dev server on ${port}` }), exited])
  } catch (e) {
    throw new Error(e.message + '\n' + app.output())
  } finally {
    exited.catch(() => {})
  }
}

// gotoApp opens the app's page; a refused connection is tried again while the app is alive
// (the dev server was seen answering, so a refusal is momentary), with the app's output on failure.
async function gotoApp(page, app, port) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/`)
      return
    } catch (e) {
      const alive = app.child.exitCode === null && app.child.signalCode === null
      if (!alive || attempt >= 5 || !/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE/.test(String(e))) {
        throw new Error(`${e.message}\n(app ${alive ? 'alive' : 'exited'}; its output:)\n${app.output()}`)
      }
      await new Promise((r) => setTimeout(r, 500 * attempt))
      await untilAppAnswers(app, port, 30000)
    }
  }
}

// openOffline opens a local file in headless Chromium with every network request blocked and
// counted: an exported page must draw everything from what it carries.
export async function openOffline(file, viewport = { width: 1000, height: 1400 }) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ viewport })
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

// pdfPages renders a PDF's pages to PNG files with Ghostscript and returns their paths.
export function pdfPages(pdf, prefix, dpi = 50) {
  for (let i = 1; existsSync(`${prefix}-${String(i).padStart(2, '0')}.png`); i++) rmSync(`${prefix}-${String(i).padStart(2, '0')}.png`)
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=png16m', `-r${dpi}`, `-sOutputFile=${prefix}-%02d.png`, pdf])
  const out = []
  for (let i = 1; existsSync(`${prefix}-${String(i).padStart(2, '0')}.png`); i++) out.push(`${prefix}-${String(i).padStart(2, '0')}.png`)
  return out
}

// inkShare: the share of an image's pixels that are not near-white (a blank page is ~0).
export function inkShare(file) {
  return Number(execFileSync('convert', [file, '-colorspace', 'Gray', '-threshold', '90%', '-format', '%[fx:1-mean]', 'info:']).toString().trim())
}
