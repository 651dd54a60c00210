package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"otzvuk/analytics/export"
	"otzvuk/analytics/forms"
	"otzvuk/analytics/report"
)

func runForms(c *run, args []string) int {
	fs := c.flags()
	db := fs.String("db", "", "database whose departments and services fill the drop-downs (optional)")
	out := fs.String("out", "", "the folder to write the forms into")
	lang := fs.String("lang", "bg", "language: bg or en")
	municipality := fs.String("municipality", "", "the name on the forms (default: the one set with otzvuk settings when --db is given)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(c.stderr, "otzvuk forms:", say("giveOutFolder"))
		return 2
	}
	if !c.checkLang(*lang) {
		return 2
	}
	// the forms go into a new or empty folder, or one they were written into before
	if err := (export.Guard{Protect: []string{*db}}).CheckFolder(*out, export.KindHTML); err != nil {
		return c.fail(1, err)
	}
	if st, err := os.Stat(*out); err != nil || !st.IsDir() {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintln(c.stderr, "otzvuk forms:", say("folderNotCreated", *out))
			return 1
		}
	}
	o := forms.Options{Lang: *lang, Municipality: report.MunicipalityName(c.ctx, nil, *lang, *municipality)}
	guard := export.Guard{}
	if *db != "" {
		ctx := c.ctx
		s, ok := c.open(*db, mustExist)
		if !ok {
			return 1
		}
		deps, svcs, err := forms.Lists(ctx, s.DB)
		o.Municipality = report.MunicipalityName(ctx, s.DB, *lang, *municipality)
		guard = outputs(s)
		s.Close()
		if err != nil {
			return c.fail(1, err)
		}
		o.Departments, o.Services = deps, svcs
	}
	for _, form := range []string{forms.Survey, forms.Card} {
		html := filepath.Join(*out, forms.FileName(form, *lang, "html"))
		if err := guard.Write(html, export.KindHTML, func(w io.Writer) error { return forms.WriteHTML(w, form, o) }); err != nil {
			return c.fail(1, err)
		}
		xlsx := filepath.Join(*out, forms.FileName(form, *lang, "xlsx"))
		// each template gets its own instance id, so records typed into two copies never collide
		o.Instance = forms.NewInstance()
		var buf bytes.Buffer
		if err := forms.WriteTemplate(&buf, form, o); err != nil {
			return c.fail(1, err)
		}
		body, err := export.ContentTypesFirst(buf.Bytes())
		if err != nil {
			return c.fail(1, err)
		}
		if err := guard.Write(xlsx, export.KindXLSX, func(w io.Writer) error { _, err := w.Write(body); return err }); err != nil {
			return c.fail(1, err)
		}
		fmt.Fprintf(c.stdout, "%s\n%s\n", html, xlsx)
	}
	return 0
}
