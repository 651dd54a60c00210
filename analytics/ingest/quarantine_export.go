package ingest

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"

	"otzvuk/analytics/export"
	"otzvuk/analytics/store"
)

// WriteQuarantineCSV writes the quarantine of one import (0 = all) as CSV for Excel in Bulgarian:
// UTF-8 with a BOM, the value as read beside the raw cell as written, ';' between fields. Cells that a spreadsheet would evaluate (= + - @) are
// prefixed with an apostrophe so they stay text. The last column is the kind: rejected (the row was
// not imported), conflict (a conflicting copy of a key whose chosen row was imported) or field (an
// optional field's bad value, left out of a record that was imported).
func WriteQuarantineCSV(ctx context.Context, s *store.Store, importID int64, w io.Writer) (int, error) {
	if _, err := w.Write([]byte{0xEF, 0xBB, 0xBF}); err != nil {
		return 0, err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.Write([]string{"импорт / import", "файл / file", "ред / row", "колона / column", "стойност / value", "клетка във файла / raw cell", "причина", "reason", "вид / kind"})
	n := 0
	for offset := 0; ; offset += 1000 {
		rows, _, err := QuarantinePage(ctx, s, importID, offset, 1000)
		if err != nil {
			return n, err
		}
		for _, r := range rows {
			cw.Write([]string{strconv.FormatInt(r.ImportID, 10), export.SafeCell(r.File), strconv.FormatInt(r.Row, 10), export.SafeCell(r.Column),
				export.SafeCell(r.Value), export.SafeCell(r.Raw), export.SafeCell(r.ReasonBG), export.SafeCell(r.ReasonEN), r.Kind})
			n++
		}
		if len(rows) < 1000 {
			break
		}
	}
	cw.Flush()
	return n, cw.Error()
}
