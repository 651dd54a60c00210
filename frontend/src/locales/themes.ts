// What people say: the themes of comments, their change, and the possible new themes.
export default {
  bg: {
    themes: {
      change: '{delta} спрямо {year}', changeSameSpan: '{delta} спрямо същите месеци на {year}', significant: 'значимо', notSignificant: 'в рамките на случайното',
      proposals: 'Възможни нови теми', proposalsHint: 'Думи, които отличават оплакванията и ниските оценки (1–2), необяснени от никоя тема, от високите оценки (4–5) — претеглени логаритмични шансове (Monroe и др., 2008). ',
      proposalsMunicipality: 'Отделът има малко необяснени оплаквания, затова предложенията са от цялата община.',
      mentions: '{n} пъти в оплакванията, {m} в похвалите', mentionsAll: 'в общината: {n} пъти в оплакванията, {m} в похвалите', create: 'Създай тема', name: 'Име на темата', nameEn: 'Име на английски (по желание)',
      words: 'Думи', save: 'Запази темата', cancel: 'Отказ', created: 'Темата „{name}“ е създадена; коментарите са преброени отново.',
      own: 'ваша тема', none: 'Няма термини, които да не са покрити от темите.',
      exists: 'Тема с това име вече има.', invalid: 'Темата не е валидна: нужни са име и поне една дума.', write: 'Темата не можа да се запише.',
      sources: { survey: 'анкета', card: 'карта', signal: 'сигнал' }, filter: 'Тема', open: 'Покажи коментарите на отдела за темата', filterAll: 'Всички теми', grew: 'Темите, които нараснаха значимо в оплакванията — {period}',
      grewHint: 'Дял на оплакванията, сигналите и оценките 1–2, които споменават темата, спрямо {prev}; n — брой оплаквания.',
      grewNone: 'Няма тема със значимо нарастване в оплакванията.', overlap: 'Един коментар може да засяга няколко теми, затова дяловете не се събират до 100 %.',
    },
  },
  en: {
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
  },
}
