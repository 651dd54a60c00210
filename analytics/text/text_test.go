package text

import (
	"reflect"
	"strings"
	"testing"
)

// stemTable: each line is the expected stem, then the word forms that must reduce to it
// (forms of the same word share one stem). Written by hand from the rules in stem.go.
var stemTable = `
чак: чакане чакането чаках чакахме чакахте чакаха чакаше чака чакаме
опашк: опашка опашки опашката опашките
служител: служител служители служителите служителят служителя
служителк: служителка служителката служителки служителките
любезн: любезен любезна любезно любезни любезната любезния любезният
час: часа часът часове часовете
срок: срок срокове сроковете срокът срока
такс: такса такси таксата таксите
цен: цена цени цената цените
информац: информация информацията информации
корупц: корупция корупцията
добр: добър добра добре добри
данк: данък данъци данъкът данъка
документ: документ документи документите документа документът
портал: портал портала порталът порталите портали
бавн: бавно бавен бавна бавни
груб: грубо груб груба груби грубият грубия
решн: решение решението решения
паркинг: паркинг паркинга паркингът паркинги паркингите
обслужв: обслужване обслужването
услуг: услуга услуги услугата услугите
удостоверн: удостоверение удостоверението удостоверения
отговор: отговор отговори отговорите отговора отговорът
формуляр: формуляр формуляри формулярите формуляра
`

func TestStemTable(t *testing.T) {
	forms := 0
	for _, line := range strings.Split(strings.TrimSpace(stemTable), "\n") {
		stem, list, _ := strings.Cut(line, ":")
		for _, w := range strings.Fields(list) {
			forms++
			if got := Stem(w); got != stem {
				t.Errorf("Stem(%q) = %q, want %q", w, got, stem)
			}
		}
	}
	if forms < 100 {
		t.Fatalf("stem table has %d forms, want at least 100", forms)
	}
	t.Logf("%d word forms checked", forms)
}

func TestStemLeavesShortAndNonCyrillic(t *testing.T) {
	for _, w := range []string{"не", "зле", "код", "2024", "online", "e-mail"} {
		if got := Stem(w); got != w {
			t.Errorf("Stem(%q) = %q, want unchanged", w, got)
		}
	}
}

func TestTokens(t *testing.T) {
	// "й" as и + combining breve (U+0306) must come out composed (NFC).
	got := Tokens("Чаках 40 МИНУТИ на опашка!!! Таксата е 2,50 лв; онлайн-услугата не работи. Паи\u0306к")
	want := []string{"чаках", "40", "минути", "на", "опашка", "таксата", "е", "2,50", "лв", "онлайн-услугата", "не", "работи", "пайк"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokens = %q\nwant %q", got, want)
	}
}

func TestStopwordsKeepNegatorsAndEvaluations(t *testing.T) {
	for _, w := range []string{"не", "няма", "без", "нито", "добре", "много", "зле", "бързо", "бавно", "малко", "никога"} {
		if IsStopword(w) {
			t.Errorf("%q is a stopword; negators and evaluative words must be kept", w)
		}
	}
	for _, w := range []string{"и", "на", "за", "беше", "това", "се"} {
		if !IsStopword(w) {
			t.Errorf("%q should be a stopword", w)
		}
	}
	if got := Terms("Не чаках много на опашката"); !reflect.DeepEqual(got, []string{"не", "чак", "мног", "опашк"}) {
		t.Errorf("Terms = %q", got)
	}
}
