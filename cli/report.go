package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"otzvuk/analytics/report"
	"otzvuk/analytics/store"
)

func runReport(c *run, args []string) int {
	fs := c.flags()
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
		fmt.Fprintln(c.stderr, "otzvuk report:", say("giveOutHTML"))
		return 2
	}
	if !c.checkLang(*lang) {
		return 2
	}
	if err := checkYear(*year, c.stderr, "report"); err != nil {
		return 2
	}
	if refuseSameOutput("report", c.stderr, [2]string{"--out", *out}, [2]string{"--xlsx", *xlsx}, [2]string{"--docx", *docxOut}, [2]string{"--pdf", *pdfOut}) {
		return 2
	}
	ctx := c.ctx
	s, cat, ok := c.openWithCatalog(*db)
	if !ok {
		return 1
	}
	defer s.Close()
	*municipality = report.MunicipalityName(ctx, s.DB, *lang, *municipality)
	sig, err := store.GetSignatories(ctx, s.DB)
	if err != nil {
		return c.fail(1, err)
	}
	start := time.Now()
	themes := refreshThemes(ctx, s, c.stderr)
	r, err := report.WriteFiles(ctx, s.DB, cat, report.Options{Year: *year, Lang: *lang, Municipality: *municipality, Version: Version,
		Progress: progressBar(c.stderr), Themes: themes, Final: *final, RegNo: *regNo,
		PreparedBy: report.ParsePerson(sig.PreparedBy), ApprovedBy: report.ParsePerson(sig.ApprovedBy)}, report.Files{HTML: *out, XLSX: *xlsx, DOCX: *docxOut, PDF: *pdfOut, Guard: outputs(s)})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(c.stderr, "otzvuk report:", say("reportCancelled"))
		} else {
			fmt.Fprintln(c.stderr, "otzvuk report:", err)
		}
		return 1
	}
	fmt.Fprintf(c.stdout, "%s: %s", say("annualReport", r.Year), *out)
	if *xlsx != "" {
		fmt.Fprintf(c.stdout, ", %s", *xlsx)
	}
	if *docxOut != "" {
		fmt.Fprintf(c.stdout, ", %s", *docxOut)
	}
	if *pdfOut != "" {
		fmt.Fprintf(c.stdout, ", %s", *pdfOut)
	}
	fmt.Fprintf(c.stdout, " (%d %s, %d %s, %.1f s)\n", len(r.Departments), say("departments"), len(r.Indicators), say("indicators"), time.Since(start).Seconds())
	return 0
}
