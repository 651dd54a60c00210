package ingest

import "regexp"

// Free text from citizens carries personal data by accident. At import, Bulgarian personal
// numbers (ЕГН, ten digits with a valid checksum), phone numbers and e-mail addresses are masked.
var (
	reDigits10 = regexp.MustCompile(`\b\d{10}\b`)
	reEmail    = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	rePhone    = regexp.MustCompile(`(?:\+359|00359|\b0)[\s\-/]?(?:\d[\s\-/]?){8,9}\b`)
)

// ValidEGN checks an ЕГН's date part and checksum (weights 2,4,8,5,10,9,7,3,6, mod 11).
func ValidEGN(s string) bool {
	if len(s) != 10 {
		return false
	}
	d := make([]int, 10)
	for i := range s {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		d[i] = int(s[i] - '0')
	}
	month := d[2]*10 + d[3]
	day := d[4]*10 + d[5]
	if !(month >= 1 && month <= 12 || month >= 21 && month <= 32 || month >= 41 && month <= 52) || day < 1 || day > 31 {
		return false
	}
	weights := []int{2, 4, 8, 5, 10, 9, 7, 3, 6}
	sum := 0
	for i, w := range weights {
		sum += d[i] * w
	}
	check := sum % 11
	if check == 10 {
		check = 0
	}
	return check == d[9]
}

// MaskPII returns the text with ЕГН, e-mail addresses and phone numbers replaced, and how many.
func MaskPII(s string) (string, int) {
	// Every pattern needs an @ or at least nine digits (an ЕГН ten, a phone number nine): a text
	// without them, as most comments are, is left as it is without running the expressions.
	digits := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			digits++
		} else if c == '@' {
			digits = 9
			break
		}
	}
	if digits < 9 {
		return s, 0
	}
	return maskPIIAll(s)
}

// maskPIIAll runs the three expressions.
func maskPIIAll(s string) (string, int) {
	n := 0
	s = reDigits10.ReplaceAllStringFunc(s, func(m string) string {
		if ValidEGN(m) {
			n++
			return "[ЕГН]"
		}
		return m
	})
	s = reEmail.ReplaceAllStringFunc(s, func(string) string { n++; return "[имейл]" })
	s = rePhone.ReplaceAllStringFunc(s, func(string) string { n++; return "[телефон]" })
	return s, n
}
