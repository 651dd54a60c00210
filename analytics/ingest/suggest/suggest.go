// Package suggest drafts a mapping profile from an export: it reads the header and the values of
// the first rows and proposes the record kind whose fields the columns match best, each field's
// column, value maps for coded fields and, for wide surveys, the item columns. In the draft's YAML
// everything unsure is marked ??? with the reason (see ForFile). It reads through analytics/ingest/read
// and checks the draft with analytics/ingest's profile parser; the import never needs it.
package suggest
