package ingest

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// Every complete profile in docs/mapping-profiles.md and profiles/examples must load.
func TestDocumentedProfilesLoad(t *testing.T) {
	body, err := os.ReadFile("../../docs/mapping-profiles.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(body), -1)
	kinds := map[string]bool{}
	for _, b := range blocks {
		if !strings.HasPrefix(b[1], "name:") {
			continue // the annotated overview, not a profile
		}
		p, err := ParseProfile("docs", []byte(b[1]))
		if err != nil {
			t.Errorf("documented profile does not load: %v\n%s", err, b[1])
			continue
		}
		kinds[p.RecordKind] = true
	}
	for k := range Kinds {
		if !kinds[k] {
			t.Errorf("no complete example for %s", k)
		}
	}
	for _, f := range []string{"stl_csb_service_requests.yaml", "kc_resident_survey.yaml"} {
		if _, err := LoadProfile("../../profiles/examples/" + f); err != nil {
			t.Error(err)
		}
	}
}
