package read

// words: the readers' reasons — a code → its Bulgarian and English text; %s is the detail.
var words = Words{
	"empty_file":         {"файлът е празен", "the file is empty"},
	"header_only":        {"файлът съдържа само заглавен ред, без данни", "the file has a header row but no data"},
	"binary":             {"файлът не е текстов (двоичен файл)", "the file is not text (binary data)"},
	"bad_utf8":           {"невалиден UTF-8 текст; ако файлът е в Windows-1251, посочете encoding: windows-1251 в профила", "invalid UTF-8 text; if the file is Windows-1251, set encoding: windows-1251 in the profile"},
	"truncated_utf8":     {"файлът завършва с непълен UTF-8 символ (прекъснат файл?)", "the file ends in an incomplete UTF-8 character (truncated file?)"},
	"truncated_utf16":    {"файлът завършва с половин UTF-16 знак (нечетен брой байтове) — прекъснат файл; последният ред не е цял, нищо не е импортирано", "the file ends in half a UTF-16 character (an odd number of bytes) — a truncated file; its last row is not whole, nothing was imported"},
	"bad_utf16":          {"невалиден UTF-16 текст", "invalid UTF-16 text"},
	"unknown_encoding":   {"непознато кодиране %s (utf-8, utf-16, windows-1251)", "unknown encoding %s (utf-8, utf-16, windows-1251)"},
	"unknown_delimiter":  {"разделителят не може да бъде определен (очаква се , ; табулация или |); посочете delimiter в профила", "cannot tell the delimiter (expected , ; tab or |); set delimiter in the profile"},
	"bad_quotes":         {"грешно поставени кавички: %s", "misplaced quotes: %s"},
	"cell_too_large":     {"клетката е по-голяма от 1 MB", "the cell is larger than 1 MB"},
	"row_too_large":      {"редът е по-голям от %s MB", "the row is larger than %s MB"},
	"too_many_columns":   {"редът има повече от %s колони", "the row has more than %s columns"},
	"duplicate_column":   {"колоната се повтаря (позиции %s)", "the column name repeats (positions %s)"},
	"no_header":          {"няма заглавен ред с имена на колони", "no header row with column names"},
	"unknown_format":     {"непознат формат %s (csv, xlsx, json)", "unknown format %s (csv, xlsx, json)"},
	"xlsx_open":          {"файлът не е XLSX (не е zip архив)", "the file is not XLSX (not a zip archive)"},
	"xlsx_damaged":       {"XLSX файлът е повреден (непълен архив или повреден XML)", "the XLSX file is damaged (an incomplete archive or broken XML)"},
	"cannot_open":        {"файлът не може да бъде отворен", "the file cannot be opened"},
	"xlsx_encrypted":     {"файлът е защитен с парола; махнете паролата (Файл → Информация → Защита) и запишете отново", "the file is password-protected; remove the password (File → Info → Protect) and save it again"},
	"xlsx_old":           {"файлът е в стария формат .xls; запишете го като .xlsx", "the file is in the old .xls format; save it as .xlsx"},
	"xlsx_too_large":     {"част %s от XLSX файла е по-голяма от допустимото след разархивиране", "part %s of the XLSX file is larger than allowed once decompressed"},
	"xlsx_bomb":          {"част %s от XLSX файла се разархивира стотици пъти по-голяма — файлът не е истинска таблица (zip бомба?)", "part %s of the XLSX file expands hundreds of times — it is not a real spreadsheet (a zip bomb?)"},
	"xlsx_no_sheet":      {"няма лист %s", "no sheet %s"},
	"xlsx_no_rows":       {"листът няма редове", "the sheet has no rows"},
	"xlsx_merged":        {"обединени клетки в заглавния ред (%s); разделете ги", "merged cells in the header row (%s); unmerge them"},
	"json_syntax":        {"невалиден JSON при байт %s", "invalid JSON at byte %s"},
	"json_too_deep":      {"JSON е вложен твърде дълбоко (над 10 000 нива) при байт %s; експортът трябва да е списък от записи", "the JSON is nested too deep (over 10,000 levels) at byte %s; an export must be a list of records"},
	"json_truncated":     {"JSON-ът свършва преждевременно при байт %s (прекъснат файл?)", "the JSON ends early at byte %s (truncated file?)"},
	"json_trailing":      {"след края на JSON масива/обекта има още съдържание от байт %s (втори масив?); нищо не е импортирано", "more content after the end of the JSON array/object from byte %s (a second array?); nothing was imported"},
	"json_duplicate_key": {"ключът се среща повече от веднъж в записа (или се различава само по главни/малки букви или интервали): %s", "the key appears more than once in the record (or differs only in case or surrounding spaces): %s"},
	"json_object":        {"очаква се масив от обекти или по един обект на ред (NDJSON), а файлът е един обект%s", "expected an array of objects or one object per line (NDJSON), found a single object%s"},
	"json_not_object":    {"елементът не е обект", "the element is not an object"},
	"json_nested":        {"вложена стойност (обект или масив) не се поддържа", "nested values (object or array) are not supported"},
	"io":                 {"грешка при четене: %s", "read error: %s"},
}

func newErr(file string, row int, column, value, code, detail string) *Problem {
	return words.Problem(file, row, column, value, code, detail, detail)
}

// NewProblem is a finding in the readers' words: the import names by them a file it cannot read
// and one that holds no data rows.
func NewProblem(file string, row int, column, value, code, detail string) *Problem {
	return newErr(file, row, column, value, code, detail)
}
