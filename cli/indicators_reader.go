package cli

import (
	"io"
	"sort"

	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// The default table of `indicators` is for a person: the indicator's name, the period in words,
// the breakdown, the value in its unit, n, the change against a year earlier in its unit, whether
// that change is significant and the target status — in words, Bulgarian first, sorted by name.
// --wide prints every raw column (codes, intervals, p and q) as the CSV has them.

var readerDims = map[methodology.Dimension][2]string{
	methodology.ByDepartment: {"Отдел", "Department"}, methodology.ByService: {"Услуга", "Service"},
	methodology.ByChannel: {"Канал", "Channel"}, methodology.ByGroup: {"Група", "Group"},
	methodology.ByMethod: {"Метод", "Method"}, methodology.ByMunicipality: {"Община", "Municipality"},
}

var readerStatus = map[string][2]string{
	"on_target": {"в целта", "on target"}, "warning": {"близо", "near"}, "off_target": {"извън целта", "off target"},
}

func writeReaderTable(w io.Writer, cat *methodology.Catalog, vals []methodology.Value, by []methodology.Dimension, lang string) error {
	lang = format.Lang(lang)
	pick := func(p [2]string) string { return format.In(lang, p[0], p[1]) }
	t := Table{Head: []string{pick([2]string{"Показател", "Indicator"}), pick([2]string{"Период", "Period"})}, Right: []bool{false, false}, Optional: []bool{false, false}}
	for _, d := range by {
		t.Head, t.Right, t.Optional = append(t.Head, pick(readerDims[d])), append(t.Right, false), append(t.Optional, false)
	}
	for _, c := range []struct {
		h        [2]string
		right    bool
		optional bool
	}{{[2]string{"Стойност", "Value"}, true, false}, {[2]string{"n", "n"}, true, false},
		{[2]string{"Спрямо г. по-рано", "Against a year ago"}, true, false}, {[2]string{"Значимост", "Significance"}, false, false},
		{[2]string{"Цел", "Target"}, false, true}} {
		t.Head, t.Right, t.Optional = append(t.Head, pick(c.h)), append(t.Right, c.right), append(t.Optional, c.optional)
	}
	type keyed struct {
		name, period string
		row          []string
	}
	rows := make([]keyed, 0, len(vals))
	for _, v := range vals {
		name, unit := v.Indicator, ""
		if ind, ok := cat.Get(v.Indicator); ok {
			name, unit = ind.Name.In(lang), ind.Unit
		}
		row := []string{name, format.Period(v.Period, lang)}
		for _, d := range dimCells(v, by) {
			if d == "" {
				d = format.In(lang, "(общо)", "(total)")
			}
			row = append(row, d)
		}
		sig := "—"
		switch {
		case v.SmallSample:
			sig = format.In(lang, "малка извадка", "small sample")
		case v.YearAgoSignificant != nil && *v.YearAgoSignificant:
			sig = format.In(lang, "значима", "significant")
		case v.YearAgoSignificant != nil:
			sig = format.In(lang, "случайна", "within chance")
		}
		status := "—"
		if s, ok := readerStatus[v.Status]; ok {
			status = pick(s)
		}
		row = append(row, format.Value(v.Value, unit, lang), format.F(float64(v.N), lang, 0), format.Change(v.YearAgoDelta, unit, lang), sig, status)
		rows = append(rows, keyed{name, v.Period, row})
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].name != rows[j].name {
			return rows[i].name < rows[j].name
		}
		return rows[i].period < rows[j].period
	})
	for _, r := range rows {
		t.Rows = append(t.Rows, r.row)
	}
	return t.Write(w, false)
}
