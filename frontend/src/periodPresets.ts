// The periods people use, as date ranges (ISO YYYY-MM-DD, both ends inclusive): the last whole
// quarter, the last whole year, the year to date, the same period a year earlier, a chosen quarter
// or month; and dates typed the Bulgarian way (ДД.ММ.ГГГГ). Pure arithmetic, no time zones: a
// date is a calendar day.

export interface Range {
  from: string
  to: string
}

// A preset's range, and whether it is a whole period (a year to date is not).
export interface Preset extends Range {
  partial: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
}

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) throw new Error('not an ISO date: ' + iso)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

export function monthRange(y: number, m: number): Range {
  return { from: isoDate(y, m, 1), to: isoDate(y, m, daysInMonth(y, m)) }
}

export function quarterRange(y: number, q: number): Range {
  return { from: isoDate(y, 3 * q - 2, 1), to: isoDate(y, 3 * q, daysInMonth(y, 3 * q)) }
}

export function yearRange(y: number): Range {
  return { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) }
}

// lastWholeQuarter: the latest quarter that ends on or before the day (the data's last day).
export function lastWholeQuarter(day: string): Range {
  const [y, m] = parts(day)
  const q = Math.ceil(m / 3)
  const current = quarterRange(y, q)
  if (day >= current.to) return current
  return q === 1 ? quarterRange(y - 1, 4) : quarterRange(y, q - 1)
}

// lastWholeMonth: the latest month that ends on or before the day.
export function lastWholeMonth(day: string): Range {
  const [y, m] = parts(day)
  const current = monthRange(y, m)
  if (day >= current.to) return current
  return m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1)
}

// lastWholeYear: the latest year that ends on or before the day.
export function lastWholeYear(day: string): Range {
  const [y, m, d] = parts(day)
  return yearRange(m === 12 && d === 31 ? y : y - 1)
}

// yearToDate: from 1 January to the day; partial unless the day is 31 December.
export function yearToDate(day: string): Preset {
  const [y, m, d] = parts(day)
  return { from: isoDate(y, 1, 1), to: day, partial: !(m === 12 && d === 31) }
}

// shiftYear moves a day by whole years. A month's last day stays its last day (28.02.2025 →
// 29.02.2024 as an end, 29.02.2024 → 28.02.2023), so whole months stay whole.
function shiftYear(day: string, years: number, end: boolean): string {
  const [y, m, d] = parts(day)
  const ny = y + years
  const last = daysInMonth(ny, m)
  if (end && d === daysInMonth(y, m)) return isoDate(ny, m, last)
  return isoDate(ny, m, Math.min(d, last))
}

// yearEarlier: the same period a year earlier.
export function yearEarlier(r: Range): Range {
  return { from: shiftYear(r.from, -1, false), to: shiftYear(r.to, -1, true) }
}

// wholePeriodOf names the range when it is exactly one month (2026-07), quarter (2026-Q3) or
// year (2026); otherwise ''.
export function wholePeriodOf(r: Range): string {
  if (!r.from || !r.to) return ''
  const [y, m, d] = parts(r.from)
  if (d !== 1) return ''
  const [y2] = parts(r.to)
  if (y2 !== y) return ''
  if (m === 1 && r.to === isoDate(y, 12, 31)) return String(y)
  if ((m - 1) % 3 === 0 && r.to === quarterRange(y, (m + 2) / 3).to) return `${y}-Q${(m + 2) / 3}`
  if (r.to === monthRange(y, m).to) return `${y}-${pad(m)}`
  return ''
}

// periodRange turns a period label (2026, 2026-Q3, 2026-07) into its range.
export function periodRange(period: string): Range | null {
  let m = /^(\d{4})$/.exec(period)
  if (m) return yearRange(Number(m[1]))
  m = /^(\d{4})-Q([1-4])$/.exec(period)
  if (m) return quarterRange(Number(m[1]), Number(m[2]))
  m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthRange(Number(m[1]), Number(m[2]))
  return null
}

// quartersBetween and monthsBetween list the periods the data touch, newest first.
export function quartersBetween(first: string, last: string): string[] {
  const [y0, m0] = parts(first)
  const [y1, m1] = parts(last)
  const out: string[] = []
  for (let y = y1, q = Math.ceil(m1 / 3); y > y0 || (y === y0 && q >= Math.ceil(m0 / 3)); q === 1 ? (y--, (q = 4)) : q--) out.push(`${y}-Q${q}`)
  return out
}

export function monthsBetween(first: string, last: string): string[] {
  const [y0, m0] = parts(first)
  const [y1, m1] = parts(last)
  const out: string[] = []
  for (let y = y1, m = m1; y > y0 || (y === y0 && m >= m0); m === 1 ? (y--, (m = 12)) : m--) out.push(`${y}-${pad(m)}`)
  return out
}

// parseTypedDate reads a typed date: 6.12.2026, 06.12.2026, 06/12/2026, 06-12-2026, "06.12.2026 г."
// or ISO 2026-12-06. A four-digit year is required; a day that does not exist (31.04, 29.02 in a
// year that is not leap) is refused. The answer is ISO, or null.
export function parseTypedDate(text: string): string | null {
  const s = text.trim().replace(/\s*г\.?$/i, '').trim()
  let y: number, m: number, d: number
  let hit = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/.exec(s)
  if (hit) [d, m, y] = [Number(hit[1]), Number(hit[2]), Number(hit[3])]
  else if ((hit = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])]
  else return null
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return isoDate(y, m, d)
}

// typedDate writes an ISO date as it is typed: 06.12.2026 (never cut, always two-digit day and month).
export function typedDate(iso: string): string {
  if (!iso) return ''
  const [y, m, d] = parts(iso)
  return `${pad(d)}.${pad(m)}.${y}`
}

// today as an ISO date, in the local calendar.
export function todayISO(now = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

// rangePartial: a range the data do not cover whole — it runs past the data's last day, or it
// is a year to date (1 January to the data's last day, before the year is over).
export function rangePartial(r: Range, last: string): boolean {
  if (!r.to || !last) return false
  if (r.to > last) return true
  const [y, m, d] = parts(r.to)
  return r.to === last && r.from === isoDate(y, 1, 1) && !(m === 12 && d === 31)
}
