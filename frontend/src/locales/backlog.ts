// The department's registers told two ways: by completion date and by the cohort filed in the year.
export default {
  bg: {
    backlog: {
      title: 'Срочност: приключените и подадените през {period}',
      hint: 'Приключените през периода казват как е свършено приключеното; подадените през периода казват какво е станало с всичко подадено — включително неприключеното след срока (към {asOf}). Медианата на подадените е по Каплан–Майер: отворените преписки се броят като още неприключени.',
      register: { requests: 'Заявления за услуги', signals: 'Сигнали, предложения, жалби' },
      byCompletion: 'Приключени през периода',
      byCohort: 'Подадени през периода',
      onTime: 'В срок',
      medianDays: 'Медиана, дни',
      filed: 'Подадени',
      late: 'Приключени след срока',
      overdue: 'Отворени след срока',
      pending: 'Отворени в срок',
      withdrawn: 'Оттеглени / без срок',
      notReached: 'не е достигната',
      rateHint: 'дял в срок от решените и просрочените отворени',
    },
  },
  en: {
    backlog: {
      title: 'Timeliness: completed and filed in {period}',
      hint: 'Completed in the period says how the finished work went; filed in the period says what became of everything filed — the items still open past their deadline too (as of {asOf}). The filed items\' median is Kaplan–Meier\'s: open items count as not yet completed.',
      register: { requests: 'Service requests', signals: 'Signals, proposals, complaints' },
      byCompletion: 'Completed in the period',
      byCohort: 'Filed in the period',
      onTime: 'On time',
      medianDays: 'Median, days',
      filed: 'Filed',
      late: 'Completed late',
      overdue: 'Open past deadline',
      pending: 'Open within deadline',
      withdrawn: 'Withdrawn / no deadline',
      notReached: 'not reached',
      rateHint: 'share on time of the decided and the open past deadline',
    },
  },
}
