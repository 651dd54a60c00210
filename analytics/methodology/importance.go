package methodology

// Importance orders indicators for reading: satisfaction first, then deadlines, then complaints
// and signals, then service and the rest (by id). Reports and tables list them in this order.
var Importance = []string{
	"SAT_IDX", "SAT_PCT", "NPS",
	"SVC_ONTIME", "SPC_ONTIME", "SVC_TTR", "SPC_TTR", "SVC_OPEN_OVERDUE", "SPC_OPEN_OVERDUE", "SVC_TIME_RATIO",
	"SPC_UPHELD", "CARD_NEG", "SPC_COUNT_COMPLAINT", "SPC_COUNT_SIGNAL", "SPC_COUNT", "SPC_NOTIFY",
	"WAIT_OK", "DIG_UPTAKE", "MS_SCORE", "MS_PASS", "SVC_CANCELLED", "SVC_COUNT",
}

// ImportanceOrder gives each of the catalogue's indicators its place in reading order.
func (c *Catalog) ImportanceOrder() map[string]int {
	out := map[string]int{}
	for i, id := range Importance {
		out[id] = i
	}
	for i, id := range c.IDs() {
		if _, ok := out[id]; !ok {
			out[id] = len(Importance) + i
		}
	}
	return out
}
