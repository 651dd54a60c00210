package report

import (
	"context"
	"database/sql"
	"io"

	"otzvuk/analytics/export"
	"otzvuk/analytics/methodology"
)

// Files are where a report goes: the HTML document and, optionally, the XLSX annex.
type Files struct {
	HTML, XLSX string
	DOCX       string // optional: the report as an editable Word document
	PDF        string // optional: the DOCX laid out by LibreOffice as a PDF
	// Guard refuses targets that must never be replaced (the open database, other documents).
	Guard export.Guard
}

// WriteFiles builds the report and writes its files. Each file replaces an existing one only
// once it is completely written; a cancelled or failed run leaves the old files as they were.
func WriteFiles(ctx context.Context, db *sql.DB, cat *methodology.Catalog, o Options, f Files) (*Report, error) {
	// Both targets are checked before the report is built: a refused name costs no work and
	// never leaves the HTML written without its annex.
	if err := f.Guard.Check(f.HTML, export.KindHTML); err != nil {
		return nil, err
	}
	if f.XLSX != "" {
		if err := f.Guard.Check(f.XLSX, export.KindXLSX); err != nil {
			return nil, err
		}
	}
	if f.DOCX != "" {
		if err := f.Guard.Check(f.DOCX, export.KindDOCX); err != nil {
			return nil, err
		}
	}
	if f.PDF != "" {
		if err := f.Guard.Check(f.PDF, export.KindPDF); err != nil {
			return nil, err
		}
		if _, ok := OfficePath(); !ok {
			return nil, ErrNoOffice
		}
	}
	r, err := Build(ctx, db, cat, o)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Guard.Write(f.HTML, export.KindHTML, func(w io.Writer) error { return WriteHTML(w, r, f.XLSX != "") }); err != nil {
		return nil, err
	}
	if f.XLSX != "" {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := f.Guard.Write(f.XLSX, export.KindXLSX, func(w io.Writer) error { return WriteAnnex(w, r) }); err != nil {
			return nil, err
		}
	}
	if f.DOCX == "" && f.PDF == "" {
		return r, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// the DOCX with its table of contents' page numbers, as LibreOffice lays it out, and that PDF;
	// without LibreOffice the DOCX alone, its TOC without numbers (Word fills them in)
	docx, pdf, err := PaginatedDOCX(ctx, r)
	if err != nil && (f.PDF != "" || docx == nil || ctx.Err() != nil) {
		return nil, err
	}
	if f.DOCX != "" {
		if err := f.Guard.Write(f.DOCX, export.KindDOCX, func(w io.Writer) error { _, err := w.Write(docx); return err }); err != nil {
			return nil, err
		}
	}
	if f.PDF != "" {
		if err := f.Guard.Write(f.PDF, export.KindPDF, func(w io.Writer) error { _, err := w.Write(pdf); return err }); err != nil {
			return nil, err
		}
	}
	return r, nil
}
