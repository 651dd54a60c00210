// What people say: the themes of comments, their change, and the possible new themes.
export default {
  themes: {
    change: '{delta} against {year}', changeSameSpan: '{delta} against the same months of {year}', significant: 'significant', notSignificant: 'within chance',
    proposals: 'Possible new themes', proposalsHint: 'Words that set complaints and low ratings (1–2) no theme explains apart from high ratings (4–5) — weighted log-odds (Monroe et al., 2008). ',
    proposalsMunicipality: 'The department has few unexplained complaints, so the proposals come from the whole municipality.',
    mentions: '{n} times in complaints, {m} in praise', mentionsAll: 'in the municipality: {n} times in complaints, {m} in praise', create: 'Create a theme', name: 'Theme name', nameEn: 'English name (optional)',
    words: 'Words', save: 'Save the theme', cancel: 'Cancel', created: 'The theme “{name}” is created; the comments were counted again.',
    own: 'your theme', none: 'No terms the themes do not cover.',
    exists: 'A theme with this name exists already.', invalid: 'The theme is not valid: a name and at least one word are needed.', write: 'The theme could not be saved.',
    sources: { survey: 'survey', card: 'card', signal: 'signal' }, filter: 'Theme', open: 'Show the department\'s comments on the theme', filterAll: 'All themes', grew: 'Themes that grew significantly among complaints — {period}',
    grewHint: 'Share of complaints, signals and ratings 1–2 that mention the theme, against {prev}; n — complaints.',
    grewNone: 'No theme grew significantly among the complaints.', overlap: 'A comment may touch several themes, so the shares do not add up to 100 %.',
  },
}
