package clickhouse

import (
	"errors"
	"strings"
	"testing"
)

func noSource(string) (string, bool) { return "", false }

func TestTranslateRules(t *testing.T) {
	cases := []struct{ in, want string }{
		{"SELECT municipality, y, median(x) AS value FROM rec GROUP BY ALL", "SELECT municipality, y, quantileExactInclusive(0.5)(x) AS value FROM rec GROUP BY municipality, y"},
		{"SELECT municipality, year(date) AS y, '' AS k, count(*) AS n FROM v GROUP BY ALL", "SELECT municipality, toYear(date) AS y, '' AS k, count(*) AS n FROM v GROUP BY municipality, toYear(date), ''"},
		{"SELECT decided_date - received_date <= deadline_days", "SELECT dateDiff('day', received_date, decided_date) <= deadline_days"},
		{"SELECT received_date + deadline_days < DATE '2026-11-15'", "SELECT received_date + deadline_days < toDate('2026-11-15')"},
		{"SELECT least(make_date(y, 12, 31), d), length(t), trim(t), ln(x)", "SELECT least(makeDate(y, 12, 31), d), lengthUTF8(t), trimBoth(t), log(x)"},
		{"SELECT sum(c) OVER (PARTITION BY m) AS n, k FROM g GROUP BY ALL", "SELECT sum(c) OVER (PARTITION BY m) AS n, k FROM g GROUP BY k"},
		{"SELECT 'year(' AS s", "SELECT 'year(' AS s"},
		{"SELECT coalesce(CAST(c AS VARCHAR), '-') AS k, count(*) AS n FROM v GROUP BY ALL", "SELECT coalesce(CAST(c AS VARCHAR), '-') AS k, count(*) AS n FROM v GROUP BY coalesce(CAST(c AS VARCHAR), '-')"},
	}
	for _, c := range cases {
		got, err := Translate(c.in, noSource)
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		got = strings.TrimSuffix(got, clickHouseSettings)
		if got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.in, got, c.want)
		}
	}
	got, _ := Translate("SELECT a FROM v_signals s JOIN e ON true", func(v string) (string, bool) { return "(F)", v == "v_signals" })
	if !strings.HasPrefix(got, "SELECT a FROM (F) s JOIN e ON true") {
		t.Errorf("source: %s", got)
	}
	// What cannot be translated faithfully is refused, naming it.
	for _, bad := range []string{"SELECT round(x, 1)", "SELECT CAST(x AS INTEGER)", "SELECT regexp_matches(t, 'a')", "SELECT x::DOUBLE"} {
		_, err := Translate(bad, noSource)
		var ue *UntranslatableError
		if !errors.As(err, &ue) {
			t.Errorf("%s: translated (%v)", bad, err)
		}
	}
}
