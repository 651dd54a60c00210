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
)

// Dimensions in their canonical order.
var Dimensions = []Dimension{ByDepartment, ByService, ByChannel, ByGroup, ByMethod}

var dimensionColumn = map[Dimension]string{
	ByDepartment: "department_code", ByService: "service_code", ByChannel: "channel",
	ByGroup: "respondent_group", ByMethod: "method",
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
			return nil, fmt.Errorf("unknown dimension %q (department, service, channel, group, method)", part)
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
