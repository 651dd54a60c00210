// The feedback methods of the Ordinance (Art. 24), as the filters, the overview and the catalogue name them.
export default {
  methods: {
    survey: 'Анкетни проучвания', staff_consultation: 'Консултации със служителите', mystery_shopper: '„Таен клиент“',
    signals: 'Сигнали, предложения, жалби, похвали', media: 'Медийни публикации', public_consultation: 'Обществени консултации',
    feedback_card: 'Карти за обратна връзка', hotline: 'Гореща линия', e_form: 'Електронни формуляри', focus_group: 'Фокус групи',
    service_register: 'Регистър на услугите', all: 'Всички методи',
  },
}
