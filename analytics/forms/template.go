package forms

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

var listsSheet = map[string]string{"bg": "Списъци", "en": "Lists"}
var instrSheet = map[string]string{"bg": "Указания", "en": "Instructions"}

// WriteTemplate writes a form's XLSX entry template (the current version): the instructions,
// the responses sheet with its protected header and drop-downs, the lists and the hidden identity.
func WriteTemplate(w io.Writer, form string, o Options) error {
	o.norm()
	return writeTemplate(w, form, Current[form], o)
}

// WriteTemplateVersion writes an earlier version's template (its columns as they were then).
func WriteTemplateVersion(w io.Writer, form string, version int, o Options) error {
	o.norm()
	if version < 1 || version > Current[form] {
		return errf("формулярът %q няма версия %d", "form %q has no version %d", form, version)
	}
	return writeTemplate(w, form, version, o)
}

func writeTemplate(w io.Writer, form string, version int, o Options) error {
	cols := Columns(form, version)
	if len(cols) == 0 {
		return errf("непознат формуляр %q", "unknown form %q", form)
	}
	lang := o.Lang
	f := excelize.NewFile()
	defer f.Close()
	data := DataSheet[lang]
	instr, lists := instrSheet[lang], listsSheet[lang]
	if err := f.SetSheetName("Sheet1", instr); err != nil {
		return err
	}
	di, err := f.NewSheet(data)
	if err != nil {
		return err
	}
	if _, err := f.NewSheet(lists); err != nil {
		return err
	}
	if _, err := f.NewSheet(IdentitySheet); err != nil {
		return err
	}

	// instructions
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	wrap, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	_ = f.SetColWidth(instr, "A", "A", 110)
	lines := instructions(form, version, o)
	for i, l := range lines {
		cell := "A" + strconv.Itoa(i+1)
		if err := f.SetCellStr(instr, cell, l); err != nil {
			return err
		}
		st := wrap
		if i == 0 {
			st = bold
		}
		_ = f.SetCellStyle(instr, cell, cell, st)
	}

	// lists (a visible-to-Excel but hidden sheet the drop-downs point at)
	listCols := map[string]string{}
	next := 0
	addList := func(key string, values []string) error {
		if len(values) == 0 {
			return nil
		}
		col, _ := excelize.ColumnNumberToName(next + 1)
		next++
		if err := f.SetCellStr(lists, col+"1", key); err != nil {
			return err
		}
		for i, v := range values {
			if err := f.SetCellStr(lists, col+strconv.Itoa(i+2), v); err != nil {
				return err
			}
		}
		listCols[key] = fmt.Sprintf("'%s'!$%s$2:$%s$%d", lists, col, col, len(values)+1)
		return nil
	}
	labels := func(cs []Choice) []string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = c.Label()
		}
		return out
	}
	for _, key := range []string{"channel", "group", "rating", "rating5", "nps", "source", "kind"} {
		if err := addList(key, fixedList(key, lang)); err != nil {
			return err
		}
	}
	if err := addList("department", labels(o.Departments)); err != nil {
		return err
	}
	if err := addList("service", labels(o.Services)); err != nil {
		return err
	}

	// the responses sheet
	head, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}, Protection: &excelize.Protection{Locked: true}})
	open, _ := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: false}})
	dateFmt := "dd.mm.yyyy"
	openDate, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt, Protection: &excelize.Protection{Locked: false}})
	last := strconv.Itoa(o.Rows + 1)
	for i, c := range cols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetCellStr(data, col+"1", c.Header(lang)); err != nil {
			return err
		}
		_ = f.SetColWidth(data, col, col, c.Width)
		st := open
		if c.List == "date" {
			st = openDate
		}
		if err := f.SetCellStyle(data, col+"2", col+last, st); err != nil {
			return err
		}
		sq := col + "2:" + col + last
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(sq)
		switch {
		case listCols[c.List] != "":
			dv.SetSqrefDropList(listCols[c.List])
		case c.List == "date":
			if err := dv.SetRange("36526", "73051", excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil { // 2000-01-01…2099-12-31
				return err
			}
		case c.Field == "waiting_minutes":
			if err := dv.SetRange(0, 1440, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
				return err
			}
		default:
			continue
		}
		if lang == "en" {
			dv.SetError(excelize.DataValidationErrorStyleStop, c.EN, "Choose a value from the list.")
		} else {
			dv.SetError(excelize.DataValidationErrorStyleStop, c.BG, "Изберете стойност от списъка.")
		}
		if err := f.AddDataValidation(data, dv); err != nil {
			return err
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(len(cols))
	if err := f.SetCellStyle(data, "A1", lastCol+"1", head); err != nil {
		return err
	}
	_ = f.SetRowHeight(data, 1, 32)
	if err := f.SetPanes(data, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	// the header is protected (no password: it guards against slips, not people); rows may be
	// sorted, filtered and formatted.
	if err := f.ProtectSheet(data, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true, FormatCells: true, AutoFilter: true, Sort: true}); err != nil {
		return err
	}

	// identity
	vals := []string{form, strconv.Itoa(version), lang, o.Instance, "otzvuk"}
	for i, k := range identityKeys {
		col, _ := excelize.ColumnNumberToName(i + 1)
		_ = f.SetCellStr(IdentitySheet, col+"1", k)
		_ = f.SetCellStr(IdentitySheet, col+"2", vals[i])
	}
	f.SetActiveSheet(di)
	if err := f.SetSheetVisible(lists, false); err != nil {
		return err
	}
	if err := f.SetSheetVisible(IdentitySheet, false); err != nil {
		return err
	}
	return f.Write(w)
}

func instructions(form string, version int, o Options) []string {
	en := o.Lang == "en"
	t := title(form, o.Lang)
	var out []string
	if en {
		out = []string{
			o.Municipality + " — " + t + ": entry template (form version " + strconv.Itoa(version) + ")",
			"Type one paper " + map[bool]string{true: "questionnaire", false: "card"}[form == Survey] + " per row of the sheet \"" + DataSheet["en"] + "\". Do not change the header row: it is protected.",
			"Write the number printed or written on the paper form in the first column; it identifies the response (a row without a number is not imported).",
			"Dates as DD.MM.YYYY. Choose from the drop-down lists: " + listColumns(form, version, "en", "\"", "\"") + ".",
		}
		if len(o.Departments) == 0 {
			out = append(out, "This template was made without a database: type the department's code (as in Otzvuk) in the Department column.")
		}
		if form == Survey {
			out = append(out, "Overall rating: 1 = very dissatisfied … 5 = very satisfied; the six statements: 1 = strongly disagree … 5 = strongly agree; \"can't say\" is not a score. Recommend: 0–10.")
		} else {
			out = append(out, "Rating: 1 = very dissatisfied … 5 = very satisfied.",
				"The Service column is the service written on the card; this version of Otzvuk keeps it in the template only (it is not imported).",
				"Contact details the citizen gave with consent stay on the paper card: they are not typed here.")
		}
		out = append(out, "The sheet has "+strconv.Itoa(o.Rows)+" prepared rows; for more responses, use another copy of the template (otzvuk forms).")
		out = append(out, "Import: Otzvuk → Import, or otzvuk import --db FILE template.xlsx. No mapping profile is needed: the template identifies itself.",
			"Rows with mistakes are not lost: they go to the quarantine with the row, the column and the reason.")
		return out
	}
	out = []string{
		o.Municipality + " — " + t + ": шаблон за въвеждане (версия на формуляра " + strconv.Itoa(version) + ")",
		"Въвеждайте по един хартиен " + map[bool]string{true: "въпросник", false: "картон"}[form == Survey] + " на ред в листа „" + DataSheet["bg"] + "“. Не променяйте заглавния ред: той е защитен.",
		"В първата колона напишете номера от хартиения формуляр; той отличава отговора (ред без номер не се импортира).",
		"Датите — ДД.ММ.ГГГГ. От падащите списъци изберете: " + listColumns(form, version, "bg", "„", "“") + ".",
	}
	if len(o.Departments) == 0 {
		out = append(out, "Шаблонът е създаден без база данни: в колона „Отдел“ напишете кода на отдела (както е в Отзвук).")
	}
	if form == Survey {
		out = append(out, "Обща оценка: 1 = много недоволен … 5 = много доволен; шестте твърдения: 1 = напълно несъгласен … 5 = напълно съгласен; „не мога да преценя“ не е оценка. Препоръка: 0–10.")
	} else {
		out = append(out, "Оценка: 1 = много недоволен … 5 = много доволен.",
			"Колона „Услуга“ е услугата, записана на картата; тази версия на Отзвук я пази само в шаблона (не се импортира).",
			"Данните за контакт, дадени със съгласие, остават на хартиената карта: тук не се въвеждат.")
	}
	out = append(out, "Листът има "+strconv.Itoa(o.Rows)+" подготвени реда; за повече отговори използвайте ново копие на шаблона (otzvuk forms).")
	out = append(out, "Импорт: Отзвук → Импорт или otzvuk import --db ФАЙЛ шаблон.xlsx. Не е нужен профил: шаблонът сам се представя.",
		"Редовете с грешки не се губят: отиват в карантината с номера на реда, колоната и причината.")
	return out
}

// listColumns names the template's columns with a drop-down list (not the dates), quoted: the
// instructions name only columns the sheet has.
func listColumns(form string, version int, lang, open, close string) string {
	var names []string
	for _, c := range Columns(form, version) {
		if c.List != "" && c.List != "date" {
			names = append(names, open+c.Header(lang)+close)
		}
	}
	return strings.Join(names, ", ")
}

// FileName is a form's file name in a language: anketa.html, anketa-shablon.xlsx…
func FileName(form, lang, ext string) string {
	base := map[string]string{Survey: "anketa", Card: "karta"}[form]
	if lang == "en" {
		base = map[string]string{Survey: "questionnaire", Card: "feedback-card"}[form]
	}
	if ext == "xlsx" {
		if lang == "en" {
			return base + "-template.xlsx"
		}
		return base + "-shablon.xlsx"
	}
	return base + "." + strings.TrimPrefix(ext, ".")
}
