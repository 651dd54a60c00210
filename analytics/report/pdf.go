package report

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// ErrNoOffice: no LibreOffice to turn the DOCX into a PDF.
var ErrNoOffice = errors.New("LibreOffice (soffice) is not installed / LibreOffice не е инсталиран")

// OfficePath finds LibreOffice's soffice: on the PATH, or where its installer puts it.
func OfficePath() (string, bool) {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	var guesses []string
	switch runtime.GOOS {
	case "windows":
		for _, env := range []string{"ProgramFiles", "ProgramFiles(x86)"} {
			if d := os.Getenv(env); d != "" {
				guesses = append(guesses, filepath.Join(d, "LibreOffice", "program", "soffice.exe"))
			}
		}
	case "darwin":
		guesses = append(guesses, "/Applications/LibreOffice.app/Contents/MacOS/soffice")
	}
	for _, g := range guesses {
		if st, err := os.Stat(g); err == nil && !st.IsDir() {
			return g, true
		}
	}
	return "", false
}

// DOCXToPDF lays the DOCX out with LibreOffice (headless, a throw-away profile) and returns the
// PDF. LibreOffice does not update the table of contents: it shows the field's cached entries, so
// a report's PDF comes from PaginatedDOCX (toc.go), which fills them in with the page numbers.
func DOCXToPDF(ctx context.Context, docx []byte) ([]byte, error) {
	office, ok := OfficePath()
	if !ok {
		return nil, ErrNoOffice
	}
	dir, err := os.MkdirTemp("", "otzvuk-pdf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(in, docx, 0o600); err != nil {
		return nil, err
	}
	profile := "file:///" + filepath.ToSlash(filepath.Join(dir, "profile"))
	cmd := exec.CommandContext(ctx, office, "--headless", "--norestore", "-env:UserInstallation="+profile, "--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, errors.New("LibreOffice: " + err.Error() + ": " + string(out))
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "report.pdf"))
	if err != nil {
		return nil, errors.New("LibreOffice wrote no PDF / LibreOffice не създаде PDF")
	}
	return pdf, nil
}
