package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

const mappingDoc = "../docs/mapping-profiles.md"

// docs/mapping-profiles.md carries what `otzvuk reference --format md` prints between its markers.
// OTZVUK_WRITE_REFERENCE=1 (make reference) rewrites the section instead of failing.
func TestReferenceSectionOfMappingProfilesIsCurrent(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Run([]string{"reference", "--format", "md"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	body, err := os.ReadFile(mappingDoc)
	if err != nil {
		t.Fatal(err)
	}
	want, ok := replaceReference(string(body), out.String())
	if !ok {
		t.Fatalf("%s has no %s … %s section", mappingDoc, referenceBegin, referenceEnd)
	}
	if want == string(body) {
		return
	}
	if os.Getenv("OTZVUK_WRITE_REFERENCE") != "" {
		if err := os.WriteFile(mappingDoc, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the reference in %s differs from `otzvuk reference --format md`; run `make reference` to regenerate it", mappingDoc)
}

func TestReferenceListsFieldsAndCodes(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Run([]string{"reference", "--format", "json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var kinds []struct {
		Name   string
		Fields []struct {
			Name, Type string
			MeaningBG  string `json:"meaning_bg"`
			MeaningEN  string `json:"meaning_en"`
			Required   bool
			Codes      []struct {
				Code     string
				Synonyms []string
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &kinds); err != nil {
		t.Fatal(err)
	}
	if len(kinds) != 8 {
		t.Errorf("%d record kinds, want 8", len(kinds))
	}
	found := false
	for _, k := range kinds {
		for _, f := range k.Fields {
			if f.MeaningBG == "" || f.MeaningEN == "" || f.MeaningBG == f.Name {
				t.Errorf("%s.%s has no meaning", k.Name, f.Name)
			}
			if k.Name == "service_requests" && f.Name == "status" {
				for _, c := range f.Codes {
					if c.Code == "completed" && strings.Contains(strings.Join(c.Synonyms, ","), "closed") {
						found = true
					}
				}
			}
			if k.Name == "service_requests" && f.Name == "submitted_at" && (!f.Required || f.Type != "datetime" || f.MeaningBG != "дата на подаване") {
				t.Errorf("submitted_at: %+v", f)
			}
		}
	}
	if !found {
		t.Error("the English synonym closed of the status completed is not listed")
	}
	out.Reset()
	if code := Run([]string{"reference", "--format", "md"}, &out, &errb); code != 0 || !strings.Contains(out.String(), "| `cancelled` | отказана от заявителя, анулирана, cancelled, canceled, cancel |") {
		t.Errorf("markdown lacks the cancelled codes:\n%s", out.String())
	}
	if code := Run([]string{"reference", "--format", "xml"}, &out, &errb); code != 2 {
		t.Errorf("unknown format: exit %d", code)
	}
}
