package text

import "strings"

// Stem is a light Bulgarian stemmer after J. Savoy, "Searching strategies for the Bulgarian
// language", Information Retrieval 10 (2007) — the "light" stemmer that removes the definite
// article and the plural and then a final vowel, with a few extensions for verb forms found in
// feedback ("чаках", "чакахме"). Lengths are in letters (runes) of the word at that step.
// Words shorter than 4 letters, numbers and words without Cyrillic letters are returned unchanged.
//
// Savoy's rules, in order, as implemented here:
//
//  1. len > 5 and the word ends in -ища (plural of -ище): remove -ища and stop.
//  2. Article (one removal): -ият (len > 6); else -ът, -то, -те, -та, -ия (len > 5);
//     else -ят (len > 4).
//     Change: -то/-те/-та only after a vowel (опашка-та, чакане-то, служители-те), so that the
//     masculine short article on a word in -т is not taken for it ("документ-а" is not "докумен").
//     Change: -ът is also removed at len > 4 (Savoy: > 5) so that "часът" gives "час".
//  3. Otzvuk extension — verb endings, after the article, so "чакахте" → "чаках" → "чак":
//     aorist/imperfect -ахме -яхме -ихме -ахте -яхте -ихте -аха -яха -иха -аше -еше -яше -ах -ях,
//     present -аме -яме, verbal nouns -ане -ене ("чакане(то)", "обслужване"). Removed only when at
//     least 3 letters stay. If a verb ending was removed, steps 4–5 are skipped.
//  4. Plural (one removal): -ове (len > 5; Savoy: > 6, changed so "часове" gives "час"),
//     -еве → -й (len > 6); else at len > 5: -та (after a vowel, as in step 2), -ци → -к, -зи → -г;
//     else at len > 4: -и.
//     Left out on purpose: Savoy's -е?и → -я?  (it turns "служители" into "служитял" while
//     "служител" stays) and -си → -х (it turns "такси", the plural of "такса", into "такх").
//  5. Final vowel (len > 3): remove -я; then one of -а, -о, -е; then -и (Savoy has -я and -а -о -е;
//     -и is added so that "информацията" → "информация" → "информаци" → "информац" meets
//     "информация" → "информац", and "решение" → "решени" → "решен" meets "решения" → "решен").
//  6. -ен → -н (len > 4): "любезен" → "любезн" like "любезна" → "любезн".
//  7. ъ before the last consonant is dropped (len > 4; Savoy: > 5): "добър" → "добр", "данък" → "данк".
//
// Known limits: participles (-ал, -ил) and present forms in -ат/-ам are not conflated with the rest
// of the verb (they would clash with nouns such as "портал", "резултат"); vowel alternations
// (място/места) are not undone. Themes list the stems of the forms they need.
func Stem(word string) string {
	w := []rune(word)
	if len(w) < 4 || !hasCyrillic(w) {
		return word
	}
	ends := func(suf string) bool { return strings.HasSuffix(string(w), suf) }
	cut := func(n int) { w = w[:len(w)-n] }
	n := func() int { return len(w) }

	// 1
	if n() > 5 && ends("ища") {
		cut(3)
		return string(w)
	}
	// 2
	switch {
	case n() > 6 && ends("ият"):
		cut(3)
	case n() > 5 && (ends("то") || ends("те") || ends("та")) && isVowel(w[n()-3]):
		cut(2)
	case n() > 5 && ends("ия"):
		cut(2)
	case n() > 4 && (ends("ът") || ends("ят")):
		cut(2)
	}
	// 3
	verb := false
	for _, suf := range verbEndings {
		k := len([]rune(suf))
		if ends(suf) && n()-k >= 3 {
			cut(k)
			verb = true
			break
		}
	}
	if !verb {
		// 4
		switch {
		case n() > 5 && ends("ове"):
			cut(3)
		case n() > 6 && ends("еве"):
			cut(2)
			w[n()-1] = 'й'
		case n() > 5 && ends("та") && isVowel(w[n()-3]):
			cut(2)
		case n() > 5 && ends("ци"):
			cut(1)
			w[n()-1] = 'к'
		case n() > 5 && ends("зи"):
			cut(1)
			w[n()-1] = 'г'
		case n() > 4 && ends("и"):
			cut(1)
		}
		// 5
		if n() > 3 && ends("я") {
			cut(1)
		}
		if n() > 3 && (ends("а") || ends("о") || ends("е")) {
			cut(1)
		}
		if n() > 3 && ends("и") {
			cut(1)
		}
	}
	// 6
	if n() > 4 && ends("ен") {
		cut(2)
		w = append(w, 'н')
	}
	// 7
	if n() > 4 && w[n()-2] == 'ъ' && !isVowel(w[n()-1]) {
		w[n()-2] = w[n()-1]
		cut(1)
	}
	return string(w)
}

var verbEndings = []string{
	"ахме", "яхме", "ихме", "ахте", "яхте", "ихте",
	"аха", "яха", "иха", "аше", "еше", "яше", "аме", "яме", "ане", "ене",
	"ах", "ях",
}

func hasCyrillic(w []rune) bool {
	for _, r := range w {
		if r >= 0x0400 && r <= 0x04FF {
			return true
		}
	}
	return false
}

func isVowel(r rune) bool {
	return strings.ContainsRune("аъоуеиюяѝ", r)
}
