// @vitest-environment node
// api.ts is the one door to Go: no other file of the window imports (or mocks) the generated
// services (src/wailsjs/go/app) or the Wails runtime (src/wailsjs/runtime). The data shapes of
// src/wailsjs/go/models make no call to Go and may be imported anywhere.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const src = fileURLToPath(new URL('.', import.meta.url))

// sourceFiles lists the window's own .ts and .vue files (not the generated bindings).
export function sourceFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'wailsjs' ? [] : sourceFiles(p)
    return /\.(ts|vue)$/.test(e.name) ? [p] : []
  })
}

// goDoors names the module paths in text that reach Go other than through api.ts.
function goDoors(text: string): string[] {
  const paths = [...text.matchAll(/(?:from|import|vi\.mock|vi\.doMock)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1])
  return paths.filter((p) => /(^|\/)wailsjs\/(go\/app|runtime)(\/|$)/.test(p))
}

describe('api.ts, the one door to Go', () => {
  it('finds a binding imported or mocked past it', () => {
    expect(goDoors("import { Records } from '../wailsjs/go/app/RecordsService'")).toEqual(['../wailsjs/go/app/RecordsService'])
    expect(goDoors("import { EventsOn } from './wailsjs/runtime/runtime'")).toEqual(['./wailsjs/runtime/runtime'])
    expect(goDoors("vi.mock('../wailsjs/go/app/RecordsService', () => ({}))")).toEqual(['../wailsjs/go/app/RecordsService'])
    expect(goDoors("const m = await import('./wailsjs/runtime')")).toEqual(['./wailsjs/runtime'])
    expect(goDoors("import { app } from '../wailsjs/go/models'\nimport { RecordsService } from '../api'")).toEqual([])
  })
  it('is the only file that imports the services or the runtime', () => {
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(50)
    const past = files
      .filter((f) => !['api.ts', 'api.test.ts'].includes(relative(src, f))) // this file's samples above are strings
      .flatMap((f) => goDoors(readFileSync(f, 'utf8')).map((p) => `${relative(src, f)}: ${p}`))
    expect(past).toEqual([])
    expect(goDoors(readFileSync(join(src, 'api.ts'), 'utf8')).length).toBeGreaterThan(0)
  })
})
