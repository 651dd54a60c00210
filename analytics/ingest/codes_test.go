package ingest

import (
	"context"
	"testing"
)

// Department and service codes match as people read them: case and surrounding or repeated
// whitespace do not make another code.
func TestCodesMatchIgnoringCaseAndSpaces(t *testing.T) {
	s := openStore(t)
	if _, err := s.DB.Exec(`INSERT INTO services (code, name, department_code) VALUES ('S-1', 'Удостоверение', 'GRAO')`); err != nil {
		t.Fatal(err)
	}
	p, err := ParseProfile("p.yaml", []byte(cardsProfile))
	if err != nil {
		t.Fatal(err)
	}
	// Four rows, every department written differently from the stored GRAO and MDT.
	path := writeFile(t, "cards.csv", cardsHeader+
		"K1,05.03.2026,grao,box,4,a\n"+
		"K2,05.03.2026,\" GRAO \",box,4,b\n"+
		"K3,05.03.2026,Grao,box,4,c\n"+
		"K4,05.03.2026,mdt,box,4,d\n")
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 4 || sum.Rejected != 0 {
		t.Fatalf("new %d rejected %d; want 4, 0 (%v)", sum.New, sum.Rejected, sum.Problems)
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards WHERE department_code = 'GRAO'"); n != 3 {
		t.Errorf("%d cards of GRAO, want 3", n)
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards WHERE department_code = 'MDT'"); n != 1 {
		t.Errorf("%d cards of MDT, want 1", n)
	}

	// A service code in another case is the stored service.
	rp, err := ParseProfile("r.yaml", []byte(`name: Заявления
record_kind: service_requests
fields:
  id: {column: id}
  service_code: {column: service}
  department_code: {column: dept}
  submitted_at: {column: submitted}
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Import(context.Background(), s, rp, writeFile(t, "r.csv", "id,service,dept,submitted\nR1,s-1 ,grao,05.03.2026\nR2,S-1,GRAO,05.03.2026\n"), Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "SELECT count(*) FROM service_requests WHERE service_code = 'S-1' AND department_code = 'GRAO'"); n != 2 {
		t.Errorf("%d requests of S-1 / GRAO, want 2", n)
	}
}

// With new_departments: create, one department per code however it is written; its code is
// spelled as on the first row that names it, with inner whitespace collapsed.
func TestNewDepartmentsIgnoreCaseAndSpaces(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(cardsProfile+"new_departments: create\n"))
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "cards.csv", cardsHeader+
		"K1,05.03.2026,Parks,box,4,a\n"+
		"K2,05.03.2026,PARKS,box,4,b\n"+
		"K3,05.03.2026,\"parks \",box,4,c\n"+
		"K4,05.03.2026,Road  Works,box,4,d\n"+
		"K5,05.03.2026,road works,box,4,e\n"+
		"K6,05.03.2026,grao,box,4,f\n")
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.NewDepts != 2 || sum.New != 6 {
		t.Fatalf("new departments %d, new %d; want 2, 6", sum.NewDepts, sum.New)
	}
	if n := count(t, s, "SELECT count(*) FROM departments"); n != 4 {
		t.Errorf("%d departments, want GRAO, MDT, Parks, Road Works", n)
	}
	for code, want := range map[string]int{"Parks": 3, "Road Works": 2, "GRAO": 1} {
		if n := count(t, s, "SELECT count(*) FROM feedback_cards WHERE department_code = ?", code); n != want {
			t.Errorf("%s: %d cards, want %d", code, n, want)
		}
	}
	// Importing the departments themselves in another case names the stored ones.
	dp, err := ParseProfile("d.yaml", []byte("name: Структура\nrecord_kind: departments\nfields:\n  code: {column: code}\n  name: {column: name}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Import(context.Background(), s, dp, writeFile(t, "d.csv", "code,name\ngrao,ГРАО\nPARKS,Паркове\n"), Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "SELECT count(*) FROM departments"); n != 4 {
		t.Errorf("%d departments after importing grao and PARKS, want still 4", n)
	}
}
