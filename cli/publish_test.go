package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const smallSurveyProfile = `name: small cells
record_kind: survey_responses
new_departments: create
fields:
  id: {column: id}
  survey_id: {const: S}
  response_date: {column: date}
  department_code: {column: dept}
  department_name: {column: dept}
  service_code: {column: svc}
  comment: {column: comment}
items:
  columns: [rating]
  names: {rating: overall}
  scale: {min: 1, max: 5}
`

// A database built with small cells on purpose: department A has 30 responses (25 to service S1,
// 5 to S2), B has 5, C has 12. At k = 10, B is suppressed (5 < k) and so is C (else B = total − A − C);
// within A, S2 is suppressed and so is S1 (else S2 = A − S1). Nothing below k is published, in the
// page or the package, and no comment text leaves the database.
func TestPublishSuppressesSmallAndRecoverableCells(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.duckdb")
	var b strings.Builder
	b.WriteString("id,date,dept,svc,rating,comment\n")
	n := 0
	add := func(dept, svc string, count, rating int, comment string) {
		for i := 0; i < count; i++ {
			n++
			fmt.Fprintf(&b, "R%d,%02d.03.2025,%s,%s,%d,%s\n", n, 1+i%28, dept, svc, rating, comment)
		}
	}
	// A: 15 × 5 and 10 × 3 to S1, 5 × 4 to S2 → mean (75 + 30 + 20) / 30 = 125/30 → SAT_IDX (125/30 − 1)/4 × 100 = 79.1(6)
	add("A", "S1", 15, 5, "чакахме дълго на опашка тайна-фраза-А")
	add("A", "S1", 10, 3, "")
	add("A", "S2", 5, 4, "")
	add("B", "S3", 5, 1, "много дълго чакане тайна-фраза-Б")
	add("C", "S3", 12, 4, "")
	prof := writeTemp(t, dir, "s.yaml", smallSurveyProfile)
	in := writeTemp(t, dir, "s.csv", b.String())
	var out, errOut bytes.Buffer
	if code := Run([]string{"import", "--db", db, "--profile", prof, in}, &out, &errOut); code != 0 {
		t.Fatalf("import: %s %s", errOut.String(), out.String())
	}
	site := filepath.Join(dir, "site")
	if code := Run([]string{"publish", "--db", db, "--year", "2025", "--out", site, "--k", "10"}, &out, &errOut); code != 0 {
		t.Fatalf("publish exit %d: %s", code, errOut.String())
	}
	const k = 10

	// the package's CSV: every published n ≥ k, the expected cells suppressed
	f, err := os.Open(filepath.Join(site, "data", "otzvuk-2025-indicators.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimPrefix(h, "\uFEFF")] = i
	}
	got := map[string]string{}
	for _, r := range rows[1:] {
		if r[col["indicator"]] != "SAT_IDX" {
			continue
		}
		key := r[col["level"]] + ":" + r[col["department_code"]] + ":" + r[col["service_code"]]
		if r[col["suppressed"]] == "true" {
			if r[col["value"]] != "" || r[col["n"]] != "" || r[col["ci_low"]] != "" {
				t.Errorf("%s suppressed but shows %v", key, r)
			}
			got[key] = "hidden"
			continue
		}
		nv, _ := strconv.Atoi(r[col["n"]])
		if nv < k {
			t.Errorf("%s published with n = %d < k", key, nv)
		}
		got[key] = r[col["value"]] + " n" + r[col["n"]]
	}
	want := map[string]string{
		"municipality::": "69.7 n47", // (125 + 5 + 48)/47 = 178/47 → (178/47 − 1)/4 × 100 = 69.68
		"department:A:":  "79.2 n30",
		"department:B:":  "hidden", "department:C:": "hidden",
		"service:A:S1": "hidden", "service:A:S2": "hidden",
		"service:B:S3": "hidden", "service:C:S3": "hidden",
	}
	for k2, w := range want {
		if got[k2] != w {
			t.Errorf("%s = %q, want %q", k2, got[k2], w)
		}
	}

	// every file of the site and the package: no count below k, no comment text
	numRe := regexp.MustCompile(`data-n="(\d+)"`)
	var all []string
	filepath.Walk(site, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			all = append(all, p)
		}
		return nil
	})
	for _, p := range all {
		body, _ := os.ReadFile(p)
		for _, secret := range []string{"тайна-фраза", "чакахме дълго", "R1,", "R12"} {
			if bytes.Contains(body, []byte(secret)) {
				t.Errorf("%s contains %q", filepath.Base(p), secret)
			}
		}
		if strings.HasSuffix(p, ".html") {
			for _, m := range numRe.FindAllSubmatch(body, -1) {
				if v, _ := strconv.Atoi(string(m[1])); v < k {
					t.Errorf("%s shows a count %d < k", filepath.Base(p), v)
				}
			}
		}
	}
	js, _ := os.ReadFile(filepath.Join(site, "data", "otzvuk-2025-data.json"))
	var pkg map[string][]map[string]any
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(js, &raw); err != nil {
		t.Fatal(err)
	}
	pkg = map[string][]map[string]any{}
	for _, table := range []string{"indicators", "themes", "drivers", "methods"} {
		var recs []map[string]any
		if err := json.Unmarshal(raw[table], &recs); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		pkg[table] = recs
		for _, r := range recs {
			for _, f := range []string{"n", "comments"} {
				if v, ok := r[f].(float64); ok && v < k {
					t.Errorf("%s: %s = %v < k in %v", table, f, v, r)
				}
			}
		}
	}
	if len(pkg["themes"]) == 0 {
		t.Error("no theme rows")
	}

	// DCAT-AP: parses, is a dcat:Dataset, and has a distribution for every file of the package
	var dcat map[string]any
	body, _ := os.ReadFile(filepath.Join(site, "data", "dcat.jsonld"))
	if err := json.Unmarshal(body, &dcat); err != nil {
		t.Fatalf("dcat.jsonld: %v", err)
	}
	if dcat["@type"] != "dcat:Dataset" {
		t.Errorf("@type %v", dcat["@type"])
	}
	named := map[string]bool{}
	for _, d := range dcat["dcat:distribution"].([]any) {
		dm := d.(map[string]any)
		named[dm["dcat:downloadURL"].(map[string]any)["@id"].(string)] = true
		if dm["@type"] != "dcat:Distribution" || dm["dct:format"] == nil || dm["dcat:mediaType"] == nil {
			t.Errorf("distribution %v", dm)
		}
	}
	// a distribution for every data file (CSV, its Excel variant, JSON), none for what describes them
	entries, _ := os.ReadDir(filepath.Join(site, "data"))
	for _, e := range entries {
		data := strings.HasSuffix(e.Name(), ".csv") || strings.HasSuffix(e.Name(), ".json")
		if data != named[e.Name()] {
			t.Errorf("%s: a distribution %t, a data file %t (%v)", e.Name(), named[e.Name()], data, named)
		}
	}
}

// The open data name their contact point and place from the municipality's settings, and each
// CSV has an Excel (Bulgarian settings) twin: BOM, ";" and a decimal comma, read back as the same
// table; README and DCAT list both.
func TestPublishContactPlaceAndExcelBGCSV(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	if code := Run([]string{"settings", "--db", db, "--email", "javascript:alert(1)"}, &out, &errOut); code != 2 {
		t.Fatalf("a hostile e-mail was accepted (exit %d)", code)
	}
	if code := Run([]string{"settings", "--db", db, "--email", "obshtina@perushtitsa.bg", "--website", "https://perushtitsa.bg/", "--ekatte", "56047"}, &out, &errOut); code != 0 {
		t.Fatalf("settings: %s", errOut.String())
	}
	site := filepath.Join(dir, "site")
	if code := Run([]string{"publish", "--db", db, "--year", "2025", "--out", site}, &out, &errOut); code != 0 {
		t.Fatalf("publish exit %d: %s", code, errOut.String())
	}
	var dcat map[string]any
	body, _ := os.ReadFile(filepath.Join(site, "data", "dcat.jsonld"))
	if err := json.Unmarshal(body, &dcat); err != nil {
		t.Fatal(err)
	}
	cp, _ := dcat["dcat:contactPoint"].(map[string]any)
	email, _ := cp["vcard:hasEmail"].(map[string]any)
	url, _ := cp["vcard:hasURL"].(map[string]any)
	if email["@id"] != "mailto:obshtina@perushtitsa.bg" || url["@id"] != "https://perushtitsa.bg/" || cp["vcard:fn"] != "Община Перущица" {
		t.Errorf("contact point %v", cp)
	}
	spatial, _ := dcat["dct:spatial"].([]any)
	ids := []string{}
	for _, sp := range spatial {
		if m, ok := sp.(map[string]any); ok {
			id, _ := m["@id"].(string)
			ids = append(ids, id)
		}
	}
	if strings.Join(ids, " ") != "http://publications.europa.eu/resource/authority/country/BGR urn:ekatte:56047" {
		t.Errorf("spatial %v", spatial)
	}
	readme, _ := os.ReadFile(filepath.Join(site, "data", "README.md"))
	index, _ := os.ReadFile(filepath.Join(site, "index.html"))
	for _, table := range []string{"indicators", "themes", "drivers", "methods"} {
		plainName, bgName := "otzvuk-2025-"+table+".csv", "otzvuk-2025-"+table+".excel-bg.csv"
		for _, n := range []string{plainName, bgName} {
			if !strings.Contains(string(readme), "`"+n+"`") || !strings.Contains(string(index), `href="data/`+n+`"`) || !strings.Contains(string(body), `"`+n+`"`) {
				t.Errorf("%s is not listed in the README, the page and the DCAT", n)
			}
		}
		plainBody, _ := os.ReadFile(filepath.Join(site, "data", plainName))
		bgBody, _ := os.ReadFile(filepath.Join(site, "data", bgName))
		if !bytes.HasPrefix(bgBody, []byte("\uFEFF")) {
			t.Errorf("%s has no BOM", bgName)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(bgBody, []byte("\uFEFF"))))
		r.Comma = ';'
		bgRows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s with ';': %v", bgName, err)
		}
		plainRows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(plainBody, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(bgRows) != len(plainRows) || len(bgRows) < 2 || len(bgRows[0]) != len(plainRows[0]) || len(bgRows[0]) < 4 {
			t.Fatalf("%s: %d rows × %d columns, the plain CSV %d × %d", bgName, len(bgRows), len(bgRows[0]), len(plainRows), len(plainRows[0]))
		}
		commas := 0
		for i := range plainRows {
			for j, v := range plainRows[i] {
				want := v
				if _, err := strconv.ParseFloat(v, 64); err == nil {
					want = strings.Replace(v, ".", ",", 1)
				}
				if bgRows[i][j] != want {
					t.Errorf("%s row %d column %s: %q, want %q", bgName, i, plainRows[0][j], bgRows[i][j], want)
				}
				if want != v {
					commas++
				}
			}
		}
		if table == "indicators" && commas == 0 {
			t.Error("no decimal comma in the Excel indicators")
		}
	}
}

// Records that name no service are a cell of their department, not a service: the site's
// services tables leave them out, and the open data give them an empty service_code, as its
// README says (the demo's responses without a service were a "(не е посочено)" row in every
// department's table and a "(не е посочено)" code in the CSV).
func TestPublishHasNoUnnamedService(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	site := filepath.Join(dir, "site")
	if code := Run([]string{"publish", "--db", db, "--year", "2025", "--out", site}, &out, &errOut); code != 0 {
		t.Fatalf("publish exit %d: %s", code, errOut.String())
	}
	index, _ := os.ReadFile(filepath.Join(site, "index.html"))
	if strings.Contains(string(index), "не е посочено") || !strings.Contains(string(index), "Услуги") {
		t.Error("the site lists records that name no service as a service, or no services at all")
	}
	body, _ := os.ReadFile(filepath.Join(site, "data", "otzvuk-2025-indicators.csv"))
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "service_code")
	level := slices.Index(rows[0], "level")
	unnamed, named := 0, 0
	for _, r := range rows[1:] {
		switch {
		case r[col] == "(не е посочено)":
			t.Fatalf("service_code %q in the open data", r[col])
		case r[level] == "service" && r[col] == "":
			unnamed++
		case r[level] == "service":
			named++
		}
	}
	if unnamed == 0 || named == 0 {
		t.Fatalf("%d service rows with no service named, %d named: the demo has both", unnamed, named)
	}
}
