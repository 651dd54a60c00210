// How a record's cell reads in the records table: dates and numbers in the UI's format, codes
// (channel, respondent group, yes/no) in words. The value is a string from Go; unknown stays as is.
import { formatDate, formatNumber, type Lang } from './format'

const dateColumns = new Set(['date', 'due_date', 'completed', 'decided_date', 'notified_date'])
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
  return value
}
