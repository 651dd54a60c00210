// The glossary: every unit and term the views show, explained in place (components/Term.vue).
// Each entry: term (as the views write it) and text (what it means, in plain words).
// No "|", "@", "{" or "}" in these texts: vue-i18n reads them as message syntax.
export default {
  glossary: {
    what: 'What is “{term}”?',
    terms: 'Terms', title: 'Glossary',
    pp: { term: 'pp', text: 'Percentage points: the difference between two shares. From 40 % to 45 % is +5 pp (not +12.5 %).' },
    pts: { term: 'pts', text: 'Points of the indicator’s scale: the difference of an index (0–100) or of the NPS (−100…100). From 60 to 63 is +3 pts.' },
    index: { term: 'index 0–100', text: 'The mean rating rescaled to 0–100: 0 when everyone gave the lowest rating, 100 when everyone gave the highest. For ratings 1 to 5: (mean − 1) / 4 × 100; a mean of 4 is an index of 75.' },
    nps: { term: 'NPS', text: 'Net Promoter Score: the percent of promoters (9–10 on the 0–10 question “Would you recommend…”) minus the percent of detractors (0–6). From −100 (all detractors) to +100 (all promoters).' },
    n: { term: 'n', text: 'The number of observations behind the value: answers, requests, signals or cards in the period. The larger n, the firmer the value.' },
    ci: { term: 'confidence interval (95 %)', text: 'The range in which the true value lies with 95 % confidence, given this sample. A narrow interval is a firm value, a wide one an uncertain value. Two values whose intervals overlap much are not surely different.' },
    q: { term: 'q-value', text: 'The chance that a change is random, corrected for the many comparisons made at once (Benjamini–Hochberg). A change with q ≤ 5 % is called significant: among the significant ones at most 5 % are expected to be chance.' },
    fdr: { term: 'correction for multiple comparisons', text: 'When dozens of departments and indicators are compared, some differences come out “significant” by chance alone. The correction (Benjamini–Hochberg) keeps only the changes that stay significant, holding the share of chance findings among them under 5 %.' },
    significant: { term: 'significant change', text: 'A change too large to be only the sample’s random fluctuation (q ≤ 5 %). “Within chance” means it may be random; it does not mean there is no change.' },
    small: { term: 'small sample', text: 'Fewer observations than the indicator’s minimum (usually 30). The value is shown but uncertain: it is not compared, ranked or called significant. Hatching or grey marks it.' },
    partial: { term: 'partial period', text: 'The data cover only part of the period (e.g. 2 of the quarter’s 3 months). Comparing it with a whole period is uneven.' },
    onTime: { term: 'on time', text: 'The share completed (or decided) by the deadline among those completed that had a deadline, by completion date. Open, refused and cancelled ones are not counted.' },
    overdue: { term: 'overdue', text: 'Requests or signals not completed, refused or cancelled whose deadline has passed — at the period’s end (or today, for the running period).' },
    median: { term: 'median days', text: 'The middle value: half the cases were decided in fewer days, half in more. A few very long cases do not pull it as they pull the mean.' },
    target: { term: 'target / warning', text: 'The target is the value the municipality aims for; past the warning threshold the value calls for action. ✓ on target, ! warning, ✗ off target.' },
    delta: { term: 'change', text: 'The difference of the two values shown, in the indicator’s unit: pp for shares, pts for indices and scores, days for durations. The arrow says which way, the colour whether it is for the better.' },
    municipal: { term: 'difference from the municipality', text: 'The department’s value minus the whole municipality’s value for the same indicator and period, in the indicator’s unit. Blue is better than the municipality, orange worse.' },
    r2: { term: 'R²', text: 'How much of the differences in the overall rating the drivers explain together, from 0 to 100 %. 40 % means 60 % of the differences come from things outside the questions.' },
    weights: { term: 'Johnson’s relative weights', text: 'How the explained part is shared among the drivers, summing to 100 %, even when the drivers are related to one another. The larger the weight, the more the driver moves the overall rating.' },
    logOdds: { term: 'log-odds', text: 'A measure of how much more often a word appears in complaints than in praise, weighted so that rare words do not stand out by chance.' },
    common: { term: 'common-cause variation', text: 'The ups and downs a process gives by itself, month after month. A point within the process limits needs no explanation.' },
    special: { term: 'special cause', text: 'A sign that something has changed: a point outside the process limits, 7 points in a row on one side of the mean, 7 rises or falls in a row, or 2 of 3 points close to a limit.' },
    limits: { term: 'process limits', text: 'The mean ± 2.66 × the mean moving range: how far common-cause variation reaches. With fewer than 12 points they are trial limits.' },
  },
}
