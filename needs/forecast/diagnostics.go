package forecast

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// ACF returns the sample autocorrelations r(1) … r(maxLag) of x, as R's
// acf: r(k) = Σ (x(t) − x̄)(x(t+k) − x̄) / Σ (x(t) − x̄)². Non-finite
// values give a [ValueError]; maxLag must lie in [1, len(x)−1] and x must
// vary ([ErrScale] otherwise).
func ACF(x []float64, maxLag int) ([]float64, error) {
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, &ValueError{Position: i + 1, Err: ErrNotFinite}
		}
	}
	n := len(x)
	if maxLag < 1 || maxLag >= n {
		return nil, fmt.Errorf("forecast: ACF of %d values at lags 1 to %d: %w", n, maxLag, ErrLength)
	}
	x = scaledDown(x)
	var mean float64
	for _, v := range x {
		mean += v
	}
	mean /= float64(n)
	var c0 float64
	for _, v := range x {
		c0 += (v - mean) * (v - mean)
	}
	if c0 == 0 {
		return nil, fmt.Errorf("forecast: ACF of a constant series: %w", ErrScale)
	}
	r := make([]float64, maxLag)
	for k := 1; k <= maxLag; k++ {
		var c float64
		for t := 0; t+k < n; t++ {
			c += (x[t] - mean) * (x[t+k] - mean)
		}
		r[k-1] = c / c0
	}
	return r, nil
}

// scaledDown returns x divided by its largest magnitude when that is so
// large that sums of squares would overflow; autocorrelations do not
// depend on the scale, and x is returned as it is otherwise.
func scaledDown(x []float64) []float64 {
	var big float64
	for _, v := range x {
		big = max(big, math.Abs(v))
	}
	if big < 1e100 {
		return x
	}
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = v / big
	}
	return out
}

// LjungBox is the result of the Ljung–Box portmanteau test (Ljung & Box
// 1978, Biometrika 65(2)) that the first Lag autocorrelations are zero.
type LjungBox struct {
	Lag       int     // number of autocorrelations tested
	DF        int     // degrees of freedom, Lag − fitted parameters
	Statistic float64 // Q = n(n+2) Σ r(k)²/(n−k)
	PValue    float64 // P(χ²(DF) > Q)
}

// LjungBoxTest tests the residuals x (or any series) for autocorrelation
// at lags 1 … lag, with fitdf degrees of freedom taken by estimated
// parameters, as R's Box.test(x, lag, type = "Ljung-Box", fitdf). It needs
// lag > fitdf ≥ 0.
func LjungBoxTest(x []float64, lag, fitdf int) (LjungBox, error) {
	if fitdf < 0 || lag <= fitdf {
		return LjungBox{}, fmt.Errorf("forecast: Ljung–Box test at lag %d with %d fitted parameters: %w", lag, fitdf, ErrLength)
	}
	r, err := ACF(x, lag)
	if err != nil {
		return LjungBox{}, err
	}
	n := float64(len(x))
	var q float64
	for k, rk := range r {
		q += rk * rk / (n - float64(k+1))
	}
	q *= n * (n + 2)
	df := lag - fitdf
	p := distuv.ChiSquared{K: float64(df)}.Survival(q)
	return LjungBox{Lag: lag, DF: df, Statistic: q, PValue: p}, nil
}

// Diagnostics are residual checks of a fitted model.
type Diagnostics struct {
	ACF      []float64 // autocorrelations of the residuals at lags 1 … Lag
	LjungBox LjungBox
}

// Diagnostics returns the autocorrelations of the model's residuals (the
// response residuals y − ŷ, leaving out positions without a fitted value)
// and their Ljung–Box test at lags 1 … lag, with the estimated smoothing
// parameters counted as fitted degrees of freedom for ETS models (as R's
// checkresiduals does). A lag of 0 means R's default: 10 for non-seasonal
// data, 2m for seasonal, at most a fifth of the residuals.
func (m *Model) Diagnostics(lag int) (*Diagnostics, error) {
	var res []float64
	for _, v := range m.resid {
		if !math.IsNaN(v) {
			res = append(res, v)
		}
	}
	freq := m.series.freq()
	if lag == 0 {
		lag = 10
		if freq > 1 {
			lag = 2 * freq
		}
		lag = min(lag, len(res)/5)
	}
	fitdf := 0
	switch m.Method {
	case SES, Holt, DampedHolt, ETS, Auto:
		fitdf = m.Spec.nSmooth()
	}
	fitdf = min(fitdf, max(lag-1, 0))
	lb, err := LjungBoxTest(res, lag, fitdf)
	if err != nil {
		return nil, err
	}
	r, err := ACF(res, lag)
	if err != nil {
		return nil, err
	}
	return &Diagnostics{ACF: r, LjungBox: lb}, nil
}

// Accuracy returns the in-sample accuracy of the model's one-step fitted
// values, as R's accuracy(fit): the measures of [Measure] over the
// observations that have a fitted value, MASE scaled by the in-sample
// seasonal naive error at the series' frequency.
func (m *Model) Accuracy() (Accuracy, error) {
	var a, f []float64
	for t, v := range m.series.Values {
		if !math.IsNaN(m.fitted[t]) {
			a = append(a, v)
			f = append(f, m.fitted[t])
		}
	}
	return Measure(a, f, m.series.Values, m.series.freq())
}
