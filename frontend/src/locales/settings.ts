// The municipality's contact and coat of arms, set beside the report and the public site
// (views/MunicipalityContact.vue; otzvuk settings --email --website --coat-of-arms).
export default {
  bg: {
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
  },
  en: {
    settings: {
      title: "The municipality's contact and coat of arms",
      help: "The e-mail and the website are published as the open data's contact point; the coat of arms is on the report's title page and in the site's header.",
      email: 'E-mail', emailExample: "e.g. obshtina{'@'}example.bg",
      website: 'Website', websiteExample: 'https://…',
      coat: 'Coat of arms', coatNone: 'No coat of arms chosen.', coatSize: '{type} image, {kb} KB',
      coatChoose: 'Choose an image (PNG or JPEG, up to 512 KB)…', coatRemove: 'Remove the coat of arms', coatAlt: "The municipality's coat of arms",
      saved: 'Saved.',
    },
    errors: { contact: '{en}', coatOfArms: '{en}' },
  },
}
