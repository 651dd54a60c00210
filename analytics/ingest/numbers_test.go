package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/ingest/read"
)

// rejectedAt imports a file expected to be rejected and returns its problems by "row/column".
func rejectedAt(t *testing.T, profile, name, content string) map[string]*read.Problem {
	t.Helper()
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(profile))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Import(context.Background(), s, p, writeFile(t, name, content), Options{Now: testNow})
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("not rejected: %v %+v", err, sum)
	}
	out := map[string]*read.Problem{}
	for _, pr := range sum.Problems {
		if pr.File != name || pr.BG == "" || pr.EN == "" || pr.BG == pr.EN {
			t.Errorf("problem without file or words: %+v", pr)
		}
		out[itoaRow(pr.Row)+"/"+pr.Column] = pr
	}
	return out
}

func itoaRow(n int) string { return fmtInts([]int{n}) }

func TestNonFiniteNumbersAreRejectedPerRow(t *testing.T) {
	// Row 2 is good; rows 3–7 hold NaN, infinities and an overflow in the rating.
	bad := []string{"NaN", "Inf", "-Infinity", "1.7e309", "+inf"}
	content := cardsHeader + goodRow
	for i, v := range bad {
		content += "K" + itoaRow(i+2) + ",05.03.2026,GRAO,box," + v + ",x\n"
	}
	probs := rejectedAt(t, cardsProfile, "cards.csv", content)
	for i, v := range bad {
		pr := probs[itoaRow(i+3)+"/Оценка"]
		if pr == nil || pr.Code != "not_finite" || pr.Value != v {
			t.Errorf("%s on row %d: %+v", v, i+3, pr)
		}
	}
	if len(probs) != len(bad) {
		t.Errorf("%d problems, want %d", len(probs), len(bad))
	}
}

// A date cell of an XLSX sheet reads numbers as Excel serial days: NaN there is not a date.
func TestNaNIsNoExcelDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cards.xlsx")
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"№", "Дата", "Отдел", "Източник", "Оценка", "Коментар"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"K1", "05.03.2026", "GRAO", "box", 4, "a"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"K2", "NaN", "GRAO", "box", 4, "b"})
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if !errors.Is(err, ErrRejected) || len(sum.Problems) != 1 || sum.Problems[0].Row != 3 || sum.Problems[0].Column != "Дата" || sum.Problems[0].Code != "not_date" {
		t.Fatalf("%v %+v", err, sum.Problems)
	}
}

const mysteryProfile = `name: Таен клиент
record_kind: mystery_items
fields:
  visit_id: {column: visit}
  visit_date: {column: date}
  department_code: {column: dept}
  criterion: {column: criterion}
  points: {column: points}
  max_points: {column: max}
  passed: {column: passed}
`

func TestMysteryPointsWithinTheirMaximum(t *testing.T) {
	probs := rejectedAt(t, mysteryProfile, "m.csv", "visit,date,dept,criterion,points,max,passed\n"+
		"V1,05.03.2026,GRAO,greeting,2,2,да\n"+ // row 2: good
		"V1,05.03.2026,GRAO,wait,3,2,да\n"+ // row 3: above the maximum
		"V1,05.03.2026,GRAO,clean,-1,2,не\n"+ // row 4: negative
		"V1,05.03.2026,GRAO,info,0,0,не\n") // row 5: a maximum of 0 means nothing
	if pr := probs["3/points"]; pr == nil || pr.Code != "above_max_points" || pr.Value != "3" {
		t.Errorf("row 3: %+v", pr)
	}
	if pr := probs["4/points"]; pr == nil || pr.Code != "out_of_range" {
		t.Errorf("row 4: %+v", pr)
	}
	if pr := probs["5/max"]; pr == nil || pr.Code != "out_of_range" {
		t.Errorf("row 5: %+v", pr)
	}
	if len(probs) != 3 {
		t.Errorf("problems %v", probs)
	}
}

// Finite but absurd points are refused at validation: 1.7e308 passed (both columns ≥ 0, points ≤
// max_points) and the sum of the year's points overflowed, erasing MS_SCORE.
func TestMysteryPointsAboveTheSensibleRange(t *testing.T) {
	probs := rejectedAt(t, mysteryProfile, "m.csv", "visit,date,dept,criterion,points,max,passed\n"+
		"V1,05.03.2026,GRAO,greeting,2,2,да\n"+ // row 2: good
		"V1,05.03.2026,GRAO,wait,1.7e308,1.7e308,да\n"+ // row 3: finite, far above any scheme
		"V1,05.03.2026,GRAO,clean,1000,1000,да\n"+ // row 4: the largest allowed
		"V1,05.03.2026,GRAO,info,2,1000.5,да\n") // row 5: a maximum just above it
	for _, at := range []string{"3/points", "3/max", "5/max"} {
		pr := probs[at]
		if pr == nil || pr.Code != "out_of_range" {
			t.Errorf("%s: %+v", at, pr)
			continue
		}
		row, col, _ := strings.Cut(at, "/")
		msg := pr.Error()
		for _, w := range []string{"m.csv, ред " + row + ", колона „" + col + "“: стойността е извън допустимото 0–1000",
			"m.csv, row " + row + ", column \"" + col + "\": the value is outside the allowed range 0–1000"} {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: %q does not say %q", at, msg, w)
			}
		}
	}
	if len(probs) != 3 {
		t.Errorf("problems %v", probs)
	}
}

const consultationsProfile = `name: Консултации
record_kind: consultations
fields:
  id: {column: id}
  title: {column: title}
  department_code: {column: dept}
  start_date: {column: start}
  participants: {column: participants}
`

// A count the INTEGER column cannot hold is a row rejection, not a failed merge.
func TestCountsThatDoNotFitTheirColumn(t *testing.T) {
	probs := rejectedAt(t, consultationsProfile, "c.csv", "id,title,dept,start,participants\n"+
		"C1,Бюджет,GRAO,05.03.2026,2147483647\n"+ // row 2: the largest INTEGER
		"C2,Паркове,GRAO,05.03.2026,3000000000\n") // row 3: does not fit
	pr := probs["3/participants"]
	if pr == nil || pr.Code != "too_large" || !strings.Contains(pr.EN, "2147483647") {
		t.Fatalf("row 3: %+v (%v)", pr, probs)
	}
	if len(probs) != 1 {
		t.Errorf("problems %v", probs)
	}
	// With the threshold raised both go in: participants is optional, so C2 is kept without it
	// (its column's default, 0).
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(consultationsProfile))
	sum, err := Import(context.Background(), s, p, writeFile(t, "c.csv", "id,title,dept,start,participants\nC1,Бюджет,GRAO,05.03.2026,2147483647\nC2,Паркове,GRAO,05.03.2026,3000000000\n"),
		Options{Now: testNow, MaxRejectRate: 0.5})
	if err != nil || sum.New != 2 || sum.Rejected != 0 || sum.FieldsEmptied != 1 {
		t.Fatalf("%v %+v", err, sum)
	}
	if n := count(t, s, "SELECT count(*) FROM consultations WHERE id = 'C2' AND participants = 0"); n != 1 {
		t.Errorf("C2 not kept with participants 0")
	}
}

func TestSurveyRatingsWithinTheProfileScale(t *testing.T) {
	profile := `name: Анкета
record_kind: survey_responses
fields:
  id: {column: id}
  survey_id: {const: A1}
  response_date: {column: date}
  department_code: {const: GRAO}
items:
  columns: [q1, q2]
  scale: {min: 1, max: 5}
`
	probs := rejectedAt(t, profile, "s.csv", "id,date,q1,q2\nR1,05.03.2026,5,1\nR2,05.03.2026,6,0\nR3,05.03.2026,NaN,3\n")
	for key, code := range map[string]string{"3/q1": "out_of_range", "3/q2": "out_of_range", "4/q1": "not_finite"} {
		if pr := probs[key]; pr == nil || pr.Code != code {
			t.Errorf("%s: %+v, want %s", key, pr, code)
		}
	}
	if len(probs) != 3 {
		t.Errorf("problems %v", probs)
	}
	for _, scale := range []string{"{min: .nan, max: .nan}", "{min: 1, max: .inf}", "{min: -.inf, max: 5}", "{min: 5, max: 5}", "{min: 5, max: 1}",
		"{min: 0, max: 1.7e308}", "{min: -1001, max: 5}"} { // finite but far beyond any rating scale
		_, err := ParseProfile("p.yaml", []byte(strings.Replace(profile, "{min: 1, max: 5}", scale, 1)))
		if err == nil || !strings.Contains(err.Error(), "items.scale") || !strings.Contains(err.Error(), "поле") {
			t.Errorf("scale %s: %v", scale, err)
		}
	}
	if _, err := ParseProfile("p.yaml", []byte(strings.Replace(profile, "{min: 1, max: 5}", "{min: -1000, max: 1000}", 1))); err != nil {
		t.Errorf("the widest scale allowed: %v", err)
	}
}

func TestMaxRejectRateZeroAndOutOfRange(t *testing.T) {
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	// 1 bad row of 21 is under 5 %, but with a threshold of 0 none may fail.
	content := cardsHeader
	for i := 1; i <= 20; i++ {
		content += "K" + itoaRow(i) + ",05.03.2026,GRAO,box,4,x\n"
	}
	content += "K99,05.03.2026,GRAO,box,9,x\n"
	path := writeFile(t, "cards.csv", content)
	if _, err := Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: 0, RejectRateSet: true}); !errors.Is(err, ErrRejected) {
		t.Fatalf("threshold 0: %v", err)
	}
	if _, err := Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: 1, RejectRateSet: true}); err != nil {
		t.Fatalf("threshold 1: %v", err)
	}
	for _, bad := range []float64{-0.1, 1.5, nan()} {
		_, err := Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: bad, RejectRateSet: true})
		var pr *read.Problem
		if !errors.As(err, &pr) || pr.Code != "bad_reject_rate" {
			t.Errorf("threshold %v: %v", bad, err)
		}
	}
}

func nan() float64 { var z float64; return z / z }
