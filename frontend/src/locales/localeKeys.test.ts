// Bulgarian first, English by a switch: every string of the window lives in
// src/locales/<lang>/<feature>.ts, the two languages file for file and key for key, and no other
// file of the window writes Bulgarian words of its own.
import { describe, expect, it } from 'vitest'
import ts from 'typescript'
import { collisions, type Tree } from '../i18n'

const files = {
  bg: import.meta.glob<{ default: Tree }>('./bg/*.ts', { eager: true }),
  en: import.meta.glob<{ default: Tree }>('./en/*.ts', { eager: true }),
}
const feature = (path: string) => path.replace(/^\.\/(bg|en)\//, '')

// Where the two languages' placeholders differ on purpose: Go sends both languages' texts as
// parameters and each language names its own.
const ownPlaceholders: Record<string, string> = {
  'errors.file': 'a file problem: {bg} is the Bulgarian reason, {message} the English one',
  'errors.output.write': 'a refused write: {detailBg} is the Bulgarian detail, {detail} the English one',
  'errors.contact': 'a refused contact: {bg} is the Bulgarian reason, {en} the English one',
  'errors.coatOfArms': 'a refused coat of arms: {bg} is the Bulgarian reason, {en} the English one',
}

function leaves(t: Tree, path = ''): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[path + k, v] as [string, string]] : leaves(v, path + k + '.')))
}
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\s*([\w.]+)\s*\}/g)].map((m) => m[1]))].sort()
// vue-i18n's plural forms are separated by "|"
const pluralForms = (s: string) => s.split('|').length

describe('the locales', () => {
  it('have the same feature files in both languages', () => {
    expect(Object.keys(files.bg).map(feature).sort()).toEqual(Object.keys(files.en).map(feature).sort())
    expect(Object.keys(files.bg).length).toBeGreaterThan(20)
  })

  it('set no key in two files', () => {
    expect(collisions).toEqual({ bg: [], en: [] })
  })

  it('have every key in both languages, with the same placeholders and plural forms', () => {
    const problems: string[] = []
    for (const [path, bgFile] of Object.entries(files.bg)) {
      const f = feature(path)
      const bg = new Map(leaves(bgFile.default))
      const en = new Map(leaves(files.en['./en/' + f].default))
      for (const k of bg.keys()) if (!en.has(k)) problems.push(`${f}: ${k} has no English`)
      for (const k of en.keys()) if (!bg.has(k)) problems.push(`${f}: ${k} has no Bulgarian`)
      for (const [k, b] of bg) {
        const e = en.get(k)
        if (e === undefined) continue
        if (!b.trim() || !e.trim()) problems.push(`${f}: ${k} is empty`)
        if (!(k in ownPlaceholders) && placeholders(b).join() !== placeholders(e).join())
          problems.push(`${f}: ${k} placeholders ${placeholders(b)} / ${placeholders(e)}`)
        if (pluralForms(b) !== pluralForms(e)) problems.push(`${f}: ${k} has ${pluralForms(b)} / ${pluralForms(e)} plural forms`)
      }
    }
    expect(problems).toEqual([])
    // every exception still names a key with placeholders, in whichever feature file sets it
    const allBg = new Map(Object.values(files.bg).flatMap((f) => leaves(f.default)))
    for (const k of Object.keys(ownPlaceholders)) expect(placeholders(allBg.get(k) ?? '')).not.toEqual([])
  })
})

// Files outside locales/ whose Bulgarian literals are data, not words of the window:
const cyrillicAllowed: Record<string, string> = {
  '../format.ts': 'the one formatter: month names, "г.", "трим." and units, equal to Go\'s analytics/format',
  '../charts/localeBG.ts': 'ECharts\' Bulgarian locale, equal to the copy Go embeds for exported pages (localeBG.test.ts)',
  '../recordCells.ts': 'letters in a regular expression that guesses a column\'s width by their shape; never shown',
  '../periodPresets.ts': 'the "г." a date typed the Bulgarian way may end with; read, never shown',
}
// The window's own files (tests aside: they check what the user sees, in Bulgarian).
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.vue', '!../wailsjs/**', '!../locales/**', '!../**/*.test.ts'], {
  query: '?raw', import: 'default', eager: true,
})

const cyrillic = /[\u0400-\u04FF]/
// cyrillicLiterals lists a file's strings, templates and regular expressions written in Cyrillic
// (comments may be in Bulgarian); in a .vue file, the template's text and attributes too.
function cyrillicLiterals(name: string, text: string): string[] {
  const found: string[] = []
  const scripts = name.endsWith('.vue') ? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]) : [text]
  for (const code of scripts) {
    const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true)
    const visit = (n: ts.Node) => {
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateLiteralToken(n) || ts.isRegularExpressionLiteral(n)) && cyrillic.test(n.getText()))
        found.push(n.getText())
      ts.forEachChild(n, visit)
    }
    visit(sf)
  }
  const template = name.endsWith('.vue') ? text.replace(/<script[^>]*>[\s\S]*?<\/script>|<style[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '') : ''
  for (const line of template.split('\n')) if (cyrillic.test(line)) found.push(line.trim())
  return found
}

describe('words outside the locales', () => {
  it('are found in strings, templates, regular expressions and a .vue template, not in comments', () => {
    expect(cyrillicLiterals('a.ts', "// Отдел\nconst a = 'Отдел', b = `${a} г.`, c = /ш/\nconst d = 'Department'")).toEqual(["'Отдел'", '} г.`', '/ш/'])
    expect(cyrillicLiterals('a.vue', '<script setup lang="ts">\n// Отдел\n</script>\n<template>\n  <!-- Отдел -->\n  <b title="Отдел">x</b>\n</template>')).toEqual(['<b title="Отдел">x</b>'])
  })

  it('are none: every Bulgarian word of the window is in src/locales/bg', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50)
    const found = Object.entries(sources)
      .filter(([f]) => !(f in cyrillicAllowed))
      .flatMap(([f, text]) => cyrillicLiterals(f, text).map((l) => `${f}: ${l}`))
    expect(found).toEqual([])
    // the allowed files still need their exception
    for (const f of Object.keys(cyrillicAllowed)) expect(cyrillicLiterals(f, sources[f] ?? '').length, f).toBeGreaterThan(0)
  })
})
