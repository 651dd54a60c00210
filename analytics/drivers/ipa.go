package drivers

// Quadrant is one cell of the importance–performance matrix (Martilla & James 1977), with the
// advice it carries in both UI languages.
type Quadrant struct {
	ID string `json:"id"`
	BG string `json:"bg"`
	EN string `json:"en"`
}

// The four quadrants. Importance is the driver's share of R² (or any importance measure),
// performance its mean rating (or share satisfied). A value equal to the cut counts as high.
var (
	// Improve: high importance, low performance — where effort pays most.
	Improve = Quadrant{"improve", "Подобрете", "Improve"}
	// Maintain: high importance, high performance — keep up the good work.
	Maintain = Quadrant{"maintain", "Поддържайте", "Maintain"}
	// Monitor: low importance, low performance — low priority, watch that it does not grow.
	Monitor = Quadrant{"monitor", "Наблюдавайте", "Monitor"}
	// Strengths: low importance, high performance — strong points that need no extra effort
	// (Martilla & James call it "possible overkill").
	Strengths = Quadrant{"strengths", "Силни страни", "Strengths"}
)

// IPAPoint is one driver in the matrix.
type IPAPoint struct {
	Name        string   `json:"name"`
	Importance  float64  `json:"importance"`
	Performance float64  `json:"performance"`
	Quadrant    Quadrant `json:"quadrant"`
}

// Cuts are the lines that split the matrix. Nil fields mean "the mean over the drivers".
type Cuts struct {
	Importance, Performance *float64
}

// IPA places each driver in a quadrant and returns the points and the cuts used
// (importance cut, performance cut).
func IPA(names []string, importance, performance []float64, cuts Cuts) ([]IPAPoint, float64, float64) {
	mean := func(v []float64) float64 {
		if len(v) == 0 {
			return 0
		}
		s := 0.0
		for _, x := range v {
			s += x
		}
		return s / float64(len(v))
	}
	ci, cp := mean(importance), mean(performance)
	if cuts.Importance != nil {
		ci = *cuts.Importance
	}
	if cuts.Performance != nil {
		cp = *cuts.Performance
	}
	out := make([]IPAPoint, len(names))
	for i, n := range names {
		hiI, hiP := importance[i] >= ci, performance[i] >= cp
		q := Monitor
		switch {
		case hiI && !hiP:
			q = Improve
		case hiI && hiP:
			q = Maintain
		case !hiI && hiP:
			q = Strengths
		}
		out[i] = IPAPoint{Name: n, Importance: importance[i], Performance: performance[i], Quadrant: q}
	}
	return out, ci, cp
}
