package ingest

import "testing"

func TestMaskPII(t *testing.T) {
	// 7501020018 is a valid ЕГН (weights 2,4,8,5,10,9,7,3,6: 14+0+0+5+0+18+0+0+6 = 43… checked below by the function itself)
	egn := "7501020018"
	if !ValidEGN(egn) {
		t.Fatalf("%s should be a valid ЕГН", egn)
	}
	in := "Обадете се на 0888 123 456 или +359 2 987 6543, пишете на ivan.petrov@abv.bg. ЕГН " + egn + ", фактура 1234567890."
	out, n := MaskPII(in)
	want := "Обадете се на [телефон] или [телефон], пишете на [имейл]. ЕГН [ЕГН], фактура 1234567890."
	if out != want || n != 4 {
		t.Fatalf("got %q (%d)\nwant %q (4)", out, n, want)
	}
	if ValidEGN("7501020019") || ValidEGN("7513020018") {
		t.Error("bad checksum or month accepted")
	}
}

// The shortcut for texts without an @ or nine digits gives what the expressions give.
func TestMaskPIIShortcutAgrees(t *testing.T) {
	texts := []string{"", "Коментар", "чакане 45 мин, гише 3", "тел. 0888 123 45", "0888 123 456", "0888123456",
		"+359 88 123 4567", "a@b.bg", "x@", "ЕГН 8001010008 е тук", "12345678", "123456789", "1234-5678-9",
		"поща: ivan.petrov@example.com!", "00359 2 981 1234", "№ 0 2 3 4 5 6 7 8 9"}
	for _, s := range texts {
		got, gn := MaskPII(s)
		want, wn := maskPIIAll(s)
		if got != want || gn != wn {
			t.Errorf("MaskPII(%q) = %q, %d; the expressions give %q, %d", s, got, gn, want, wn)
		}
	}
}

// An ЕГН written with a space or a hyphen after its date part is masked; ten digits labelled
// ЕГН/EGN are masked even with a wrong check digit; unlabelled ones still need a valid one.
func TestMaskEGNWrittenAsPeopleWrite(t *testing.T) {
	if !ValidEGN("8001010008") || ValidEGN("8001010001") {
		t.Fatal("8001010008 is valid (check digit 8), 8001010001 is not")
	}
	cases := []struct{ in, want string }{
		{"моето ЕГН е 800101 0008.", "моето ЕГН е [ЕГН]."},
		{"800101-0008 е номерът", "[ЕГН] е номерът"},
		{"номер 800101 0008", "номер [ЕГН]"},
		{"ЕГН: 8001010001", "ЕГН: [ЕГН]"},              // labelled, bad check digit
		{"егн 8001010001", "егн [ЕГН]"},                // lower case
		{"ЕГН8001010001 моля", "ЕГН[ЕГН] моля"},        // no space
		{"EGN: 800101-0001", "EGN: [ЕГН]"},             // Latin label, hyphen
		{"egn 8001010001", "egn [ЕГН]"},                // Latin, lower case
		{"Е.Г.Н. 8001 0100 01", "Е.Г.Н. [ЕГН]"},        // dotted label, spaces anywhere
		{"фактура 8001010001", "фактура 8001010001"},   // unlabelled, bad check digit: kept
		{"фактура 800101 0001", "фактура 800101 0001"}, // the same with a space
		{"ЕГН 80010100011", "ЕГН 80010100011"},         // eleven digits are no ЕГН
		{"БЕГН 8001010001", "БЕГН 8001010001"},         // not the label, a word ending in it
	}
	for _, c := range cases {
		got, _ := MaskPII(c.in)
		if got != c.want {
			t.Errorf("MaskPII(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Counted once each: the labelled ЕГН and the phone number after it.
	if out, n := MaskPII("ЕГН 8001010001, тел. 0888 123 456"); out != "ЕГН [ЕГН], тел. [телефон]" || n != 2 {
		t.Errorf("got %q (%d), want the ЕГН and the phone masked (2)", out, n)
	}
}
