// A pooled database of several municipalities (otzvuk pool): the comparison ranks municipalities.
export default {
  bg: {
    pooled: {
      department: 'Община', total: 'Всички общини заедно', ranking: 'Класиране на общините', heatmap: 'Общини × показатели',
      multiples: '{year} г. (плътно) спрямо {prev} г. (пунктир) по общини',
      legend: 'Всяка клетка е разликата на общината от стойността за всички общини заедно (в заглавието на колоната), изчислена от записите им, в единицата на показателя: синьо — по-добре, оранжево — по-зле според посоката на показателя. * — малка извадка, не се сравнява (сиво).',
    },
  },
  en: {
    pooled: {
      department: 'Municipality', total: 'All the municipalities together', ranking: 'Ranking of municipalities', heatmap: 'Municipalities × indicators',
      multiples: '{year} (solid) against {prev} (dashed) by municipality',
      legend: 'Each cell is the municipality\'s difference from the value of all the municipalities together (in the column header), computed from their records, in the indicator\'s unit: blue better, orange worse by the indicator\'s direction. * small sample, not compared (grey).',
    },
  },
}
