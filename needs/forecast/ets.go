package forecast

import (
	"fmt"
	"math"
)

// Component is the form of one part of an ETS model: none, additive or
// multiplicative.
type Component uint8

// Component values. None is not valid for the error part.
const (
	None Component = iota
	Additive
	Multiplicative
)

// Spec names a model of the ETS (error, trend, seasonal) family of Hyndman et
// al. (2008), Forecasting with Exponential Smoothing, Springer, Table 2.1. The
// trend is none or additive, optionally damped; multiplicative trends are not
// offered (R's forecast::ets excludes them by default as well).
type Spec struct {
	Error  Component `json:"error"`  // Additive or Multiplicative
	Trend  Component `json:"trend"`  // None or Additive
	Damped bool      `json:"damped"` // damped trend (needs Trend == Additive)
	Season Component `json:"season"` // None, Additive or Multiplicative (the latter two need m > 1)
}

// String returns the model's name as R prints it, e.g. "ETS(M,Ad,N)".
func (s Spec) String() string {
	t := s.Trend.String()
	if s.Damped {
		t += "d"
	}
	return fmt.Sprintf("ETS(%v,%s,%v)", s.Error, t, s.Season)
}

// class1 reports whether the model is linear with additive errors (Hyndman et
// al. 2008, class 1), for which prediction intervals are analytic.
func (s Spec) class1() bool {
	return s.Error == Additive && s.Season != Multiplicative
}

func (s Spec) check(m int) error {
	switch {
	case s.Error != Additive && s.Error != Multiplicative:
		return fmt.Errorf("%v: error must be additive or multiplicative: %w", s, ErrMethod)
	case s.Trend != None && s.Trend != Additive:
		return fmt.Errorf("%v: trend must be none or additive: %w", s, ErrMethod)
	case s.Damped && s.Trend != Additive:
		return fmt.Errorf("%v: damping needs an additive trend: %w", s, ErrMethod)
	case s.Season > Multiplicative:
		return fmt.Errorf("%v: unknown seasonal component: %w", s, ErrMethod)
	case s.Season != None && m == 1:
		return fmt.Errorf("%v: a seasonal component needs quarterly or monthly data: %w", s, ErrMethod)
	}
	return nil
}

// nStates is the number of free initial states: level, slope and m−1 seasonal
// states (the last seasonal state is fixed by the normalisation).
func (s Spec) nStates(m int) int {
	k := 1
	if s.Trend != None {
		k++
	}
	if s.Season != None {
		k += m - 1
	}
	return k
}

// nSmooth is the number of smoothing and damping parameters.
func (s Spec) nSmooth() int {
	k := 1
	if s.Trend != None {
		k++
	}
	if s.Season != None {
		k++
	}
	if s.Damped {
		k++
	}
	return k
}

// minLen is the shortest series the model can be estimated on: R's
// forecast::ets refuses a fit when the parameters (smoothing parameters and
// initial states) number n − 1 or more, and the seasonal initialisation needs
// two full years.
func (s Spec) minLen(m int) int {
	n := s.nSmooth() + s.nStates(m) + 2
	if s.Season != None {
		n = max(n, 2*m)
	}
	return n
}

// Params holds the parameters of an ETS model in the error-correction form of
// Hyndman et al. (2008, ch. 2), the form R's forecast::ets reports:
//
//	ŷ(t)  = ℓ(t−1) + φ·b(t−1) (+ s(t−m) or × s(t−m))
//	ℓ(t)  = ℓ(t−1) + φ·b(t−1) + α·(p(t) − ℓ(t−1) − φ·b(t−1)),  p = y − s(t−m) or y / s(t−m)
//	b(t)  = φ·b(t−1) + (β/α)·(ℓ(t) − ℓ(t−1) − φ·b(t−1))
//	s(t)  = s(t−m) + γ·(y(t)/q(t) or y(t) − q(t), minus s(t−m)),  q = ℓ(t−1) + φ·b(t−1)
//
// so Beta is α·β* where β* is the textbook Holt slope weight. Phi is 1 for an
// undamped trend. The same state recursion serves additive and multiplicative
// errors; the error type changes the likelihood and the prediction intervals.
type Params struct {
	Alpha float64 `json:"alpha"` // level smoothing, in [1e-4, 0.9999]
	Beta  float64 `json:"beta"`  // slope smoothing α·β*, in [1e-4, α]; 0 without a trend
	Gamma float64 `json:"gamma"` // seasonal smoothing, in [1e-4, 1 − α]; 0 without a season
	Phi   float64 `json:"phi"`   // damping, in [0.8, 0.98] when damped; 1 otherwise

	Level float64 `json:"level"` // initial level ℓ(0)
	Slope float64 `json:"slope"` // initial slope b(0); 0 without a trend
	// Season holds the initial seasonal states s(0), s(−1), …, s(1−m): the
	// last element is the index applied to the first observation.
	Season []float64 `json:"season"`
}

// BetaStar returns the textbook slope weight β* = β/α (0 without a trend).
func (p Params) BetaStar() float64 {
	if p.Alpha == 0 {
		return 0
	}
	return p.Beta / p.Alpha
}

// Bounds of R's forecast::ets ("usual" region), forecast 8.20 ets.R.
const (
	lowerSmooth = 1e-4
	upperSmooth = 0.9999
	lowerPhi    = 0.8
	upperPhi    = 0.98
	tinyF       = 1e-10 // R's TOL in etscalc.c
)

// state is the running state of the recursion.
type state struct {
	l, b float64
	s    []float64 // s[0] newest … s[m−1] oldest (applied next)
}

// oneStep returns the one-step forecast from st.
func oneStep(sp Spec, phi float64, st *state, m int) (q, f float64) {
	q = st.l
	if sp.Trend != None {
		q += phi * st.b
	}
	f = q
	switch sp.Season {
	case Additive:
		f += st.s[m-1]
	case Multiplicative:
		f *= st.s[m-1]
	}
	return q, f
}

// update advances the state with observation y (R's etscalc.c update()).
func update(sp Spec, p *Params, st *state, m int, y, q float64) {
	var pp float64
	switch sp.Season {
	case None:
		pp = y
	case Additive:
		pp = y - st.s[m-1]
	case Multiplicative:
		pp = y / st.s[m-1]
	}
	l := q + p.Alpha*(pp-q)
	if sp.Trend != None {
		phib := p.Phi * st.b
		st.b = phib + (p.Beta/p.Alpha)*(l-st.l-phib)
	}
	st.l = l
	if sp.Season != None {
		old := st.s[m-1]
		var t float64
		if sp.Season == Additive {
			t = y - q
		} else {
			t = y / q
		}
		copy(st.s[1:], st.s[:m-1])
		st.s[0] = old + p.Gamma*(t-old)
	}
}

// initState builds the state from the initial values in p (the normalised
// last seasonal state included).
func initState(sp Spec, p *Params, m int, buf []float64) state {
	st := state{l: p.Level, b: p.Slope}
	if sp.Season != None {
		st.s = buf[:m]
		copy(st.s, p.Season)
	}
	return st
}

// filterResult sums what the likelihood needs.
type filterResult struct {
	sse    float64 // Σ e², e = y − ŷ (additive) or (y − ŷ)/ŷ (multiplicative)
	sumLog float64 // Σ log|ŷ| (multiplicative errors)
	ok     bool    // false if a multiplicative model left the positive region
}

// filter runs the recursion over y from the initial values in p. It fills
// fitted and resid when they are non-nil, and leaves the final state in st.
func filter(sp Spec, p *Params, m int, y []float64, st *state, fitted, resid []float64) filterResult {
	var r filterResult
	mult := sp.Error == Multiplicative || sp.Season == Multiplicative
	for t, yt := range y {
		q, f := oneStep(sp, p.Phi, st, m)
		if mult && !(f > 0 && q > 0) {
			return r
		}
		var e float64
		if sp.Error == Additive {
			e = yt - f
		} else {
			e = (yt - f) / f
			r.sumLog += math.Log(f)
		}
		r.sse += e * e
		if fitted != nil {
			fitted[t] = f
		}
		if resid != nil {
			resid[t] = e
		}
		update(sp, p, st, m, yt, q)
		if sp.Season == Multiplicative && !(st.s[0] > 0) {
			return r
		}
	}
	r.ok = !math.IsNaN(r.sse) && !math.IsInf(r.sse, 0)
	return r
}

// neg2LogLik returns −2·log-likelihood of the innovations state-space model
// with Gaussian errors and σ² at its maximum-likelihood value SSE/n (Hyndman
// et al. 2008, eq. 5.3); R's ets reports the same quantity without the
// constant n·(1 + log(2π/n)), which does not change model choice.
func neg2LogLik(r filterResult, n int) float64 {
	nf := float64(n)
	sse := math.Max(r.sse, 1e-300) // a perfect fit must not give −Inf
	return nf*(math.Log(2*math.Pi*sse/nf)+1) + 2*r.sumLog
}
