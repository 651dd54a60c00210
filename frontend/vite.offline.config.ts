// The script of exported pages: src/charts/offline/page.ts built as one IIFE into the folder Go
// embeds it from (analytics/export/assets/offline.js), so exported charts share the window's
// tooltip, colour and number code. ECharts is not bundled: the page inlines echarts.min.js before it.
// The output is committed (Go needs it to compile on a clean clone); offline.test.ts fails when it
// differs from a fresh build, and make rebuilds it when the frontend's sources change.
import { defineConfig } from 'vite'
import { resolve } from 'node:path'

export const offlineOut = resolve(__dirname, '../analytics/export/assets')

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: offlineOut,
    emptyOutDir: false, // the folder holds the page's other assets
    target: 'es2018', // pages open in whatever browser the reader has (es2018: spreads need no helpers outside the IIFE)
    minify: false, // small, and readable in review
    lib: { entry: resolve(__dirname, 'src/charts/offline/page.ts'), formats: ['iife'], name: 'otzvukOffline', fileName: () => 'offline.js' },
  },
})
