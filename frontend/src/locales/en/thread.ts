// The thread from the overview to a department (stores/thread.ts).
export default {
  thread: {
    back: '← Overview',
    crumb: '{department}: {period} against {compared}',
    changes: 'The department\'s significant changes: {period} against {compared}',
    hint: 'The same comparisons as the overview\'s (corrected for multiple comparisons); the marked row is the change you came from.',
    none: 'No significant changes of the department in the period.',
    worse: 'Deteriorations', better: 'Improvements',
    clear: 'Close',
  },
}
