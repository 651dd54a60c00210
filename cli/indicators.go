package cli

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"otzvuk/analytics/export"
	"otzvuk/analytics/methodology"
)

func runIndicators(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	ids := fs.String("indicator", "", "comma-separated indicator ids (default: the whole catalogue)")
	by := fs.String("by", "department", "comma-separated dimensions: department, service, channel, group, method, municipality (a pooled database) (empty: municipal totals only)")
	grainFlag := fs.String("grain", "month", "period length: month, quarter or year")
	fromFlag := fs.String("from", "", "first day, YYYY-MM-DD")
	toFlag := fs.String("to", "", "last day, YYYY-MM-DD")
	format := fs.String("format", "table", "output: table, csv or json")
	wide := wideFlag(fs)
	lang := fs.String("lang", "bg", "the table's language: bg or en (the CSV and JSON keep codes)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		return c.badArgs(argErr("extraArgument", fs.Arg(0)))
	}
	q := methodology.Query{}
	var err error
	if q.Grain, err = parseGrain(*grainFlag); err == nil {
		q.By, err = parseDimensions(*by)
	}
	if err == nil {
		q.From, err = parseDay("--from", *fromFlag)
	}
	if err == nil {
		q.To, err = parseDay("--to", *toFlag)
	}
	if err == nil {
		err = checkRange(q.From, q.To)
	}
	if err == nil {
		err = checkFormat(*format, "table", "csv", "json")
	}
	if err == nil {
		err = checkLang(*lang)
	}
	if err != nil {
		return c.badArgs(err)
	}
	ctx := c.ctx
	s, cat, ok := c.openWithCatalog(*db)
	if !ok {
		return 1
	}
	defer s.Close()
	q.Indicators = cat.IDs()
	if *ids != "" {
		q.Indicators = strings.Split(*ids, ",")
		if msg := unknownIndicators(cat, q.Indicators); msg != "" {
			fmt.Fprintln(c.stderr, "otzvuk indicators:", msg)
			return 2
		}
	}
	empty, err := clipRange(ctx, s.DB, &q, "indicators", c.stderr)
	if err != nil {
		return c.fail(1, err)
	}
	var vals []methodology.Value
	if !empty {
		vals, err = methodology.Compute(ctx, s.DB, cat, q)
	}
	if printPeriodsError(c.stderr, "indicators", err) {
		return 2
	}
	if errors.Is(err, methodology.ErrNotPooled) {
		return c.fail(2, err)
	}
	skipped, err := methodology.SplitSkipped(err)
	for _, sk := range skipped { // the others are printed; the skipped ones are named
		fmt.Fprintln(c.stderr, "otzvuk indicators:", sk.String())
	}
	if err != nil {
		return c.fail(1, err)
	}
	if vals == nil {
		vals = []methodology.Value{}
	}
	shownDims := dimsOf(vals, q.By)
	return c.emit(*format, output{json: vals,
		csv: func(w io.Writer) error { return writeValuesCSV(w, vals, shownDims) },
		table: func(w io.Writer) error {
			if *wide {
				return writeValuesTable(w, vals, shownDims, true)
			}
			return writeReaderTable(w, cat, vals, shownDims, *lang)
		}})
}

// dimsOf is the requested dimensions plus any an indicator adds (a channel mix is per channel).
func dimsOf(vals []methodology.Value, by []methodology.Dimension) []methodology.Dimension {
	seen := map[methodology.Dimension]bool{}
	for _, d := range by {
		seen[d] = true
	}
	for _, v := range vals {
		for _, d := range v.Dims() {
			seen[d] = true
		}
	}
	var out []methodology.Dimension
	for _, d := range methodology.Dimensions {
		if seen[d] {
			out = append(out, d)
		}
	}
	return out
}

// loadCatalog loads the shipped catalogue and the user's YAML files next to the database;
// a broken user file is reported and skipped.

func valueColumns(by []methodology.Dimension) []string {
	cols := []string{"indicator", "period"}
	for _, d := range by {
		cols = append(cols, string(d))
	}
	return append(cols, "value", "n", "ci_low", "ci_high", "small_sample", "previous", "previous_delta",
		"previous_significant", "previous_p", "previous_q", "year_ago", "year_ago_delta", "year_ago_significant", "year_ago_p", "year_ago_q", "rank", "status",
		"date_basis", "complete", "coverage", "note", "previous_withheld", "year_ago_same_span", "year_ago_from", "year_ago_to", "year_ago_withheld")
}

// valueRow writes one value; num writes values and deltas, pnum p- and q-values (a p of 0.0004
// written to one decimal would read 0.0).
// dimCells are the value's breakdown (department, service, …) in the order asked, "" for a total.
func dimCells(v methodology.Value, by []methodology.Dimension) []string {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	var row []string
	for _, d := range by {
		switch d {
		case methodology.ByDepartment:
			row = append(row, str(v.Department))
		case methodology.ByService:
			row = append(row, str(v.Service))
		case methodology.ByChannel:
			row = append(row, str(v.Channel))
		case methodology.ByGroup:
			row = append(row, str(v.Group))
		case methodology.ByMethod:
			row = append(row, str(v.Method))
		case methodology.ByMunicipality:
			row = append(row, str(v.MunicipalityName))
		}
	}
	return row
}

func valueRow(v methodology.Value, by []methodology.Dimension, num, pnum func(*float64) string) []string {
	boolean := func(p *bool) string {
		if p == nil {
			return ""
		}
		return strconv.FormatBool(*p)
	}
	row := append([]string{v.Indicator, v.Period}, dimCells(v, by)...)
	rank := ""
	if v.Rank != nil {
		rank = strconv.Itoa(*v.Rank)
	}
	return append(row, num(v.Value), strconv.FormatInt(v.N, 10), num(v.CILow), num(v.CIHigh), strconv.FormatBool(v.SmallSample),
		num(v.Previous), num(v.PreviousDelta), boolean(v.PreviousSignificant), pnum(v.PreviousP), pnum(v.PreviousQ), num(v.YearAgo), num(v.YearAgoDelta),
		boolean(v.YearAgoSignificant), pnum(v.YearAgoP), pnum(v.YearAgoQ), rank, v.Status,
		v.DateBasis, strconv.FormatBool(v.Complete), v.Coverage, v.Note, strconv.FormatBool(v.PreviousWithheld),
		strconv.FormatBool(v.YearAgoSameSpan), v.YearAgoFrom, v.YearAgoTo, strconv.FormatBool(v.YearAgoWithheld))
}

func writeValuesCSV(w io.Writer, vals []methodology.Value, by []methodology.Dimension) error {
	cw := csv.NewWriter(w)
	cw.Write(valueColumns(by))
	full := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	for _, v := range vals {
		row := valueRow(v, by, full, full)
		for i := 2; i < 2+len(by); i++ { // names from the data: never a formula in a spreadsheet
			row[i] = export.SafeCell(row[i])
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// tableColumns are the columns the default (fitted) table keeps; the others are shown with --wide
// or while the table fits.
var tableColumns = map[string]bool{"indicator": true, "period": true, "value": true, "n": true, "year_ago_delta": true,
	"year_ago_significant": true, "status": true}

// numericColumns are right-aligned.
var numericColumns = map[string]bool{"value": true, "n": true, "ci_low": true, "ci_high": true, "previous": true, "previous_delta": true,
	"previous_p": true, "previous_q": true, "year_ago": true, "year_ago_delta": true, "year_ago_p": true, "year_ago_q": true, "rank": true}

func writeValuesTable(w io.Writer, vals []methodology.Value, by []methodology.Dimension, wide bool) error {
	short := func(p *float64) string {
		if p == nil {
			return "—"
		}
		return strconv.FormatFloat(*p, 'f', 1, 64)
	}
	pshort := func(p *float64) string {
		if p == nil {
			return "—"
		}
		return strconv.FormatFloat(*p, 'g', 2, 64)
	}
	t := Table{Head: valueColumns(by)}
	for i, c := range t.Head {
		dim := i >= 2 && i < 2+len(by)
		t.Optional = append(t.Optional, !tableColumns[c] && !dim)
		t.Right = append(t.Right, numericColumns[c])
	}
	for _, v := range vals {
		row := valueRow(v, by, short, pshort)
		for i := 2; i < 2+len(by); i++ {
			if row[i] == "" {
				row[i] = "(общо)"
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t.Write(w, wide)
}

// unknownIndicators names the --indicator ids the catalogue lacks (each once, the first ten, then
// how many more), in both languages; "" when all are known.
func unknownIndicators(cat *methodology.Catalog, ids []string) string {
	seen := map[string]bool{}
	var unknown []string
	for _, id := range ids {
		if _, ok := cat.Get(id); !ok && !seen[id] {
			seen[id] = true
			unknown = append(unknown, fmt.Sprintf("%q", id))
		}
	}
	if len(unknown) == 0 {
		return ""
	}
	shown, moreBG, moreEN := unknown, "", ""
	if len(unknown) > 10 {
		shown = unknown[:10]
		moreBG = fmt.Sprintf(" … и още %d", len(unknown)-10)
		moreEN = fmt.Sprintf(" … and %d more", len(unknown)-10)
	}
	list := strings.Join(shown, ", ")
	return in("bg", "unknownIndicator", list, moreBG) + " / " + in("en", "unknownIndicator", list, moreEN)
}
