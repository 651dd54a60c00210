// The window's global filters, kept across starts. Every view passes them with its requests.
import { reactive, watch } from 'vue'

export interface Filters {
  from: string
  to: string
  channel: string[]
  group: string[]
  method: string[]
}

const saved = (() => {
  try {
    return JSON.parse(localStorage.getItem('otzvuk.filters') ?? '{}') as Partial<Filters>
  } catch {
    return {}
  }
})()

export const filters = reactive<Filters>({ from: '', to: '', channel: [], group: [], method: [], ...saved })

watch(filters, () => localStorage.setItem('otzvuk.filters', JSON.stringify(filters)), { deep: true })

// plain copies the filters for a request (reactive proxies do not cross into Go).
export function plain(): Filters {
  return { from: filters.from, to: filters.to, channel: [...filters.channel], group: [...filters.group], method: [...filters.method] }
}
