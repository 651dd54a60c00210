// The municipality's contact and coat of arms, set beside the report and the public site
// (views/MunicipalityContact.vue; otzvuk settings --email --website --coat-of-arms).
export default {
  settings: {
    title: 'Контакт и герб на общината',
    help: 'Електронната поща и уебсайтът се публикуват като точка за контакт на отворените данни; гербът е на заглавната страница на доклада и в заглавката на сайта.',
    email: 'Ел. поща', emailExample: "напр. obshtina{'@'}primer.bg", // {'@'}: a bare @ starts a linked message in vue-i18n
    website: 'Уебсайт', websiteExample: 'https://…',
    coat: 'Герб', coatNone: 'Няма избран герб.', coatSize: 'Изображение {type}, {kb} KB',
    coatChoose: 'Избери изображение (PNG или JPEG, до 512 KB)…', coatRemove: 'Премахни герба', coatAlt: 'Гербът на общината',
    saved: 'Записано.',
  },
  errors: { contact: '{bg}', coatOfArms: '{bg}' },
}
