package methodology

import (
	"context"
	"testing"
)

func TestRecordsBehindAPoint(t *testing.T) {
	s := openFixture(t, "signals.sql")
	ctx := context.Background()
	p, err := Records(ctx, s.DB, RecordsQuery{Kind: "signals", Department: "A", Period: "2025-01", Sort: "date", Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 3 || len(p.Rows) != 3 || p.Rows[0][0] != "g3" || p.Rows[2][0] != "g1" {
		t.Fatalf("page %+v", p)
	}
	p, _ = Records(ctx, s.DB, RecordsQuery{Kind: "signals", Search: "'; DROP TABLE signals; --", Limit: 10})
	if p.Total != 0 {
		t.Fatalf("a hostile search matched %d", p.Total)
	}
	if p, _ = Records(ctx, s.DB, RecordsQuery{Kind: "signals", Sort: "1; DROP TABLE signals", Limit: 2, Offset: 1}); p.Total != 8 || len(p.Rows) != 2 {
		t.Fatalf("sort outside the whitelist must fall back to date: %+v", p)
	}
	if _, err := Records(ctx, s.DB, RecordsQuery{Kind: "import_log"}); err == nil {
		t.Fatal("an unknown kind was listed")
	}
	var n int
	s.DB.QueryRow("SELECT count(*) FROM signals").Scan(&n)
	if n != 8 {
		t.Fatal("signals table damaged")
	}
}
