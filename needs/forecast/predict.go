package forecast

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Forecast holds point forecasts and prediction intervals for horizons
// 1 … h after the last observation.
type Forecast struct {
	Model     string     `json:"model"`     // name of the model that produced it
	Mean      []float64  `json:"mean"`      // point forecasts
	Intervals []Interval `json:"intervals"` // one per requested level, in the order asked
	// Times holds the calendar period each forecast is for: Times[i] is
	// the period i+1 steps after the last observation.
	Times []Time `json:"times"`
}

// Interval is a prediction interval at one level (in percent, e.g. 80 or 95).
type Interval struct {
	Level float64   `json:"level"`
	Lower []float64 `json:"lower"`
	Upper []float64 `json:"upper"`
}

// Time is a calendar period: a year, and for quarterly or monthly data the
// quarter (1–4) or month (1–12) within it (1 for yearly data).
type Time struct {
	Year      int       `json:"year"`
	Period    int       `json:"period"`
	Frequency Frequency `json:"frequency"`
}

// String returns "2025" for yearly data, "2025 Q1" for quarterly and
// "2025-01" for monthly, as [Series.Label].
func (t Time) String() string {
	return Series{Start: t.Year, Period: t.Period, Frequency: t.Frequency}.Label(0)
}

// Interval returns the prediction interval at level (percent, or a
// fraction below 1 as in [Model.Forecast]); the error wraps [ErrLevel] when
// the forecast has none at that level.
func (f *Forecast) Interval(level float64) (Interval, error) {
	ls, err := levelsPercent([]float64{level})
	if err != nil {
		return Interval{}, fmt.Errorf("forecast: %w", err)
	}
	for _, iv := range f.Intervals {
		if iv.Level == ls[0] {
			return iv, nil
		}
	}
	return Interval{}, fmt.Errorf("forecast: no %g%% interval was computed: %w", ls[0], ErrLevel)
}

// levelsPercent returns the levels in percent: levels all in (0, 1) are
// fractions and are multiplied by 100 (as R's forecast functions do), levels
// all in [1, 100) are percentages. A level outside (0, 100), or fractions
// mixed with percentages in one call (0.8 and 95: is 0.8 meant as 80% or
// as 0.8%?), is an error wrapping [ErrLevel].
func levelsPercent(levels []float64) ([]float64, error) {
	var frac, pct bool
	for _, l := range levels {
		switch {
		case l > 0 && l < 1:
			frac = true
		case l >= 1 && l < 100:
			pct = true
		default:
			return nil, fmt.Errorf("level %g: %w", l, ErrLevel)
		}
	}
	if frac && pct {
		return nil, fmt.Errorf("levels %v mix fractions and percentages: %w", levels, ErrLevel)
	}
	out := slices.Clone(levels)
	if frac {
		for i := range out {
			out[i] *= 100
		}
	}
	return out, nil
}

// defaultPaths is the number of simulated paths when Options.Paths is zero.
const defaultPaths = 5000

// Forecast returns h point forecasts (1 ≤ h ≤ [MaxHorizon], a
// [*HorizonError] otherwise), the calendar periods they are for,
// and a prediction interval for each level. Levels are percentages in
// [1, 100), or all fractions in (0, 1), which are read as R reads them (0.8
// and 0.95 give the 80% and 95% intervals); fractions mixed with
// percentages, and levels outside (0, 100), are refused with [ErrLevel].
// Look an interval up by its level with [Forecast.Interval].
//
// Intervals are analytic for the linear additive-error ETS models (Hyndman
// et al. 2008, Table 6.1 and eq. 6.1), the random walks, Linear (Student t)
// and Theta (thetaf's formula); for multiplicative ETS models and the theta
// family (STM … AutoTheta) they are quantiles of Options.Paths simulated
// sample paths drawn with Options.Seed, so the same seed gives the same
// intervals. Combination intervals average the component bounds (quantile
// averaging; Lichtendahl, Grushka-Cockayne & Winkler 2013, Management
// Science 59(7)); Ensemble intervals combine the members' bounds by the
// ensemble's rule (mean or median). A non-finite forecast is never
// returned: it is reported as [ErrNoFit].
func (m *Model) Forecast(h int, levels ...float64) (*Forecast, error) {
	fc, err := m.forecast(h, levels...)
	return fc, prefixed(err)
}

// forecast is Forecast with errors that do not carry the package prefix.
func (m *Model) forecast(h int, levels ...float64) (*Forecast, error) {
	if err := checkHorizon(h); err != nil {
		return nil, err
	}
	levels, err := levelsPercent(levels)
	if err != nil {
		return nil, err
	}
	fc := &Forecast{Model: m.Name(), Mean: m.means(h), Times: m.times(h)}
	for _, v := range fc.Mean {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%s: non-finite point forecast: %w", m.Name(), ErrNoFit)
		}
	}
	if len(levels) == 0 {
		return fc, nil
	}
	fc.Intervals, err = m.intervals(fc.Mean, levels)
	if err != nil {
		return nil, err
	}
	for _, iv := range fc.Intervals {
		for i := range iv.Lower {
			if math.IsNaN(iv.Lower[i]) || math.IsInf(iv.Lower[i], 0) || math.IsNaN(iv.Upper[i]) || math.IsInf(iv.Upper[i], 0) {
				return nil, fmt.Errorf("%s: non-finite interval: %w", m.Name(), ErrNoFit)
			}
		}
	}
	return fc, nil
}

// times returns the calendar periods of the h forecasts.
func (m *Model) times(h int) []Time {
	s := m.series
	freq := s.freq()
	n := len(s.Values)
	out := make([]Time, h)
	for i := range out {
		p := max(s.Period, 1) - 1 + n + i
		out[i] = Time{Year: s.Start + floorDiv(p, freq), Period: p - floorDiv(p, freq)*freq + 1, Frequency: Frequency(freq)}
	}
	return out
}

// etsMeans continues the recursion without errors from state st (R's
// etscalc.c forecast()).
func etsMeans(sp Spec, p *Params, st state, m, h int) []float64 {
	out := make([]float64, h)
	phiStar := p.Phi
	for i := range h {
		f := st.l
		if sp.Trend != None {
			f += phiStar * st.b
		}
		j := m - 1 - i%m
		switch sp.Season {
		case Additive:
			f += st.s[j]
		case Multiplicative:
			f *= st.s[j]
		}
		out[i] = f
		phiStar += math.Pow(p.Phi, float64(i+2))
	}
	return out
}

// means returns the point forecasts.
func (m *Model) means(h int) []float64 {
	y := m.series.Values
	n := len(y)
	freq := m.series.freq()
	switch m.Method {
	case Naive, SeasonalNaive, Drift:
		lag := 1
		if m.Method == SeasonalNaive {
			lag = freq
		}
		out := make([]float64, h)
		for i := range out {
			out[i] = y[n-lag+i%lag] + float64(i+1)*m.Slope
		}
		return out
	case Linear:
		out := make([]float64, h)
		for i := range out {
			out[i] = m.Intercept + m.Slope*float64(n+i)
		}
		return out
	case Combination:
		out := make([]float64, h)
		for _, p := range m.parts {
			for i, v := range p.means(h) {
				out[i] += v / float64(len(m.parts))
			}
		}
		return out
	case Ensemble:
		return m.ensembleMeans(h)
	}
	if m.theta != nil {
		return m.theta.means(h, freq)
	}
	st := m.final
	out := etsMeans(m.Spec, &m.Params, st, freq, h)
	if m.Method == Theta {
		a := math.Max(m.Params.Alpha, 1e-10)
		c := (1 - math.Pow(1-a, float64(n))) / a
		for i := range out {
			out[i] += m.Slope * (float64(i) + c)
			if m.thetaSeason != nil {
				out[i] *= m.thetaSeason[(n+i)%freq]
			}
		}
	}
	return out
}

// intervals computes the prediction intervals around mean.
func (m *Model) intervals(mean []float64, levels []float64) ([]Interval, error) {
	h := len(mean)
	if m.Method == Combination {
		out := make([]Interval, len(levels))
		for li, l := range levels {
			out[li] = Interval{Level: l, Lower: make([]float64, h), Upper: make([]float64, h)}
		}
		for _, p := range m.parts {
			iv, err := p.intervals(p.means(h), levels)
			if err != nil {
				return nil, err
			}
			for li := range out {
				for i := range h {
					out[li].Lower[i] += iv[li].Lower[i] / float64(len(m.parts))
					out[li].Upper[i] += iv[li].Upper[i] / float64(len(m.parts))
				}
			}
		}
		return out, nil
	}
	if m.theta != nil {
		return m.theta.intervals(mean, levels, m.series.freq(), m.opts), nil
	}
	if m.Method == Ensemble {
		return m.ensembleIntervals(h, levels)
	}
	switch m.Method {
	case SES, Holt, DampedHolt, ETS, Auto:
		if !m.Spec.class1() {
			return m.simulated(mean, levels)
		}
	}
	sd := m.stdErrors(h)
	out := make([]Interval, len(levels))
	for li, l := range levels {
		p := 0.5 + l/200
		q := distuv.UnitNormal.Quantile(p)
		iv := Interval{Level: l, Lower: make([]float64, h), Upper: make([]float64, h)}
		for i := range h {
			qi := q
			if m.Method == Linear {
				qi = distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(len(m.series.Values) - 2)}.Quantile(p)
			}
			iv.Lower[i] = mean[i] - qi*sd[i]
			iv.Upper[i] = mean[i] + qi*sd[i]
		}
		out[li] = iv
	}
	return out, nil
}

// stdErrors returns the forecast standard errors of the analytic cases.
func (m *Model) stdErrors(h int) []float64 {
	sd := make([]float64, h)
	s := math.Sqrt(m.Sigma2)
	n := float64(len(m.series.Values))
	freq := m.series.freq()
	for i := range h {
		hh := float64(i + 1)
		switch m.Method {
		case Naive:
			sd[i] = s * math.Sqrt(hh)
		case SeasonalNaive:
			sd[i] = s * math.Sqrt(float64(i/freq+1))
		case Drift:
			sd[i] = s * math.Sqrt(hh*(1+hh/(n-1)))
		case Linear:
			mx := (n + 1) / 2
			sxx := n * (n*n - 1) / 12
			x := n + hh
			sd[i] = s * math.Sqrt(1+1/n+(x-mx)*(x-mx)/sxx)
		case Theta:
			sd[i] = s * math.Sqrt(float64(i)*m.Params.Alpha*m.Params.Alpha+1)
		default:
			// Class 1: v(h) = σ²(1 + Σ_{j<h} c_j²), c_j = α + β·φ_j + γ·[j mod m = 0],
			// φ_j = φ + … + φ^j (Hyndman et al. 2008, Table 6.1).
			p := m.Params
			v := 1.0
			phiJ := 0.0
			for j := 1; j < i+1; j++ {
				phiJ += math.Pow(p.Phi, float64(j))
				c := p.Alpha
				if m.Spec.Trend != None {
					c += p.Beta * phiJ
				}
				if m.Spec.Season != None && j%freq == 0 {
					c += p.Gamma
				}
				v += c * c
			}
			sd[i] = s * math.Sqrt(v)
		}
	}
	return sd
}

// simulated returns interval bounds as empirical quantiles of simulated
// sample paths: each path continues the state recursion with errors drawn
// from N(0, σ²) (relative errors for multiplicative models). Path k uses its
// own PCG stream (Seed, k), so the result does not depend on scheduling.
func (m *Model) simulated(mean []float64, levels []float64) ([]Interval, error) {
	h := len(mean)
	paths := m.opts.Paths
	if paths <= 0 {
		paths = defaultPaths
	}
	freq := m.series.freq()
	sigma := math.Sqrt(m.Sigma2)
	draws := make([][]float64, h)
	for i := range draws {
		draws[i] = make([]float64, paths)
	}
	sbuf := make([]float64, freq)
	sp, p := m.Spec, m.Params
	for k := range paths {
		rng := rand.New(rand.NewPCG(m.opts.Seed, uint64(k)))
		st := m.final
		if st.s != nil {
			st.s = sbuf
			copy(st.s, m.final.s)
		}
		for i := range h {
			q, f := oneStep(sp, p.Phi, &st, freq)
			e := sigma * rng.NormFloat64()
			var y float64
			if sp.Error == Additive {
				y = f + e
			} else {
				y = f * (1 + e)
			}
			draws[i][k] = y
			update(sp, &p, &st, freq, y, q)
		}
	}
	out := make([]Interval, len(levels))
	for li, l := range levels {
		out[li] = Interval{Level: l, Lower: make([]float64, h), Upper: make([]float64, h)}
	}
	for i := range h {
		d := draws[i]
		slices.Sort(d)
		for li, l := range levels {
			a := (1 - l/100) / 2
			out[li].Lower[i] = stat.Quantile(a, stat.LinInterp, d, nil)
			out[li].Upper[i] = stat.Quantile(1-a, stat.LinInterp, d, nil)
		}
	}
	return out, nil
}
