// The thread from the overview to a department (stores/thread.ts).
export default {
  thread: {
    back: '← Обзор',
    crumb: '{department}: {period} спрямо {compared}',
    changes: 'Значими промени на отдела: {period} спрямо {compared}',
    hint: 'Същите сравнения като в обзора (поправени за многократни сравнения); маркираният ред е промяната, от която дойдохте.',
    none: 'Няма значими промени на отдела за периода.',
    worse: 'Влошавания', better: 'Подобрения',
    clear: 'Затвори',
  },
}
