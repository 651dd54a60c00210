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
