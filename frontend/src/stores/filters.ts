// The window's global filters. persist.ts keeps them across starts; every view passes them along.
import { reactive } from 'vue'

export interface Filters {
  from: string
  to: string
  channel: string[]
  group: string[]
  method: string[]
}

export const filters = reactive<Filters>({ from: '', to: '', channel: [], group: [], method: [] })

// plain copies the filters for a request (reactive proxies do not cross into Go).
export function plain(): Filters {
  return { from: filters.from, to: filters.to, channel: [...filters.channel], group: [...filters.group], method: [...filters.method] }
}

// anyFilter tells whether a filter narrows the data (an empty view then says which).
export function anyFilter(): boolean {
  return !!(filters.from || filters.to || filters.channel.length || filters.group.length || filters.method.length)
}

// clearFilters removes every filter.
export function clearFilters() {
  filters.from = ''
  filters.to = ''
  filters.channel = []
  filters.group = []
  filters.method = []
}
