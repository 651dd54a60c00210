// Package publish writes the public results: a static, offline, accessible site for the
// municipality's website and an open-data package (CSV, JSON, README, DCAT-AP 3.0 JSON-LD and the
// Bulgarian open-data portal's metadata sheet). Both hold aggregates only, anonymised by
// construction: a cell of fewer than k responses is suppressed, and so is any cell that would let
// it be recovered by subtraction from a published total. No free text, names or identifiers.
package publish

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"otzvuk/analytics/compare"
	"sort"
	"strconv"
	"time"

	"otzvuk/analytics/drivers"
	"otzvuk/analytics/ingest"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/report"
	"otzvuk/analytics/store"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// DefaultK is the smallest number of responses a published cell may rest on.
const DefaultK = 10

// Options choose what is published.
type Options struct {
	Year         int
	Lang         string // bg (default) or en
	K            int    // default DefaultK
	Municipality string
	Version      string
	BOM          bool   // CSV files start with a UTF-8 byte order mark (Excel reads Cyrillic right)
	Contact      string // support e-mail for the portal's metadata; default: the one in settings
	Website      string // the municipality's web page; default: the one in settings
	EKATTE       string // the municipality's EKATTE code (the DCAT spatial coverage); default: the one in settings
	Now          time.Time
}

// Indicators are the ones published, per department and service.
var Indicators = []string{"SAT_IDX", "SVC_ONTIME"}

// Cell is one published number with the responses it rests on; a suppressed cell shows neither.
type Cell struct {
	Value, Low, High *float64
	N                int64
	Suppressed       bool
}

// Row is one indicator of the municipality, a department or a service in the year.
type Row struct {
	Level                    string // municipality, department, service
	DeptCode, DeptName       string
	ServiceCode, ServiceName string
	Indicator, Name, Unit    string
	Target                   *float64
	DeadlineDays             *int // the service's ordinary deadline standard
	Cur, Prev                Cell
	Change                   *float64 // both years published
	// Significant: the change survives the Benjamini–Hochberg correction over the site's family
	// (every published municipality and department row of the year); nil where it was not tested.
	Significant *bool
	Direction   string // higher, lower, none: which way is better
	Small       bool   // below the indicator's own minimum sample: read with care
}

// Theme is how many comments of a department (or all) mention a theme; the comments never leave.
type Theme struct {
	Level, DeptCode, ID, Name string
	Count                     Cell
}

// Driver is one of the top drivers of the overall rating (relative weight, % of R²).
type Driver struct {
	Level, DeptCode, ID, Name string
	Percent                   float64
	Rank                      int
}

// Method says whether a feedback method was used in the year (no counts: they may be small).
type Method struct {
	ID, Name  string
	Mandatory bool
	Used      bool
}

// Data is everything published.
type Data struct {
	Options
	Rows        []Row
	Themes      []Theme
	Drivers     []Driver
	Methods     []Method
	Departments []struct{ Code, Name string }
	Demo        bool
	CoatOfArms  *store.CoatOfArms // the site's header shows it; from the settings, nil when none
}

func (o *Options) norm() {
	if o.Lang != "en" {
		o.Lang = "bg"
	}
	if o.K <= 0 {
		o.K = DefaultK
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
}

type key struct{ dept, svc string }

// Build computes the published aggregates and applies the suppression.
func Build(ctx context.Context, db *sql.DB, cat *methodology.Catalog, themes *text.Themes, o Options) (*Data, error) {
	o.norm()
	if o.Year < 2000 || o.Year > 2100 {
		return nil, fmt.Errorf("година %d извън обхвата / year %d out of range", o.Year, o.Year)
	}
	// the contact point and the place, from the municipality's settings unless given
	if c, err := store.GetContact(ctx, db); err == nil {
		if o.Contact == "" {
			o.Contact = c.Email
		}
		if o.Website == "" {
			o.Website = c.Website
		}
	}
	if m, err := store.GetMunicipality(ctx, db); err == nil && o.EKATTE == "" {
		o.EKATTE = m.EKATTE
	}
	if err := (store.Contact{Email: o.Contact, Website: o.Website}).Check(); err != nil {
		return nil, err
	}
	d := &Data{Options: o}
	if c, err := store.GetCoatOfArms(ctx, db); err == nil {
		d.CoatOfArms = c
	}
	years := []string{strconv.Itoa(o.Year - 1), strconv.Itoa(o.Year)}
	from := time.Date(o.Year-1, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(o.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	q := methodology.Query{Indicators: Indicators, Grain: methodology.Year, From: from, To: to, Today: to}
	q.By = []methodology.Dimension{methodology.ByDepartment}
	byDept, err := methodology.Compute(ctx, db, cat, q)
	if _, err = methodology.SplitSkipped(err); err != nil {
		return nil, err
	}
	// The site's family of tests: every municipality and department row of the year, compared with
	// the year before (docs/statistics.md); small samples are not tested.
	methodology.AdjustFamily(byDept, methodology.YearAgoTest, compare.FDRLevel(), func(v methodology.Value) bool {
		return v.Period == strconv.Itoa(o.Year) && !v.SmallSample
	})
	significant := map[string]*bool{} // indicator|department code ("" = municipality)
	for _, v := range byDept {
		if v.Period != strconv.Itoa(o.Year) || v.SmallSample {
			continue
		}
		code := ""
		if v.DepartmentCode != nil {
			code = *v.DepartmentCode
		}
		significant[v.Indicator+"|"+code] = v.YearAgoSignificant
	}
	q.By = []methodology.Dimension{methodology.ByDepartment, methodology.ByService}
	bySvc, err := methodology.Compute(ctx, db, cat, q)
	if _, err = methodology.SplitSkipped(err); err != nil {
		return nil, err
	}
	deadlines, err := serviceDeadlines(ctx, db)
	if err != nil {
		return nil, err
	}
	depts, err := methodology.Departments(ctx, db)
	if err != nil {
		return nil, err
	}
	sort.Slice(depts, func(i, j int) bool { return depts[i].Code < depts[j].Code })
	for _, dp := range depts {
		d.Departments = append(d.Departments, struct{ Code, Name string }{dp.Code, dp.Name})
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for _, ind := range Indicators {
		def := cat.Must(ind)
		name := def.Name.BG
		if o.Lang == "en" {
			name = def.Name.EN
		}
		// cells[year][level key]
		cells := map[string]map[key]*Cell{}
		small := map[key]bool{}
		labels := map[key][2]string{}
		for _, y := range years {
			cells[y] = map[key]*Cell{}
		}
		add := func(v methodology.Value, k key) {
			m := cells[v.Period]
			if m == nil {
				return
			}
			c := &Cell{Value: finite(v.Value), Low: finite(v.CILow), High: finite(v.CIHigh), N: v.N}
			if c.Value == nil {
				c.N = 0
			}
			m[k] = c
			if v.Period == years[1] {
				small[k] = v.SmallSample
			}
		}
		for _, v := range byDept {
			if v.Indicator != ind {
				continue
			}
			if v.IsTotal() {
				add(v, key{})
			} else if v.DepartmentCode != nil {
				k := key{dept: *v.DepartmentCode}
				add(v, k)
				labels[k] = [2]string{str(v.Department), ""}
			}
		}
		for _, v := range bySvc {
			if v.Indicator != ind || v.IsTotal() || v.DepartmentCode == nil {
				continue
			}
			svc := str(v.ServiceCode)
			if svc == "" || svc == methodology.Unknown {
				// records that name no service: a cell of the department like any other, with an
				// empty service_code in the open data (as its README says), not a service of the site
				svc = "-"
			}
			k := key{dept: *v.DepartmentCode, svc: svc}
			add(v, k)
			labels[k] = [2]string{str(v.Department), str(v.Service)}
		}
		for _, y := range years {
			suppressYear(cells[y], o.K)
		}
		var keys []key
		for k := range cells[years[1]] {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].dept != keys[j].dept {
				return keys[i].dept < keys[j].dept
			}
			return keys[i].svc < keys[j].svc
		})
		for _, k := range keys {
			cur := cells[years[1]][k]
			r := Row{Indicator: ind, Name: name, Unit: def.Unit, Target: def.Target, DeptCode: k.dept, DeptName: labels[k][0], Cur: *cur, Small: small[k] && !cur.Suppressed}
			switch {
			case k.dept == "":
				r.Level = "municipality"
			case k.svc == "":
				r.Level = "department"
			default:
				r.Level = "service"
				if k.svc != "-" {
					r.ServiceCode, r.ServiceName = k.svc, labels[k][1]
					if dl, ok := deadlines[k.svc]; ok {
						r.DeadlineDays = &dl
					}
				}
			}
			if p := cells[years[0]][k]; p != nil {
				r.Prev = *p
			} else {
				r.Prev = Cell{Suppressed: true}
			}
			if !r.Cur.Suppressed && !r.Prev.Suppressed && r.Cur.Value != nil && r.Prev.Value != nil {
				ch := *r.Cur.Value - *r.Prev.Value
				r.Change = &ch
				if r.Level != "service" {
					r.Significant = significant[ind+"|"+k.dept]
				}
			}
			r.Direction = def.Direction
			d.Rows = append(d.Rows, r)
		}
	}
	if err := d.buildThemes(ctx, db, themes); err != nil {
		return nil, err
	}
	if err := d.buildDrivers(ctx, db); err != nil {
		return nil, err
	}
	used, err := methodology.MethodsWithData(ctx, db, o.Year)
	if err != nil {
		return nil, err
	}
	for _, m := range methodology.MandatoryMethods {
		d.Methods = append(d.Methods, Method{ID: m, Name: report.MethodName(o.Lang, m), Mandatory: true, Used: used[m] > 0})
	}
	for _, m := range methodology.OptionalMethods {
		d.Methods = append(d.Methods, Method{ID: m, Name: report.MethodName(o.Lang, m), Used: used[m] > 0})
	}
	files, err := ingest.ImportedFiles(ctx, db)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		d.Demo = d.Demo || f.Demo
	}
	return d, nil
}

func finite(p *float64) *float64 {
	if p == nil || math.IsNaN(*p) || math.IsInf(*p, 0) {
		return nil
	}
	x := *p
	return &x
}

// suppressYear applies primary and secondary suppression to one year's cells: the municipal
// total {"",""}, the departments under it, and each department's services under the department.
func suppressYear(cells map[key]*Cell, k int) {
	total := cells[key{}]
	var depts []*Cell
	bySvc := map[string][]*Cell{}
	for kk, c := range cells {
		switch {
		case kk.dept == "":
		case kk.svc == "":
			depts = append(depts, c)
		default:
			bySvc[kk.dept] = append(bySvc[kk.dept], c)
		}
	}
	if total == nil {
		total = &Cell{}
		for _, c := range depts {
			total.N += c.N
		}
	}
	Suppress(total, depts, k)
	for dk, svcs := range bySvc {
		parent := cells[key{dept: dk}]
		if parent == nil {
			parent = &Cell{Suppressed: true}
		}
		Suppress(parent, svcs, k)
	}
}

// Suppress hides every cell of a group (cells that add up to total) with fewer than k responses,
// then more cells, smallest first, until no suppressed cell can be recovered by subtraction: at
// least two cells are hidden and together they rest on k or more responses. A total below k
// (or a suppressed total) hides the whole group.
func Suppress(total *Cell, cells []*Cell, k int) {
	if total.N < int64(k) || total.Suppressed {
		total.hide()
		for _, c := range cells {
			c.hide()
		}
		return
	}
	for _, c := range cells {
		if c.N < int64(k) {
			c.hide()
		}
	}
	sort.SliceStable(cells, func(i, j int) bool { return cells[i].N < cells[j].N })
	for {
		hidden, sum := 0, int64(0)
		for _, c := range cells {
			if c.Suppressed {
				hidden++
				sum += c.N
			}
		}
		if hidden == 0 || (hidden >= 2 && sum >= int64(k)) {
			return
		}
		var next *Cell
		for _, c := range cells {
			if !c.Suppressed {
				next = c
				break
			}
		}
		if next == nil {
			return
		}
		next.hide()
	}
}

// hide marks the cell suppressed; N stays for the suppression's sums but is never written out.
func (c *Cell) hide() {
	c.Suppressed = true
}

// Shown is the cell as published: no value, interval or n when suppressed.
func (c Cell) Shown() Cell {
	if c.Suppressed {
		return Cell{Suppressed: true}
	}
	return c
}

func serviceDeadlines(ctx context.Context, db *sql.DB) (map[string]int, error) {
	rows, err := db.QueryContext(ctx, `SELECT code, deadline_ordinary_days FROM services WHERE deadline_ordinary_days IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var c string
		var n int
		if err := rows.Scan(&c, &n); err != nil {
			return nil, err
		}
		out[c] = n
	}
	return out, rows.Err()
}

// buildThemes counts the themes of the year's comments per department and for all, suppressed
// like every other cell (each theme's departments add up to its municipal count).
func (d *Data) buildThemes(ctx context.Context, db *sql.DB, themes *text.Themes) error {
	if themes == nil {
		return nil
	}
	from := time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	comments, depts, err := voice.Load(ctx, db, from, to)
	if err != nil {
		return err
	}
	type tally struct {
		all   *Cell
		depts map[string]*Cell
		name  text.Name
	}
	by := map[string]*tally{}
	for i, c := range comments {
		for _, id := range themes.Match(c.Text) {
			t := by[id]
			if t == nil {
				th, _ := themes.Get(id)
				t = &tally{all: &Cell{}, depts: map[string]*Cell{}, name: th.Name}
				by[id] = t
			}
			t.all.N++
			dc := t.depts[depts[i]]
			if dc == nil {
				dc = &Cell{}
				t.depts[depts[i]] = dc
			}
			dc.N++
		}
	}
	var ids []string
	for id := range by {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t := by[id]
		var cells []*Cell
		for _, c := range t.depts {
			cells = append(cells, c)
		}
		Suppress(t.all, cells, d.K)
		name := t.name.BG
		if d.Lang == "en" {
			name = t.name.EN
		}
		d.Themes = append(d.Themes, Theme{Level: "municipality", ID: id, Name: name, Count: *t.all})
		var dks []string
		for dk := range t.depts {
			dks = append(dks, dk)
		}
		sort.Strings(dks)
		for _, dk := range dks {
			d.Themes = append(d.Themes, Theme{Level: "department", DeptCode: dk, ID: id, Name: name, Count: *t.depts[dk]})
		}
	}
	sort.SliceStable(d.Themes, func(i, j int) bool {
		a, b := d.Themes[i], d.Themes[j]
		if a.Level != b.Level {
			return a.Level == "municipality"
		}
		if a.DeptCode != b.DeptCode {
			return a.DeptCode < b.DeptCode
		}
		return a.Count.Shown().N > b.Count.Shown().N
	})
	return nil
}

// buildDrivers: the three heaviest drivers of the overall rating, for all and per department,
// where the analysis rests on k or more complete responses.
func (d *Data) buildDrivers(ctx context.Context, db *sql.DB) error {
	from, to := fmt.Sprintf("%d-01-01", d.Year), fmt.Sprintf("%d-12-31", d.Year)
	one := func(dept string) error {
		m, err := drivers.FromDB(ctx, db, dept, from, to, drivers.Options{Bootstrap: -1})
		if err != nil || m == nil || m.Hidden || m.N < d.K {
			return nil // too few responses: nothing is published
		}
		rows := append([]drivers.Row(nil), m.Drivers...)
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].Percent > rows[j].Percent })
		level := "municipality"
		if dept != "" {
			level = "department"
		}
		for i, r := range rows {
			if i == 3 || math.IsNaN(r.Percent) || math.IsInf(r.Percent, 0) {
				break
			}
			name := r.NameBG
			if d.Lang == "en" {
				name = r.NameEN
			}
			d.Drivers = append(d.Drivers, Driver{Level: level, DeptCode: dept, ID: r.Name, Name: name, Percent: r.Percent, Rank: i + 1})
		}
		return nil
	}
	if err := one(""); err != nil {
		return err
	}
	// a department's drivers only where its satisfaction cell is published: a cell hidden to
	// protect another must not be half-shown
	shown := map[string]bool{}
	for _, r := range d.Rows {
		if r.Level == "department" && r.Indicator == "SAT_IDX" && !r.Cur.Suppressed {
			shown[r.DeptCode] = true
		}
	}
	for _, dp := range d.Departments {
		if !shown[dp.Code] {
			continue
		}
		if err := one(dp.Code); err != nil {
			return err
		}
	}
	return nil
}
