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
