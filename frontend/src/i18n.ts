import { createI18n } from 'vue-i18n'

// The window's words, Bulgarian first and English by a switch. Every string lives in
// src/locales/<lang>/<feature>.ts, one file per feature and language (locales/README.md); this file
// only puts each language's files together. A feature may add keys to a namespace another shares
// (errors, dept), never the same key twice: localeKeys.test.ts holds that, and that both languages
// have the same keys with the same placeholders and plural forms.
export type Tree = { [key: string]: string | Tree }

// assemble merges one language's feature files (by file name, as Vite lists them); collisions names
// the keys two files both set, which the test refuses.
export function assemble(files: Record<string, { default: Tree }>): { messages: Tree; collisions: string[] } {
  const messages: Tree = {}
  const collisions: string[] = []
  const into = (target: Tree, extra: Tree, path: string) => {
    for (const [k, v] of Object.entries(extra)) {
      const cur = target[k]
      if (typeof v === 'object' && cur && typeof cur === 'object') into(cur, v, path + k + '.')
      else {
        if (cur !== undefined) collisions.push(path + k)
        target[k] = typeof v === 'object' ? into({}, v, path + k + '.') : v
      }
    }
    return target
  }
  for (const file of Object.keys(files).sort()) into(messages, files[file].default, '')
  return { messages, collisions }
}

const bg = assemble(import.meta.glob<{ default: Tree }>('./locales/bg/*.ts', { eager: true }))
const en = assemble(import.meta.glob<{ default: Tree }>('./locales/en/*.ts', { eager: true }))

export const messages = { bg: bg.messages, en: en.messages }
export const collisions = { bg: bg.collisions, en: en.collisions }

// A key missing in Bulgarian falls back to English, per key. vue-i18n's own plural rule: "a | b"
// picks a for 1 and b otherwise; "zero | one | many" picks by 0, 1, more.
export const i18n = createI18n({
  legacy: false,
  locale: 'bg',
  fallbackLocale: 'en',
  messages,
})
