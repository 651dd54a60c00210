// The real desktop window: the production binary under Xvfb, photographed, and the picture checked.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { copyFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
import { artifactsDir, bin, cleanup, colourCount, root, screenshot, seedDemo, start, startXvfb, tempDir, waitFor } from './harness.mjs'

// A first start on an empty database asks how to start (demo or own data): photographed.
test('the production window asks how to start on an empty database', async (t) => {
  const dir = tempDir('otzvuk-first-')
  const xvfb = await startXvfb()
  const app = start(bin, ['--db', join(dir, 'first.duckdb')], { env: { ...process.env, DISPLAY: xvfb.display } })
  t.after(async () => {
    await app.stop()
    await xvfb.stop()
    cleanup(dir)
  })
  const shot = join(artifactsDir(), 'window-first-start.png')
  let last = -1
  const colours = await waitFor(() => {
    if (app.child.exitCode !== null) throw new Error('the app exited: ' + app.output())
    screenshot(xvfb.display, shot)
    const n = colourCount(shot)
    const settled = n > 150 && Math.abs(n - last) < 10
    last = n
    return settled ? n : 0
  }, { timeout: 90000, interval: 1500, what: 'the first-start screen' })
  assert.ok(colours > 150)
})

test('the production window opens and draws the demo overview', async (t) => {
  const dir = tempDir('otzvuk-window-')
  const xvfb = await startXvfb()
  seedDemo(join(dir, 'window.duckdb'))
  const app = start(bin, ['--db', join(dir, 'window.duckdb')], { env: { ...process.env, DISPLAY: xvfb.display, OTZVUK_TIMING: '1' } })
  t.after(async () => {
    await app.stop()
    await xvfb.stop()
    cleanup(dir)
  })
  const shot = join(artifactsDir(), 'window.png')
  // A blank or loading window has a few hundred colours; the drawn overview (tiles, sparklines, text) well over a thousand.
  const colours = await waitFor(() => {
    if (app.child.exitCode !== null) throw new Error('the app exited: ' + app.output())
    screenshot(xvfb.display, shot)
    const n = colourCount(shot)
    return n > 1200 ? n : 0
  }, { timeout: 90000, interval: 1500, what: 'a drawn window' }).catch((e) => {
    throw new Error(`${e.message}; last screenshot ${shot} has ${colourCount(shot)} colours\n${app.output()}`)
  })
  assert.ok(colours > 1200)
  // The cold start — process start to the first chart painted — is a figure, not a timed test.
  const painted = await waitFor(() => app.output().match(/first chart painted (\d+) ms after start \("([^"]*)"\)/), { timeout: 30000, what: 'the first-paint figure' })
  const figure = `cold start of the production window on the demo: first chart (${painted[2]}) painted ${painted[1]} ms after the process started`
  t.diagnostic(figure)
  writeFileSync(join(artifactsDir(), 'cold-start.txt'), figure + '\n')
  const mean = Number(execFileSync('convert', [shot, '-colorspace', 'Gray', '-format', '%[fx:mean]', 'info:']).toString())
  assert.ok(mean > 0.3 && mean < 0.98, `mean brightness ${mean}: neither black nor blank`)
})

// Every view in the real WebKit window: the open tab is part of the saved UI state, so each start
// opens the next one. Each screenshot is kept and must show a drawn view, not a blank or loading one;
// the overview's and the department's become the README's pictures (docs/window.png,
// docs/department.png), so the README always shows the window as this run drew it.
test('every view in the production window, photographed', async (t) => {
  const dir = tempDir('otzvuk-views-')
  const xvfb = await startXvfb()
  t.after(async () => {
    await xvfb.stop()
    cleanup(dir)
  })
  const db = join(dir, 'views.duckdb')
  seedDemo(db)
  const counts = {}
  // WebKitGTK under Xvfb now and then leaves a fresh window unpainted: a view that stays blank is
  // started once more (and counted); blank twice fails.
  const retried = []
  const photograph = async (tab) => {
    const app = start(bin, ['--db', db], { env: { ...process.env, DISPLAY: xvfb.display } })
    try {
      const shot = join(artifactsDir(), `window-${tab}.png`)
      // settle: two screenshots in a row with the same, high colour count (charts animate in)
      let last = -1
      const n = await waitFor(() => {
        if (app.child.exitCode !== null) throw new Error('the app exited: ' + app.output())
        screenshot(xvfb.display, shot)
        const n = colourCount(shot)
        const settled = n > 400 && Math.abs(n - last) < 20
        last = n
        return settled ? n : 0
      }, { timeout: 60000, interval: 1500, what: `the ${tab} view drawn` })
      const mean = Number(execFileSync('convert', [shot, '-colorspace', 'Gray', '-format', '%[fx:mean]', 'info:']).toString())
      assert.ok(mean > 0.3 && mean < 0.98, `${tab}: mean brightness ${mean}`)
      return n
    } finally {
      await app.stop()
    }
  }
  for (const tab of ['overview', 'trend', 'department', 'compare', 'catalog', 'records', 'import', 'report']) {
    writeFileSync(join(dir, 'ui-state.json'), JSON.stringify({ ui: { lang: 'bg', tab } }))
    try {
      counts[tab] = await photograph(tab)
    } catch (e) {
      if (!/timed out/.test(e.message)) throw e
      retried.push(tab)
      counts[tab] = await photograph(tab)
    }
  }
  copyFileSync(join(artifactsDir(), 'window-overview.png'), join(root, 'docs', 'window.png'))
  copyFileSync(join(artifactsDir(), 'window-department.png'), join(root, 'docs', 'department.png'))
  t.diagnostic('started again after a blank window: ' + (retried.join(', ') || 'none'))
  t.diagnostic(JSON.stringify(counts))
})

test('with no display the window explains itself and names the headless subcommands', () => {
  const env = { ...process.env }
  delete env.DISPLAY
  delete env.WAYLAND_DISPLAY
  let code = 0, stderr = ''
  try {
    execFileSync(bin, [], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    code = e.status
    stderr = e.stderr.toString()
  }
  assert.equal(code, 3)
  assert.match(stderr, /няма графичен дисплей/)
  assert.match(stderr, /otzvuk indicators/)
})

test('a second window on the same database gets a clear message', async (t) => {
  const dir = tempDir('otzvuk-lock-')
  const xvfb = await startXvfb()
  const db = join(dir, 'locked.duckdb')
  const first = start(bin, ['--db', db], { env: { ...process.env, DISPLAY: xvfb.display } })
  t.after(async () => {
    await first.stop()
    await xvfb.stop()
    cleanup(dir)
  })
  // Probe only once the window holds the file: an earlier probe would take the lock itself.
  await waitFor(() => readdirSync(`/proc/${first.child.pid}/fd`).some((fd) => {
    try { return readlinkSync(`/proc/${first.child.pid}/fd/${fd}`) === db } catch { return false }
  }), { timeout: 30000, interval: 200, what: 'the window to open its database' })
  const result = execFileSyncNoThrow(bin, ['indicators', '--db', db])
  assert.notEqual(result.code, 0)
  assert.match(result.stderr, /вече е отворена/)
  assert.match(result.stderr, /already open/)
})

function execFileSyncNoThrow(cmd, args) {
  try {
    const out = execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    return { code: 0, stdout: out.toString(), stderr: '' }
  } catch (e) {
    return { code: e.status, stdout: e.stdout?.toString() ?? '', stderr: e.stderr?.toString() ?? '' }
  }
}
