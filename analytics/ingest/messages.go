package ingest

import (
	"fmt"
	"strings"

	"otzvuk/analytics/ingest/read"
)

// words: the reasons of the mapping, the checks and the load — a code → its Bulgarian and English
// text; %s is the detail (the readers' reasons are in analytics/ingest/read's messages.go).
var words = read.Words{
	"nul_byte":            {"клетката съдържа нулев байт (знак с код 0) — файлът е повреден или не е текстов", "the cell holds a NUL byte (U+0000) — the file is damaged or not text"},
	"ragged_row":          {"редът има %s", "the row has %s"},
	"missing_column":      {"липсва колона, която профилът изисква", "a column the profile needs is missing"},
	"missing_column_near": {"липсва колона, която профилът изисква; най-близкото заглавие във файла е %s", "a column the profile needs is missing; the closest header in the file is %s"},
	"lookalike_column":    {"липсва колона, която профилът изисква: %s", "a column the profile needs is missing: %s"},
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
	"key_stored_twice":  {"импортът би записал ключове по два пъти (брой: %s) — грешка в Отзвук, не във файла; нищо не е импортирано", "the import would store keys twice (%s of them) — a fault in Otzvuk, not in the file; nothing was imported"},
	"already_imported":  {"същият файл вече е импортиран (%s); нищо не е добавено", "the same file was already imported (%s); nothing was added"},
	"temp_full":         {"временната папка %s е пълна: импортът не може да запише междинния си файл; освободете място на диска и опитайте отново — нищо не е импортирано", "the temporary folder %s is full: the import cannot write its staging file; free some disk space and try again — nothing was imported"},
	"db_full":           {"дискът с базата данни %s е пълен: импортът не е записан и нищо не е импортирано; освободете място и опитайте отново", "the disk holding the database %s is full: the import was not committed and nothing was imported; free some space and try again"},
	"temp_unwritable":   {"във временната папка %s не може да се пише: импортът не може да запише междинния си файл; нищо не е импортирано", "the temporary folder %s cannot be written: the import cannot write its staging file; nothing was imported"},
}

// conflictProblem describes a conflicting copy: the key, the row kept instead and the columns that differ.
func conflictProblem(file string, row, kept int, key string, cols []string, rule string) *read.Problem {
	differ := strings.Join(cols, ", ")
	ruleBG := map[string]string{"keep_most_complete": "най-пълният ред", "keep_last": "последният ред", "keep_first": "първият ред"}[rule]
	ruleEN := map[string]string{"keep_most_complete": "the most complete row", "keep_last": "the last row", "keep_first": "the first row"}[rule]
	return &read.Problem{File: file, Row: row, Column: differ, Value: read.Clip(key, 200), Code: "conflicting_copy", Kind: "conflict",
		BG: fmt.Sprintf("конфликтно копие: ключ %s се повтаря с различно съдържание (различава се: %s); запазен е ред %d (%s, on_conflict: %s)", key, differ, kept, ruleBG, rule),
		EN: fmt.Sprintf("conflicting copy: key %s repeats with different content (differs in: %s); row %d was kept (%s, on_conflict: %s)", key, differ, kept, ruleEN, rule)}
}

func newErr(file string, row int, column, value, code, detail string) *read.Problem {
	return newErrBi(file, row, column, value, code, detail, detail)
}

// newErrBi is newErr with a detail of its own for each language (a field's name, a count in words).
func newErrBi(file string, row int, column, value, code, detailBG, detailEN string) *read.Problem {
	// a bounded list: the values shown, then how many more
	if more, n, ok := strings.Cut(detailBG, listSep); ok {
		detailBG = more + " … и още " + n
	}
	if more, n, ok := strings.Cut(detailEN, listSep); ok {
		detailEN = more + " … and " + n + " more"
	}
	return words.Problem(file, row, column, value, code, detailBG, detailEN)
}
