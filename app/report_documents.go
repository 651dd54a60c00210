package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"time"

	"otzvuk/analytics/export"
	"otzvuk/analytics/forms"
	"otzvuk/analytics/publish"
	"otzvuk/analytics/report"
)

// CitizensResult says where the window wrote the forms, the public site or the DOCX.
type CitizensResult struct {
	Outcome
	Path    string   `json:"path"`  // the DOCX, or the folder of the forms or the site
	Files   []string `json:"files"` // every file written
	Hidden  int      `json:"hidden"`
	Seconds float64  `json:"seconds"`
}

// PublishRequest chooses the year, language and k of the public results.
type PublishRequest struct {
	Year int    `json:"year"`
	Lang string `json:"lang"`
	K    int    `json:"k"`
}

// WriteDOCX asks where to save the annual report as a Word document, then writes it.
func (s *ReportService) WriteDOCX(req ReportRequest) CitizensResult {
	return s.writeDocument(req, ".docx", export.KindDOCX, func(ctx context.Context, r *report.Report) ([]byte, error) {
		// with LibreOffice, the TOC carries the page numbers as it lays the report out; without, none
		doc, _, err := report.PaginatedDOCX(ctx, r)
		if err != nil && doc != nil && ctx.Err() == nil {
			err = nil
		}
		return doc, err
	})
}

// WritePDF asks where to save the report as PDF: the DOCX laid out by LibreOffice, when installed.
func (s *ReportService) WritePDF(req ReportRequest) CitizensResult {
	if _, ok := report.OfficePath(); !ok && s.saveFile != nil && s.st.Store != nil {
		return CitizensResult{Outcome: failed(problem("errors.noOffice", report.ErrNoOffice, nil))}
	}
	return s.writeDocument(req, ".pdf", export.KindPDF, func(ctx context.Context, r *report.Report) ([]byte, error) {
		_, pdf, err := report.PaginatedDOCX(ctx, r) // the DOCX laid out, its contents with the page numbers
		return pdf, err
	})
}

// writeDocument is what the DOCX and the PDF share: the save dialog, one report at a time, the
// report built, rendered and written through the output guard, and the problems in words.
func (s *ReportService) writeDocument(req ReportRequest, ext string, kind export.Kind,
	render func(context.Context, *report.Report) ([]byte, error)) CitizensResult {
	if s.saveFile == nil || s.st.Store == nil {
		return CitizensResult{Outcome: failed(problem("errors.dialog", errors.New("no save dialog"), nil))}
	}
	path, err := s.saveFile(reportFileName(req.Year, req.Lang, ext))
	if err != nil || path == "" {
		return citizensDialog(err)
	}
	ctx, done, ok := s.run.start(s.st.context())
	if !ok {
		return CitizensResult{Outcome: failed(problem("errors.reportBusy", errors.New("a report is being written"), nil))}
	}
	defer done()
	start := time.Now()
	r, err := report.Build(ctx, s.st.Store.DB, s.st.Catalog, s.reportOptions(ctx, req))
	var body []byte
	if err == nil {
		body, err = render(ctx, r)
	}
	if err == nil {
		err = s.st.outputs().Write(path, kind, func(w io.Writer) error { _, err := w.Write(body); return err })
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return CitizensResult{Outcome: failed(problem("errors.reportCancelled", err, nil))}
		}
		return CitizensResult{Outcome: failed(writeProblem("errors.reportFailed", err))}
	}
	return CitizensResult{Outcome: succeeded(), Path: path, Files: []string{path}, Seconds: time.Since(start).Seconds()}
}

// Publish asks where the public site's index.html goes; the site and its open-data package are
// written into that folder.
func (s *ReportService) Publish(req PublishRequest) CitizensResult {
	if s.saveFile == nil || s.st.Store == nil {
		return CitizensResult{Outcome: failed(problem("errors.dialog", errors.New("no save dialog"), nil))}
	}
	index, err := s.saveFile("index.html")
	if err != nil || index == "" {
		return citizensDialog(err)
	}
	ctx, done, ok := s.run.start(s.st.context())
	if !ok {
		return CitizensResult{Outcome: failed(problem("errors.reportBusy", errors.New("a report is being written"), nil))}
	}
	defer done()
	start := time.Now()
	lang := langOf(req.Lang)
	dir := filepath.Dir(index)
	d, files, err := publish.Write(ctx, s.st.Store.DB, s.st.Catalog, s.st.Themes(), publish.Options{Year: req.Year, Lang: lang, K: req.K,
		Municipality: report.MunicipalityName(ctx, s.st.Store.DB, lang, ""), Version: s.st.Version, BOM: true}, dir, s.st.outputs())
	if err != nil {
		return CitizensResult{Outcome: failed(writeProblem("errors.reportFailed", err)), Files: files}
	}
	hidden := 0
	for _, r := range d.Rows {
		if r.Cur.Suppressed {
			hidden++
		}
	}
	return CitizensResult{Outcome: succeeded(), Path: dir, Files: files, Hidden: hidden, Seconds: time.Since(start).Seconds()}
}

// WriteForms asks where the questionnaire goes and writes both forms and their entry templates
// (drop-downs from the open database) into that folder.
func (s *ReportService) WriteForms(lang string) CitizensResult {
	if s.saveFile == nil {
		return CitizensResult{Outcome: failed(problem("errors.dialog", errors.New("no save dialog"), nil))}
	}
	lang = langOf(lang)
	first, err := s.saveFile(forms.FileName(forms.Survey, lang, "html"))
	if err != nil || first == "" {
		return citizensDialog(err)
	}
	dir := filepath.Dir(first)
	o := forms.Options{Lang: lang, Municipality: report.DefaultMunicipality(lang)}
	if s.st.Store != nil {
		o.Municipality = report.MunicipalityName(s.st.context(), s.st.Store.DB, lang, "")
		if o.Departments, o.Services, err = forms.Lists(s.st.context(), s.st.Store.DB); err != nil {
			return CitizensResult{Outcome: failed(problem("errors.reportFailed", err, nil))}
		}
	}
	g := s.st.outputs()
	var files []string
	for _, form := range []string{forms.Survey, forms.Card} {
		html := filepath.Join(dir, forms.FileName(form, lang, "html"))
		if err := g.Write(html, export.KindHTML, func(w io.Writer) error { return forms.WriteHTML(w, form, o) }); err != nil {
			return CitizensResult{Outcome: failed(writeProblem("errors.reportFailed", err)), Files: files}
		}
		files = append(files, html)
		xlsx := filepath.Join(dir, forms.FileName(form, lang, "xlsx"))
		o.Instance = forms.NewInstance()
		var buf bytes.Buffer
		if err := forms.WriteTemplate(&buf, form, o); err != nil {
			return CitizensResult{Outcome: failed(problem("errors.reportFailed", err, nil)), Files: files}
		}
		body, err := export.ContentTypesFirst(buf.Bytes())
		if err != nil {
			return CitizensResult{Outcome: failed(problem("errors.reportFailed", err, nil)), Files: files}
		}
		if err := g.Write(xlsx, export.KindXLSX, func(w io.Writer) error { _, err := w.Write(body); return err }); err != nil {
			return CitizensResult{Outcome: failed(writeProblem("errors.reportFailed", err)), Files: files}
		}
		files = append(files, xlsx)
	}
	return CitizensResult{Outcome: succeeded(), Path: dir, Files: files}
}

func citizensDialog(err error) CitizensResult {
	if err != nil {
		return CitizensResult{Outcome: failed(problem("errors.dialog", err, nil))}
	}
	return CitizensResult{} // the user closed the dialog
}
