// Many comparisons at once: how many were made, how many chance alone would give, and saying
// "no data" rather than "no significant change" when there is nothing to compare.
export default {
  fdr: {
    tests: 'Направено е {n} сравнение с {compared}; само по случайност около {chance} би излязло значимо при {level}, затова тук са само промените, които остават значими след поправката за многократни сравнения (Бенджамини–Хохберг). | Направени са {n} сравнения с {compared}; само по случайност около {chance} от тях биха излезли значими при {level}, затова тук са само промените, които остават значими след поправката за многократни сравнения (Бенджамини–Хохберг).',
    noCompared: 'Няма данни за {period} — няма с какво да се сравни.',
    noComplaints: 'Няма оплаквания за {period}.',
  },
}
