package backlog

import (
	"math"
	"testing"
	"time"
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func dp(s string) *time.Time {
	if s == "" {
		return nil
	}
	t := d(s)
	return &t
}

// tenRequests is the register of issue 23's test, filed in the first quarter of 2025 and read as
// of 31 March 2025 (the data's last date):
//
//	A  2 Jan, due 16 Jan, done 10 Jan   on time, 8 days
//	B  5 Jan, due 19 Jan, done 19 Jan   on time (on the due day), 14 days
//	C 10 Jan, due 24 Jan, done  3 Feb   late, 24 days
//	D 15 Jan, due 29 Jan, done  1 Mar   late, 45 days
//	E 20 Jan, due  3 Feb, open          open past due; censored at 70 days
//	F  1 Feb, due 15 Feb, open          open past due; censored at 58 days
//	G 20 Mar, due  3 Apr, open          pending; censored at 11 days
//	H 25 Mar, due  8 Apr, done 2 Apr    done after the as-of date: pending; censored at 6 days
//	I 10 Feb, cancelled                 withdrawn
//	J 15 Feb, due  1 Mar, done 20 Feb   on time, 5 days
var tenRequests = []Item{
	{ID: "A", Filed: d("2025-01-02"), Due: dp("2025-01-16"), Done: dp("2025-01-10")},
	{ID: "B", Filed: d("2025-01-05"), Due: dp("2025-01-19"), Done: dp("2025-01-19")},
	{ID: "C", Filed: d("2025-01-10"), Due: dp("2025-01-24"), Done: dp("2025-02-03")},
	{ID: "D", Filed: d("2025-01-15"), Due: dp("2025-01-29"), Done: dp("2025-03-01")},
	{ID: "E", Filed: d("2025-01-20"), Due: dp("2025-02-03")},
	{ID: "F", Filed: d("2025-02-01"), Due: dp("2025-02-15")},
	{ID: "G", Filed: d("2025-03-20"), Due: dp("2025-04-03")},
	{ID: "H", Filed: d("2025-03-25"), Due: dp("2025-04-08"), Done: dp("2025-04-02")},
	{ID: "I", Filed: d("2025-02-10"), Due: dp("2025-02-24"), Withdrawn: true},
	{ID: "J", Filed: d("2025-02-15"), Due: dp("2025-03-01"), Done: dp("2025-02-20")},
}

func approx(t *testing.T, what string, got *float64, want float64) {
	t.Helper()
	if got == nil || math.Abs(*got-want) > 1e-3 {
		if got == nil {
			t.Errorf("%s = nil, want %v", what, want)
		} else {
			t.Errorf("%s = %v, want %v", what, *got, want)
		}
	}
}

// On paper: 10 filed, 1 withdrawn; of the other 9: on time 3 (A, B, J), late 2 (C, D), open past
// due 2 (E, F), pending 2 (G, H): shares 33.3 / 22.2 / 22.2 / 22.2 %. Rate 3 / (3 + 2 + 2) =
// 42.857 %, Wilson 95 % 15.822 … 74.954 % (p = 3/7, z² = 3.8415: centre 0.453882, half 0.295660).
// By completion date (SVC_ONTIME's way) the same register reads 3 of 5 completed = 60 %.
func TestCohortOfTenRequests(t *testing.T) {
	c := CohortOf(tenRequests, d("2025-03-31"))
	if c.Filed != 10 || c.Withdrawn != 1 || c.OnTime != 3 || c.Late != 2 || c.Overdue != 2 || c.Pending != 2 || c.NoDeadline != 0 || c.RateN != 7 {
		t.Fatalf("%+v", c)
	}
	approx(t, "on time share", c.OnTimeShare, 100.0/3)
	approx(t, "late share", c.LateShare, 200.0/9)
	approx(t, "overdue share", c.OverdueShare, 200.0/9)
	approx(t, "pending share", c.PendingShare, 200.0/9)
	approx(t, "rate", c.Rate, 300.0/7)
	approx(t, "rate CI low", c.RateCILow, 15.8220)
	approx(t, "rate CI high", c.RateCIHigh, 74.9542)
	// A day later H is done (2 April, before its 8 April deadline) and G is still within its deadline.
	c = CohortOf(tenRequests, d("2025-04-02"))
	if c.OnTime != 4 || c.Pending != 1 || c.Overdue != 2 {
		t.Fatalf("as of 2 April: %+v", c)
	}
	// Items filed after the as-of date are not counted; a request with no deadline is apart.
	c = CohortOf(append([]Item{{Filed: d("2025-03-10"), Done: dp("2025-03-12")}}, tenRequests...), d("2025-03-19"))
	if c.Filed != 9 || c.NoDeadline != 1 || c.Pending != 0 || c.Overdue != 2 {
		t.Fatalf("as of 19 March: %+v", c)
	}
	// Nothing filed: no rate, no share, nothing NaN.
	if c := CohortOf(nil, d("2025-03-31")); c.Rate != nil || c.OnTimeShare != nil {
		t.Fatalf("%+v", c)
	}
}

// Kaplan–Meier on the same register, by hand (withdrawn I left out; ✓ completed, c censored):
//
//	5✓ 6c 8✓ 11c 14✓ 24✓ 45✓ 58c 70c
//	day 5:  9 at risk, S = 8/9            = 0.8889
//	day 8:  7 at risk, S = 8/9 · 6/7      = 0.7619
//	day 14: 5 at risk, S = 0.7619 · 4/5   = 0.6095
//	day 24: 4 at risk, S = 0.6095 · 3/4   = 0.4571  ≤ 1/2: median 24 days
//
// The completed requests alone (SVC_TTR's way) have the median of 5, 8, 14, 24, 45 = 14 days.
func TestKaplanMeierMedianOfTenRequests(t *testing.T) {
	m := KaplanMeier(tenRequests, d("2025-03-31"), LogLog)
	if m.N != 9 || m.Events != 5 || m.Censored != 4 {
		t.Fatalf("%+v", m)
	}
	approx(t, "median", m.Days, 24)
	if len(m.Steps) != 5 || math.Abs(m.Steps[3].Survival-0.457142857) > 1e-6 || m.Steps[2].AtRisk != 5 {
		t.Fatalf("%+v", m.Steps)
	}
}

// The median's interval on a published example: the acute myelogenous leukaemia trial (Embury et
// al. 1977; R survival's `aml` data), weeks to relapse. R's documented output of
// survfit(Surv(time, status) ~ x, data = aml), with its default log band:
//
//	x=Maintained    n 11, events 7, median 31, 0.95LCL 18, 0.95UCL NA
//	x=Nonmaintained n 12, events 11, median 23, 0.95LCL 8, 0.95UCL NA
//
// With the log-log band (Otzvuk's), computed by hand from Greenwood's sums: Nonmaintained — at
// week 5 S = 0.8333, Σd/(n(n−d)) = 0.016667, se(log(−log S)) = 0.12910/0.18232 = 0.70810, lower
// S^exp(1.96·0.708) = 0.4817 ≤ ½: the interval starts at 5; at week 30 S = 0.29167, Σ = 0.22619,
// se = 0.47560/1.23214 = 0.38600, upper S^exp(−0.75655) = 0.5609 > ½; at week 33 S = 0.19444,
// Σ = 0.39286, se = 0.62679/1.63760 = 0.38275, upper S^exp(−0.75017) = 0.4614 ≤ ½: it ends at 33.
// Maintained: 31, 13 … not reached (the upper curve ends at 0.5250 > ½).
func TestKaplanMeierIntervalOnAML(t *testing.T) {
	type obs struct {
		t    int
		done bool
	}
	spells := func(os []obs) []spell {
		var out []spell
		for _, o := range os {
			out = append(out, spell{o.t, o.done})
		}
		return out
	}
	maintained := []obs{{9, true}, {13, true}, {13, false}, {18, true}, {23, true}, {28, false}, {31, true}, {34, true}, {45, false}, {48, true}, {161, false}}
	non := []obs{{5, true}, {5, true}, {8, true}, {8, true}, {12, true}, {16, false}, {23, true}, {27, true}, {30, true}, {33, true}, {43, true}, {45, true}}
	for _, c := range []struct {
		name      string
		data      []obs
		ct        ConfType
		med, low  float64
		high      float64 // 0: not reached
		n, events int
	}{
		{"maintained, log (R)", maintained, Log, 31, 18, 0, 11, 7},
		{"nonmaintained, log (R)", non, Log, 23, 8, 0, 12, 11},
		{"maintained, log-log", maintained, LogLog, 31, 13, 0, 11, 7},
		{"nonmaintained, log-log", non, LogLog, 23, 5, 33, 12, 11},
	} {
		m := kmOf(spells(c.data), c.ct)
		if m.N != c.n || m.Events != c.events {
			t.Errorf("%s: n %d events %d", c.name, m.N, m.Events)
		}
		approx(t, c.name+" median", m.Days, c.med)
		approx(t, c.name+" low", m.Low, c.low)
		if c.high == 0 && m.High != nil {
			t.Errorf("%s: high %v, want not reached", c.name, *m.High)
		} else if c.high != 0 {
			approx(t, c.name+" high", m.High, c.high)
		}
	}
}

// R's rule for a curve exactly at one half: the midpoint to the next drop (Surv(1:4) → 2.5); a
// curve that never reaches one half has no median ("not reached"), not NaN.
func TestKaplanMeierHalfAndNotReached(t *testing.T) {
	m := kmOf([]spell{{1, true}, {2, true}, {3, true}, {4, true}}, LogLog)
	approx(t, "median", m.Days, 2.5)
	m = kmOf([]spell{{1, true}, {10, false}, {10, false}, {10, false}}, LogLog)
	if m.Days != nil || m.Low != nil && *m.Low > 10 {
		t.Fatalf("not reached: %+v", m)
	}
	if m := kmOf(nil, LogLog); m.Days != nil || m.N != 0 {
		t.Fatalf("%+v", m)
	}
	// A completion before the filing date is left out, not a negative duration.
	m = KaplanMeier([]Item{{Filed: d("2025-02-01"), Done: dp("2025-01-01")}, {Filed: d("2025-01-01"), Done: dp("2025-01-03")}}, d("2025-03-01"), LogLog)
	if m.N != 1 || *m.Days != 2 {
		t.Fatalf("%+v", m)
	}
}
