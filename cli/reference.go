package cli

import (
	"fmt"
	"io"
	"strings"

	"otzvuk/analytics/ingest"
)

// The markers around the generated reference in docs/mapping-profiles.md.
const (
	referenceBegin = "<!-- reference:begin -->"
	referenceEnd   = "<!-- reference:end -->"
)

func runReference(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("reference", stderr)
	format := fs.String("format", "md", "output: md (markdown) or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *format {
	case "md":
		fmt.Fprint(stdout, ingest.ReferenceMarkdown())
	case "json":
		b, err := ingest.ReferenceJSON()
		if err != nil {
			fmt.Fprintln(stderr, "otzvuk reference:", err)
			return 1
		}
		fmt.Fprintln(stdout, string(b))
	default:
		fmt.Fprintf(stderr, "otzvuk reference: непознат формат „%s“ (md, json) / unknown format %q (md, json)\n", *format, *format)
		return 2
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
