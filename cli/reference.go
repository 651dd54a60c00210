package cli

import (
	"fmt"
	"strings"

	"otzvuk/analytics/ingest"
)

// The markers around the generated reference in docs/mapping-profiles.md.
const (
	referenceBegin = "<!-- reference:begin -->"
	referenceEnd   = "<!-- reference:end -->"
)

func runReference(c *run, args []string) int {
	fs := c.flags()
	format := fs.String("format", "md", "output: md (markdown) or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !c.checkFormat(*format, "md", "json") {
		return 2
	}
	switch *format {
	case "md":
		fmt.Fprint(c.stdout, ingest.ReferenceMarkdown())
	case "json":
		b, err := ingest.ReferenceJSON()
		if err != nil {
			return c.fail(1, err)
		}
		fmt.Fprintln(c.stdout, string(b))
	}
	return 0
}

// replaceReference puts md between the reference markers of doc; ok is false without both markers.
func replaceReference(doc, md string) (string, bool) {
	i := strings.Index(doc, referenceBegin)
	j := strings.Index(doc, referenceEnd)
	if i < 0 || j < i {
		return doc, false
	}
	return doc[:i+len(referenceBegin)] + "\n" + md + doc[j:], true
}
