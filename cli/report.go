package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"otzvuk/analytics/report"
	"otzvuk/analytics/store"
)

func runReport(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("report", stderr)
	db := dbFlag(fs)
	year := fs.Int("year", time.Now().Year()-1, "the year the report covers (default: last year)")
	out := fs.String("out", "", "the HTML report to write")
	xlsx := fs.String("xlsx", "", "also write the tables as an XLSX annex")
	docxOut := fs.String("docx", "", "also write the report as an editable Word document (DOCX)")
	pdfOut := fs.String("pdf", "", "also write the report as PDF (the DOCX laid out by LibreOffice, which must be installed)")
	lang := fs.String("lang", "bg", "language: bg or en")
	municipality := fs.String("municipality", "", "the name on the title page (default: the one set with otzvuk settings)")
	final := fs.Bool("final", false, "the final report: no ПРОЕКТ (DRAFT) marker even if a department has not written its actions")
	regNo := fs.String("reg-no", "", "the registry's number printed after Рег. № (default: a line to fill in)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "otzvuk report: посочете --out FILE.html / give --out FILE.html")
		return 2
	}
	if *lang != "bg" && *lang != "en" {
		fmt.Fprintf(stderr, "otzvuk report: непознат език %q (bg, en) / unknown language %q\n", *lang, *lang)
		return 2
	}
	if err := checkYear(*year, stderr, "report"); err != nil {
		return 2
	}
	if refuseSameOutput("report", stderr, [2]string{"--out", *out}, [2]string{"--xlsx", *xlsx}, [2]string{"--docx", *docxOut}, [2]string{"--pdf", *pdfOut}) {
		return 2
	}
	cmd := newRun("report", stdout, stderr)
	defer cmd.done()
	ctx := cmd.ctx
	s, cat, ok := cmd.openWithCatalog(*db)
	if !ok {
		return 1
	}
	defer s.Close()
	*municipality = report.MunicipalityName(ctx, s.DB, *lang, *municipality)
	sig, err := store.GetSignatories(ctx, s.DB)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk report:", err)
		return 1
	}
	start := time.Now()
	themes := refreshThemes(ctx, s, stderr)
	r, err := report.WriteFiles(ctx, s.DB, cat, report.Options{Year: *year, Lang: *lang, Municipality: *municipality, Version: Version,
		Progress: progressBar(stderr), Themes: themes, Final: *final, RegNo: *regNo,
		PreparedBy: report.ParsePerson(sig.PreparedBy), ApprovedBy: report.ParsePerson(sig.ApprovedBy)}, report.Files{HTML: *out, XLSX: *xlsx, DOCX: *docxOut, PDF: *pdfOut, Guard: outputs(s)})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "otzvuk report: прекъснато, файловете не са променени / cancelled, the files are unchanged")
		} else {
			fmt.Fprintln(stderr, "otzvuk report:", err)
		}
		return 1
	}
	fmt.Fprintf(stdout, "Годишен доклад за %d г. / Annual report for %d: %s", r.Year, r.Year, *out)
	if *xlsx != "" {
		fmt.Fprintf(stdout, ", %s", *xlsx)
	}
	if *docxOut != "" {
		fmt.Fprintf(stdout, ", %s", *docxOut)
	}
	if *pdfOut != "" {
		fmt.Fprintf(stdout, ", %s", *pdfOut)
	}
	fmt.Fprintf(stdout, " (%d отдела / departments, %d показателя / indicators, %.1f s)\n", len(r.Departments), len(r.Indicators), time.Since(start).Seconds())
	return 0
}
