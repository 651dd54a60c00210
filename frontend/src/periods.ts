// One way to name a period everywhere: its name, and for a partial one how much of it the data
// cover ("IV трим. 2026 г. — 1 от 3 месеца"), so a partial period is never read as a whole one.
import { formatPeriod, type Lang } from './format'

type T = (key: string, ...args: any[]) => string

export function periodText(period: string, complete: boolean, coverage: string, lang: Lang, t: T): string {
  const name = formatPeriod(period, lang)
  if (complete || !coverage) return name
  const [n, total] = coverage.split('/').map(Number)
  if (total <= 1) return t('period.partialMonth', { period: name })
  return t('period.partial', { period: name, n, total })
}
