package ingest

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ParseNumber reads 1234,5 · 1 234,5 · 1234.5 · 1,234.5 · −3 (comma is the decimal mark unless the
// profile says point, as in Bulgarian exports).
func ParseNumber(s string, decimalPoint bool) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.NewReplacer("\u00a0", "", "\u202f", "", " ", "", "'", "", "−", "-").Replace(t)
	if t == "" {
		return 0, fmt.Errorf("empty")
	}
	hasComma, hasPoint := strings.Contains(t, ","), strings.Contains(t, ".")
	switch {
	case hasComma && hasPoint:
		if strings.LastIndex(t, ",") > strings.LastIndex(t, ".") {
			t = strings.ReplaceAll(t, ".", "")
			t = strings.Replace(t, ",", ".", 1)
		} else {
			t = strings.ReplaceAll(t, ",", "")
		}
	case hasComma && !decimalPoint:
		if strings.Count(t, ",") > 1 {
			return 0, fmt.Errorf("not a number")
		}
		t = strings.Replace(t, ",", ".", 1)
	case hasComma:
		t = strings.ReplaceAll(t, ",", "")
	}
	for _, c := range t {
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return 0, fmt.Errorf("not a number")
		}
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("not a number")
	}
	return x, nil
}

// ParseBool reads да/не, yes/no, true/false, 1/0, x (ticked).
func ParseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "да", "yes", "y", "true", "1", "x", "✓", "д", "истина":
		return true, nil
	case "не", "no", "n", "false", "0", "н", "лъжа":
		return false, nil
	}
	return false, fmt.Errorf("not yes/no")
}

var (
	reDMY  = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$`)
	reISO  = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$`)
	reMDY  = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp][Mm])?)?$`)
	reDMYs = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$`)
)

// DateOptions say which ambiguous forms a profile allows.
type DateOptions struct {
	MonthFirst bool // mm/dd/yyyy (US exports) instead of dd/mm/yyyy
	Slashes    bool // accept slashed dates at all
}

// ParseDate reads dd.mm.yyyy (with or without " г."), d.m.yyyy, ISO yyyy-mm-dd, each with an optional
// time and fractional seconds; slashed dates only when the profile allows them. Times are local
// (Europe/Sofia) wall-clock times and are kept as written.
func ParseDate(s string, o DateOptions) (time.Time, error) {
	t := strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " "))
	var y, mo, d, h, mi, sec, nsec int
	var frac, ampm string
	if m := reDMY.FindStringSubmatch(t); m != nil {
		d, mo, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
		h, mi, sec, frac = atoi(m[4]), atoi(m[5]), atoi(m[6]), m[7]
	} else if m := reISO.FindStringSubmatch(t); m != nil {
		y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
		h, mi, sec, frac = atoi(m[4]), atoi(m[5]), atoi(m[6]), m[7]
	} else if m := reMDY.FindStringSubmatch(t); m != nil && o.Slashes {
		if o.MonthFirst {
			mo, d = atoi(m[1]), atoi(m[2])
		} else {
			d, mo = atoi(m[1]), atoi(m[2])
		}
		y, h, mi, sec, frac, ampm = atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6]), m[7], strings.ToLower(m[8])
	} else if reDMYs.MatchString(t) && !o.Slashes {
		return time.Time{}, fmt.Errorf("slashed date: the profile must say dd/mm/yyyy or mm/dd/yyyy")
	} else {
		return time.Time{}, fmt.Errorf("not a date")
	}
	if ampm == "pm" && h < 12 {
		h += 12
	} else if ampm == "am" && h == 12 {
		h = 0
	}
	if frac != "" {
		nsec = atoi((frac + "000000000")[:9])
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59 {
		return time.Time{}, fmt.Errorf("not a date")
	}
	out := time.Date(y, time.Month(mo), d, h, mi, sec, nsec, time.UTC)
	if out.Day() != d { // 31.02 rolls over in time.Date
		return time.Time{}, fmt.Errorf("no such day")
	}
	return out, nil
}

// ExcelSerial turns an Excel serial day number (1900 date system) into a date-time.
func ExcelSerial(x float64) (time.Time, error) {
	if x < 1 || x > 2958465 {
		return time.Time{}, fmt.Errorf("not an Excel date")
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	days := math.Floor(x)
	secs := math.Round((x - days) * 86400)
	return base.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second), nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
