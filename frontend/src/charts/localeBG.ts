// ECharts ships no Bulgarian locale; this one follows the structure of its English locale.
export const localeBG = {
  time: {
    month: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
    monthAbbr: ['яну', 'фев', 'мар', 'апр', 'май', 'юни', 'юли', 'авг', 'сеп', 'окт', 'ное', 'дек'],
    dayOfWeek: ['неделя', 'понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота'],
    dayOfWeekAbbr: ['нд', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  },
  legend: { selector: { all: 'Всички', inverse: 'Обърни' } },
  toolbox: {
    brush: {
      title: {
        rect: 'Правоъгълна селекция', polygon: 'Ласо', lineX: 'Хоризонтална селекция',
        lineY: 'Вертикална селекция', keep: 'Запази селекцията', clear: 'Изчисти селекцията',
      },
    },
    dataView: { title: 'Данни', lang: ['Данни', 'Затвори', 'Обнови'] },
    dataZoom: { title: { zoom: 'Увеличи', back: 'Нулирай увеличението' } },
    magicType: { title: { line: 'Линейна диаграма', bar: 'Стълбовидна диаграма', stack: 'Натрупване', tiled: 'Едно до друго' } },
    restore: { title: 'Възстанови' },
    saveAsImage: { title: 'Запази като изображение', lang: ['Десен бутон за запазване'] },
  },
  series: {
    typeNames: {
      pie: 'Кръгова диаграма', bar: 'Стълбовидна диаграма', line: 'Линейна диаграма', scatter: 'Точкова диаграма',
      effectScatter: 'Точкова диаграма', radar: 'Радарна диаграма', tree: 'Дърво', treemap: 'Дървовидна карта',
      boxplot: 'Кутийна диаграма', candlestick: 'Свещи', k: 'Свещи', heatmap: 'Топлинна карта', map: 'Карта',
      parallel: 'Паралелни координати', lines: 'Линии', graph: 'Граф', sankey: 'Диаграма на Санки', funnel: 'Фуния',
      gauge: 'Уред', pictorialBar: 'Картинни стълбове', themeRiver: 'Тематична река', sunburst: 'Слънчеви лъчи',
      custom: 'Диаграма', chart: 'Диаграма',
    },
  },
  aria: {
    general: { withTitle: 'Диаграма „{title}“', withoutTitle: 'Диаграма' },
    series: {
      single: { prefix: '', withName: ' от тип {seriesType} с име {seriesName}.', withoutName: ' от тип {seriesType}.' },
      multiple: {
        prefix: '. Съдържа {seriesCount} серии.',
        withName: ' Серия {seriesId} е {seriesType} за {seriesName}.',
        withoutName: ' Серия {seriesId} е {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Данните са: ', partialData: 'Първите {displayCnt} стойности са: ',
      withName: '{name}: {value}', withoutName: '{value}', separator: { middle: ', ', end: '. ' },
    },
  },
}
