package publish

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/export"
)

// File is one file of the package, ready to be written.
type File struct {
	Name  string // relative to the output folder, with / separators
	Kind  export.Kind
	Title string
	Media string // IANA media type
	Type  string // EU file-type authority code (CSV, JSON, XLSX, HTML, TXT)
	Body  []byte
}

// Columns are the open-data tables' stable column names (documented in the README).
var (
	IndicatorColumns = []string{"year", "level", "department_code", "department_name", "service_code", "service_name",
		"indicator", "indicator_name", "unit", "value", "ci_low", "ci_high", "n", "suppressed", "previous_value", "change", "target", "deadline_days"}
	ThemeColumns  = []string{"year", "level", "department_code", "theme", "theme_name", "comments", "suppressed"}
	DriverColumns = []string{"year", "level", "department_code", "rank", "driver", "driver_name", "weight_percent"}
	MethodColumns = []string{"year", "method", "method_name", "mandatory", "used"}
)

func num(p *float64, digits int) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', digits, 64)
}

func (d *Data) indicatorRecords() [][]string {
	var out [][]string
	y := strconv.Itoa(d.Year)
	for _, r := range d.Rows {
		c := r.Cur.Shown()
		n := ""
		if !c.Suppressed {
			n = strconv.FormatInt(c.N, 10)
		}
		prev := r.Prev.Shown()
		dl := ""
		if r.DeadlineDays != nil {
			dl = strconv.Itoa(*r.DeadlineDays)
		}
		out = append(out, []string{y, r.Level, r.DeptCode, r.DeptName, r.ServiceCode, r.ServiceName, r.Indicator, r.Name, r.Unit,
			num(c.Value, 1), num(c.Low, 1), num(c.High, 1), n, strconv.FormatBool(c.Suppressed), num(prev.Value, 1), num(r.Change, 1), num(r.Target, 0), dl})
	}
	return out
}

func (d *Data) themeRecords() [][]string {
	var out [][]string
	for _, t := range d.Themes {
		c := t.Count.Shown()
		n := ""
		if !c.Suppressed {
			n = strconv.FormatInt(c.N, 10)
		}
		out = append(out, []string{strconv.Itoa(d.Year), t.Level, t.DeptCode, t.ID, t.Name, n, strconv.FormatBool(c.Suppressed)})
	}
	return out
}

func (d *Data) driverRecords() [][]string {
	var out [][]string
	for _, r := range d.Drivers {
		p := r.Percent
		out = append(out, []string{strconv.Itoa(d.Year), r.Level, r.DeptCode, strconv.Itoa(r.Rank), r.ID, r.Name, num(&p, 1)})
	}
	return out
}

func (d *Data) methodRecords() [][]string {
	var out [][]string
	for _, m := range d.Methods {
		out = append(out, []string{strconv.Itoa(d.Year), m.ID, m.Name, strconv.FormatBool(m.Mandatory), strconv.FormatBool(m.Used)})
	}
	return out
}

func csvBody(header []string, rows [][]string, bom bool) []byte {
	return csvWrite(header, rows, bom, ',', false)
}

// excelBGBody is the same table for Excel with Bulgarian regional settings: UTF-8 with a byte
// order mark, ";" between fields and a decimal comma, so a double click opens it in columns.
func excelBGBody(header []string, rows [][]string) []byte {
	return csvWrite(header, rows, true, ';', true)
}

func csvWrite(header []string, rows [][]string, bom bool, comma rune, decimalComma bool) []byte {
	var b bytes.Buffer
	if bom {
		b.WriteString("\uFEFF")
	}
	w := csv.NewWriter(&b)
	w.Comma = comma
	_ = w.Write(header)
	for _, r := range rows {
		out := make([]string, len(r))
		// every text is ours or a name from the database: neutralise spreadsheet formulas anyway
		for i, v := range r {
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				out[i] = export.SafeCell(v)
			} else if decimalComma {
				out[i] = strings.Replace(v, ".", ",", 1)
			} else {
				out[i] = v
			}
		}
		_ = w.Write(out)
	}
	w.Flush()
	return b.Bytes()
}

// ExcelBGName is the name of a CSV's Excel (Bulgarian settings) variant: x.csv → x.excel-bg.csv.
func ExcelBGName(name string) string { return strings.TrimSuffix(name, ".csv") + ".excel-bg.csv" }

func records(header []string, rows [][]string) []map[string]any {
	out := []map[string]any{}
	for _, r := range rows {
		m := map[string]any{}
		for i, h := range header {
			v := r[i]
			switch {
			case v == "":
				m[h] = nil
			case v == "true" || v == "false":
				m[h] = v == "true"
			default:
				if f, err := strconv.ParseFloat(v, 64); err == nil && h != "department_code" && h != "service_code" && h != "year" {
					m[h] = f
				} else if h == "year" {
					m[h], _ = strconv.Atoi(v)
				} else {
					m[h] = v
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// Package builds the open-data files: CSV per table, one JSON, the README, the portal's metadata
// sheet and, last, the DCAT-AP 3.0 description of them all.
func (d *Data) Package() ([]File, error) {
	y := strconv.Itoa(d.Year)
	base := "data/otzvuk-" + y + "-"
	t := func(bg, en string) string {
		if d.Lang == "en" {
			return en
		}
		return bg
	}
	ind, th, dr, me := d.indicatorRecords(), d.themeRecords(), d.driverRecords(), d.methodRecords()
	// each table as a plain CSV (comma, decimal point) and, beside it, for Excel with Bulgarian
	// settings (semicolon, decimal comma, BOM)
	var files []File
	for _, tb := range []struct {
		name, bg, en string
		cols         []string
		rows         [][]string
	}{
		{"indicators", "Показатели по отдели и услуги", "Indicators by department and service", IndicatorColumns, ind},
		{"themes", "Теми в коментарите (брой)", "Themes in comments (counts)", ThemeColumns, th},
		{"drivers", "Основни фактори на удовлетвореността", "Top drivers of satisfaction", DriverColumns, dr},
		{"methods", "Използвани методи за обратна връзка", "Feedback methods used", MethodColumns, me},
	} {
		name := base + tb.name + ".csv"
		files = append(files,
			File{Name: name, Kind: export.KindCSV, Title: t(tb.bg, tb.en), Media: "text/csv", Type: "CSV", Body: csvBody(tb.cols, tb.rows, d.BOM)},
			File{Name: ExcelBGName(name), Kind: export.KindCSV, Title: t(tb.bg+" — за Excel (;, десетична запетая)", tb.en+" — for Excel in Bulgarian (;, decimal comma)"),
				Media: "text/csv", Type: "CSV", Body: excelBGBody(tb.cols, tb.rows)})
	}
	js, err := json.MarshalIndent(map[string]any{
		"year": d.Year, "municipality": d.Municipality, "k": d.K, "demo": d.Demo,
		"indicators": records(IndicatorColumns, ind), "themes": records(ThemeColumns, th),
		"drivers": records(DriverColumns, dr), "methods": records(MethodColumns, me),
	}, "", "  ")
	if err != nil {
		return nil, err
	}
	files = append(files, File{Name: base + "data.json", Kind: export.KindJSON, Title: t("Всички таблици (JSON)", "All tables (JSON)"), Media: "application/json", Type: "JSON", Body: js})
	files = append(files, File{Name: "data/README.md", Kind: export.KindMarkdown, Title: "README", Media: "text/markdown", Type: "TXT", Body: []byte(d.readme(files))})
	meta, err := d.metadataSheet()
	if err != nil {
		return nil, err
	}
	files = append(files, File{Name: base + "metadata.xlsx", Kind: export.KindXLSX, Title: t("Метаданни за Портала за отворени данни", "Metadata for the Open Data Portal"),
		Media: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Type: "XLSX", Body: meta})
	dcat, err := d.dcat(files)
	if err != nil {
		return nil, err
	}
	files = append(files, File{Name: "data/dcat.jsonld", Kind: export.KindJSON, Title: "DCAT-AP 3.0", Media: "application/ld+json", Type: "JSON_LD", Body: dcat})
	return files, nil
}

// portal are the fields the Bulgarian open data portal (data.egov.bg) asks for, in its order.
func (d *Data) portal() [][3]string {
	y := strconv.Itoa(d.Year)
	contact := d.Contact
	if contact == "" {
		contact = "—"
	}
	return [][3]string{
		{"Наименование", "Name", d.Municipality + ": удовлетвореност от административното обслужване, " + y + " г."},
		{"Описание", "Description", "Обобщени резултати от анкетите, картите за обратна връзка и сроковете на услугите по отдели и услуги за " + y +
			" г. по Методологията за оценка на удовлетвореността (НАО чл. 24). Клетки с под " + strconv.Itoa(d.K) + " отговора са скрити, както и клетки, от които скритите биха се изчислили; без свободен текст и лични данни."},
		{"Категория", "Category", "Правителство и публичен сектор"},
		{"Етикети", "Tags", "удовлетвореност; административно обслужване; анкети; срокове; обратна връзка"},
		{"Условия за ползване", "Terms of use", "Creative Commons Признание 4.0 (CC BY 4.0)"},
		{"Източник", "Source", d.Municipality + " — Отзвук " + d.Version},
		{"Версия", "Version", y + "." + d.Now.Format("20060102")},
		{"Автор", "Author", d.Municipality},
		{"Контакт за поддръжка", "Support contact", contact},
		{"Честота на актуализация", "Update frequency", "Ежегодно"},
	}
}

func (d *Data) metadataSheet() ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sh := "Метаданни"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return nil, err
	}
	_ = f.SetSheetRow(sh, "A1", &[]any{"Поле", "Field", "Стойност / Value"})
	for i, r := range d.portal() {
		row := []any{r[0], r[1], r[2]}
		_ = f.SetSheetRow(sh, "A"+strconv.Itoa(i+2), &row)
	}
	_ = f.SetColWidth(sh, "A", "B", 26)
	_ = f.SetColWidth(sh, "C", "C", 100)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		return nil, err
	}
	return export.ContentTypesFirst(b.Bytes())
}

func (d *Data) readme(files []File) string {
	var b strings.Builder
	y := strconv.Itoa(d.Year)
	fmt.Fprintf(&b, "# %s — удовлетвореност от административното обслужване, %s г. / service satisfaction, %s\n\n", d.Municipality, y, y)
	fmt.Fprintf(&b, "Обобщени данни, публикувани с Отзвук %s. Aggregates published with Otzvuk %s.\n\n", d.Version, d.Version)
	fmt.Fprintf(&b, "## Анонимност / Anonymity\n\nВсяка клетка с по-малко от k = %d отговора е скрита (`suppressed = true`, празни `value` и `n`), както и допълнителни клетки, така че скритите да не могат да се изчислят чрез изваждане от общия сбор. Няма свободен текст, имена или идентификатори.\n\n"+
		"Every cell with fewer than k = %d responses is suppressed (`suppressed = true`, empty `value` and `n`), and so are further cells so that no suppressed cell can be recovered by subtraction from a total. There is no free text, no names, no identifiers.\n\n", d.K, d.K)
	b.WriteString("## Файлове / Files\n\n")
	for _, f := range files {
		fmt.Fprintf(&b, "- `%s` — %s\n", strings.TrimPrefix(f.Name, "data/"), f.Title)
	}
	b.WriteString("- `dcat.jsonld` — DCAT-AP 3.0\n- `otzvuk-" + y + "-metadata.xlsx` — полета за Портала за отворени данни / fields for data.egov.bg\n\n")
	b.WriteString("CSV: UTF-8")
	if d.BOM {
		b.WriteString(" с BOM / with BOM")
	}
	b.WriteString(", разделител запетая, десетична точка / comma-separated, decimal point. " +
		"Файловете `*.excel-bg.csv` съдържат същите таблици за Excel с български настройки: UTF-8 с BOM, разделител точка и запетая (;), десетична запетая — отварят се с двоен клик в отделни колони. / " +
		"The `*.excel-bg.csv` files hold the same tables for Excel with Bulgarian settings: UTF-8 with BOM, semicolon-separated, decimal comma — a double click opens them in columns. " +
		"Стабилни имена на колоните / stable column names:\n\n")
	cols := []struct {
		file string
		cols []string
	}{{"indicators.csv", IndicatorColumns}, {"themes.csv", ThemeColumns}, {"drivers.csv", DriverColumns}, {"methods.csv", MethodColumns}}
	for _, c := range cols {
		fmt.Fprintf(&b, "### %s\n\n", c.file)
		for _, col := range c.cols {
			bg, en := columnDoc(col)
			fmt.Fprintf(&b, "- `%s` — %s / %s\n", col, bg, en)
		}
		b.WriteString("\n")
	}
	b.WriteString("Показатели / indicators: `SAT_IDX` — индекс на удовлетвореност 0–100 / satisfaction index 0–100 ((средна обща оценка − 1) / 4 × 100); `SVC_ONTIME` — дял на услугите, извършени в срок, % / share of services done on time, %.\n\n")
	b.WriteString("Лиценз / licence: CC BY 4.0.\n")
	if d.Demo {
		b.WriteString("\n**ДЕМОНСТРАЦИОННИ ДАННИ — не са реални. / DEMO DATA — not real.**\n")
	}
	return b.String()
}

func columnDoc(c string) (string, string) {
	m := map[string][2]string{
		"year": {"година", "year"}, "level": {"ниво: municipality, department, service", "level: municipality, department, service"},
		"department_code": {"код на отдела", "department code"}, "department_name": {"отдел", "department"},
		"service_code": {"код на услугата (празно: без посочена услуга)", "service code (empty: no service named)"}, "service_name": {"услуга", "service"},
		"indicator": {"код на показателя", "indicator code"}, "indicator_name": {"показател", "indicator"}, "unit": {"мерна единица (index 0–100, share %)", "unit (index 0–100, share %)"},
		"value": {"стойност", "value"}, "ci_low": {"долна граница на 95 % интервал", "95 % interval, low"}, "ci_high": {"горна граница на 95 % интервал", "95 % interval, high"},
		"n": {"брой отговори/заявления", "number of responses/requests"}, "suppressed": {"скрита клетка (k-анонимност)", "suppressed cell (k-anonymity)"},
		"previous_value": {"стойност предходната година", "last year's value"}, "change": {"промяна спрямо предходната година", "change against last year"},
		"target": {"целева стойност", "target"}, "deadline_days": {"нормативен срок, дни (обикновена услуга)", "deadline standard, days (ordinary service)"},
		"theme": {"код на темата", "theme code"}, "theme_name": {"тема", "theme"}, "comments": {"брой коментари, които я споменават", "comments that mention it"},
		"rank": {"място", "rank"}, "driver": {"код на фактора", "driver code"}, "driver_name": {"фактор", "driver"}, "weight_percent": {"относителна тежест, % от R²", "relative weight, % of R²"},
		"method": {"код на метода", "method code"}, "method_name": {"метод", "method"}, "mandatory": {"задължителен по НАО чл. 24", "mandatory (НАО art. 24)"}, "used": {"използван през годината", "used in the year"},
	}
	v := m[c]
	return v[0], v[1]
}

// dcat describes the package as a DCAT-AP 3.0 dataset with one distribution per file.
func (d *Data) dcat(files []File) ([]byte, error) {
	y := strconv.Itoa(d.Year)
	lit := func(bg, en string) []map[string]string {
		return []map[string]string{{"@value": bg, "@language": "bg"}, {"@value": en, "@language": "en"}}
	}
	var dists []map[string]any
	for _, f := range files {
		if f.Type != "CSV" && f.Type != "JSON" {
			continue // the README and the portal's sheet describe the data; they are not distributions of it
		}
		sum := sha256.Sum256(f.Body)
		rel := strings.TrimPrefix(f.Name, "data/")
		dists = append(dists, map[string]any{
			"@id":              "#" + rel,
			"@type":            "dcat:Distribution",
			"dct:title":        f.Title,
			"dcat:accessURL":   map[string]string{"@id": rel},
			"dcat:downloadURL": map[string]string{"@id": rel},
			"dcat:mediaType":   map[string]string{"@id": "http://www.iana.org/assignments/media-types/" + f.Media},
			"dct:format":       map[string]string{"@id": "http://publications.europa.eu/resource/authority/file-type/" + f.Type},
			"dcat:byteSize":    map[string]string{"@value": strconv.Itoa(len(f.Body)), "@type": "xsd:nonNegativeInteger"},
			"dct:license":      map[string]string{"@id": "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"},
			"spdx:checksum":    map[string]any{"@type": "spdx:Checksum", "spdx:algorithm": map[string]string{"@id": "spdx:checksumAlgorithm_sha256"}, "spdx:checksumValue": hex.EncodeToString(sum[:])},
			"dct:issued":       map[string]string{"@value": d.Now.Format("2006-01-02"), "@type": "xsd:date"},
		})
	}
	// the contact point: the municipality, its e-mail and web page (`otzvuk settings --email
	// --website`, or publish --contact)
	contact := map[string]any{"@type": "vcard:Organization", "vcard:fn": d.Municipality}
	if d.Contact != "" {
		contact["vcard:hasEmail"] = map[string]string{"@id": "mailto:" + d.Contact}
	}
	if d.Website != "" {
		contact["vcard:hasURL"] = map[string]string{"@id": d.Website}
	}
	// the spatial coverage: the country (the EU's authority list) and the municipality, named and,
	// with its EKATTE code (`otzvuk settings --ekatte`), identified by it
	place := map[string]any{"@type": "dct:Location", "locn:geographicName": d.Municipality}
	if d.EKATTE != "" {
		place["@id"] = "urn:ekatte:" + d.EKATTE
		place["dct:identifier"] = d.EKATTE
	}
	spatial := []any{map[string]string{"@id": "http://publications.europa.eu/resource/authority/country/BGR"}, place}
	doc := map[string]any{
		"@context": map[string]string{
			"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
			"vcard": "http://www.w3.org/2006/vcard/ns#", "xsd": "http://www.w3.org/2001/XMLSchema#", "spdx": "http://spdx.org/rdf/terms#",
			"adms": "http://www.w3.org/ns/adms#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "locn": "http://www.w3.org/ns/locn#",
		},
		"@id":   "#dataset",
		"@type": "dcat:Dataset",
		"dct:title": lit(d.Municipality+": удовлетвореност от административното обслужване, "+y+" г.",
			d.Municipality+": satisfaction with administrative services, "+y),
		"dct:description": lit(d.portal()[1][2], "Aggregated survey, feedback-card and service-deadline results by department and service for "+y+
			"; cells of fewer than "+strconv.Itoa(d.K)+" responses suppressed, with secondary suppression; no free text or personal data."),
		"dcat:keyword":           []string{"удовлетвореност", "административно обслужване", "анкети", "срокове", "обратна връзка", "satisfaction", "public services"},
		"dcat:theme":             map[string]string{"@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE"},
		"dct:publisher":          map[string]any{"@type": "foaf:Agent", "foaf:name": d.Municipality},
		"dct:creator":            map[string]any{"@type": "foaf:Agent", "foaf:name": d.Municipality},
		"dcat:contactPoint":      contact,
		"dct:issued":             map[string]string{"@value": d.Now.Format("2006-01-02"), "@type": "xsd:date"},
		"dct:modified":           map[string]string{"@value": d.Now.Format("2006-01-02"), "@type": "xsd:date"},
		"dct:temporal":           map[string]any{"@type": "dct:PeriodOfTime", "dcat:startDate": map[string]string{"@value": y + "-01-01", "@type": "xsd:date"}, "dcat:endDate": map[string]string{"@value": y + "-12-31", "@type": "xsd:date"}},
		"dct:spatial":            spatial,
		"foaf:page":              map[string]string{"@id": "README.md"},
		"dct:accrualPeriodicity": map[string]string{"@id": "http://publications.europa.eu/resource/authority/frequency/ANNUAL"},
		"dct:language":           []map[string]string{{"@id": "http://publications.europa.eu/resource/authority/language/BUL"}, {"@id": "http://publications.europa.eu/resource/authority/language/ENG"}},
		"dct:accessRights":       map[string]string{"@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"},
		"dcat:version":           d.portal()[6][2],
		"dct:provenance":         map[string]any{"@type": "dct:ProvenanceStatement", "rdfs:label": "Otzvuk " + d.Version},
		"dcat:distribution":      dists,
	}
	return json.MarshalIndent(doc, "", "  ")
}
