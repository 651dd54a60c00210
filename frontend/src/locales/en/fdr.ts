// Many comparisons at once: how many were made, how many chance alone would give, and saying
// "no data" rather than "no significant change" when there is nothing to compare.
export default {
  fdr: {
    tests: '{n} comparison with {compared} was made; by chance alone about {chance} would come out significant at {level}, so only the changes that stay significant after the correction for multiple comparisons (Benjamini–Hochberg) are listed. | {n} comparisons with {compared} were made; by chance alone about {chance} of them would come out significant at {level}, so only the changes that stay significant after the correction for multiple comparisons (Benjamini–Hochberg) are listed.',
    noCompared: 'No data for {period} — nothing to compare with.',
    noComplaints: 'No complaints for {period}.',
  },
}
