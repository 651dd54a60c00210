// The comparison view on data that do not have everything (views/Compare.vue).
export default {
  bg: {
    cmpx: {
      onePeriod: 'Данните са само за {period}: няма друг период, с който да се сравни.',
      noData: 'Без данни в двата периода: {names}.',
      fellBack: '„{asked}“ няма данни; класирането е по „{ranked}“.',
    },
  },
  en: {
    cmpx: {
      onePeriod: 'The data cover {period} only: there is no other period to compare it with.',
      noData: 'No data in either period: {names}.',
      fellBack: '"{asked}" has no data; the ranking is by "{ranked}".',
    },
  },
}
