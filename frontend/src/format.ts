// Number and date formatting for the UI. Bulgarian groups thousands with a no-break space (U+00A0)
// from four digits on (1 234,5), which ICU's bg-BG data does not do for four-digit numbers,
// so grouping is done here rather than left to Intl.

export type Lang = 'bg' | 'en'

const NBSP = '\u00A0'

export function formatNumber(value: number | null | undefined, lang: Lang, fractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  const fixed = Math.abs(value).toFixed(fractionDigits)
  const [intPart, frac] = fixed.split('.')
  const sep = lang === 'bg' ? NBSP : ','
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
  const decimal = lang === 'bg' ? ',' : '.'
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : ''
  return sign + grouped + (frac ? decimal + frac : '')
}

export function formatInteger(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value, lang, 0)
}

const monthsBG = ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември']
const monthsEN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

// formatDate: 5.03.2026 г. in Bulgarian, 5 Mar 2026 in English. Takes an ISO date (YYYY-MM-DD).
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [, y, mo, d] = m
  if (lang === 'bg') return `${Number(d)}.${mo}.${y}${NBSP}г.`
  return `${Number(d)} ${monthsEN[Number(mo) - 1].slice(0, 3)} ${y}`
}

// formatPeriod turns a period label (2026-03, 2026-Q1, 2026) into words: март 2026 г., I трим. 2026 г., 2026 г.
export function formatPeriod(period: string, lang: Lang): string {
  let m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m) {
    const i = Number(m[2]) - 1
    return lang === 'bg' ? `${monthsBG[i]} ${m[1]}${NBSP}г.` : `${monthsEN[i]} ${m[1]}`
  }
  m = /^(\d{4})-Q([1-4])$/.exec(period)
  if (m) {
    const roman = ['I', 'II', 'III', 'IV'][Number(m[2]) - 1]
    return lang === 'bg' ? `${roman} трим. ${m[1]}${NBSP}г.` : `Q${m[2]} ${m[1]}`
  }
  if (/^\d{4}$/.test(period)) return lang === 'bg' ? `${period}${NBSP}г.` : period
  return period
}

// Decimals per unit, everywhere (tiles, tables, charts, exports): counts whole, ratios two, the rest one.
export function decimalsFor(unit: string): number {
  if (unit === 'count') return 0
  if (unit === 'ratio') return 2
  return 1
}

// formatValue writes a value in its unit: 41,2 % for shares, 1 234 for counts, 0,85 for ratios.
export function formatValue(value: number | null | undefined, unit: string, lang: Lang): string {
  const s = formatNumber(value, lang, decimalsFor(unit))
  return unit === 'share' && s !== '—' ? s + NBSP + '%' : s
}

const changeUnits: Record<string, { bg: string; en: string }> = {
  share: { bg: 'п.п.', en: 'pp' },
  index: { bg: 'т.', en: 'pts' },
  score: { bg: 'т.', en: 'pts' },
  days: { bg: 'дни', en: 'days' },
  minutes: { bg: 'мин', en: 'min' },
}

// shownDelta is the difference of the two values as they are shown (rounded), so that the numbers
// on screen add up: 49,8 → 24,3 is −25,5 even if the exact difference rounds to −25,6.
export function shownDelta(value: number, previous: number, unit: string): number {
  const d = decimalsFor(unit)
  const r = (x: number) => Number(Math.abs(x).toFixed(d)) * Math.sign(x)
  return Number((r(value) - r(previous)).toFixed(d))
}

// formatChange writes a change with its sign and unit: +21,6 п.п. for shares, −3,2 т. for indices.
export function formatChange(delta: number | null | undefined, unit: string, lang: Lang): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return '—'
  const body = formatNumber(delta, lang, decimalsFor(unit))
  const sign = delta > 0 && Number(Math.abs(delta).toFixed(decimalsFor(unit))) !== 0 ? '+' : ''
  const u = changeUnits[unit]?.[lang]
  return sign + body + (u ? NBSP + u : '')
}

// arrowOf shows which way a value moved (never whether that is good: words and colour say that).
export function arrowOf(delta: number | null | undefined): string {
  if (!delta) return '■'
  return delta > 0 ? '▲' : '▼'
}

// formatPeriodShort names a period for an axis: ное 2023, I трим. 2026, 2026 (Nov 2023, Q1 2026).
export function formatPeriodShort(period: string, lang: Lang): string {
  let m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m) {
    const i = Number(m[2]) - 1
    return lang === 'bg' ? `${monthsBG[i].slice(0, 3)} ${m[1]}` : `${monthsEN[i].slice(0, 3)} ${m[1]}`
  }
  m = /^(\d{4})-Q([1-4])$/.exec(period)
  if (m) return lang === 'bg' ? `${['I', 'II', 'III', 'IV'][Number(m[2]) - 1]} трим. ${m[1]}` : `Q${m[2]} ${m[1]}`
  return period
}

// isPeriodLabel tells a period label (2026, 2026-Q1, 2026-03) from any other axis category.
export function isPeriodLabel(s: unknown): boolean {
  return typeof s === 'string' && /^\d{4}(-Q[1-4]|-\d{2})?$/.test(s)
}
