// A pooled database of several municipalities (otzvuk pool): the comparison ranks municipalities.
export default {
  bg: {
    errors: {
      pooledNoRecords: 'Това е обединение на пакети на общини: пакетите не носят отделните записи с техните текстове и коментари (без лични данни), затова тук няма записи. Отворете базата на съответната община.',
      pooledNoDepartment: 'Това е обединение на пакети на общини: изгледът по отдел чете данни, които пакетите не носят. Сравнете общините в „Сравнение“ или отворете базата на съответната община.',
    },
    pooled: {
      title: 'обединение на {n} общини',
      department: 'Община', total: 'Всички общини заедно', ranking: 'Класиране на общините', heatmap: 'Общини × показатели',
      multiples: '{year} г. (плътно) спрямо {prev} г. (пунктир) по общини',
      legend: 'Всяка клетка е разликата на общината от стойността за всички общини заедно (в заглавието на колоната), изчислена от записите им, в единицата на показателя: синьо — по-добре, оранжево — по-зле според посоката на показателя. * — малка извадка, не се сравнява (сиво).',
    },
  },
  en: {
    errors: {
      pooledNoRecords: 'This is a pool of municipalities\' packages: packages do not carry the single records with their texts and comments (no personal data), so there are no records here. Open the municipality\'s own database.',
      pooledNoDepartment: 'This is a pool of municipalities\' packages: the department view reads data the packages do not carry. Compare the municipalities in "Compare" or open the municipality\'s own database.',
    },
    pooled: {
      title: 'a pool of {n} municipalities',
      department: 'Municipality', total: 'All the municipalities together', ranking: 'Ranking of municipalities', heatmap: 'Municipalities × indicators',
      multiples: '{year} (solid) against {prev} (dashed) by municipality',
      legend: 'Each cell is the municipality\'s difference from the value of all the municipalities together (in the column header), computed from their records, in the indicator\'s unit: blue better, orange worse by the indicator\'s direction. * small sample, not compared (grey).',
    },
  },
}
