// The feedback methods of the Ordinance (Art. 24), as the filters, the overview and the catalogue name them.
export default {
  methods: {
    survey: 'Surveys', staff_consultation: 'Staff consultations', mystery_shopper: 'Mystery shopper',
    signals: 'Signals, proposals, complaints, praise', media: 'Media publications', public_consultation: 'Public consultations',
    feedback_card: 'Feedback cards', hotline: 'Hotline', e_form: 'E-forms', focus_group: 'Focus groups',
    service_register: 'Register of services', all: 'All methods',
  },
}
