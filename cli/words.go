package cli

import (
	"fmt"
	"otzvuk/analytics/format"
)

// The CLI's sentences, each in Bulgarian and English, by key. A terminal has no language switch,
// so a message prints both, Bulgarian first: "bg / en" on one line (say) or one line per language
// (printArgError). words_test.go holds that every key has both, each in its own script, and the
// same verbs for the same arguments.
var words = map[string][2]string{
	"cancelled": {"прекъснато", "cancelled"},

	// settings
	"notSet":         {"не е посочен", "not set"},
	"poolUnreadable": {"обединената база не може да бъде прочетена", "the pooled database cannot be read"},

	// opening the database, the catalogue and the themes (database.go)
	"catalogue":       {"каталог", "catalogue"},
	"themes":          {"теми", "themes"},
	"themesNextUse":   {"темите на коментарите ще се изчислят при следващото отваряне", "the comments' themes will be computed on the next use"},
	"cubesFirstQuery": {"сборните статистики ще се изчислят при първата заявка", "the summary statistics will be computed on the first query"},
	"summaries":       {"обобщения", "summaries"},
	"diskFull":        {"дискът с базата данни %s е пълен", "the disk holding the database %s is full"},

	// themes
	"themesPooled":   {"обединената база няма коментари (пакетите не носят текстове)", "a pooled database has no comments (packages carry no texts)"},
	"partial":        {"непълен", "partial"},
	"sameSpanNote":   {"непълен период: спрямо същите дни година по-рано, %s … %s", "a partial period: against the same days a year earlier, %s … %s"},
	"municipality":   {"община", "municipality"},
	"driversHeading": {"Ключови фактори — %s, %s", "key drivers of the overall rating — %s, %s"},
	"inYear":         {"%s г.", "%s"},
	"everyYear":      {"всички години (%s … %s)", "every year (%s … %s)"},
	"noResponses":    {"няма отговори", "no responses"},
	"driversHidden":  {"скрито (под %d пълни отговора)", "hidden (fewer than %d complete responses)"},
}

// say is a sentence in both languages, "bg / en", each filled with the same arguments.
func say(key string, a ...any) string {
	w, ok := words[key]
	if !ok {
		panic("cli: no words for " + key) // words_test.go calls every key used
	}
	return fmt.Sprintf(w[0], a...) + " / " + fmt.Sprintf(w[1], a...)
}

// in is the sentence in one language (bg or en; format.Lang's rule: anything but en is bg).
func in(lang, key string, a ...any) string {
	w, ok := words[key]
	if !ok {
		panic("cli: no words for " + key)
	}
	return fmt.Sprintf(format.In(lang, w[0], w[1]), a...)
}
