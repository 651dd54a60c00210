package ingest

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// MaxMapEntries bounds a profile's value map (a lookup table, not a database).
const MaxMapEntries = 10000

// maxListed is how many allowed values a rejection names; the rest are counted.
const maxListed = 10

var allowedCache sync.Map // *FieldMap → its bounded list of allowed values

// allowedValues is the bounded list of a strict map's keys, made once per profile field.
func allowedValues(fm *FieldMap) string {
	if v, ok := allowedCache.Load(fm); ok {
		return v.(string)
	}
	keys := append([]string(nil), fm.mapKeys...) // as written in the profile, not lower-cased
	v, _ := allowedCache.LoadOrStore(fm, boundedList(keys))
	return v.(string)
}

// boundedList names at most maxListed values (sorted) and counts the rest, in both languages
// (the two parts go to the two %s of unknown_value).
func boundedList(values []string) string {
	sort.Strings(values)
	if len(values) <= maxListed {
		return strings.Join(values, ", ")
	}
	return strings.Join(values[:maxListed], ", ") + listSep + strconv.Itoa(len(values)-maxListed)
}

// listSep separates the parts of a detail that fill more than one %s of a message.
const listSep = "\x1f"
