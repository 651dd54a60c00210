(function() {
  "use strict";
  var _a, _b, _c, _d;
  const localeBG = {
    time: {
      month: ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
      monthAbbr: ["яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"],
      dayOfWeek: ["неделя", "понеделник", "вторник", "сряда", "четвъртък", "петък", "събота"],
      dayOfWeekAbbr: ["нд", "пн", "вт", "ср", "чт", "пт", "сб"]
    },
    legend: { selector: { all: "Всички", inverse: "Обърни" } },
    toolbox: {
      brush: {
        title: {
          rect: "Правоъгълна селекция",
          polygon: "Ласо",
          lineX: "Хоризонтална селекция",
          lineY: "Вертикална селекция",
          keep: "Запази селекцията",
          clear: "Изчисти селекцията"
        }
      },
      dataView: { title: "Данни", lang: ["Данни", "Затвори", "Обнови"] },
      dataZoom: { title: { zoom: "Увеличи", back: "Нулирай увеличението" } },
      magicType: { title: { line: "Линейна диаграма", bar: "Стълбовидна диаграма", stack: "Натрупване", tiled: "Едно до друго" } },
      restore: { title: "Възстанови" },
      saveAsImage: { title: "Запази като изображение", lang: ["Десен бутон за запазване"] }
    },
    series: {
      typeNames: {
        pie: "Кръгова диаграма",
        bar: "Стълбовидна диаграма",
        line: "Линейна диаграма",
        scatter: "Точкова диаграма",
        effectScatter: "Точкова диаграма",
        radar: "Радарна диаграма",
        tree: "Дърво",
        treemap: "Дървовидна карта",
        boxplot: "Кутийна диаграма",
        candlestick: "Свещи",
        k: "Свещи",
        heatmap: "Топлинна карта",
        map: "Карта",
        parallel: "Паралелни координати",
        lines: "Линии",
        graph: "Граф",
        sankey: "Диаграма на Санки",
        funnel: "Фуния",
        gauge: "Уред",
        pictorialBar: "Картинни стълбове",
        themeRiver: "Тематична река",
        sunburst: "Слънчеви лъчи",
        custom: "Диаграма",
        chart: "Диаграма"
      }
    },
    aria: {
      general: { withTitle: "Диаграма „{title}“", withoutTitle: "Диаграма" },
      series: {
        single: { prefix: "", withName: " от тип {seriesType} с име {seriesName}.", withoutName: " от тип {seriesType}." },
        multiple: {
          prefix: ". Съдържа {seriesCount} серии.",
          withName: " Серия {seriesId} е {seriesType} за {seriesName}.",
          withoutName: " Серия {seriesId} е {seriesType}.",
          separator: { middle: "", end: "" }
        }
      },
      data: {
        allData: "Данните са: ",
        partialData: "Първите {displayCnt} стойности са: ",
        withName: "{name}: {value}",
        withoutName: "{value}",
        separator: { middle: ", ", end: ". " }
      }
    }
  };
  const NBSP = " ";
  function formatNumber(value, lang2, fractionDigits = 1) {
    if (value === null || value === void 0 || !Number.isFinite(value)) return "—";
    const fixed = Math.abs(value).toFixed(fractionDigits);
    const [intPart, frac] = fixed.split(".");
    const sep = lang2 === "bg" ? NBSP : ",";
    const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const decimal = lang2 === "bg" ? "," : ".";
    const sign = value < 0 && Number(fixed) !== 0 ? "−" : "";
    return sign + grouped + (frac ? decimal + frac : "");
  }
  const monthsBG = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"];
  const monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function formatPeriod(period, lang2) {
    let m = /^(\d{4})-(\d{2})$/.exec(period);
    if (m) {
      const i = Number(m[2]) - 1;
      return lang2 === "bg" ? `${monthsBG[i]} ${m[1]}${NBSP}г.` : `${monthsEN[i]} ${m[1]}`;
    }
    m = /^(\d{4})-Q([1-4])$/.exec(period);
    if (m) {
      const roman = ["I", "II", "III", "IV"][Number(m[2]) - 1];
      return lang2 === "bg" ? `${roman} трим. ${m[1]}${NBSP}г.` : `Q${m[2]} ${m[1]}`;
    }
    if (/^\d{4}$/.test(period)) return lang2 === "bg" ? `${period}${NBSP}г.` : period;
    return period;
  }
  function formatPeriodShort(period, lang2) {
    let m = /^(\d{4})-(\d{2})$/.exec(period);
    if (m) {
      const i = Number(m[2]) - 1;
      return lang2 === "bg" ? `${monthsBG[i].slice(0, 3)} ${m[1]}` : `${monthsEN[i].slice(0, 3)} ${m[1]}`;
    }
    m = /^(\d{4})-Q([1-4])$/.exec(period);
    if (m) return lang2 === "bg" ? `${["I", "II", "III", "IV"][Number(m[2]) - 1]} трим. ${m[1]}` : `Q${m[2]} ${m[1]}`;
    return period;
  }
  function isPeriodLabel(s) {
    return typeof s === "string" && /^\d{4}(-Q[1-4]|-\d{2})?$/.test(s);
  }
  function localised(option, lang2) {
    const tick = (v) => {
      var _a2;
      return formatNumber(v, lang2, Math.min(2, ((_a2 = String(v).split(".")[1]) != null ? _a2 : "").length));
    };
    const axes = (a) => {
      if (!a) return a;
      return (Array.isArray(a) ? a : [a]).map((ax) => {
        var _a2, _b2;
        if (ax.type === "value" || ax.type === void 0 && !ax.data) return { ...ax, axisLabel: { ...(_a2 = ax.axisLabel) != null ? _a2 : {}, formatter: tick } };
        if (Array.isArray(ax.data) && ax.data.some(isPeriodLabel)) {
          return { ...ax, axisLabel: { ...(_b2 = ax.axisLabel) != null ? _b2 : {}, formatter: (v) => isPeriodLabel(v) ? formatPeriodShort(v, lang2) : v } };
        }
        return ax;
      });
    };
    option.xAxis = axes(option.xAxis);
    option.yAxis = axes(option.yAxis);
    if (Array.isArray(option.series)) {
      option.series = option.series.map((s) => {
        var _a2, _b2;
        if (!((_a2 = s.label) == null ? void 0 : _a2.show) || s.label.formatter) return s;
        const nums = ((_b2 = s.data) != null ? _b2 : []).map((d) => d && typeof d === "object" && !Array.isArray(d) ? d.value : d).filter((v) => typeof v === "number");
        const digits = nums.length && nums.every((v) => Number.isInteger(v)) ? 0 : 1;
        return { ...s, label: { ...s.label, formatter: (p) => {
          const v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
          return typeof v === "number" ? formatNumber(v, lang2, digits) : String(v != null ? v : "");
        } } };
      });
    }
    return option;
  }
  const entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function escapeHtml(s) {
    return String(s != null ? s : "").replace(/[&<>"']/g, (c) => entities[c]);
  }
  function tooltipParams(raw) {
    return (Array.isArray(raw) ? raw : [raw]).filter((p) => {
      var _a2;
      return !String((_a2 = p.seriesId) != null ? _a2 : "").startsWith("band");
    });
  }
  function tooltipPeriod(params) {
    var _a2, _b2;
    return String((_b2 = (_a2 = params[0].axisValue) != null ? _a2 : params[0].name) != null ? _b2 : "");
  }
  function swatch(color) {
    const c = typeof color === "string" && /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d\s.,%]+\)$/.test(color) ? color : "#999";
    return `<span style="display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px;background:${c}"></span>`;
  }
  function tooltipHead(text) {
    return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(text)}</div>`;
  }
  function tooltipRow(p, valueHtml, seriesColors) {
    const color = p.seriesIndex !== void 0 && (seriesColors == null ? void 0 : seriesColors[p.seriesIndex]) || p.color;
    return `<div>${swatch(color)}${escapeHtml(p.seriesName)}: ${valueHtml}</div>`;
  }
  const defaultPalette = ["#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272", "#fc8452", "#9a60b4", "#ea7ccc"];
  function seriesColorsOf(option) {
    const palette = Array.isArray(option.color) && option.color.length ? option.color : defaultPalette;
    const series = Array.isArray(option.series) ? option.series : [];
    return series.map((s, i) => {
      var _a2, _b2, _c2, _d2;
      return (_d2 = (_c2 = (_a2 = s == null ? void 0 : s.lineStyle) == null ? void 0 : _a2.color) != null ? _c2 : (_b2 = s == null ? void 0 : s.itemStyle) == null ? void 0 : _b2.color) != null ? _d2 : palette[i % palette.length];
    });
  }
  function own(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : void 0;
  }
  function offlineTooltip(chart, lang2) {
    const colors = seriesColorsOf(chart.option);
    return (raw) => {
      const params = tooltipParams(raw);
      if (params.length === 0) return "";
      const cell = params.length === 1 && params[0].name ? own(chart.cells, params[0].name) : void 0;
      if (cell) return `${tooltipHead(cell.series)}<div>${escapeHtml(cell.period)}: ${escapeHtml(cell.text)}</div>`;
      const period = tooltipPeriod(params);
      const rows = params.map((p) => {
        var _a2;
        return tooltipRow(p, escapeHtml((_a2 = own(chart.tips, String(p.seriesName) + "\0" + period)) != null ? _a2 : "—"), colors);
      });
      return tooltipHead(formatPeriod(period, lang2)) + rows.join("");
    };
  }
  const data = JSON.parse((_b = (_a = document.getElementById("otzvuk-data")) == null ? void 0 : _a.textContent) != null ? _b : '{"charts":[]}');
  const lang = data.lang === "en" ? "en" : "bg";
  if (lang === "bg") echarts.registerLocale("BG", localeBG);
  const all = [];
  const resizeAll = () => all.forEach((c) => c.resize());
  window.addEventListener("resize", resizeAll);
  window.addEventListener("beforeprint", resizeAll);
  (_c = window.matchMedia) == null ? void 0 : _c.call(window, "print").addEventListener("change", resizeAll);
  let drawn = 0;
  for (const c of data.charts) {
    const el = document.getElementById(c.id);
    if (!el) continue;
    const chart = echarts.init(el, null, { renderer: "svg", locale: lang === "bg" ? "BG" : "EN" });
    const option = localised({ ...c.option, animation: false }, lang);
    option.tooltip = { confine: true, ...(_d = option.tooltip) != null ? _d : {}, formatter: offlineTooltip(c, lang) };
    chart.on("finished", () => {
      if (el.dataset.rendered === "true") return;
      el.dataset.rendered = "true";
      if (++drawn === data.charts.length) document.documentElement.dataset.chartsRendered = "true";
    });
    chart.setOption(option);
    all.push(chart);
  }
  if (data.charts.length === 0) document.documentElement.dataset.chartsRendered = "true";
})();
