package format

import "testing"

// The same cases as frontend/src/format.test.ts: the UI and the exports format alike.
func TestFormatsMatchTheUI(t *testing.T) {
	const s = "\u00A0"
	cases := []struct{ got, want string }{
		{F(1234567.891, "bg", 2), "1" + s + "234" + s + "567,89"},
		{F(1234.5, "bg", 1), "1" + s + "234,5"},
		{F(999.96, "bg", 1), "1" + s + "000,0"},
		{F(-0.04, "bg", 1), "0,0"},
		{F(-12.34, "bg", 1), "−12,3"},
		{F(1234567.891, "en", 2), "1,234,567.89"},
		{Number(nil, "bg", 1), "—"},
		{F(75.25, "bg", 1), "75,3"}, // an exact half rounds up, as toFixed does
		{F(0.125, "en", 2), "0.13"}, // likewise
		{F(1.005, "en", 2), "1.00"}, // 1.005 is 1.00499… in binary
		{F(999.5, "bg", 0), "1" + s + "000"},
		{F(9.96, "en", 1), "10.0"},
		{Period("2026-03", "bg"), "март 2026" + s + "г."},
		{Period("2026-Q1", "bg"), "I трим. 2026" + s + "г."},
		{Period("2026", "bg"), "2026" + s + "г."},
		{Period("2026-Q4", "en"), "Q4 2026"},
		{Period("Бизнес", "bg"), "Бизнес"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: %q, want %q", i, c.got, c.want)
		}
	}
}

// The same cases as frontend/src/format.test.ts ("values and changes in their units").
func TestValuesAndChangesInTheirUnits(t *testing.T) {
	const s = "\u00A0"
	f := func(x float64) *float64 { return &x }
	cases := []struct{ got, want string }{
		{Value(f(41.23), "share", "bg"), "41,2" + s + "%"},
		{Value(f(2697.2), "count", "bg"), "2" + s + "697"},
		{Value(f(0.847), "ratio", "en"), "0.85"},
		{Value(nil, "share", "bg"), "—"},
		{Change(f(21.6), "share", "bg"), "+21,6" + s + "п.п."},
		{Change(f(-3.24), "index", "en"), "−3.2" + s + "pts"},
		{Change(f(0.01), "share", "bg"), "0,0" + s + "п.п."},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: %q, want %q", i, c.got, c.want)
		}
	}
}

func TestOneLanguageChoice(t *testing.T) {
	for _, c := range []struct{ in, lang, word string }{{"en", "en", "yes"}, {"bg", "bg", "да"}, {"", "bg", "да"}, {"EN", "bg", "да"}, {"de", "bg", "да"}} {
		if Lang(c.in) != c.lang || In(c.in, "да", "yes") != c.word {
			t.Errorf("%q: %q %q", c.in, Lang(c.in), In(c.in, "да", "yes"))
		}
	}
}
