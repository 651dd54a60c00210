package dashboard

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"otzvuk/analytics/backlog"
	"otzvuk/analytics/methodology"
)

// The backlog's cohorts and Kaplan–Meier medians are computed from the records themselves (each
// request's dates), not through the indicators' result cache: the comparison read its period's
// requests again at each visit and each change of the ranked indicator — 21 of its 30 ms on the
// demo with every indicator cached — and the department view each department's. What they
// computed is kept here by the data version of the request's snapshot (methodology.WithSnapshot):
// a change of data is a new key, and without a snapshot nothing is kept.

// cohortSummary is one department's items of a register filed in a period, told by what became of
// them, and their median days with the open ones censored.
type cohortSummary struct {
	cohort backlog.Cohort
	median backlog.Median
}

// backlogSummary: a register's items filed in a period, per department, as of the register's last
// date; nil when it holds none (or has no date at all).
type backlogSummary struct {
	asOf   time.Time
	byDept map[string]cohortSummary
}

// of is a department's summary (none in a nil summary: the register holds nothing in the period).
func (s *backlogSummary) of(code string) (cohortSummary, bool) {
	if s == nil {
		return cohortSummary{}, false
	}
	c, ok := s.byDept[code]
	return c, ok
}

var backlogMemo = struct {
	sync.Mutex
	entries map[string]*backlogSummary
}{entries: map[string]*backlogSummary{}}

// backlogMemoMax: summaries kept (each a cohort and a Kaplan–Meier curve per department); all go
// when it is reached. What it keeps is shared with every caller: never written.
const backlogMemoMax = 64

// summarizeBacklog is the summary of the items q selects, computed once per data version.
func summarizeBacklog(ctx context.Context, src Source, q backlog.Query) (*backlogSummary, error) {
	version := methodology.SnapshotVersion(ctx, src.DB)
	key := fmt.Sprintf("%p\x00%s\x00%s\x00%s\x00%s\x00%s", src.DB, version, q.Register, q.Department, q.From.Format(time.DateOnly), q.To.Format(time.DateOnly))
	if version != "" {
		backlogMemo.Lock()
		s, ok := backlogMemo.entries[key]
		backlogMemo.Unlock()
		if ok {
			return s, nil
		}
	}
	s, err := computeBacklogSummary(ctx, src, q)
	if err != nil || version == "" {
		return s, err
	}
	backlogMemo.Lock()
	if len(backlogMemo.entries) >= backlogMemoMax {
		backlogMemo.entries = map[string]*backlogSummary{}
	}
	backlogMemo.entries[key] = s
	backlogMemo.Unlock()
	return s, nil
}

// backlogReads counts the summaries read from the records (the memo's test).
var backlogReads atomic.Int64

func computeBacklogSummary(ctx context.Context, src Source, q backlog.Query) (*backlogSummary, error) {
	backlogReads.Add(1)
	items, err := backlog.Load(ctx, src.DB, q)
	if err != nil || len(items) == 0 {
		return nil, err
	}
	asOf, ok, err := backlog.LastDate(ctx, src.DB, q.Register)
	if err != nil || !ok {
		return nil, err
	}
	byDept := map[string][]backlog.Item{}
	for _, it := range items {
		byDept[it.Department] = append(byDept[it.Department], it)
	}
	s := &backlogSummary{asOf: asOf, byDept: make(map[string]cohortSummary, len(byDept))}
	for code, its := range byDept {
		s.byDept[code] = cohortSummary{cohort: backlog.CohortOf(its, asOf), median: backlog.KaplanMeier(its, asOf, backlog.LogLog)}
	}
	return s, nil
}
