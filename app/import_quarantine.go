package app

import (
	"errors"
	"fmt"
	"io"

	"otzvuk/analytics/export"
	"otzvuk/analytics/ingest"
)

// QuarantineRow is one rejected cell.
type QuarantineRow struct {
	ImportID int64  `json:"importId"`
	File     string `json:"file"`
	Row      int64  `json:"row"`
	Column   string `json:"column"`
	Value    string `json:"value"`
	Raw      string `json:"raw"` // the cell as written in the file
	ReasonBG string `json:"reasonBg"`
	ReasonEN string `json:"reasonEn"`
	Kind     string `json:"kind"` // rejected | conflict (a conflicting copy of a key kept once)
}

// QuarantineResult is a page of the quarantine.
type QuarantineResult struct {
	Outcome
	Rows  []QuarantineRow `json:"rows"`
	Total int             `json:"total"`
}

// Quarantine lists the rejected rows of one import (0 = every import), a page at a time.
func (s *ImportService) Quarantine(importID int64, offset, limit int) QuarantineResult {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	rows, total, err := ingest.QuarantinePage(s.st.context(), s.st.Store, importID, offset, limit)
	if err != nil {
		return QuarantineResult{Outcome: failed(problem("errors.queryFailed", err, nil))}
	}
	out := QuarantineResult{Outcome: succeeded(), Total: total}
	for _, r := range rows {
		out.Rows = append(out.Rows, QuarantineRow(r))
	}
	return out
}

// ExportResult says where an export went.
type ExportResult struct {
	Outcome
	Path string `json:"path"`
	Rows int    `json:"rows"`
}

// ExportQuarantine asks where to save (native dialog) and writes the quarantine of one import as CSV.
func (s *ImportService) ExportQuarantine(importID int64) ExportResult {
	if s.saveFile == nil {
		return ExportResult{Outcome: failed(problem("errors.dialog", errors.New("no save dialog"), nil))}
	}
	path, err := s.saveFile(fmt.Sprintf("karantina-%d.csv", importID))
	if err != nil {
		return ExportResult{Outcome: failed(problem("errors.dialog", err, nil))}
	}
	if path == "" {
		return ExportResult{} // the user closed the dialog
	}
	return s.exportQuarantineTo(importID, path)
}

// exportQuarantineTo writes the quarantine to a path (unexported: the window names paths only through the save dialog); the old file is replaced only by a complete new one.
func (s *ImportService) exportQuarantineTo(importID int64, path string) ExportResult {
	n := 0
	err := s.st.outputs().Write(path, export.KindCSV, func(w io.Writer) (err error) {
		n, err = ingest.WriteQuarantineCSV(s.st.context(), s.st.Store, importID, w)
		return err
	})
	if err != nil {
		return ExportResult{Outcome: failed(writeProblem("errors.exportFailed", err))}
	}
	return ExportResult{Outcome: succeeded(), Path: path, Rows: n}
}
