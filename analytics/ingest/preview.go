package ingest

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"time"

	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/store"
)

// PreviewRow is one row as read.
type PreviewRow struct {
	Row   int
	Cells []string
}

// PreviewRows reads up to n rows and, when a profile is given, the problems each would have.
func PreviewRows(path string, p *Profile, n int) ([]PreviewRow, []string, read.SourceInfo, []*read.Problem, error) {
	opts := read.Options{}
	if p != nil {
		opts = p.Source
	}
	src, err := read.Open(path, opts)
	if err != nil {
		return nil, nil, read.SourceInfo{}, nil, err
	}
	defer src.Close()
	var m *mapper
	var probs []*read.Problem
	if p != nil {
		if m, err = newMapper(p, filepath.Base(path), src.Header(), src.Info(), time.Now()); err != nil {
			var pr *read.Problem
			if errors.As(err, &pr) {
				probs = append(probs, pr)
			} else {
				return nil, nil, read.SourceInfo{}, nil, err
			}
		}
	}
	var rows []PreviewRow
	for len(rows) < n {
		cells, row, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pr *read.Problem
			if errors.As(err, &pr) && pr.Row > 0 {
				probs = append(probs, pr)
				continue
			}
			return nil, nil, read.SourceInfo{}, nil, err
		}
		rows = append(rows, PreviewRow{Row: row, Cells: cells})
		if m != nil {
			if _, bad := m.Map(cells, row); len(bad) > 0 {
				probs = append(probs, bad...)
			}
		}
	}
	return rows, src.Header(), src.Info(), probs, nil
}

// QuarantineEntry is one quarantined cell.
type QuarantineEntry struct {
	ImportID int64
	File     string
	Row      int64
	Column   string
	Value    string
	Raw      string // the cell as written in the file
	ReasonBG string
	ReasonEN string
	Kind     string // rejected (the row was not imported) | conflict (a conflicting copy of a key that was kept once) | field (the record was kept without this field)
}

// QuarantinePage lists quarantined cells of one import (0 = all), newest import first.
func QuarantinePage(ctx context.Context, s *store.Store, importID int64, offset, limit int) ([]QuarantineEntry, int, error) {
	var total int
	if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM quarantine WHERE ? = 0 OR import_id = ?`, importID, importID).Scan(&total); err != nil {
		return nil, 0, err
	}
	rows, err := s.DB.QueryContext(ctx, `SELECT import_id, file_name, row_number, coalesce(column_name, ''), coalesce(value, ''), coalesce(raw, ''), reason_bg, reason_en, coalesce(kind, 'rejected')
		FROM quarantine WHERE ? = 0 OR import_id = ? ORDER BY import_id DESC, row_number, column_name LIMIT ? OFFSET ?`, importID, importID, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []QuarantineEntry
	for rows.Next() {
		var e QuarantineEntry
		if err := rows.Scan(&e.ImportID, &e.File, &e.Row, &e.Column, &e.Value, &e.Raw, &e.ReasonBG, &e.ReasonEN, &e.Kind); err != nil {
			return nil, 0, err
		}
		out = append(out, e)
	}
	return out, total, rows.Err()
}
