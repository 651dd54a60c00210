// api.ts is the one door to Go: no other file of the window imports (or mocks) the generated
// services (src/wailsjs/go/app) or the Wails runtime (src/wailsjs/runtime). The data shapes of
// src/wailsjs/go/models make no call to Go and may be imported anywhere.
import { describe, expect, it } from 'vitest'

// The window's own .ts and .vue files (not the generated bindings), by path from src.
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.vue', '!./wailsjs/**'], { query: '?raw', import: 'default', eager: true })

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
    expect(Object.keys(sources).length).toBeGreaterThan(50)
    const past = Object.entries(sources)
      .filter(([f]) => !['./api.ts', './api.test.ts'].includes(f)) // this file's samples above are strings
      .flatMap(([f, text]) => goDoors(text).map((p) => `${f}: ${p}`))
    expect(past).toEqual([])
    expect(goDoors(sources['./api.ts']).length).toBeGreaterThan(0)
  })
})
