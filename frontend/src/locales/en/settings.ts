// The municipality's contact and coat of arms, set beside the report and the public site
// (views/MunicipalityContact.vue; otzvuk settings --email --website --coat-of-arms).
export default {
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
}
