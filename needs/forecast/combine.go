package forecast

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// DefaultMembers returns the methods [Ensemble] combines when
// [Options].Members is nil: Auto (ETS chosen by AICc), DOTM, Theta and
// Drift (the random walk with drift), combined by the median, which for
// four members is the mean of the middle two forecasts at each horizon.
//
// The choice follows the literature and the training data, not held-out
// test years. Equal-weight combinations of a few good, different methods
// are hard to beat (Clemen 1989, IJF 5(4); the Comb benchmark of the M3 and
// M4 competitions, Makridakis & Hibon 2000 and Makridakis et al. 2020,
// IJF 36(1)); the median is a robust average that one member gone astray
// cannot drag away (Jose & Winkler 2008, IJF 24(1)), and the median of
// exponential smoothing, theta and ARIMA-type models was among the best
// statistical entries of M4 (Petropoulos & Svetunkov 2020, IJF 36(1): the
// median of ETS, CES, ARIMA and DOTM). The members and the rule were then
// chosen on the training parts of the M3 yearly, quarterly and monthly
// series alone: every subset of one to five of Naive, Drift, SES, Holt,
// DampedHolt, Theta, Combination, Auto, STM, OTM, DSTM, DOTM and AutoTheta,
// by the mean and (three or more members) by the median, was scored on the
// last horizon of each training part and, a second origin, on the horizon
// before it, fitting on what precedes; this median had the lowest mean
// relative error (sMAPE and MASE over those of Naive, averaged over the
// six sets). BENCHMARKS.md gives the figures and the command
// (forecastbench -choose).
func DefaultMembers() []Method { return []Method{Auto, DOTM, Theta, Drift} }

// fitEnsemble fits every member to s. A member that cannot be fitted (too
// short a series, data it cannot model) is left out; the fit fails only
// when none can be fitted, with the first member's error.
func fitEnsemble(s Series, opt Options) (*Model, error) {
	members := opt.Members
	if members == nil {
		members = DefaultMembers()
	}
	if len(members) == 0 {
		return nil, fmt.Errorf("Ensemble without members: %w", ErrMethod)
	}
	for _, m := range members {
		switch {
		case m == Ensemble:
			return nil, fmt.Errorf("an Ensemble cannot be its own member: %w", ErrMethod)
		case m < Naive || m > Ensemble:
			return nil, fmt.Errorf("Ensemble member %v: %w", m, ErrMethod)
		}
	}
	sub := opt
	sub.Members, sub.Mean = nil, false
	mod := &Model{LogLik: math.NaN(), AIC: math.NaN(), AICc: math.NaN(), BIC: math.NaN()}
	var firstErr error
	for _, meth := range members {
		p, err := Fit(s, meth, &sub)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		mod.parts = append(mod.parts, p)
	}
	if len(mod.parts) == 0 {
		var ts *TooShortError
		if errors.As(firstErr, &ts) {
			return nil, &TooShortError{Method: Ensemble.String(), Min: ts.Min, Got: ts.Got}
		}
		return nil, fmt.Errorf("Ensemble: %w", firstErr)
	}
	n := len(s.Values)
	mod.fitted = make([]float64, n)
	mod.resid = make([]float64, n)
	vals := make([]float64, 0, len(mod.parts))
	var ss float64
	var cnt int
	for t, y := range s.Values {
		vals = vals[:0]
		for _, p := range mod.parts {
			if v := p.fitted[t]; !math.IsNaN(v) {
				vals = append(vals, v)
			}
		}
		if len(vals) == 0 {
			mod.fitted[t], mod.resid[t] = math.NaN(), math.NaN()
			continue
		}
		mod.fitted[t] = combineValues(vals, !opt.Mean)
		mod.resid[t] = y - mod.fitted[t]
		ss += mod.resid[t] * mod.resid[t]
		cnt++
	}
	if cnt > 0 {
		mod.Sigma2 = ss / float64(cnt)
	}
	return mod, nil
}

// combineValues returns the mean or the median of v (v is reordered).
func combineValues(v []float64, median bool) float64 {
	if !median {
		var s float64
		for _, x := range v {
			s += x
		}
		return s / float64(len(v))
	}
	slices.Sort(v)
	k := len(v)
	if k%2 == 1 {
		return v[k/2]
	}
	return (v[k/2-1] + v[k/2]) / 2
}

// ensembleName is "Mean(ETS(M,A,N), DOTM, Theta)" or "Median(…)".
func (m *Model) ensembleName() string {
	names := make([]string, len(m.parts))
	for i, p := range m.parts {
		names[i] = p.Name()
	}
	rule := "Median"
	if m.opts.Mean {
		rule = "Mean"
	}
	return rule + "(" + strings.Join(names, ", ") + ")"
}

// ensembleMeans combines the members' point forecasts.
func (m *Model) ensembleMeans(h int) []float64 {
	all := make([][]float64, len(m.parts))
	for i, p := range m.parts {
		all[i] = p.means(h)
	}
	out := make([]float64, h)
	v := make([]float64, len(all))
	for i := range out {
		for j := range all {
			v[j] = all[j][i]
		}
		out[i] = combineValues(v, !m.opts.Mean)
	}
	return out
}

// ensembleIntervals combines the members' bounds by the same rule as the
// point forecasts, level by level and horizon by horizon: the mean of the
// bounds (quantile averaging, Lichtendahl, Grushka-Cockayne & Winkler 2013,
// Management Science 59(7)) or their median.
func (m *Model) ensembleIntervals(h int, levels []float64) ([]Interval, error) {
	ivs := make([][]Interval, len(m.parts))
	for i, p := range m.parts {
		iv, err := p.intervals(p.means(h), levels)
		if err != nil {
			return nil, err
		}
		ivs[i] = iv
	}
	out := make([]Interval, len(levels))
	lo := make([]float64, len(ivs))
	hi := make([]float64, len(ivs))
	for li, l := range levels {
		out[li] = Interval{Level: l, Lower: make([]float64, h), Upper: make([]float64, h)}
		for i := range h {
			for j := range ivs {
				lo[j], hi[j] = ivs[j][li].Lower[i], ivs[j][li].Upper[i]
			}
			out[li].Lower[i] = combineValues(lo, !m.opts.Mean)
			out[li].Upper[i] = combineValues(hi, !m.opts.Mean)
		}
	}
	return out, nil
}
