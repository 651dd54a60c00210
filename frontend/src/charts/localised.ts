// localised puts every number and period a chart writes through the window's formatter: value
// axes and labels in bg-BG numbers (decimal comma, no-break-space groups), period categories
// named like the tables (ное 2023, I трим. 2026). Go writes plain JSON; functions are added here,
// for the window and for exported images alike.
import { formatNumber, formatPeriodShort, isPeriodLabel, type Lang } from '../format'

export function localised(option: Record<string, any>, lang: Lang): Record<string, any> {
  const tick = (v: number) => formatNumber(v, lang, Math.min(2, (String(v).split('.')[1] ?? '').length))
  const axes = (a: any) => {
    if (!a) return a
    return (Array.isArray(a) ? a : [a]).map((ax: any) => {
      if (ax.type === 'value' || (ax.type === undefined && !ax.data)) return { ...ax, axisLabel: { ...(ax.axisLabel ?? {}), formatter: tick } }
      if (Array.isArray(ax.data) && ax.data.some(isPeriodLabel)) {
        return { ...ax, axisLabel: { ...(ax.axisLabel ?? {}), formatter: (v: string) => (isPeriodLabel(v) ? formatPeriodShort(v, lang) : v) } }
      }
      return ax
    })
  }
  option.xAxis = axes(option.xAxis)
  option.yAxis = axes(option.yAxis)
  if (Array.isArray(option.series)) {
    option.series = option.series.map((s: any) => {
      if (!s.label?.show || s.label.formatter) return s
      // One number of decimals per series: whole numbers for counts, one decimal for the rest.
      const nums = (s.data ?? []).map((d: any) => (d && typeof d === 'object' && !Array.isArray(d) ? d.value : d)).filter((v: any) => typeof v === 'number')
      const digits = nums.length && nums.every((v: number) => Number.isInteger(v)) ? 0 : 1
      return { ...s, label: { ...s.label, formatter: (p: any) => {
        const v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value
        return typeof v === 'number' ? formatNumber(v, lang, digits) : String(v ?? '')
      } } }
    })
  }
  return option
}

