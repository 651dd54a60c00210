package cli

import (
	"fmt"

	"otzvuk/analytics/format"
)

// The CLI's sentences, each in Bulgarian and English, by key. A terminal has no language switch,
// so a message prints both, Bulgarian first: "bg / en" on one line (say) or one line per language
// (printArgError). words_test.go holds that every key has both, each in its own script, and the
// same verbs for the same arguments.
var words = map[string][2]string{
	"cancelled": {"прекъснато", "cancelled"},

	// settings
	"notSet":         {"не е посочен", "not set"},
	"poolUnreadable": {"обединената база не може да бъде прочетена", "the pooled database cannot be read"},

	// opening the database, the catalogue and the themes (database.go)
	"catalogue":       {"каталог", "catalogue"},
	"themes":          {"теми", "themes"},
	"themesNextUse":   {"темите на коментарите ще се изчислят при следващото отваряне", "the comments' themes will be computed on the next use"},
	"cubesFirstQuery": {"сборните статистики ще се изчислят при първата заявка", "the summary statistics will be computed on the first query"},
	"summaries":       {"обобщения", "summaries"},
	"diskFull":        {"дискът с базата данни %s е пълен", "the disk holding the database %s is full"},

	// themes
	"themesPooled":   {"обединената база няма коментари (пакетите не носят текстове)", "a pooled database has no comments (packages carry no texts)"},
	"partial":        {"непълен", "partial"},
	"sameSpanNote":   {"непълен период: спрямо същите дни година по-рано, %s … %s", "a partial period: against the same days a year earlier, %s … %s"},
	"municipality":   {"община", "municipality"},
	"driversHeading": {"Ключови фактори — %s, %s", "key drivers of the overall rating — %s, %s"},
	"inYear":         {"%s г.", "%s"},
	"everyYear":      {"всички години (%s … %s)", "every year (%s … %s)"},
	"noResponses":    {"няма отговори", "no responses"},
	"driversHidden":  {"скрито (под %d пълни отговора)", "hidden (fewer than %d complete responses)"},

	// the commands' refusals and reports
	"toBeforeFrom":       {"--to %s е преди --from %s", "--to %s is before --from %s"},
	"registerEmpty":      {"регистърът %s е празен", "the %s register is empty"},
	"rangeEmpty":         {"в поискания период няма данни (данните са от %s)", "the requested range holds no data (the data run %s)"},
	"rangeCut":           {"периодът е ограничен до данните: %s … %s (данните са от %s)", "the range was cut to the data: %s … %s (the data run %s)"},
	"unknownEngine":      {"непознат енджин %q (duckdb, clickhouse)", "unknown engine %q (duckdb, clickhouse)"},
	"clickhousePackages": {"за clickhouse посочете пакетите", "for clickhouse give the PACKAGE_DIRs"},
	"notPooled":          {"%s не е обединена база (otzvuk pool)", "%s is not a pooled database (otzvuk pool)"},
	"untranslatable":     {"не се превежда", "cannot be translated"},
	"unknownCommand":     {"непозната команда %q", "unknown command %q"},
	"noDemo":             {"%s не съдържа демо данни", "%s holds no demo data"},
	"demoNotRemoved":     {"демото не е премахнато, базата е непроменена", "the demo was not removed, the database is unchanged"},
	"giveOutDir":         {"посочете --out ПАПКА", "give --out DIR"},
	"unknownDepartment":  {"--department: непознат отдел %q (има: %s)", "unknown department %q (known: %s)"},
	"giveOutFolder":      {"посочете --out ПАПКА", "give --out FOLDER"},
	"folderNotCreated":   {"папката %s не може да бъде създадена", "the folder %s cannot be created"},
	"maxRejectRate":      {"посочете число от 0 до 1 (0 = нито един отхвърлен ред)", "give a number from 0 to 1 (0 = no row may be rejected)"},
	"replaceOrNewBatch":  {"--replace и --as-new-batch се изключват взаимно — изберете едното", "--replace and --as-new-batch exclude each other — choose one"},
	"giveInput":          {"посочете файл", "give at least one input file"},
	"isTemplate":         {"%s е шаблон за въвеждане на Отзвук — импортирайте го както е, без профил: otzvuk import --db БАЗА %s", "%s is an Otzvuk entry template — import it as it is, with no profile: otzvuk import --db DB %s"},
	"templateMapping":    {"Вграденото съответствие на шаблона (не е нужно да го записвате)", "The template's built-in mapping (no need to save it)"},
	"unsureFields":       {"%d полета с ??? — проверете ги", "%d fields marked ??? — check them"},
	"profileRequired":    {"липсва --profile", "--profile is required (or --suggest to get one)"},
	"importCancelled":    {"прекъснато, нищо не е импортирано", "cancelled, nothing was imported"},
	"notImported":        {"НЕ Е ИМПОРТИРАН", "NOT IMPORTED"},
	"andMore":            {"и още %d", "and %d more"},
	"inQuarantine":       {"в карантината", "in the quarantine"},
	"conflictingCopies":  {"конфликтни копия (един запис е запазен)", "conflicting copies (one record kept)"},
	"andMoreKeys":        {"и още %d ключа", "and %d more keys"},
	"rebuildOrCheck":     {"посочете --rebuild или --check", "give --rebuild or --check"},
	"cubesNotRebuilt":    {"сборните статистики не бяха изградени", "the summary statistics were not rebuilt"},
	"noCubes":            {"Няма сборни статистики за изграждане (малка, обединена или само за четене база)", "No summary statistics to build (a small, pooled or read-only database)"},
	"cubesRebuilt":       {"Изградени сборни статистики", "summary statistics rebuilt"},
	"differs":            {"различава се от записите", "differs from the records"},
	"cubesChecked":       {"Проверени сборни статистики", "summary statistics checked"},
	"differing":          {"с разлики", "differing"},
	"poolArgs":           {"посочете --out ФАЙЛ и поне един пакет", "give --out FILE and at least one PACKAGE_DIR"},
	"kRange":             {"посочете число от 2 до 1000", "give a number from 2 to 1000"},
	"giveOutHTML":        {"посочете --out FILE.html", "give --out FILE.html"},
	"reportCancelled":    {"прекъснато, файловете не са променени", "cancelled, the files are unchanged"},
	"quarantineWritten":  {"%d отхвърлени клетки записани в %s", "%d rejected cells written to %s"},
	"indicatorOrValues":  {"дайте или --indicator ID (с --db), или --values ФАЙЛ.csv", "give either --indicator ID (with --db) or --values FILE.csv"},
	"indicatorFlags":     {"--department, --from и --to са за --indicator", "--department, --from and --to go with --indicator"},
	"badDirection":       {"--direction: %q не е higher, lower или none", "%q is not higher, lower or none"},
	"badTarget":          {"--target: %q не е число", "%q is not a number"},
	"cannotOpenFile":     {"файлът не може да се отвори", "cannot open the file"},
	"yearNotOver":        {"%d г. още не е завършила — числата са до днес", "%d is not over yet — the numbers run to today"},

	// flags and tables
	"usage":           {"Употреба на %s", "usage of %s"},
	"unknownFlag":     {"непознат флаг %s", "unknown flag %s (otzvuk help)"},
	"flagNeedsValue":  {"флагът %s иска стойност", "the flag %s needs a value"},
	"badFlagSyntax":   {"неправилен флаг %q", "bad flag syntax %q"},
	"invalidValue":    {"неправилна стойност %s за -%s (очаква се %s)", "invalid value %s for -%s (%s expected)"},
	"invalidBool":     {"неправилна стойност %s за -%s (очаква се true или false)", "invalid value %s for -%s (true or false expected)"},
	"invalidBoolFlag": {"неправилна стойност за -%s (очаква се true или false)", "invalid value for -%s (true or false expected)"},
	"badArguments":    {"неправилни аргументи", "bad arguments"},
	"columnsHidden":   {"%d колони не са показани", "%d columns not shown"},
	"columnHidden":    {"%d колона не е показана", "%d column not shown"},
	"hiddenAndCut":    {"%s, дългите текстове са съкратени с „…“ — --wide показва всичко", "%s, long texts shortened with \"…\" — --wide shows everything"},
	"hidden":          {"%s — --wide показва всички", "%s — --wide shows them all"},
	"cut":             {"дългите текстове са съкратени с „…“ — --wide ги показва цели", "long texts shortened with \"…\" — --wide shows them whole"},

	// what the commands report
	"pooledDemo":       {"Обединено демо", "pooled demo"},
	"municipalities":   {"общини", "municipalities"},
	"packagesIn":       {"пакети", "packages in"},
	"records":          {"записа", "records"},
	"pooledDatabase":   {"Обединена база", "pooled database"},
	"published":        {"Публикувано за %d г.", "Published for %d"},
	"files":            {"файла", "files"},
	"suppressed":       {"%d от %d клетки скрити при k = %d", "%d of %d cells suppressed at k = %d"},
	"annualReport":     {"Годишен доклад за %d г.", "Annual report for %d"},
	"departments":      {"отдела", "departments"},
	"indicators":       {"показателя", "indicators"},
	"unknownIndicator": {"--indicator: непознат показател %s%s (вижте otzvuk catalog)", "unknown indicator %s%s (see otzvuk catalog)"},
	"municipalityName": {"Община", "Municipality"},
	"ekatte":           {"ЕКАТТЕ", "EKATTE"},
	"key":              {"Ключ", "Key"},
	"preparedBy":       {"Изготвил", "Prepared by"},
	"approvedBy":       {"Утвърдил", "Approved by"},
	"email":            {"Ел. поща", "E-mail"},
	"website":          {"Уебсайт", "Website"},
	"coatOfArms":       {"Герб", "Coat of arms"},
	"fdrLevel":         {"Ниво на FDR", "FDR level"},

	// bad values of flags (argErr: one line per language)
	"badDate":               {"%s: неправилна дата %q (очаква се ГГГГ-ММ-ДД, напр. 2025-01-31)", "%s: bad date %q (YYYY-MM-DD expected, e.g. 2025-01-31)"},
	"unknownGrain":          {"--grain: непозната стъпка %q (month, quarter, year)", "--grain: unknown grain %q (month, quarter, year)"},
	"unknownFormat":         {"--format: непознат формат %q (%s)", "--format: unknown format %q (%s)"},
	"unknownLang":           {"--lang: непознат език %q (bg, en)", "--lang: unknown language %q (bg, en)"},
	"fromAfterTo":           {"--from %s е след --to %s; разменете ги", "--from %s is after --to %s; swap them"},
	"unknownDepartmentCode": {"--department: непознат отдел %q (отделите в базата: %s)", "--department: unknown department %q (the database's departments: %s)"},
	"extraArgument":         {"излишен аргумент %q", "unexpected argument %q"},
	"importNumber":          {"--import %d: номерът на импорт е положително число", "--import %d: an import's number is a positive number"},
	"yearRange":             {"--year %d: посочете година от 2000 до %d", "--year %d: give a year from 2000 to %d"},
	"unknownDimension":      {"--by: непознато разрязване в %q (department, service, channel, group, method, municipality)", "--by: unknown dimension in %q (department, service, channel, group, method, municipality)"},
	"bootstrapRange":        {"--bootstrap %d: посочете от %d до %d повторения (0 = без интервали)", "--bootstrap %d: give %d to %d resamples (0 = no intervals)"},
	"noSuchImport":          {"--import %d: няма такъв импорт в базата (номерата са в колоната import_id)", "--import %d: there is no such import in the database (the numbers are in the column import_id)"},
}

// say is a sentence in both languages, "bg / en", each filled with the same arguments.
func say(key string, a ...any) string {
	w := wordsOf(key)
	return fmt.Sprintf(w[0], a...) + " / " + fmt.Sprintf(w[1], a...)
}

// in is the sentence in one language (format.In: anything but en is bg).
func in(lang, key string, a ...any) string {
	w := wordsOf(key)
	return fmt.Sprintf(format.In(lang, w[0], w[1]), a...)
}

// wordsOf is a key's sentence; a key without one is a bug words_test.go finds before a user does.
func wordsOf(key string) [2]string {
	w, ok := words[key]
	if !ok {
		panic("cli: no words for " + key)
	}
	return w
}
