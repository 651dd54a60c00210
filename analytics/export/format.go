package export

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// The same formats as the UI (frontend/src/format.ts): bg-BG groups thousands with a no-break
// space from four digits on and uses a decimal comma; English uses commas and a point.

const nbsp = "\u00A0"

// FormatNumber writes v with the given number of decimals; nil is an em dash.
func FormatNumber(v *float64, lang string, digits int) string {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return "—"
	}
	fixed := toFixed(math.Abs(*v), digits)
	intPart, frac, _ := strings.Cut(fixed, ".")
	sep, dec := nbsp, ","
	if lang == "en" {
		sep, dec = ",", "."
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += dec + frac
	}
	if n, _ := strconv.ParseFloat(fixed, 64); *v < 0 && n != 0 {
		out = "−" + out
	}
	return out
}

// toFixed rounds like JavaScript's Number.toFixed, which the UI uses: on the exact binary value,
// halves away from zero (strconv rounds exact halves to even: 75.25 → "75.2" where the UI shows 75,3).
func toFixed(x float64, digits int) string {
	exact := strconv.FormatFloat(x, 'f', 80, 64) // every finite double has a finite decimal expansion
	intPart, frac, _ := strings.Cut(exact, ".")
	keep, rest := frac[:digits], frac[digits:]
	if rest[0] >= '5' { // the digit after the last kept one decides; the rest are exact
		n := []byte(intPart + keep)
		i := len(n) - 1
		for ; i >= 0 && n[i] == '9'; i-- {
			n[i] = '0'
		}
		if i < 0 {
			n = append([]byte{'1'}, n...)
		} else {
			n[i]++
		}
		intPart, keep = string(n[:len(n)-digits]), string(n[len(n)-digits:])
	}
	if digits == 0 {
		return intPart
	}
	return intPart + "." + keep
}

// F is FormatNumber for a plain value.
func F(v float64, lang string, digits int) string { return FormatNumber(&v, lang, digits) }

var (
	monthsBG   = []string{"януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"}
	monthsEN   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthRe    = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	quarterRe  = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	yearRe     = regexp.MustCompile(`^\d{4}$`)
	romanQuart = []string{"I", "II", "III", "IV"}
)

// FormatPeriod turns 2026-03, 2026-Q1, 2026 into март 2026 г., I трим. 2026 г., 2026 г.
func FormatPeriod(p, lang string) string {
	if m := monthRe.FindStringSubmatch(p); m != nil {
		i, _ := strconv.Atoi(m[2])
		if i >= 1 && i <= 12 {
			if lang == "en" {
				return monthsEN[i-1] + " " + m[1]
			}
			return monthsBG[i-1] + " " + m[1] + nbsp + "г."
		}
	}
	if m := quarterRe.FindStringSubmatch(p); m != nil {
		q, _ := strconv.Atoi(m[2])
		if lang == "en" {
			return "Q" + m[2] + " " + m[1]
		}
		return romanQuart[q-1] + " трим. " + m[1] + nbsp + "г."
	}
	if yearRe.MatchString(p) && lang != "en" {
		return p + nbsp + "г."
	}
	return p
}
