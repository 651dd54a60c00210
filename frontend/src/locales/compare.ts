// The comparison view on data that do not have everything (views/Compare.vue).
export default {
  bg: {
    cmpx: {
      onePeriod: 'Данните са само за {period}: няма друг период, с който да се сравни.',
      noData: 'Без данни в двата периода: {names}.',
      fellBack: '„{asked}“ няма данни; класирането е по „{ranked}“.',
      backlogTitle: 'Заявленията, подадени през {period}: какво стана с тях',
      backlogHint: 'Класирането е по датата на приключване и не вижда неприключеното; тук са всички подадени през периода (към {asOf}), първо отделите с най-голям дял отворени след срока, после с най-малък дял в срок. Медианата е по Каплан–Майер (отворените се броят като още неприключени).',
    },
  },
  en: {
    cmpx: {
      onePeriod: 'The data cover {period} only: there is no other period to compare it with.',
      noData: 'No data in either period: {names}.',
      fellBack: '"{asked}" has no data; the ranking is by "{ranked}".',
      backlogTitle: 'Requests filed in {period}: what became of them',
      backlogHint: 'The ranking is by completion date and cannot see what is still open; here is everything filed in the period (as of {asOf}), first the departments with the largest share open past the deadline, then those with the smallest share on time. The median is Kaplan–Meier\'s (open items count as not yet completed).',
    },
  },
}
