// How a record's cell reads in the records table: dates and numbers in the UI's format, codes
// (channel, respondent group, yes/no) in words. The value is a string from Go; unknown stays as is.
import { formatDate, formatNumber, type Lang } from './format'

const dateColumns = new Set(['date', 'due_date', 'completed', 'decided_date', 'notified_date', 'imported'])
const numberColumns = new Set(['overall', 'recommend_score', 'waiting_minutes', 'deadline_days', 'rating'])

// Coded columns shown through their words (rec.codes.<column>.<code>).
const codeColumns = new Set(['status', 'tier', 'kind', 'outcome', 'source'])

type Translate = (key: string) => string
type Exists = (key: string) => boolean

export function recordCell(column: string, value: string, lang: Lang, t: Translate, te: Exists): string {
  if (value === '' || value === null || value === undefined) return ''
  if (dateColumns.has(column) && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value, lang)
  if (numberColumns.has(column) && /^-?\d+(\.\d+)?$/.test(value)) {
    const n = Number(value)
    return formatNumber(n, lang, Number.isInteger(n) ? 0 : 1)
  }
  const key = column === 'channel' ? 'flt.channels.' + value : column === 'respondent_group' ? 'flt.groups.' + value
    : codeColumns.has(column) ? `rec.codes.${column}.${value}` : ''
  if (key && te(key)) return t(key)
  if (column === 'anonymous' && (value === 'true' || value === 'false')) return t(value === 'true' ? 'cmp.yes' : 'cmp.no')
  if (column === 'import_file' && value === 'demo') return t('rec.demoImport')
  return value
}

// Where a record came from: named in the record's panel, not a column of the table.
export const panelOnlyColumns = new Set(['import_file', 'imported'])

// What people wrote is read first and in full: these columns are wide and wrap.
export const textColumns = new Set(['comment', 'text', 'action'])
// Values that must never be cut or broken: dates, numbers, short codes.
const wholeColumns = new Set([...dateColumns, ...numberColumns, 'id', 'channel', 'respondent_group', 'anonymous', 'status', 'tier', 'kind', 'outcome', 'source'])

// An estimate of the width of a text in the table's font (13–14 px Noto Sans): digits and most
// letters about 8 px, capitals 10, the widest 13.
function textPx(s: string): number {
  let w = 0
  for (const ch of s) w += /[ШЩЖЮМWMФ—]/.test(ch) ? 13 : /[\s.,:;'|!il()–-]/.test(ch) ? 5 : /[A-ZА-Я]/.test(ch) ? 10 : /\d/.test(ch) ? 8.5 : 8
  return Math.ceil(w)
}

export interface ColumnSize {
  width: number
  minWidth: number
  wrap: boolean // long values wrap (text and names); dates, numbers and codes never do
}

const PAD = 28 // the cell's padding, and a little room
const SORTER = 22 // the header's sort arrow

// columnSize sizes a records column to its content: the header (which may wrap between words but
// is never cut inside one) and the longest value on the page, with a sensible minimum; long text
// and names wrap at a maximum width, what must stay whole (a date, a number, a code) never does.
export function columnSize(column: string, header: string, cells: string[]): ColumnSize {
  const headerWord = Math.max(0, ...header.split(/\s+/).map(textPx)) + PAD + SORTER
  const headerWhole = textPx(header) + PAD + SORTER
  const longest = Math.max(0, ...cells.map(textPx)) + PAD
  if (textColumns.has(column)) return { width: 380, minWidth: 300, wrap: true }
  if (wholeColumns.has(column)) {
    const w = Math.max(72, headerWord, Math.min(longest, 320))
    // the header on one line when it fits in a little more room than the values need
    const width = headerWhole <= w + 40 ? Math.max(w, headerWhole) : w
    return { width, minWidth: w, wrap: false }
  }
  const w = Math.max(96, headerWord, Math.min(longest, 260))
  return { width: w, minWidth: Math.max(96, headerWord), wrap: true }
}
