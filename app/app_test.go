package app

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

type recorder struct {
	mu     sync.Mutex
	events []string
	ready  chan struct{}
}

func (r *recorder) emit(_ context.Context, name string, _ ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, name)
	if name == "data:ready" {
		close(r.ready)
	}
}

func startedState(t *testing.T) (*State, *recorder) {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "app.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	st := NewState(s, cat, "test")
	rec := &recorder{ready: make(chan struct{})}
	Start(context.Background(), st, rec.emit)
	select {
	case <-rec.ready:
	case <-time.After(60 * time.Second):
		t.Fatal("data:ready never came")
	}
	return st, rec
}

func TestFirstStartSeedsTheDemoWithProgress(t *testing.T) {
	st, rec := startedState(t)
	status := NewStatusService(st).Status()
	if !status.Ready || !status.Demo || status.Problem != nil {
		t.Fatalf("status %+v", status)
	}
	progress := 0
	for _, e := range rec.events {
		if e == "seed:progress" {
			progress++
		}
	}
	if progress < 5 {
		t.Fatalf("%d progress events", progress)
	}
}

func TestTrendChartHasASeriesPerDepartmentAndTheTotal(t *testing.T) {
	st, _ := startedState(t)
	svc := NewIndicatorService(st)
	res := svc.Trend(TrendRequest{Indicator: "SAT_IDX", Grain: "quarter", Lang: "bg"})
	if !res.OK {
		t.Fatalf("problem %+v", res.Problem)
	}
	var option struct {
		Series []struct {
			Name string `json:"name"`
		} `json:"series"`
		XAxis []struct {
			Data []string `json:"data"`
		} `json:"xAxis"`
	}
	if err := json.Unmarshal(res.Chart.Option, &option); err != nil {
		t.Fatal(err)
	}
	if len(option.Series) != 9 || option.Series[8].Name != "Общо за общината" {
		t.Fatalf("series %+v", option.Series)
	}
	if len(option.XAxis) != 1 || len(option.XAxis[0].Data) != 13 { // 2023-Q4 … 2026-Q4
		t.Fatalf("x axis %+v", option.XAxis)
	}
	en := svc.Trend(TrendRequest{Indicator: "SAT_IDX", Grain: "month", Lang: "en"})
	if !en.OK || !json.Valid(en.Chart.Option) || !strings.Contains(string(en.Chart.Option), "Municipality total") {
		t.Fatal("English chart lacks its total label")
	}
}

func TestBadRequestsComeBackAsProblems(t *testing.T) {
	st, _ := startedState(t)
	svc := NewIndicatorService(st)
	if r := svc.Trend(TrendRequest{Indicator: "DROP TABLE", Grain: "month"}); r.OK || r.Problem.Key != "errors.unknownIndicator" {
		t.Fatalf("%+v", r)
	}
	if r := svc.Values(TrendRequest{Indicator: "SAT_IDX", Grain: "week"}); r.OK || r.Problem.Key != "errors.badGrain" {
		t.Fatalf("%+v", r)
	}
}
