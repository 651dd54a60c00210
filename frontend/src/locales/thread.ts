// The thread from the overview to a department (thread.ts).
export default {
  bg: {
    thread: {
      back: '← Обзор',
      crumb: '{department}: {period} спрямо {compared}',
      changes: 'Значими промени на отдела: {period} спрямо {compared}',
      hint: 'Същите сравнения като в обзора (поправени за многократни сравнения); маркираният ред е промяната, от която дойдохте.',
      none: 'Няма значими промени на отдела за периода.',
      worse: 'Влошавания', better: 'Подобрения',
      clear: 'Затвори',
    },
  },
  en: {
    thread: {
      back: '← Overview',
      crumb: '{department}: {period} against {compared}',
      changes: 'The department\'s significant changes: {period} against {compared}',
      hint: 'The same comparisons as the overview\'s (corrected for multiple comparisons); the marked row is the change you came from.',
      none: 'No significant changes of the department in the period.',
      worse: 'Deteriorations', better: 'Improvements',
      clear: 'Close',
    },
  },
}
