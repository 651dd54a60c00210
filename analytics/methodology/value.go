package methodology

import "encoding/json"

// Value is one indicator value for one period and one combination of dimension values.
// A nil dimension field means "all": the municipal total is the row with every requested dimension nil.
type Value struct {
	Indicator string `json:"indicator"`
	Period    string `json:"period"`
	Unit      string `json:"unit"`
	DateBasis string `json:"date_basis"` // which date puts a record in the period (submitted, completed, …)

	// Complete is false for a period not over yet or not wholly covered by its record kind's
	// data; Coverage says how much is covered, in months ("1/3").
	Complete bool   `json:"complete"`
	Coverage string `json:"coverage"`

	Department     *string `json:"-"`
	DepartmentCode *string `json:"-"`
	Service        *string `json:"-"`
	ServiceCode    *string `json:"-"`
	Channel        *string `json:"-"`
	Group          *string `json:"-"`
	Method         *string `json:"-"`
	// Municipality is the municipality's key (EKATTE code or transliterated name) in a pooled database.
	Municipality     *string `json:"-"`
	MunicipalityName *string `json:"-"`

	Value  *float64 `json:"value"`
	Note   string   `json:"note,omitempty"` // why value is null where there were records: not_finite
	N      int64    `json:"n"`
	CILow  *float64 `json:"ci_low"`
	CIHigh *float64 `json:"ci_high"`
	// CIClipped: the t interval ran past the unit's range (0–100 for an index) and was cut to it.
	CIClipped   bool `json:"ci_clipped,omitempty"`
	SmallSample bool `json:"small_sample"`

	Previous            *float64 `json:"previous"`
	PreviousDelta       *float64 `json:"previous_delta"`
	PreviousSignificant *bool    `json:"previous_significant"`
	YearAgo             *float64 `json:"year_ago"`
	YearAgoDelta        *float64 `json:"year_ago_delta"`
	YearAgoSignificant  *bool    `json:"year_ago_significant"`
	// The tests' two-sided p-values and their Benjamini–Hochberg q-values within the family the
	// value was shown in (fdr.go); a significance is q ≤ the level. Nil where no test applies.
	PreviousP *float64 `json:"previous_p"`
	PreviousQ *float64 `json:"previous_q"`
	YearAgoP  *float64 `json:"year_ago_p"`
	YearAgoQ  *float64 `json:"year_ago_q"`
	// A partial period is never compared with a whole one: PreviousWithheld says the previous
	// comparison was left out because one side is partial; YearAgoSameSpan says year_ago covers
	// only the same calendar days a year earlier (YearAgoFrom…YearAgoTo, year to date);
	// YearAgoWithheld that the comparison was left out.
	PreviousWithheld bool   `json:"previous_withheld"`
	YearAgoSameSpan  bool   `json:"year_ago_same_span"`
	YearAgoFrom      string `json:"year_ago_from,omitempty"`
	YearAgoTo        string `json:"year_ago_to,omitempty"`
	YearAgoWithheld  bool   `json:"year_ago_withheld"`

	Rank   *int   `json:"rank"`   // among departments (1 = best), small samples excluded
	Status string `json:"status"` // on_target | warning | off_target | "" (no target or no value)

	dims []Dimension
	// what the significance tests need
	successes  float64 // shares: k of N
	sd         float64 // means: sample standard deviation
	testable   string  // "share", "mean" or ""
	yearAgoSE  float64 // standard error of YearAgoDelta (0: none)
	previousSE float64 // standard error of PreviousDelta (0: none)
}

// Shown is a significance as tables and tiles show it: none for a small sample, whose change is
// not compared (as rankings and SignificantChanges leave small samples out). The API keeps both.
func (v Value) Shown(significant *bool) *bool {
	if v.SmallSample {
		return nil
	}
	return significant
}

// YearAgoInterval is the 95 % interval of the change against a year earlier (normal
// approximation: the same standard error as the test); ok is false where no test applies.
func (v Value) YearAgoInterval() (low, high float64, ok bool) {
	if v.YearAgoDelta == nil || v.yearAgoSE <= 0 {
		return 0, 0, false
	}
	return *v.YearAgoDelta - 1.96*v.yearAgoSE, *v.YearAgoDelta + 1.96*v.yearAgoSE, true
}

// YearAgoZ is the change against a year earlier in standard errors (0 where no test applies):
// one scale for changes of indicators in different units.
func (v Value) YearAgoZ() float64 {
	if v.YearAgoDelta == nil || v.yearAgoSE <= 0 {
		return 0
	}
	return *v.YearAgoDelta / v.yearAgoSE
}

// PreviousZ is the change against the previous period in standard errors (0: no test).
func (v Value) PreviousZ() float64 {
	if v.PreviousDelta == nil || v.previousSE <= 0 {
		return 0
	}
	return *v.PreviousDelta / v.previousSE
}

// Dims are the dimensions this value is broken down by (a mix indicator adds its own).
func (v Value) Dims() []Dimension { return v.dims }

// IsTotal tells whether this is the municipal total (no dimension value set).
func (v Value) IsTotal() bool {
	return v.Department == nil && v.Service == nil && v.Channel == nil && v.Group == nil && v.Method == nil && v.Municipality == nil
}

// MarshalJSON writes a flat object with one key per requested dimension (null for the total).
func (v Value) MarshalJSON() ([]byte, error) {
	type plain Value
	base, err := json.Marshal(plain(v))
	if err != nil {
		return nil, err
	}
	m := map[string]json.RawMessage{}
	if err := json.Unmarshal(base, &m); err != nil {
		return nil, err
	}
	put := func(k string, s *string) {
		b, _ := json.Marshal(s)
		m[k] = b
	}
	for _, d := range v.dims {
		switch d {
		case ByDepartment:
			put("department", v.Department)
			put("department_code", v.DepartmentCode)
		case ByService:
			put("service", v.Service)
			put("service_code", v.ServiceCode)
		case ByChannel:
			put("channel", v.Channel)
		case ByGroup:
			put("group", v.Group)
		case ByMethod:
			put("method", v.Method)
		case ByMunicipality:
			put("municipality", v.Municipality)
			put("municipality_name", v.MunicipalityName)
		}
	}
	return json.Marshal(m)
}
