/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

// Go embeds frontend/dist; a committed dist/.gitkeep lets a clean clone compile before the first build,
// and this puts it back after Vite empties the folder.
const keepDist: Plugin = {
  name: 'otzvuk-keep-dist',
  closeBundle() {
    writeFileSync(resolve(__dirname, 'dist/.gitkeep'), '')
  },
}

export default defineConfig({
  plugins: [vue(), keepDist],
  build: { chunkSizeWarningLimit: 2500 },
  // A test compares the window's ECharts locale with the copy Go embeds for exported pages.
  server: { fs: { allow: ['.', '../analytics/export/assets'] } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
