package forecast

import (
	"fmt"
	"math"
)

// fitWalk fits Naive, SeasonalNaive or Drift: random walks whose one-step
// fitted value is the previous value (of the same season), plus the drift.
func fitWalk(s Series, method Method) (*Model, error) {
	y := s.Values
	n := len(y)
	lag := 1
	if method == SeasonalNaive {
		lag = s.freq()
	}
	need := lag + 1
	if method == Drift {
		need = 2
	}
	if method == Naive || method == SeasonalNaive {
		need = lag
	}
	if n < need {
		return nil, &TooShortError{Method: method.String(), Min: need, Got: n}
	}
	mod := &Model{LogLik: math.NaN(), AIC: math.NaN(), AICc: math.NaN(), BIC: math.NaN()}
	if method == Drift {
		mod.Slope = (y[n-1] - y[0]) / float64(n-1)
	}
	mod.fitted = make([]float64, n)
	mod.resid = make([]float64, n)
	var ss float64
	var cnt int
	for t := range y {
		if t < lag {
			mod.fitted[t], mod.resid[t] = math.NaN(), math.NaN()
			continue
		}
		mod.fitted[t] = y[t-lag] + mod.Slope
		mod.resid[t] = y[t] - mod.fitted[t]
		ss += mod.resid[t] * mod.resid[t]
		cnt++
	}
	// R's rwf/snaive: σ² is the mean squared residual; with drift one
	// degree of freedom goes to the slope.
	df := cnt
	if method == Drift {
		df--
	}
	if df > 0 {
		mod.Sigma2 = ss / float64(df)
	}
	return mod, nil
}

// fitLinear fits y(t) = a + b·t by least squares (t = 1 … n).
func fitLinear(s Series) (*Model, error) {
	y := s.Values
	n := len(y)
	if n < 3 {
		return nil, &TooShortError{Method: Linear.String(), Min: 3, Got: n}
	}
	a, b := lineFit(y)
	mod := &Model{LogLik: math.NaN(), AIC: math.NaN(), AICc: math.NaN(), BIC: math.NaN(), Slope: b, Intercept: a + b}
	mod.fitted = make([]float64, n)
	mod.resid = make([]float64, n)
	var ss float64
	for t := range y {
		mod.fitted[t] = a + b*float64(t+1)
		mod.resid[t] = y[t] - mod.fitted[t]
		ss += mod.resid[t] * mod.resid[t]
	}
	mod.Sigma2 = ss / float64(n-2)
	return mod, nil
}

// fitTheta is the Theta method of Assimakopoulos & Nikolopoulos (2000) in the
// form of Hyndman & Billah (2003) and R's forecast::thetaf: simple
// exponential smoothing (fitted as R's ses, see sesMSE; by maximum
// likelihood when α is fixed) plus a drift of half the least-squares slope. Seasonal data are first adjusted by a classical
// multiplicative decomposition when the lag-m autocorrelation is
// significant at 90% (thetaf's test), and the forecasts reseasonalised.
func fitTheta(s Series, opt Options) (*Model, error) {
	y := s.Values
	m := s.freq()
	n := len(y)
	ses := Spec{Error: Additive}
	if min := ses.minLen(m); n < min {
		return nil, &TooShortError{Method: Theta.String(), Min: min, Got: n}
	}
	adj := s
	var seas []float64
	if m > 1 && n > 2*m && positive(y) && seasonalACF(y, m) {
		seas = decomposeMult(y, m)
		v := make([]float64, n)
		for t := range y {
			v[t] = y[t] / seas[t%m]
		}
		adj.Values = v
	}
	var base *Model
	var err error
	alpha, l0, ok := 0.0, 0.0, false
	if opt.Alpha == 0 && !isConstant(adj.Values) {
		alpha, l0, ok = sesMSE(adj.Values)
	}
	if ok {
		base, err = finishETS(adj, ses, Params{Alpha: alpha, Phi: 1, Level: l0}, 1)
	} else {
		base, err = fitETS(adj, ses, Options{Alpha: opt.Alpha})
	}
	if err != nil {
		return nil, fmt.Errorf("theta: %w", err)
	}
	_, b := lineFit(adj.Values)
	base.Slope = b / 2
	base.parts = nil
	base.LogLik, base.AIC, base.AICc, base.BIC = math.NaN(), math.NaN(), math.NaN(), math.NaN()
	if seas != nil {
		base.thetaSeason = seas
		for t := range y {
			base.fitted[t] *= seas[t%m]
			base.resid[t] = y[t] - base.fitted[t]
		}
	}
	return base, nil
}

// seasonalACF is thetaf's seasonality test: |r(m)| exceeds 1.645 times its
// standard error sqrt((1 + 2 Σ_{k<m} r(k)²)/n).
func seasonalACF(y []float64, m int) bool {
	n := len(y)
	var mean float64
	for _, v := range y {
		mean += v
	}
	mean /= float64(n)
	var c0 float64
	for _, v := range y {
		c0 += (v - mean) * (v - mean)
	}
	if c0 == 0 {
		return false
	}
	r := func(k int) float64 {
		var c float64
		for t := k; t < n; t++ {
			c += (y[t] - mean) * (y[t-k] - mean)
		}
		return c / c0
	}
	var s float64
	for k := 1; k < m; k++ {
		s += r(k) * r(k)
	}
	return math.Abs(r(m)) > 1.645*math.Sqrt((1+2*s)/float64(n))
}

// decomposeMult returns multiplicative seasonal indices (mean 1) from a
// classical decomposition of the whole series: y over its centred moving
// average, averaged by season.
func decomposeMult(y []float64, m int) []float64 {
	n := len(y)
	idx := make([]float64, m)
	cnt := make([]float64, m)
	half := m / 2
	for t := half; t+half < n; t++ {
		idx[t%m] += y[t] / centredMean(y, m, t)
		cnt[t%m]++
	}
	var sum float64
	for k := range idx {
		idx[k] /= cnt[k]
		sum += idx[k]
	}
	for k := range idx {
		idx[k] *= float64(m) / sum
	}
	return idx
}

// fitCombination fits SES, Holt and DampedHolt ("Comb" of the M4
// competition, Makridakis et al. 2020).
func fitCombination(s Series, opt Options) (*Model, error) {
	mod := &Model{LogLik: math.NaN(), AIC: math.NaN(), AICc: math.NaN(), BIC: math.NaN()}
	n := len(s.Values)
	mod.fitted = make([]float64, n)
	for _, meth := range []Method{SES, Holt, DampedHolt} {
		o := opt
		o.Spec = Spec{}
		p, err := fit(s, meth, &o)
		if err != nil {
			var ts *TooShortError
			if asTooShort(err, &ts) {
				return nil, &TooShortError{Method: Combination.String(), Min: ts.Min, Got: ts.Got}
			}
			return nil, fmt.Errorf("combination: %w", err)
		}
		mod.parts = append(mod.parts, p)
		for t := range mod.fitted {
			mod.fitted[t] += p.fitted[t] / 3
		}
	}
	mod.resid = make([]float64, n)
	var ss float64
	for t, v := range s.Values {
		mod.resid[t] = v - mod.fitted[t]
		ss += mod.resid[t] * mod.resid[t]
	}
	mod.Sigma2 = ss / float64(n)
	return mod, nil
}

// centredMean returns the centred moving average of order m at t, the
// trend of a classical decomposition: for even m a 2×m average (half
// weights on the two ends), for odd m a plain m-term average. y must hold
// m/2 values either side of t.
func centredMean(y []float64, m, t int) float64 {
	half := m / 2
	var s float64
	if m%2 == 0 {
		s = 0.5*y[t-half] + 0.5*y[t+half]
		for j := t - half + 1; j < t+half; j++ {
			s += y[j]
		}
	} else {
		for j := t - half; j <= t+half; j++ {
			s += y[j]
		}
	}
	return s / float64(m)
}
