package spc

import (
	"errors"
	"strings"
	"testing"
)

func TestReadValues(t *testing.T) {
	obs, err := ReadValues(strings.NewReader("\ufeffdate;value\n2024-01-01;84,5\n2024-02;\n\n01.03.2024;NA\n2024-04-01;1 234.5\n"), "s.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(obs) != 4 || *obs[0].Value != 84.5 || obs[1].Value != nil || obs[2].Value != nil || *obs[3].Value != 1234.5 ||
		obs[2].Date.Format("2006-01-02") != "2024-03-01" {
		t.Fatalf("%+v", obs)
	}
	obs, err = ReadValues(strings.NewReader("стойност;дата\n3;2024-01-01\n"), "bg.csv")
	if err != nil || len(obs) != 1 || *obs[0].Value != 3 {
		t.Fatalf("%v %+v", err, obs)
	}
}

func TestReadValuesErrorsNameFileRowAndColumn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "s.csv: файлът е празен"},
		{"date,value\n2024-01-01,3\n", "s.csv, ред 1: заглавният ред"},
		{"date;value\n2024-01-01;3\n2024-13-01;4\n", "s.csv, row 3, column \"date\": \"2024-13-01\" is not a date"},
		{"date;value\n2024-01-01;3\n2024-02-01;abc\n", "s.csv, ред 3, колона „value“: „abc“ не е число"},
		{"date;value\n2024-01-01;NaN\n", "s.csv, row 2, column \"value\": \"NaN\" is not a number"},
		{"date;value\n2024-01-01;Inf\n", "row 2, column \"value\""},
		{"date;value\n2024-01-01;3\n2024-01-01;4\n", "the date 2024-01-01 is already on row 2"},
		{"date;value\n2024-01-01\n", "s.csv, row 2: the row has 1 columns"},
		{"date;value\n\"2024-01-01;3\n", "s.csv, ред"},
	} {
		_, err := ReadValues(strings.NewReader(c.in), "s.csv")
		var re *RowError
		if !errors.As(err, &re) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.in, err, c.want)
		}
	}
}
