package ingest

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Sofia where the system has no zone database
)

// ParseNumber reads 1234,5 · 1 234,5 · 1234.5 · 1,234.5 · −3 (comma is the decimal mark unless the
// profile says point, as in Bulgarian exports).
func ParseNumber(s string, decimalPoint bool) (float64, error) {
	t := strings.TrimSpace(s)
	if strings.ContainsAny(t, "\u00a0\u202f '−") {
		t = numberNoise.Replace(t)
	}
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
	if l := strings.ToLower(strings.TrimLeft(t, "+-")); l == "nan" || l == "inf" || l == "infinity" || l == "∞" {
		return 0, ErrNotFinite
	}
	for _, c := range t {
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return 0, fmt.Errorf("not a number")
		}
	}
	x, err := strconv.ParseFloat(t, 64)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, ErrNotFinite // 1.7e309 overflows to infinity
	}
	if err != nil {
		return 0, fmt.Errorf("not a number")
	}
	return x, nil
}

// ErrNotFinite: the text is NaN, an infinity, or a number too large for a float (1.7e309).
var ErrNotFinite = errors.New("not a finite number")

var numberNoise = strings.NewReplacer("\u00a0", "", "\u202f", "", " ", "", "'", "", "−", "-")

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
	reISO  = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$`)
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
// (Europe/Sofia) wall-clock times and are kept as written; an ISO time with an offset (Z, +05:00)
// is converted to Sofia's wall clock, so it is stored like every other time.
func ParseDate(s string, o DateOptions) (time.Time, error) {
	t := strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " "))
	if out, ok := fastDate(t); ok {
		return out, nil
	}
	var y, mo, d, h, mi, sec, nsec int
	var frac, ampm, zone string
	if m := reDMY.FindStringSubmatch(t); m != nil {
		d, mo, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
		h, mi, sec, frac = atoi(m[4]), atoi(m[5]), atoi(m[6]), m[7]
	} else if m := reISO.FindStringSubmatch(t); m != nil {
		y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
		h, mi, sec, frac, zone = atoi(m[4]), atoi(m[5]), atoi(m[6]), m[7], m[8]
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
	if zone != "" {
		off := 0
		if zone != "Z" {
			z := strings.ReplaceAll(zone[1:], ":", "")
			zh, zm := atoi(z[:2]), atoi(z[2:])
			if zh > 14 || zm > 59 {
				return time.Time{}, fmt.Errorf("not a date")
			}
			off = zh*3600 + zm*60
			if zone[0] == '-' {
				off = -off
			}
		}
		instant := time.Date(y, time.Month(mo), d, h, mi, sec, nsec, time.FixedZone("", off))
		w := instant.In(sofia)
		out = time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), time.UTC)
	}
	return out, nil
}

// sofia is the municipality's time zone: times written with an offset are shown on its clock.
var sofia = func() *time.Location {
	l, err := time.LoadLocation("Europe/Sofia")
	if err != nil {
		return time.FixedZone("EET", 2*3600)
	}
	return l
}()

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// fastDate reads the two forms almost every export uses — dd.mm.yyyy[ HH:MM[:SS]] and
// yyyy-mm-dd[ HH:MM:SS] — without a regular expression; anything else goes the long way.
func fastDate(t string) (time.Time, bool) {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, len(s) > 0
	}
	var y, mo, d int
	var ok1, ok2, ok3 bool
	rest := ""
	switch {
	case len(t) >= 10 && t[2] == '.' && t[5] == '.':
		d, ok1 = digits(t[0:2])
		mo, ok2 = digits(t[3:5])
		y, ok3 = digits(t[6:10])
		rest = t[10:]
	case len(t) >= 10 && t[4] == '-' && t[7] == '-':
		y, ok1 = digits(t[0:4])
		mo, ok2 = digits(t[5:7])
		d, ok3 = digits(t[8:10])
		rest = t[10:]
	default:
		return time.Time{}, false
	}
	if !ok1 || !ok2 || !ok3 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	h, mi, sec := 0, 0, 0
	switch {
	case rest == "":
	case (len(rest) == 6 || len(rest) == 9) && rest[0] == ' ' && rest[3] == ':':
		var ok bool
		if h, ok = digits(rest[1:3]); !ok {
			return time.Time{}, false
		}
		if mi, ok = digits(rest[4:6]); !ok {
			return time.Time{}, false
		}
		if len(rest) == 9 {
			if rest[6] != ':' {
				return time.Time{}, false
			}
			if sec, ok = digits(rest[7:9]); !ok {
				return time.Time{}, false
			}
		}
	default:
		return time.Time{}, false
	}
	if h > 23 || mi > 59 || sec > 59 {
		return time.Time{}, false
	}
	out := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC)
	if out.Day() != d {
		return time.Time{}, false
	}
	return out, true
}
