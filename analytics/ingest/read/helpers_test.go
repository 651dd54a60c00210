package read

import (
	"os"
	"path/filepath"
	"testing"
)

// A feedback cards export, as analytics/ingest's tests write it.
const cardsHeader = "№,Дата,Отдел,Източник,Оценка,Коментар\n"
const goodRow = "K1,05.03.2026,GRAO,box,4,Благодаря\n"

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
