package report

import (
	"strconv"
	"strings"
	"unicode"
)

// Ready to sign: the report is a draft ("ПРОЕКТ" on every page) until every department has
// written its actions or the analyst marks it final (Options.Final); it ends with the block the
// officials sign and carries a field for the registry's number.

// Signatory is one line of the signature block; an empty name or position is a line to fill in by hand.
type Signatory struct {
	Role, Name, Position string
}

// Draft: some department has not written its actions and the report is not marked final.
func (r *Report) Draft() bool {
	if r.Final {
		return false
	}
	for _, d := range r.Departments {
		if strings.TrimSpace(d.Action) == "" {
			return true
		}
	}
	return false
}

// Signatories are the two lines under the report: who prepared it and who approves it.
func (r *Report) Signatories() []Signatory {
	return []Signatory{
		{Role: word(r.Lang, "preparedBy"), Name: r.PreparedBy.Name, Position: r.PreparedBy.Position},
		{Role: word(r.Lang, "approvedBy"), Name: r.ApprovedBy.Name, Position: r.ApprovedBy.Position},
	}
}

// blank is what a signature line shows where nothing is known: a line to write on.
const blank = "____________________"

func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return blank
	}
	return s
}

// Person is a name and a position, as `otzvuk settings --prepared-by "Име, длъжност"` stores them.
type Person struct{ Name, Position string }

// ParsePerson splits "Name, position" at the first comma.
func ParsePerson(s string) Person {
	name, pos, _ := strings.Cut(s, ",")
	return Person{Name: strings.TrimSpace(name), Position: strings.TrimSpace(pos)}
}

// ToDo is the marker in place of a department's missing actions: one per department, naming it.
func (r *Report) ToDo(dept string) string {
	return strings.NewReplacer("%D", dept, "%Y", strconv.Itoa(r.Year)).Replace(word(r.Lang, "todoActions"))
}

// cleanRegNo keeps a registry number to one line of at most 60 characters (control characters
// become spaces); the formats escape it as any text.
func cleanRegNo(s string) string {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s))
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return s
}
