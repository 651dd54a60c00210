// Strings of "close the loop with citizens": the DOCX report, the public results and the forms.
export default {
  bg: {
    cit: {
      title: 'За гражданите и за деловодството',
      help: 'Докладът като редактируем документ на Word, публичните резултати за сайта на общината (с отворени данни) и формулярите за събиране на мнения.',
      docx: 'Доклад като DOCX',
      publish: 'Публикувай резултатите',
      k: 'Най-малко отговори в клетка (k)',
      forms: 'Формуляри и шаблони',
      docxDone: 'Документът е записан ({seconds} s).',
      publishDone: 'Сайтът и отворените данни са записани в папката; скрити клетки: {hidden}.',
      formsDone: 'Анкетата, картата и шаблоните за въвеждане (XLSX) са записани в папката.',
      open: 'Отвори сайта',
    },
  },
  en: {
    cit: {
      title: 'For citizens and for the records office',
      help: 'The report as an editable Word document, the public results for the municipal website (with open data), and the forms that collect feedback.',
      docx: 'Report as DOCX',
      publish: 'Publish the results',
      k: 'Fewest responses in a cell (k)',
      forms: 'Forms and templates',
      docxDone: 'The document is saved ({seconds} s).',
      publishDone: 'The site and the open data are saved in the folder; suppressed cells: {hidden}.',
      formsDone: 'The questionnaire, the card and the entry templates (XLSX) are saved in the folder.',
      open: 'Open the site',
    },
  },
}
