// @vitest-environment node
// Go embeds the built script (analytics/export/assets/offline.js, committed so a clean clone
// compiles): it must be what this code builds to, or exported pages would draw with old code.
import { describe, expect, it } from 'vitest'
import { build } from 'vite'
import type { RollupOutput } from 'rollup'
import committed from '../../../../analytics/export/assets/offline.js?raw'

describe('the script of exported pages', () => {
  it('is a fresh build of src/charts/offline', async () => {
    const configFile = new URL('../../../vite.offline.config.ts', import.meta.url).pathname
    const out = (await build({ configFile, mode: 'production', build: { write: false } })) as RollupOutput[]
    const fresh = out[0].output[0].code
    // a Windows checkout may have turned the line ends into CRLF
    expect(committed.replace(/\r\n/g, '\n') === fresh, 'analytics/export/assets/offline.js is stale: run make frontend (or npm run build:offline in frontend/)').toBe(true)
  }, 60_000)

  it('can be inlined in a <script> element as it is', () => {
    expect(committed.toLowerCase()).not.toMatch(/<\/script|<!--|<script/)
  })
})
