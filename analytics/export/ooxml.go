package export

import (
	"archive/zip"
	"bytes"
	"io"
)

// ContentTypesFirst rewrites an Office Open XML package (XLSX, DOCX) so that [Content_Types].xml
// is its first entry, as Office itself writes it. The guard recognises an earlier export by that
// name in the file's first bytes; excelize puts it last, so a small workbook written twice would
// otherwise be refused the second time.
func ContentTypesFirst(pkg []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	copyEntry := func(f *zip.File) error {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
		if err != nil {
			return err
		}
		_, err = io.Copy(w, rc)
		return err
	}
	for _, f := range zr.File {
		if f.Name == "[Content_Types].xml" {
			if err := copyEntry(f); err != nil {
				return nil, err
			}
		}
	}
	for _, f := range zr.File {
		if f.Name != "[Content_Types].xml" {
			if err := copyEntry(f); err != nil {
				return nil, err
			}
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
