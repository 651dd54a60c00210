package format

// The one choice between the two languages of every user-facing word: Bulgarian first, English
// by the switch. Anything but "en" is Bulgarian.

// Lang is "en" for English and "bg" for everything else.
func Lang(l string) string {
	if l == "en" {
		return "en"
	}
	return "bg"
}

// In picks the word of the language.
func In(lang, bg, en string) string {
	if lang == "en" {
		return en
	}
	return bg
}
