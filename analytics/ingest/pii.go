package ingest

import "regexp"

// Free text from citizens carries personal data by accident. At import, Bulgarian personal
// numbers (ЕГН), phone numbers and e-mail addresses are masked.
//
// An ЕГН is written as ten digits, often split after the date part by a space or a hyphen
// ("800101 0008", "800101-0008"). Ten digits labelled ЕГН/EGN are masked whatever their check
// digit (a mistyped ЕГН is still someone's ЕГН); unlabelled ten digits only with a valid one
// (an invoice or a case number is not personal data).
var (
	reEGNLabelled = regexp.MustCompile(`(?i)(\b(?:EGN|E\.G\.N\.?)|(?:^|[^\p{L}])(?:ЕГН|Е\.Г\.Н\.?))[\s:№#.\-–]*(\d(?:[ \-]?\d){9})\b`)
	reDigits10    = regexp.MustCompile(`\b\d{6}[ \-]?\d{4}\b`)
	reEmail       = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	rePhone       = regexp.MustCompile(`(?:\+359|00359|\b0)[\s\-/]?(?:\d[\s\-/]?){8,9}\b`)
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

// digitsOnly drops the spaces and hyphens written inside a number.
func digitsOnly(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
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

// maskPIIAll runs the expressions: labelled ЕГН first (so a label's number is never read as a
// phone number), then unlabelled ones, e-mail addresses and phone numbers.
func maskPIIAll(s string) (string, int) {
	n := 0
	s = reEGNLabelled.ReplaceAllStringFunc(s, func(m string) string {
		sm := reEGNLabelled.FindStringSubmatchIndex(m)
		n++
		return m[:sm[4]] + "[ЕГН]" + m[sm[5]:]
	})
	s = reDigits10.ReplaceAllStringFunc(s, func(m string) string {
		if ValidEGN(digitsOnly(m)) {
			n++
			return "[ЕГН]"
		}
		return m
	})
	s = reEmail.ReplaceAllStringFunc(s, func(string) string { n++; return "[имейл]" })
	s = rePhone.ReplaceAllStringFunc(s, func(string) string { n++; return "[телефон]" })
	return s, n
}
