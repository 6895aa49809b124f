package forecast

import "math"

// Seasonal models are estimated on the profile likelihood as well (see
// [fitter.solveStates]): for every trial of the smoothing parameters the
// one-step forecasts are written as base(t) + a(t)·x0 in the free initial
// states x0. With an additive season the recursion is linear,
//
//	x(t) = D·x(t−1) + g·y(t),  ŷ(t) = w'·x(t−1),  D = F − g·w'
//
// (Hyndman et al. 2008, §3.1), so a(t) is w'·D^(t−1) applied to the free
// directions of the initial state. additiveSeasonSensitivities computes
// that row vector by its own recursion v(t+1)' = v(t)'·D, which costs a few
// operations a step since D only shifts the seasonal states, instead of
// running the state recursion once per free initial state; the seasonal
// states of both recursions are kept in rings rather than shifted.

// additiveSeasonSensitivities fills f.base (forecasts from a zero initial
// state) and f.a (their sensitivity to the free initial states: level,
// slope if any, and the first m−1 seasonal states, the last being minus
// their sum) for a model with an additive season.
func (f *fitter) additiveSeasonSensitivities() {
	m, k := f.m, f.k
	alpha, beta, gamma, phi := f.p.Alpha, f.p.Beta, f.p.Gamma, f.p.Phi
	trend := f.sp.Trend != None
	if !trend {
		beta, phi = 0, 0
	}
	// Forecast recursion from a zero state: ring[(o+j) mod m] is s_j of
	// the usual layout (s_0 newest, s_{m−1} oldest, applied next).
	ring := f.sbuf[:m]
	clear(ring)
	// Row vector v: level, slope and the seasonal part u, indexed like ring.
	u := f.dbuf[:m]
	clear(u)
	var l, b float64
	vl, vb := 1.0, phi
	o := 0       // offset of s_0 in ring
	vo := 0      // offset of s_0 in u
	u[m-1] = 1.0 // w: the oldest seasonal state enters the forecast
	base, a := f.base, f.a
	for t, yt := range f.y {
		old := (o + m - 1) % m
		q := l + phi*b
		e := yt - q - ring[old]
		base[t] = q + ring[old]
		l = q + alpha*e
		b = phi*b + beta*e
		ring[old] += gamma * e
		o = old // the updated oldest state becomes the newest

		at := a[t*k : t*k+k]
		last := u[(vo+m-1)%m]
		at[0] = vl
		i := 1
		if trend {
			at[1] = vb
			i = 2
		}
		for j := 0; j < m-1; j++ {
			at[i+j] = u[(vo+j)%m] - last
		}
		s0 := u[vo]
		c := alpha*vl + beta*vb + gamma*s0
		vb = phi*(vl+vb) - c*phi
		vl -= c
		u[vo] = s0 - c // becomes s_{m−1} after the rotation
		vo = (vo + 1) % m
	}
}

// seasonalFilter is [filter] for seasonal models without fitted values and
// residuals, from the initial values in f.p: the same arithmetic, with the
// seasonal states in a ring instead of shifted at every step and Σ log ŷ
// accumulated as in [fitter.linearFilter].
func (f *fitter) seasonalFilter() filterResult {
	var r filterResult
	sp, m, p := f.sp, f.m, &f.p
	ring := f.sbuf[:m]
	copy(ring, p.Season)
	o := 0 // ring[(o+j) mod m] is s_j, s_0 newest
	l, b := p.Level, p.Slope
	trend := sp.Trend != None
	multSeason := sp.Season == Multiplicative
	multErr := sp.Error == Multiplicative
	mult := multErr || multSeason
	alpha, beta, gamma, phi := p.Alpha, p.Beta, p.Gamma, p.Phi
	bs := beta / alpha
	var sse float64
	mant, exp := 1.0, 0 // Σ log ŷ as in linearFilter, see logSumSlow
	for _, yt := range f.y {
		old := o + m - 1
		if old >= m {
			old -= m
		}
		so := ring[old]
		q := l
		if trend {
			q += phi * b
		}
		fc := q + so
		if multSeason {
			fc = q * so
		}
		if mult && !(fc > 0 && q > 0) {
			return r
		}
		var e float64
		if multErr {
			e = (yt - fc) / fc
			if b := math.Float64bits(fc); b>>52-1 < 0x7fe && mant >= 0x1p-900 {
				mant *= math.Float64frombits(b&(1<<52-1) | 1022<<52)
				exp += int(b>>52) - 1022
			} else {
				mant, exp = logSumSlow(mant, exp, fc)
			}
		} else {
			e = yt - fc
		}
		sse += e * e
		var pp, t float64
		if multSeason {
			pp, t = yt/so, yt/q
		} else {
			pp, t = yt-so, yt-q
		}
		nl := q + alpha*(pp-q)
		if trend {
			phib := phi * b
			b = phib + bs*(nl-l-phib)
		}
		l = nl
		ns := so + gamma*(t-so)
		ring[old] = ns
		o = old
		if multSeason && !(ns > 0) {
			return r
		}
	}
	r.sse = sse
	if multErr {
		r.sumLog = logSumValue(mant, exp)
	}
	r.ok = !math.IsNaN(sse) && !math.IsInf(sse, 0)
	return r
}
