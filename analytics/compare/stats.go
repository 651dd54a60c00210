// Package compare holds the statistics behind honest comparisons: intervals for shares and means,
// and tests for whether a change between two periods is more than noise.
package compare

import (
	"math"
	"sync"
	"sync/atomic"
)

// Z95 is the two-sided 95% normal quantile.
const Z95 = 1.959963984540054

// Interval is a two-sided 95% confidence interval.
type Interval struct{ Low, High float64 }

// Wilson is the Wilson score interval for k successes in n trials (as proportions 0–1).
// Unlike the textbook Wald interval it stays inside [0, 1] and behaves for k = 0 or k = n.
func Wilson(k, n float64) (Interval, bool) {
	if n <= 0 || k < 0 || k > n {
		return Interval{}, false
	}
	p := k / n
	z2 := Z95 * Z95
	centre := (p + z2/(2*n)) / (1 + z2/n)
	half := Z95 / (1 + z2/n) * math.Sqrt(p*(1-p)/n+z2/(4*n*n))
	return Interval{math.Max(0, centre-half), math.Min(1, centre+half)}, true
}

// MeanInterval is the t interval for a mean from n values with sample standard deviation sd.
func MeanInterval(mean, sd float64, n int64) (Interval, bool) {
	if n < 2 || math.IsNaN(sd) {
		return Interval{}, false
	}
	half := TQuantile(0.975, float64(n-1)) * sd / math.Sqrt(float64(n))
	return Interval{mean - half, mean + half}, true
}

// TwoProportionZ tests k1/n1 against k2/n2 with the pooled two-proportion z-test; it returns z and the two-sided p.
func TwoProportionZ(k1, n1, k2, n2 float64) (z, p float64, ok bool) {
	if n1 <= 0 || n2 <= 0 {
		return 0, 1, false
	}
	pool := (k1 + k2) / (n1 + n2)
	se := math.Sqrt(pool * (1 - pool) * (1/n1 + 1/n2))
	if se == 0 {
		return 0, 1, false
	}
	z = (k1/n1 - k2/n2) / se
	return z, 2 * (1 - NormalCDF(math.Abs(z))), true
}

// Welch tests two means with unequal variances; it returns t, the Welch–Satterthwaite degrees of freedom and the two-sided p.
func Welch(m1, sd1 float64, n1 int64, m2, sd2 float64, n2 int64) (t, df, p float64, ok bool) {
	if n1 < 2 || n2 < 2 {
		return 0, 0, 1, false
	}
	v1, v2 := sd1*sd1/float64(n1), sd2*sd2/float64(n2)
	if v1+v2 == 0 || math.IsNaN(v1+v2) {
		return 0, 0, 1, false
	}
	t = (m1 - m2) / math.Sqrt(v1+v2)
	df = (v1 + v2) * (v1 + v2) / (v1*v1/float64(n1-1) + v2*v2/float64(n2-1))
	return t, df, 2 * (1 - TCDF(math.Abs(t), df)), true
}

// NormalCDF is the standard normal distribution function.
func NormalCDF(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }

// TCDF is Student's t distribution function with df degrees of freedom.
func TCDF(t, df float64) float64 {
	x := df / (df + t*t)
	tail := 0.5 * regIncBeta(df/2, 0.5, x)
	if t >= 0 {
		return 1 - tail
	}
	return tail
}

// TQuantile inverts TCDF by bisection (monotone). A dashboard asks for the same few hundred
// degrees of freedom thousands of times, so each answer is kept.
func TQuantile(p, df float64) float64 {
	key := [2]float64{p, df}
	if q, ok := quantiles.Load(key); ok {
		return q.(float64)
	}
	q := tQuantile(p, df)
	if quantileCount.Add(1) > maxQuantiles {
		quantiles.Clear() // far more distinct sample sizes than any view has: start again
		quantileCount.Store(0)
	}
	quantiles.Store(key, q)
	return q
}

var (
	quantiles     sync.Map // [p, df] → quantile
	quantileCount atomic.Int64
)

const maxQuantiles = 1 << 16

func tQuantile(p, df float64) float64 {
	lo, hi := -1e3, 1e3
	for i := 0; i < 200 && hi-lo > 1e-12; i++ {
		mid := (lo + hi) / 2
		if TCDF(mid, df) < p {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

// regIncBeta is the regularised incomplete beta function I_x(a, b), by Lentz's continued fraction.
func regIncBeta(a, b, x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x >= 1 {
		return 1
	}
	la, _ := math.Lgamma(a + b)
	lb, _ := math.Lgamma(a)
	lc, _ := math.Lgamma(b)
	front := math.Exp(la - lb - lc + a*math.Log(x) + b*math.Log(1-x))
	if x > (a+1)/(a+b+2) {
		return 1 - front*betaCF(b, a, 1-x)/b
	}
	return front * betaCF(a, b, x) / a
}

func betaCF(a, b, x float64) float64 {
	const tiny = 1e-300
	c, d := 1.0, 1-(a+b)*x/(a+1)
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	for m := 1; m <= 300; m++ {
		fm := float64(m)
		num := fm * (b - fm) * x / ((a + 2*fm - 1) * (a + 2*fm))
		d = 1 + num*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + num/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		h *= d * c
		num = -(a + fm) * (a + b + fm) * x / ((a + 2*fm) * (a + 2*fm + 1))
		d = 1 + num*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + num/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 1e-15 {
			break
		}
	}
	return h
}
