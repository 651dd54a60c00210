// Draws the charts of an exported page with the inlined ECharts. Tooltip texts come from Go,
// already formatted; every string is escaped here before ECharts renders it as HTML.
(function () {
  'use strict'
  var data = JSON.parse(document.getElementById('otzvuk-data').textContent)
  var entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return entities[c] })
  }
  function swatch(color) {
    var c = typeof color === 'string' && /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d\s.,%]+\)$/.test(color) ? color : '#999'
    return '<span style="display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px;background:' + c + '"></span>'
  }
  var palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc']
  // each series' own colour for the swatch: a hatched point is filled white
  function seriesColors(option) {
    var p = Array.isArray(option.color) && option.color.length ? option.color : palette
    return (option.series || []).map(function (s, i) {
      return (s.lineStyle && s.lineStyle.color) || (s.itemStyle && s.itemStyle.color) || p[i % p.length]
    })
  }
  function formatter(c) {
    var colors = seriesColors(c.option)
    return function (raw) {
      var params = (Array.isArray(raw) ? raw : [raw]).filter(function (p) { return String(p.seriesId || '').indexOf('band') !== 0 })
      if (!params.length) return ''
      var cell = params.length === 1 && params[0].name ? c.cells[params[0].name] : null
      if (cell) return '<div style="font-weight:600">' + esc(cell.series) + '</div><div>' + esc(cell.period) + ': ' + esc(cell.text) + '</div>'
      var period = String(params[0].axisValue != null ? params[0].axisValue : params[0].name)
      var rows = params.map(function (p) {
        var text = c.tips[p.seriesName + '\u0000' + period]
        return '<div>' + swatch(colors[p.seriesIndex] || p.color) + esc(p.seriesName) + ': ' + esc(text == null ? '—' : text) + '</div>'
      })
      var head = data.periods[period] || period
      return '<div style="font-weight:600;margin-bottom:4px">' + esc(head) + '</div>' + rows.join('')
    }
  }
  // Axis numbers and period names as the window writes them (analytics/format, frontend/src/format.ts).
  function num(v) {
    var d = Math.min(2, (String(v).split('.')[1] || '').length)
    var fixed = Math.abs(v).toFixed(d).split('.')
    var bg = data.lang !== 'en'
    var s = fixed[0].replace(/\B(?=(\d{3})+(?!\d))/g, bg ? '\u00A0' : ',') + (fixed[1] ? (bg ? ',' : '.') + fixed[1] : '')
    return (v < 0 && Number(fixed.join('.')) !== 0 ? '\u2212' : '') + s
  }
  function axes(a) {
    if (!a) return a
    return (Array.isArray(a) ? a : [a]).map(function (ax) {
      var label = Object.assign({}, ax.axisLabel || {})
      if (ax.type === 'value' || (ax.type === undefined && !ax.data)) label.formatter = num
      else if (Array.isArray(ax.data)) label.formatter = function (v) { return data.short[v] || v }
      return Object.assign({}, ax, { axisLabel: label })
    })
  }
  if (data.locale) echarts.registerLocale('BG', data.locale)
  var drawn = 0
  var all = []
  // Printing changes the width: redraw at the printed size.
  function resizeAll() { all.forEach(function (c) { c.resize() }) }
  window.addEventListener('resize', resizeAll)
  window.addEventListener('beforeprint', resizeAll)
  if (window.matchMedia) window.matchMedia('print').addEventListener('change', resizeAll)
  data.charts.forEach(function (c) {
    var el = document.getElementById(c.id)
    if (!el) return
    var chart = echarts.init(el, null, { renderer: 'svg', locale: data.locale ? 'BG' : 'EN' })
    var option = c.option
    option.animation = false
    option.xAxis = axes(option.xAxis)
    option.yAxis = axes(option.yAxis)
    option.tooltip = Object.assign({}, option.tooltip || {}, { formatter: formatter(c) })
    chart.on('finished', function () {
      if (el.dataset.rendered !== 'true') {
        el.dataset.rendered = 'true'
        drawn++
        if (drawn === data.charts.length) document.documentElement.dataset.chartsRendered = 'true'
      }
    })
    chart.setOption(option)
    all.push(chart)
  })
  if (!data.charts.length) document.documentElement.dataset.chartsRendered = 'true'
})()
