package methodology

import (
	"fmt"
	"strings"
	"time"
)

// Dimension is a breakdown the UI, exports and CLI may ask for. Only these reach SQL, as fixed column names.
type Dimension string

const (
	ByDepartment Dimension = "department"
	ByService    Dimension = "service"
	ByChannel    Dimension = "channel"
	ByGroup      Dimension = "group"
	ByMethod     Dimension = "method"
	// ByMunicipality compares municipalities: only a pooled database (otzvuk pool) has it.
	ByMunicipality Dimension = "municipality"
)

// Dimensions in their canonical order.
var Dimensions = []Dimension{ByDepartment, ByService, ByChannel, ByGroup, ByMethod, ByMunicipality}

var dimensionColumn = map[Dimension]string{
	ByDepartment: "department_code", ByService: "service_code", ByChannel: "channel",
	ByGroup: "respondent_group", ByMethod: "method", ByMunicipality: "municipality",
}

// ParseDimensions reads "department,channel" into known dimensions, in canonical order.
func ParseDimensions(s string) ([]Dimension, error) {
	want := map[Dimension]bool{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		d := Dimension(part)
		if _, ok := dimensionColumn[d]; !ok {
			return nil, fmt.Errorf("unknown dimension %q (department, service, channel, group, method, municipality)", part)
		}
		want[d] = true
	}
	var out []Dimension
	for _, d := range Dimensions {
		if want[d] {
			out = append(out, d)
		}
	}
	return out, nil
}

// Query asks for indicator values: indicators × dimensions × grain × date range × filters.
type Query struct {
	Indicators []string
	By         []Dimension
	Grain      Grain
	From, To   time.Time              // inclusive calendar dates; zero means unbounded
	Filters    map[Dimension][]string // codes to keep, per dimension
	Today      time.Time              // "now" for open items; zero means the real today in Sofia
}

func (q Query) has(d Dimension) bool {
	for _, x := range q.By {
		if x == d {
			return true
		}
	}
	return false
}

// Bounds on the filters of a query: the window's lists are a few dozen codes; anything far larger
// is not a filter a person chose, and would make every query text (and its plan) huge.
const (
	MaxFilterValues     = 500
	MaxFilterValueBytes = 256
)

// FilterError names the dimension whose filter is over a limit, in both languages.
type FilterError struct {
	Dimension Dimension
	Count     int  // values given
	TooLong   bool // a value is over MaxFilterValueBytes (else: too many values)
}

func (e *FilterError) Error() string {
	if e.TooLong {
		return fmt.Sprintf("филтърът по %s съдържа стойност над %d байта / the %s filter holds a value over %d bytes",
			e.Dimension, MaxFilterValueBytes, e.Dimension, MaxFilterValueBytes)
	}
	return fmt.Sprintf("филтърът по %s има %d стойности — над границата от %d / the %s filter has %d values — above the limit of %d",
		e.Dimension, e.Count, MaxFilterValues, e.Dimension, e.Count, MaxFilterValues)
}

// CheckFilter bounds one dimension's filter list.
func CheckFilter(d Dimension, values []string) error {
	if len(values) > MaxFilterValues {
		return &FilterError{Dimension: d, Count: len(values)}
	}
	for _, v := range values {
		if len(v) > MaxFilterValueBytes {
			return &FilterError{Dimension: d, Count: len(values), TooLong: true}
		}
	}
	return nil
}
