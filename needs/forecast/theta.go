package forecast

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// ThetaParams are the parameters of a fitted model of the theta family of
// Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler (2016), "Models for
// optimising the theta method and their relationship to state space
// models", International Journal of Forecasting 32(4), 1151–1161. With
// A(t), B(t) the least-squares intercept and slope of y(1) … y(t) (their
// values on the whole series for the static models), the one-step forecast
// and the level are
//
//	μ(t+1) = ℓ(t) + (1 − 1/θ)·(A(t)·(1−α)^t + B(t)·(1 − (1−α)^(t+1))/α)
//	ℓ(t)   = α·y(t) + (1 − α)·ℓ(t−1)
//
// and forecasts continue the recursion with y = μ. The standard models (STM,
// DSTM) keep θ = 2, the optimised ones (OTM, DOTM) estimate it.
type ThetaParams struct {
	Model   Method  `json:"model"`   // STM, OTM, DSTM or DOTM
	Level0  float64 `json:"level0"`  // ℓ(0)
	Alpha   float64 `json:"alpha"`   // smoothing, in [0.1, 0.99]
	Theta   float64 `json:"theta"`   // θ ≥ 1
	Dynamic bool    `json:"dynamic"` // A and B updated every period (DSTM, DOTM)
	// Season holds the multiplicative seasonal indices the series was
	// adjusted by, by position t mod m (nil when it was not adjusted).
	Season []float64 `json:"season,omitempty"`
}

// thetaFit is a fitted theta-family model.
type thetaFit struct {
	par   ThetaParams
	y     []float64 // the (seasonally adjusted) series the model was fitted to
	an    float64   // static intercept and slope (whole series)
	bn    float64
	sigma float64 // standard deviation of the one-step errors (t ≥ 3)
	mse   float64 // mean squared one-step error from t = 4 on, AutoTheta's criterion
}

// Bounds and start of forecTheta (Fiorucci et al., R package forecTheta
// 2.x, function twoTL): ℓ0 in ±1e10, α in [0.1, 0.99], θ ≥ 1; the
// standard models hold θ within 1e-5 of 2.
const (
	thetaAlphaLo, thetaAlphaHi = 0.1, 0.99
	thetaLevelBound            = 1e10
	thetaHi                    = 1e10
	thetaFixedTol              = 1e-5
	thetaOutside               = 1e300 // objective outside the bounds
	rReltol                    = 1.4901161193847656e-08
	thetaMaxit                 = 500
)

// thetaRun is the state of the recursion after i observations.
type thetaRun struct {
	p        ThetaParams
	ell      float64 // ℓ(i)
	meanY    float64 // mean of y(1) … y(i)
	a, b     float64 // A(i), B(i)
	qi       float64 // (1−α)^i
	i        float64
	an, bn   float64 // static A and B
	w, alpha float64 // 1 − 1/θ and α
}

// begin starts the recursion at the first observation y0 and returns the
// state after it and the first one-step forecast.
func (t *thetaFit) begin(p ThetaParams, y0 float64) (thetaRun, float64) {
	r := thetaRun{p: p, an: t.an, bn: t.bn, w: 1 - 1/p.Theta, alpha: p.Alpha}
	r.ell = p.Alpha*y0 + (1-p.Alpha)*p.Level0
	r.meanY = y0
	r.a, r.b = t.an, t.bn
	mu0 := p.Level0 + r.w*(t.an+t.bn)
	if p.Dynamic {
		r.a, r.b = y0, 0
		mu0 = y0
	}
	r.qi = 1 - p.Alpha
	r.i = 1
	return r, mu0
}

// next returns the one-step forecast of the next observation.
func (r *thetaRun) next() float64 {
	q := 1 - r.alpha
	return r.ell + r.w*(r.a*r.qi+r.b*(1-r.qi*q)/r.alpha)
}

// observe advances the state by the observation y.
func (r *thetaRun) observe(y float64) {
	q := 1 - r.alpha
	fi := r.i
	r.ell = r.alpha*y + q*r.ell
	prev := r.meanY
	r.meanY = (fi*r.meanY + y) / (fi + 1)
	if r.p.Dynamic {
		r.b = ((fi-1)*r.b + 6*(y-prev)/(fi+1)) / (fi + 2)
		r.a = r.meanY - r.b*(fi+2)/2
	}
	r.qi *= q
	r.i++
}

// path runs the recursion over y (one-step forecasts into mu[:n]) and on
// for len(mu) − n further steps with y = μ; it returns the state at the end
// of y and false if a value is not finite.
func (t *thetaFit) path(y []float64, p ThetaParams, mu []float64) (thetaRun, bool) {
	n := len(y)
	r, mu0 := t.begin(p, y[0])
	mu[0] = mu0
	var atEnd thetaRun
	if n == 1 {
		atEnd = r
	}
	for i := 1; i < len(mu); i++ {
		m := r.next()
		mu[i] = m
		if i < n {
			r.observe(y[i])
		} else {
			r.observe(m)
		}
		if i == n-1 {
			atEnd = r
		}
	}
	for _, v := range mu {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return atEnd, false
		}
	}
	return atEnd, true
}

// thetaKinds lists the family in AutoTheta's order.
var thetaKinds = []Method{STM, OTM, DSTM, DOTM}

// fitThetaFamily fits STM, OTM, DSTM, DOTM or, for AutoTheta, all four
// and keeps the lowest in-sample mean squared error (as the AutoTheta of
// Nixtla's statsforecast does). Quarterly and monthly series of at least
// two years are first adjusted by a classical multiplicative decomposition
// when thetaf's test finds the lag-m autocorrelation significant at 90%
// (forecTheta's test is the same with 1.64 for 1.645); series that are not
// strictly positive, or whose indices fall below 0.01, are not adjusted.
func fitThetaFamily(s Series, method Method, opt Options) (*Model, error) {
	y := s.Values
	n := len(y)
	if n < 4 {
		return nil, &TooShortError{Method: method.String(), Min: 4, Got: n}
	}
	m := s.freq()
	adj := y
	var seas []float64
	if m > 1 && n >= 2*m && positive(y) && seasonalACF(y, m) {
		seas = decomposeMult(y, m)
		if slices.Min(seas) >= 0.01 {
			adj = make([]float64, n)
			for t := range y {
				adj[t] = y[t] / seas[t%m]
			}
		} else {
			seas = nil
		}
	}
	kinds := []Method{method}
	if method == AutoTheta {
		kinds = thetaKinds
	}
	var best *thetaFit
	for _, k := range kinds {
		f, ok := estimateTheta(adj, k)
		if ok && (best == nil || f.mse < best.mse) {
			best = f
		}
	}
	if best == nil {
		return nil, fmt.Errorf("%v: %w", method, ErrNoFit)
	}
	best.par.Season = seas
	return thetaModel(s, best)
}

// estimateTheta fits one model of the family to y by minimising the sum of
// squared one-step errors (scaled by mean |y|; from t = 3 for the dynamic
// models, whose first forecasts are exact) with R's Nelder–Mead from ℓ0 =
// y(1)/2, α = 0.5, θ = 2, as forecTheta's stm, otm, dstm and dotm do.
func estimateTheta(y []float64, kind Method) (*thetaFit, bool) {
	n := len(y)
	f := &thetaFit{y: y}
	f.par.Model = kind
	f.par.Dynamic = kind == DSTM || kind == DOTM
	f.an, f.bn = staticLine(y)
	thLo, thHi := 1.0, thetaHi
	if kind == STM || kind == DSTM {
		thLo, thHi = 2-thetaFixedTol, 2+thetaFixedTol
	}
	var cte float64
	for _, v := range y {
		cte += math.Abs(v)
	}
	cte /= float64(n)
	if cte == 0 {
		cte = 1
	}
	first := 0
	if f.par.Dynamic {
		first = 2
	}
	mu := make([]float64, n)
	sse := func(x []float64) float64 {
		if !(x[0] >= -thetaLevelBound && x[0] <= thetaLevelBound && x[1] >= thetaAlphaLo && x[1] <= thetaAlphaHi && x[2] >= thLo && x[2] <= thHi) {
			return thetaOutside
		}
		p := ThetaParams{Level0: x[0], Alpha: x[1], Theta: x[2], Dynamic: f.par.Dynamic}
		if _, ok := f.path(y, p, mu); !ok {
			return math.Inf(1)
		}
		var s float64
		for t := first; t < n; t++ {
			e := (y[t] - mu[t]) / cte
			s += e * e
		}
		return s
	}
	x, _, ok := nmmin(sse, []float64{y[0] / 2, 0.5, 2}, rReltol, thetaMaxit)
	if !ok {
		return nil, false
	}
	f.par.Level0, f.par.Alpha, f.par.Theta = x[0], x[1], x[2]
	if _, ok := f.path(y, f.par, mu); !ok {
		return nil, false
	}
	var ss float64
	var cnt int
	for t := 3; t < n; t++ {
		e := y[t] - mu[t]
		ss += e * e
		cnt++
	}
	f.mse = ss / float64(cnt)
	res := make([]float64, 0, n-2)
	for t := 2; t < n; t++ {
		res = append(res, y[t]-mu[t])
	}
	f.sigma = stat.StdDev(res, nil)
	if math.IsNaN(f.sigma) {
		f.sigma = 0
	}
	return f, true
}

// staticLine returns the least-squares intercept and slope of y on
// 1 … n, in the closed form of Fiorucci et al. (2016).
func staticLine(y []float64) (a, b float64) {
	n := float64(len(y))
	var my, mty float64
	for i, v := range y {
		my += v
		mty += float64(i+1) * v
	}
	my /= n
	mty /= n
	b = 6 * (2*mty - (1+n)*my) / (n*n - 1)
	return my - (n+1)*b/2, b
}

// thetaModel wraps a fitted theta-family model, reseasonalising its fitted
// values.
func thetaModel(s Series, f *thetaFit) (*Model, error) {
	n := len(s.Values)
	mu := make([]float64, n)
	if _, ok := f.path(f.y, f.par, mu); !ok {
		return nil, fmt.Errorf("%v: %w", f.par.Model, ErrNoFit)
	}
	m := s.freq()
	mod := &Model{LogLik: math.NaN(), AIC: math.NaN(), AICc: math.NaN(), BIC: math.NaN()}
	mod.fitted = mu
	mod.resid = make([]float64, n)
	for t, v := range s.Values {
		if f.par.Season != nil {
			mu[t] *= f.par.Season[t%m]
		}
		mod.resid[t] = v - mu[t]
	}
	mod.Sigma2 = f.sigma * f.sigma
	par := f.par
	par.Season = slices.Clone(par.Season)
	mod.Theta = &par
	mod.theta = f
	return mod, nil
}

// means returns h forecasts, reseasonalised.
func (f *thetaFit) means(h, m int) []float64 {
	n := len(f.y)
	mu := make([]float64, n+h)
	f.path(f.y, f.par, mu)
	out := mu[n:]
	if f.par.Season != nil {
		for i := range out {
			out[i] *= f.par.Season[(n+i)%m]
		}
	}
	return out
}

// intervals returns prediction intervals with N(0, σ²) errors on every
// one-step forecast, σ the standard deviation of the in-sample one-step
// errors from the third observation on, as forecTheta does; bounds are
// reseasonalised by the indices the series was adjusted by.
//
// The static models (STM, OTM) have them in closed form: their drift term
// depends on time alone, so the level takes α times each error and the
// h-step error e(n+h) + α·Σ_{j<h} e(n+j) has variance σ²·(1 + α²·(h−1)), the
// variance of simple exponential smoothing (Hyndman & Billah 2003, IJF
// 19(2), for the standard model). The dynamic models (DSTM, DOTM) update
// A and B with every value, so a future error moves the drift as well as
// the level; their bounds are the empirical quantiles of simulated sample
// paths, each continuing the recursion with its simulated values. Path k
// draws from its own PCG stream (seed, k).
func (f *thetaFit) intervals(mean []float64, levels []float64, m int, opt Options) []Interval {
	if !f.par.Dynamic {
		return f.analytic(mean, levels, m)
	}
	return f.simulated(mean, levels, m, opt)
}

// analytic returns the closed-form bounds of a static model.
func (f *thetaFit) analytic(mean []float64, levels []float64, m int) []Interval {
	h := len(mean)
	n := len(f.y)
	out := make([]Interval, len(levels))
	for li, l := range levels {
		out[li] = Interval{Level: l, Lower: make([]float64, h), Upper: make([]float64, h)}
		z := distuv.UnitNormal.Quantile(1 - (1-l/100)/2)
		for i := range h {
			s := 1.0
			if f.par.Season != nil {
				s = f.par.Season[(n+i)%m]
			}
			half := s * z * f.sigma * math.Sqrt(1+f.par.Alpha*f.par.Alpha*float64(i))
			out[li].Lower[i], out[li].Upper[i] = mean[i]-half, mean[i]+half
		}
	}
	return out
}

// simulated returns bounds from simulated sample paths.
func (f *thetaFit) simulated(mean []float64, levels []float64, m int, opt Options) []Interval {
	h := len(mean)
	n := len(f.y)
	paths := opt.Paths
	if paths <= 0 {
		paths = defaultPaths
	}
	draws := make([][]float64, h)
	for i := range draws {
		draws[i] = make([]float64, paths)
	}
	mu := make([]float64, n)
	end, _ := f.path(f.y, f.par, mu)
	pcg := rand.NewPCG(opt.Seed, 0)
	rng := rand.New(pcg)
	for k := range paths {
		pcg.Seed(opt.Seed, uint64(k))
		r := end
		for i := range h {
			v := r.next() + f.sigma*rng.NormFloat64()
			draws[i][k] = v
			r.observe(v)
		}
	}
	out := make([]Interval, len(levels))
	for li, l := range levels {
		out[li] = Interval{Level: l, Lower: make([]float64, h), Upper: make([]float64, h)}
	}
	for i := range h {
		d := draws[i]
		slices.Sort(d)
		s := 1.0
		if f.par.Season != nil {
			s = f.par.Season[(n+i)%m]
		}
		for li, l := range levels {
			a := (1 - l/100) / 2
			out[li].Lower[i] = s * stat.Quantile(a, stat.LinInterp, d, nil)
			out[li].Upper[i] = s * stat.Quantile(1-a, stat.LinInterp, d, nil)
		}
	}
	return out
}
