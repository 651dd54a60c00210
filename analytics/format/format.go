// Package format is the one number and period formatter of Otzvuk's Go side (charts, exports, the
// report), written to give exactly what the window's frontend/src/format.ts gives.
package format

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The same formats as the UI (frontend/src/format.ts): bg-BG groups thousands with a no-break
// space from four digits on and uses a decimal comma; English uses commas and a point.

const nbsp = "\u00A0"

// Number writes v with the given number of decimals; nil is an em dash.
func Number(v *float64, lang string, digits int) string {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return "—"
	}
	fixed := toFixed(math.Abs(*v), digits)
	intPart, frac, _ := strings.Cut(fixed, ".")
	sep, dec := Pick(lang, nbsp, ","), Pick(lang, ",", ".")
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

// F is Number for a plain value.
func F(v float64, lang string, digits int) string { return Number(&v, lang, digits) }

var (
	monthsBG   = []string{"януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"}
	monthsEN   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthRe    = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	quarterRe  = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	yearRe     = regexp.MustCompile(`^\d{4}$`)
	romanQuart = []string{"I", "II", "III", "IV"}
)

// Period turns 2026-03, 2026-Q1, 2026 into март 2026 г., I трим. 2026 г., 2026 г.
func Period(p, lang string) string {
	if m := monthRe.FindStringSubmatch(p); m != nil {
		i, _ := strconv.Atoi(m[2])
		if i >= 1 && i <= 12 {
			return In(lang, monthsBG[i-1]+" "+m[1]+nbsp+"г.", monthsEN[i-1]+" "+m[1])
		}
	}
	if m := quarterRe.FindStringSubmatch(p); m != nil {
		q, _ := strconv.Atoi(m[2])
		return In(lang, romanQuart[q-1]+" трим. "+m[1]+nbsp+"г.", "Q"+m[2]+" "+m[1])
	}
	if yearRe.MatchString(p) && lang != "en" {
		return p + nbsp + "г."
	}
	return p
}

// Date writes 5.03.2026 г. or 5 Mar 2026.
func Date(t time.Time, lang string) string {
	return In(lang, strconv.Itoa(t.Day())+"."+t.Format("01.2006")+nbsp+"г.",
		strconv.Itoa(t.Day())+" "+monthsEN[t.Month()-1][:3]+" "+strconv.Itoa(t.Year()))
}

// Decimals per unit, as the window shows them: counts whole, ratios two, the rest one.
func Decimals(unit string) int {
	switch unit {
	case "count":
		return 0
	case "ratio":
		return 2
	}
	return 1
}

// Value writes a value in its unit: 41,2 % for shares, 1 234 for counts, 0,85 for ratios.
func Value(v *float64, unit, lang string) string {
	s := Number(v, lang, Decimals(unit))
	if unit == "share" && s != "—" {
		s += nbsp + "%"
	}
	return s
}

// Signed writes a change with its sign (+3,2, −1,5, 0,0): no sign where it rounds to zero.
func Signed(d float64, lang string, digits int) string {
	s := F(d, lang, digits)
	if d > 0 && s != F(0, lang, digits) {
		return "+" + s
	}
	return s
}

var changeUnits = map[string][2]string{
	"share": {"п.п.", "pp"}, "index": {"т.", "pts"}, "score": {"т.", "pts"}, "days": {"дни", "days"}, "minutes": {"мин", "min"},
}

// Change writes a change with its sign and unit: +21,6 п.п. for shares, −3,2 т. for indices.
func Change(d *float64, unit, lang string) string {
	if d == nil || math.IsNaN(*d) || math.IsInf(*d, 0) {
		return "—"
	}
	s := Signed(*d, lang, Decimals(unit))
	if u, ok := changeUnits[unit]; ok {
		s += nbsp + In(lang, u[0], u[1])
	}
	return s
}
