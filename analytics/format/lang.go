package format

// The one choice between the two languages of every user-facing word: Bulgarian first, English
// by the switch. Anything but "en" is Bulgarian.

// Lang is "en" for English and "bg" for everything else.
func Lang(l string) string { return Pick(l, "bg", "en") }

// In picks the word of the language.
func In(lang, bg, en string) string { return Pick(lang, bg, en) }

// Pick picks the language's one of two things of any kind (a list of month names, a table's
// column titles): en for "en", bg for anything else.
func Pick[T any](lang string, bg, en T) T {
	if lang == "en" {
		return en
	}
	return bg
}
