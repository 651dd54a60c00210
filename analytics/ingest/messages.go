package ingest

import (
	"fmt"
	"strings"
)

// Problem is a bad-input finding: where (file, row, column, value) and why, in Bulgarian and English.
type Problem struct {
	File   string `json:"file"`
	Row    int    `json:"row"`
	Column string `json:"column"`
	Value  string `json:"value"`
	Raw    string `json:"raw"` // the cell as written in the file, beside the value as read
	Code   string `json:"code"`
	BG     string `json:"bg"`
	EN     string `json:"en"`
	Kind   string `json:"kind,omitempty"` // "conflict" for a conflicting copy, "field" for an emptied optional field (record kept); empty for a rejected row
}

func (p *Problem) Error() string {
	where := p.File
	if p.Row > 0 {
		where += fmt.Sprintf(", ред %d", p.Row)
	}
	if p.Column != "" {
		where += fmt.Sprintf(", колона „%s“", p.Column)
	}
	whereEN := p.File
	if p.Row > 0 {
		whereEN += fmt.Sprintf(", row %d", p.Row)
	}
	if p.Column != "" {
		whereEN += fmt.Sprintf(", column %q", p.Column)
	}
	return fmt.Sprintf("%s: %s / %s: %s", where, p.BG, whereEN, p.EN)
}

// reasons: code → Bulgarian and English text; %s is the detail.
var reasons = map[string][2]string{
	"empty_file":          {"файлът е празен", "the file is empty"},
	"header_only":         {"файлът съдържа само заглавен ред, без данни", "the file has a header row but no data"},
	"binary":              {"файлът не е текстов (двоичен файл)", "the file is not text (binary data)"},
	"nul_byte":            {"клетката съдържа нулев байт (знак с код 0) — файлът е повреден или не е текстов", "the cell holds a NUL byte (U+0000) — the file is damaged or not text"},
	"bad_utf8":            {"невалиден UTF-8 текст; ако файлът е в Windows-1251, посочете encoding: windows-1251 в профила", "invalid UTF-8 text; if the file is Windows-1251, set encoding: windows-1251 in the profile"},
	"truncated_utf8":      {"файлът завършва с непълен UTF-8 символ (прекъснат файл?)", "the file ends in an incomplete UTF-8 character (truncated file?)"},
	"truncated_utf16":     {"файлът завършва с половин UTF-16 знак (нечетен брой байтове) — прекъснат файл; последният ред не е цял, нищо не е импортирано", "the file ends in half a UTF-16 character (an odd number of bytes) — a truncated file; its last row is not whole, nothing was imported"},
	"bad_utf16":           {"невалиден UTF-16 текст", "invalid UTF-16 text"},
	"unknown_encoding":    {"непознато кодиране %s (utf-8, utf-16, windows-1251)", "unknown encoding %s (utf-8, utf-16, windows-1251)"},
	"unknown_delimiter":   {"разделителят не може да бъде определен (очаква се , ; табулация или |); посочете delimiter в профила", "cannot tell the delimiter (expected , ; tab or |); set delimiter in the profile"},
	"bad_quotes":          {"грешно поставени кавички: %s", "misplaced quotes: %s"},
	"ragged_row":          {"редът има %s", "the row has %s"},
	"cell_too_large":      {"клетката е по-голяма от 1 MB", "the cell is larger than 1 MB"},
	"row_too_large":       {"редът е по-голям от %s MB", "the row is larger than %s MB"},
	"too_many_columns":    {"редът има повече от %s колони", "the row has more than %s columns"},
	"duplicate_column":    {"колоната се повтаря (позиции %s)", "the column name repeats (positions %s)"},
	"no_header":           {"няма заглавен ред с имена на колони", "no header row with column names"},
	"missing_column":      {"липсва колона, която профилът изисква", "a column the profile needs is missing"},
	"missing_column_near": {"липсва колона, която профилът изисква; най-близкото заглавие във файла е %s", "a column the profile needs is missing; the closest header in the file is %s"},
	"lookalike_column":    {"липсва колона, която профилът изисква: %s", "a column the profile needs is missing: %s"},
	"unknown_format":      {"непознат формат %s (csv, xlsx, json)", "unknown format %s (csv, xlsx, json)"},
	"xlsx_open":           {"файлът не е XLSX (не е zip архив)", "the file is not XLSX (not a zip archive)"},
	"xlsx_damaged":        {"XLSX файлът е повреден (непълен архив или повреден XML)", "the XLSX file is damaged (an incomplete archive or broken XML)"},
	"cannot_open":         {"файлът не може да бъде отворен", "the file cannot be opened"},
	"xlsx_encrypted":      {"файлът е защитен с парола; махнете паролата (Файл → Информация → Защита) и запишете отново", "the file is password-protected; remove the password (File → Info → Protect) and save it again"},
	"xlsx_old":            {"файлът е в стария формат .xls; запишете го като .xlsx", "the file is in the old .xls format; save it as .xlsx"},
	"xlsx_too_large":      {"част %s от XLSX файла е по-голяма от допустимото след разархивиране", "part %s of the XLSX file is larger than allowed once decompressed"},
	"xlsx_bomb":           {"част %s от XLSX файла се разархивира стотици пъти по-голяма — файлът не е истинска таблица (zip бомба?)", "part %s of the XLSX file expands hundreds of times — it is not a real spreadsheet (a zip bomb?)"},
	"xlsx_no_sheet":       {"няма лист %s", "no sheet %s"},
	"xlsx_no_rows":        {"листът няма редове", "the sheet has no rows"},
	"xlsx_merged":         {"обединени клетки в заглавния ред (%s); разделете ги", "merged cells in the header row (%s); unmerge them"},
	"json_syntax":         {"невалиден JSON при байт %s", "invalid JSON at byte %s"},
	"json_too_deep":       {"JSON е вложен твърде дълбоко (над 10 000 нива) при байт %s; експортът трябва да е списък от записи", "the JSON is nested too deep (over 10,000 levels) at byte %s; an export must be a list of records"},
	"json_truncated":      {"JSON-ът свършва преждевременно при байт %s (прекъснат файл?)", "the JSON ends early at byte %s (truncated file?)"},
	"json_trailing":       {"след края на JSON масива/обекта има още съдържание от байт %s (втори масив?); нищо не е импортирано", "more content after the end of the JSON array/object from byte %s (a second array?); nothing was imported"},
	"json_duplicate_key":  {"ключът се среща повече от веднъж в записа (или се различава само по главни/малки букви или интервали): %s", "the key appears more than once in the record (or differs only in case or surrounding spaces): %s"},
	"json_object":         {"очаква се масив от обекти или по един обект на ред (NDJSON), а файлът е един обект%s", "expected an array of objects or one object per line (NDJSON), found a single object%s"},
	"json_not_object":     {"елементът не е обект", "the element is not an object"},
	"json_nested":         {"вложена стойност (обект или масив) не се поддържа", "nested values (object or array) are not supported"},
	"required":            {"задължителното поле „%s“ е празно", "the required field %s is empty"},
	"not_number":          {"не е число", "not a number"},
	"not_integer":         {"не е цяло число", "not a whole number"},
	"not_finite":          {"числото не е крайно (NaN, безкрайност или препълване)", "the number is not finite (NaN, infinity or overflow)"},
	"too_large":           {"числото не се побира в колоната (допустимо %s)", "the number does not fit the column (allowed %s)"},
	"above_max_points":    {"точките са над максималните %s", "the points are above the maximum of %s"},
	"bad_reject_rate":     {"прагът на отхвърлените редове трябва да е число от 0 до 1 (0 = нито един), а е %s", "the reject-rate threshold must be a number from 0 to 1 (0 = none may fail), not %s"},
	"not_bool":            {"не е да/не", "not yes/no"},
	"not_date":            {"не е дата (очаква се дд.мм.гггг или гггг-мм-дд)", "not a date (expected dd.mm.yyyy or yyyy-mm-dd)"},
	"slashed_date":        {"дата с наклонени черти: профилът трябва да посочи дд/мм/гггг или мм/дд/гггг", "slashed date: the profile must say dd/mm/yyyy or mm/dd/yyyy"},
	"out_of_range":        {"стойността е извън допустимото %s", "the value is outside the allowed range %s"},
	"future_date":         {"датата е в бъдещето", "the date is in the future"},
	"too_old":             {"датата е преди 1990 г.", "the date is before 1990"},
	"placeholder_date":    {"%s не е истинска дата, а заместител за „няма дата“", "%s is no real date but a placeholder for \"no date\""},
	"date_order":          {"%s", "%s"},
	"unknown_value":       {"непозната стойност; допустими: %s", "unknown value; allowed: %s"},
	"unknown_department":  {"непознат отдел; добавете го или задайте new_departments: create в профила", "unknown department; add it or set new_departments: create in the profile"},
	"unknown_department_template": {"непознат отдел — стойност извън падащия списък; изберете отдел от списъка (otzvuk forms --db записва в шаблона отделите от базата)",
		"unknown department — a value outside the drop-down list; pick a department from the list (otzvuk forms --db writes the database's departments into the template)"},
	"duplicate_key":     {"ключът се повтаря във файла с различно съдържание (редове %s)", "the key repeats in the file with different content (rows %s)"},
	"too_many_rejected": {"отхвърлени са %s от редовете — над прага; нищо не е импортирано", "%s of the rows were rejected — above the threshold; nothing was imported"},
	"already_imported":  {"същият файл вече е импортиран (%s); нищо не е добавено", "the same file was already imported (%s); nothing was added"},
	"temp_full":         {"временната папка %s е пълна: импортът не може да запише междинния си файл; освободете място на диска и опитайте отново — нищо не е импортирано", "the temporary folder %s is full: the import cannot write its staging file; free some disk space and try again — nothing was imported"},
	"db_full":           {"дискът с базата данни %s е пълен: импортът не е записан и нищо не е импортирано; освободете място и опитайте отново", "the disk holding the database %s is full: the import was not committed and nothing was imported; free some space and try again"},
	"temp_unwritable":   {"във временната папка %s не може да се пише: импортът не може да запише междинния си файл; нищо не е импортирано", "the temporary folder %s cannot be written: the import cannot write its staging file; nothing was imported"},
	"io":                {"грешка при четене: %s", "read error: %s"},
}

// conflictProblem describes a conflicting copy: the key, the row kept instead and the columns that differ.
func conflictProblem(file string, row, kept int, key string, cols []string, rule string) *Problem {
	differ := strings.Join(cols, ", ")
	ruleBG := map[string]string{"keep_most_complete": "най-пълният ред", "keep_last": "последният ред", "keep_first": "първият ред"}[rule]
	ruleEN := map[string]string{"keep_most_complete": "the most complete row", "keep_last": "the last row", "keep_first": "the first row"}[rule]
	return &Problem{File: file, Row: row, Column: differ, Value: clip(key, 200), Code: "conflicting_copy", Kind: "conflict",
		BG: fmt.Sprintf("конфликтно копие: ключ %s се повтаря с различно съдържание (различава се: %s); запазен е ред %d (%s, on_conflict: %s)", key, differ, kept, ruleBG, rule),
		EN: fmt.Sprintf("conflicting copy: key %s repeats with different content (differs in: %s); row %d was kept (%s, on_conflict: %s)", key, differ, kept, ruleEN, rule)}
}

func newErr(file string, row int, column, value, code, detail string) *Problem {
	return newErrBi(file, row, column, value, code, detail, detail)
}

// newErrBi is newErr with a detail of its own for each language (a field's name, a count in words).
func newErrBi(file string, row int, column, value, code, detailBG, detailEN string) *Problem {
	detail := detailEN
	r, ok := reasons[code]
	if !ok {
		r = [2]string{code, code}
	}
	bg, en := r[0], r[1]
	// a bounded list: the values shown, then how many more
	if more, n, ok := strings.Cut(detailBG, listSep); ok {
		detailBG = more + " … и още " + n
	}
	if more, n, ok := strings.Cut(detail, listSep); ok {
		detail = more + " … and " + n + " more"
	}
	if containsVerb(bg) {
		bg = fmt.Sprintf(bg, detailBG)
	}
	if containsVerb(en) {
		en = fmt.Sprintf(en, detail)
	}
	value = clip(value, 200)
	return &Problem{File: file, Row: row, Column: column, Value: value, Code: code, BG: bg, EN: en}
}

func containsVerb(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && s[i+1] == 's' {
			return true
		}
	}
	return false
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
