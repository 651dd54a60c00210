package text

// stopwords are function words that carry no theme. The list deliberately KEEPS negators
// (не, няма, нямаше, без, нито, никак, никога, нищо; "ни" is left to the stopwords: it is far
// more often the pronoun "us" than "not even") and evaluative or intensity words
// (добре, зле, много, малко, бързо, бавно, лесно, трудно, прекалено, твърде, изключително) because
// they decide what a comment says: "не чаках" is not "чаках", and "много бавно" is a complaint.
var stopwords = map[string]bool{}

func init() {
	for _, w := range []string{
		// pronouns
		"аз", "ти", "той", "тя", "то", "ние", "вие", "те", "ме", "мене", "мен", "те", "го", "я", "ни", "ви", "ги",
		"ми", "му", "ѝ", "им", "си", "се", "себе", "мой", "моя", "моят", "моето", "моите", "мое", "мои",
		"твой", "твоя", "негов", "неговия", "нейния", "нейна", "техния", "наш", "нашия", "наша", "нашата", "наши",
		"ваш", "вашия", "този", "тази", "това", "тези", "онзи", "онази", "онова", "онези", "който", "която",
		"което", "които", "кой", "коя", "кое", "кои", "какво", "какъв", "каква", "какви", "нещо", "някой",
		"някоя", "някои", "всеки", "всяка", "всяко", "всички", "всичко", "сам", "сама",
		// auxiliaries and copulas
		"съм", "си", "е", "сме", "сте", "са", "бях", "беше", "бяхме", "бяхте", "бяха", "бил", "била", "било",
		"били", "бъде", "бъдат", "ще", "щях", "щеше", "да", "би", "бих", "бихме",
		// prepositions and conjunctions (без is kept)
		"в", "във", "на", "за", "от", "до", "по", "с", "със", "при", "към", "след", "пред", "преди", "през",
		"между", "над", "под", "у", "около", "и", "или", "а", "но", "че", "ако", "като", "когато", "защото",
		"докато", "дали", "пък", "обаче", "затова", "тъй", "така", "също", "дори", "само", "още", "вече",
		"ли", "нали", "ето", "тук", "там", "където", "кога", "как", "защо", "къде", "тогава", "сега", "днес",
		"вчера", "утре", "пак", "отново", "даже", "нито", "the", "and", "a", "of", "to", "is",
	} {
		stopwords[w] = true
	}
	for _, w := range keepWords {
		delete(stopwords, w)
	}
}

// keepWords are never stopwords, whatever the list above says.
var keepWords = []string{
	"не", "няма", "нямаше", "нямат", "без", "нито", "никак", "никога", "нищо", "никой",
	"добре", "зле", "много", "малко", "бързо", "бавно", "лесно", "трудно", "прекалено", "твърде",
	"изключително", "доволен", "доволна", "недоволен", "недоволна",
}

// IsStopword tells whether a normalised token is a function word with no theme.
func IsStopword(tok string) bool { return stopwords[tok] }

// negators start a negation: a theme stem one or two tokens after one of these is negated.
var negators = map[string]bool{
	"не": true, "няма": true, "нямаше": true, "нямат": true, "без": true, "нито": true,
	"никак": true, "никога": true, "никакво": true, "никаква": true, "никакви": true, "никакъв": true,
}

// IsNegator tells whether a normalised token negates what follows it.
func IsNegator(tok string) bool { return negators[tok] }
