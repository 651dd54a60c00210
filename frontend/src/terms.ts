// Which glossary terms (locales/{bg,en}/glossary.ts) a set of shown values needs: the units of their
// changes (п.п., т.) and the indicators that are terms themselves (НПС, индекс 0–100, в срок…).
export interface Shown {
  unit?: string
  indicator?: string
}

const byUnit: Record<string, string[]> = { share: ['pp'], index: ['pts', 'index'], score: ['pts'] }

function byIndicator(id: string): string[] {
  if (id === 'NPS') return ['nps']
  if (id === 'SAT_IDX') return ['index']
  if (id.endsWith('_ONTIME')) return ['onTime']
  if (id.endsWith('_OPEN_OVERDUE')) return ['overdue']
  if (id.endsWith('_TTR')) return ['median']
  return []
}

// termsFor lists the terms, the fixed ones first, each once.
export function termsFor(items: Shown[], first: string[] = [], last: string[] = []): string[] {
  const out = [...first]
  for (const x of items) {
    for (const id of [...byIndicator(x.indicator ?? ''), ...(byUnit[x.unit ?? ''] ?? [])]) out.push(id)
  }
  out.push(...last)
  return [...new Set(out)]
}
