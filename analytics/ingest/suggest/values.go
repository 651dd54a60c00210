package suggest

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"otzvuk/analytics/ingest"
)

// colStat is what the suggestion engine learns about one column from the rows it sampled.
type colStat struct {
	idx    int
	name   string
	rows   int            // rows sampled
	filled int            // non-empty, non-missing cells
	counts map[string]int // distinct values (trimmed) → rows; capped at maxDistinct
	capped bool           // more distinct values than kept

	dates      []time.Time // per sampled row, zero when the cell is not a date
	dateN      int
	slashed    bool // some dates were written with slashes
	monthFirst bool // slashed dates read as mm/dd/yyyy
	periodN    int  // cells that are period labels (3QMAR2022, 2022-Q1)

	nums   []float64 // per sampled row, NaN when not a number
	numN   int
	intN   int
	boolN  int
	maxLen int
}

const maxDistinct = 5000

// sampleMissing are cell values that mean "no value" in every column.
var sampleMissing = map[string]bool{"na": true, "n/a": true, "н/д": true, "-": true, "#n/a": true, "null": true}

func (c *colStat) distinct() int { return len(c.counts) }

// uniqueShare: distinct values per filled cell (1 = every row its own value).
func (c *colStat) uniqueShare() float64 {
	if c.filled == 0 {
		return 0
	}
	if c.capped {
		return 1
	}
	return float64(len(c.counts)) / float64(c.filled)
}

func (c *colStat) fill() float64 {
	if c.rows == 0 {
		return 0
	}
	return float64(c.filled) / float64(c.rows)
}

func (c *colStat) dateShare() float64 {
	if c.filled == 0 {
		return 0
	}
	return float64(c.dateN) / float64(c.filled)
}

func (c *colStat) numShare() float64 {
	if c.filled == 0 {
		return 0
	}
	return float64(c.numN) / float64(c.filled)
}

// sortedValues are the distinct values, the most frequent first.
func (c *colStat) sortedValues() []string {
	out := make([]string, 0, len(c.counts))
	for v := range c.counts {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool {
		if c.counts[out[i]] != c.counts[out[j]] {
			return c.counts[out[i]] > c.counts[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

var reSlashDate = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/\d{4}`)

// profileColumns reads every sampled column's values: dates, numbers, distinct values.
func profileColumns(header []string, sample [][]string) []*colStat {
	stats := make([]*colStat, len(header))
	for i, h := range header {
		c := &colStat{idx: i, name: strings.TrimSpace(h), rows: len(sample), counts: map[string]int{},
			dates: make([]time.Time, len(sample)), nums: make([]float64, len(sample))}
		// Slashed dates: a first part above 12 means dd/mm, a second above 12 means mm/dd.
		firstBig, secondBig := false, false
		for _, row := range sample {
			if i < len(row) {
				if m := reSlashDate.FindStringSubmatch(strings.TrimSpace(row[i])); m != nil {
					firstBig = firstBig || atoi(m[1]) > 12
					secondBig = secondBig || atoi(m[2]) > 12
				}
			}
		}
		c.monthFirst = secondBig && !firstBig
		dopts := ingest.DateOptions{Slashes: true, MonthFirst: c.monthFirst}
		for r, row := range sample {
			c.nums[r] = math.NaN()
			v := ""
			if i < len(row) {
				v = strings.TrimSpace(row[i])
			}
			if v == "" || sampleMissing[strings.ToLower(v)] {
				continue
			}
			c.filled++
			if len([]rune(v)) > c.maxLen {
				c.maxLen = len([]rune(v))
			}
			if _, ok := c.counts[v]; ok || len(c.counts) < maxDistinct {
				c.counts[v]++
			} else {
				c.capped = true
			}
			if t, err := ingest.ParseDate(v, dopts); err == nil && t.Year() >= 1990 {
				c.dates[r] = t
				c.dateN++
				if strings.Contains(v, "/") {
					c.slashed = true
				}
			} else if _, ok := periodEnd(v); ok {
				c.periodN++
			}
			if x, err := ingest.ParseNumber(v, !strings.Contains(v, ",") || strings.Contains(v, ".")); err == nil {
				c.nums[r] = x
				c.numN++
				if x == math.Trunc(x) {
					c.intN++
				}
			}
			if _, err := ingest.ParseBool(v); err == nil {
				c.boolN++
			}
		}
		stats[i] = c
	}
	return stats
}

var (
	rePeriodQMon = regexp.MustCompile(`^(?i)([1-4])Q([A-Z]{3})(\d{4})$`)
	rePeriodYQ   = regexp.MustCompile(`^(?i)(\d{4})[- /]?Q([1-4])$`)
	rePeriodQY   = regexp.MustCompile(`^(?i)Q([1-4])[- /]?(\d{4})$`)
	rePeriodMY   = regexp.MustCompile(`^(\d{1,2})[./](\d{4})$`)
	monthAbbr    = map[string]int{"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12}
)

// periodEnd reads a period label (3QMAR2022 = the quarter ending March 2022, 2022-Q1, Q1 2022,
// 03.2022) as the last day of its period: the date a survey wave is filed under.
func periodEnd(v string) (time.Time, bool) {
	lastDay := func(y, m int) (time.Time, bool) {
		if y < 1990 || y > 2100 || m < 1 || m > 12 {
			return time.Time{}, false
		}
		return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC), true
	}
	v = strings.TrimSpace(v)
	if m := rePeriodQMon.FindStringSubmatch(v); m != nil {
		if mo, ok := monthAbbr[strings.ToUpper(m[2])]; ok {
			return lastDay(atoi(m[3]), mo)
		}
	}
	if m := rePeriodYQ.FindStringSubmatch(v); m != nil {
		return lastDay(atoi(m[1]), atoi(m[2])*3)
	}
	if m := rePeriodQY.FindStringSubmatch(v); m != nil {
		return lastDay(atoi(m[2]), atoi(m[1])*3)
	}
	if m := rePeriodMY.FindStringSubmatch(v); m != nil {
		return lastDay(atoi(m[2]), atoi(m[1]))
	}
	return time.Time{}, false
}

// ratingScale is how a column's values sit on a rating scale 1…max, with the codes outside it
// ("don't know": 9, 99) that are not scores.
type ratingScale struct {
	max      int
	dontKnow []string
	inScale  int // cells on the scale
	used     int // distinct scale points used
}

var dontKnowCodes = map[string]bool{"9": true, "99": true, "98": true, "999": true, "не знам": true, "don't know": true, "dk": true, "нямам мнение": true}

// scaleOf tells whether a column is a rating on 1…5 (or 1…10): every value on the scale or a
// "don't know" code, at least three scale points used, and most cells on the scale.
func scaleOf(c *colStat) (ratingScale, bool) {
	for _, top := range []int{5, 10} {
		rs := ratingScale{max: top}
		points := map[int]bool{}
		dk := map[string]bool{}
		ok := true
		for v, n := range c.counts {
			x, err := strconv.Atoi(v)
			if err == nil && x >= 1 && x <= top {
				rs.inScale += n
				points[x] = true
				continue
			}
			if dontKnowCodes[strings.ToLower(v)] && !(err == nil && x >= 1 && x <= top) {
				dk[v] = true
				continue
			}
			ok = false
			break
		}
		if !ok || c.filled == 0 {
			continue
		}
		rs.used = len(points)
		if rs.used < 3 || float64(rs.inScale) < 0.3*float64(c.filled) || !points[top] && !points[top-1] {
			continue
		}
		for v := range dk {
			rs.dontKnow = append(rs.dontKnow, v)
		}
		sort.Strings(rs.dontKnow)
		return rs, true
	}
	return ratingScale{}, false
}

// correlation of two series over the rows where both are numbers.
func correlation(a, b []float64) (float64, int) {
	var n, sa, sb, saa, sbb, sab float64
	for i := range a {
		if math.IsNaN(a[i]) || math.IsNaN(b[i]) {
			continue
		}
		n++
		sa += a[i]
		sb += b[i]
		saa += a[i] * a[i]
		sbb += b[i] * b[i]
		sab += a[i] * b[i]
	}
	if n < 3 {
		return 0, int(n)
	}
	cov := sab/n - sa/n*sb/n
	va, vb := saa/n-sa/n*sa/n, sbb/n-sb/n*sb/n
	if va <= 0 || vb <= 0 {
		return 0, int(n)
	}
	return cov / math.Sqrt(va*vb), int(n)
}

// atoi is the number of digits already matched, 0 for anything else.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
