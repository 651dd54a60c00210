package cli

import (
	"context"
	"fmt"
	"io"

	"otzvuk/analytics/store"
)

// A pooled database (otzvuk pool) is derived from packages: it holds the record views' values and
// dates, department and service names and coverage — no single records, texts, imports,
// quarantine, settings or actions. A subcommand that needs one of those refuses it here, naming
// what a pool lacks, before any work (never DuckDB's "Catalog Error").

// poolLacks is, per subcommand, what it needs that a pool does not hold (Bulgarian, English).
var poolLacks = map[string][2]string{
	"import": {"тя се изгражда от пакети и не приема импорт; импортирайте в базата на общината, изнесете пакета (otzvuk export-parquet) и обединете отново",
		"it is built from packages and takes no import; import into the municipality's database, export its package (otzvuk export-parquet) and pool again"},
	"demo": {"в нея не се записва демо; обединено демо дава otzvuk demo --pooled --out ПАПКА",
		"no demo is written into it; a pooled demo is otzvuk demo --pooled --out DIR"},
	"demo --remove": {"няма демо за премахване в нея; обединете отново без демо пакетите",
		"there is no demo to remove from it; pool again without the demo packages"},
	"quarantine": {"пакетите не носят отхвърлени редове; карантината остава в базата на всяка община",
		"packages carry no rejected rows; the quarantine stays in each municipality's database"},
	"drivers": {"пакетите не носят отделните отговори на анкетите, а ключовите фактори се изчисляват от тях; изпълнете drivers в базата на общината",
		"packages carry no single survey responses, which key drivers are computed from; run drivers on the municipality's database"},
	"backlog": {"пакетите не носят отделните записи на регистрите, които кохортата проследява; изпълнете backlog в базата на общината",
		"packages carry no single register entries, which the cohort follows; run backlog on the municipality's database"},
	"publish": {"публичният сайт се публикува от базата на една община (пакетите нямат сроковете на услугите и текстовете)",
		"the public site is published from one municipality's database (packages carry no service deadlines or texts)"},
	"export-parquet": {"тя не е източник на пакет; пакетите на общините вече са изнесени",
		"it is no source of a package; the municipalities' packages are exported already"},
	"settings": {"тя няма собствени настройки; името и ЕКАТТЕ на всяка община идват от пакета ѝ",
		"it has no settings of its own; each municipality's name and EKATTE come from its package"},
}

// refusePooled prints the refusal and returns true when s is a pooled database and cmd needs what
// a pool lacks.
func refusePooled(ctx context.Context, s *store.Store, cmd string, stderr io.Writer) bool {
	if !s.Pooled(ctx) {
		return false
	}
	why, ok := poolLacks[cmd]
	if !ok {
		return false
	}
	fmt.Fprintf(stderr, "otzvuk %s: %s е обединена база (otzvuk pool): %s\notzvuk %s: %s is a pooled database (otzvuk pool): %s\n",
		cmd, s.Path, why[0], cmd, s.Path, why[1])
	return true
}
