package forecast

import (
	"math"
	"slices"
)

// Models without a season (all yearly ones) are by far the most common, and
// their profile likelihood is evaluated hundreds of times per series by the
// optimiser. The functions below are [fitter.solveStates] and [filter]
// written out for a level and an optional (damped) slope, without the
// per-step switches on the model's form.

// profileNonSeasonal is [fitter.profile] for models without a season, with
// the smoothing parameters first projected onto their bounds (see
// [fitter.project]). Trial points beyond a bound often project onto the
// point evaluated just before (the optimiser's reflection and expansion
// past the same bound), so the last projected point and its value are
// remembered: on the M3 yearly series this answers over 40% of the calls.
func (f *fitter) profileNonSeasonal(x []float64) float64 {
	xp := f.xp[:len(x)]
	f.project(xp, x)
	if f.lastOK && slices.Equal(xp, f.lastX[:len(x)]) {
		return f.lastF
	}
	v := f.profileAt(xp)
	copy(f.lastX[:], xp)
	f.lastF, f.lastOK = v, true
	return v
}

// profileAt evaluates the profile likelihood at smoothing parameters xp
// inside their bounds.
func (f *fitter) profileAt(xp []float64) float64 {
	f.setSmooth(xp)
	if !admissible(f.sp, &f.p, f.m) {
		return math.Inf(1)
	}
	f.solveStatesNonSeasonal()
	f.p.Level = f.x0[0]
	if f.k > 1 {
		f.p.Slope = f.x0[1]
	}
	r := f.linearFilter()
	if !r.ok {
		return math.Inf(1)
	}
	return neg2LogLik(r, len(f.y))
}

// solveStatesNonSeasonal is [fitter.solveStates] for models without a
// season: the recursion from a zero state gives base(t), those from a unit
// level and a unit slope give the columns of a(t).
func (f *fitter) solveStatesNonSeasonal() {
	alpha, phi := f.p.Alpha, f.p.Phi
	k := f.k
	n := len(f.y)
	a := f.a[:n*k]
	base := f.base[:n]
	if f.sp.Trend == None {
		var l float64 // from a zero state
		l0 := 1.0     // from a unit level
		for t, yt := range f.y {
			base[t] = l
			l += alpha * (yt - l)
			a[t] = l0
			l0 -= alpha * l0
		}
	} else {
		bs := f.p.Beta / f.p.Alpha
		var l, b float64   // from a zero state
		l0, b0 := 1.0, 0.0 // from a unit level
		l1, b1 := 0.0, 1.0 // from a unit slope
		for t, yt := range f.y {
			phib := phi * b
			q := l + phib
			base[t] = q
			nl := q + alpha*(yt-q)
			b = phib + bs*(nl-l-phib)
			l = nl

			phib = phi * b0
			q = l0 + phib
			a[2*t] = q
			nl = q - alpha*q
			b0 = phib + bs*(nl-l0-phib)
			l0 = nl

			phib = phi * b1
			q = l1 + phib
			a[2*t+1] = q
			nl = q - alpha*q
			b1 = phib + bs*(nl-l1-phib)
			l1 = nl
		}
	}
	passes := 1
	if f.sp.Error == Multiplicative {
		passes = 3
	}
	x0 := f.x0
	for pass := range passes {
		if k == 1 {
			var s11, s1r float64
			for t, yt := range f.y {
				a1 := a[t]
				w := 1.0
				if pass > 0 {
					fc := base[t] + a1*x0[0]
					if !(fc > 0) {
						return // keep the previous pass's states
					}
					w = 1 / (fc * fc)
				}
				wa := w * a1
				s1r += wa * (yt - base[t])
				s11 += wa * a1
			}
			x0[0] = solveSym1(s11, s1r)
		} else {
			var s11, s21, s22, s1r, s2r float64
			for t, yt := range f.y {
				a1, a2 := a[2*t], a[2*t+1]
				w := 1.0
				if pass > 0 {
					fc := base[t] + a1*x0[0] + a2*x0[1]
					if !(fc > 0) {
						return // keep the previous pass's states
					}
					w = 1 / (fc * fc)
				}
				r := yt - base[t]
				wa1, wa2 := w*a1, w*a2
				s1r += wa1 * r
				s2r += wa2 * r
				s11 += wa1 * a1
				s21 += wa2 * a1
				s22 += wa2 * a2
			}
			x0[0], x0[1] = solveSym2(s11, s21, s22, s1r, s2r)
		}
	}
}

// linearFilter returns the sums of the likelihood for the initial states
// in f.x0, computing each one-step forecast as base(t) + a(t)·x0 from the
// last [fitter.solveStatesNonSeasonal] (equal to the recursion's forecast,
// the model being linear in its initial states, up to rounding).
func (f *fitter) linearFilter() filterResult {
	var r filterResult
	k, n := f.k, len(f.y)
	a, base := f.a[:n*k], f.base[:n]
	x1 := f.x0[0]
	var x2 float64
	if k > 1 {
		x2 = f.x0[1]
	}
	var sse float64
	if f.sp.Error == Additive {
		for t, yt := range f.y {
			q := base[t] + a[k*t]*x1
			if k > 1 {
				q += a[k*t+1] * x2
			}
			e := yt - q
			sse += e * e
		}
	} else {
		mant, exp := 1.0, 0
		for t, yt := range f.y {
			q := base[t] + a[k*t]*x1
			if k > 1 {
				q += a[k*t+1] * x2
			}
			if !(q > 0) {
				return r
			}
			// Σ log q, see logSumSlow.
			if b := math.Float64bits(q); b>>52-1 < 0x7fe && mant >= 0x1p-900 {
				mant *= math.Float64frombits(b&(1<<52-1) | 1022<<52)
				exp += int(b>>52) - 1022
			} else {
				mant, exp = logSumSlow(mant, exp, q)
			}
			e := (yt - q) / q
			sse += e * e
		}
		r.sumLog = logSumValue(mant, exp)
	}
	r.sse = sse
	r.ok = !math.IsNaN(sse) && !math.IsInf(sse, 0)
	return r
}

// solveSym1 is [solveSym] for k = 1: a·x = b.
func solveSym1(a, b float64) float64 {
	ridge := 1e-10*a + 1e-300
	a += ridge
	if !(a > 0) {
		a = ridge
	}
	d := math.Sqrt(a)
	return b / d / d
}

// solveSym2 is [solveSym] for k = 2, written out with the same operations:
// [a11 a21; a21 a22]·x = b.
func solveSym2(a11, a21, a22, b1, b2 float64) (x1, x2 float64) {
	ridge := 1e-10*(a11+a22)/2 + 1e-300
	a11 += ridge
	a22 += ridge
	if !(a11 > 0) {
		a11 = ridge
	}
	d1 := math.Sqrt(a11)
	l21 := a21 / d1
	s := a22 - l21*l21
	if !(s > 0) {
		s = ridge
	}
	d2 := math.Sqrt(s)
	x1 = b1 / d1
	x2 = (b2 - l21*x1) / d2
	x2 /= d2
	x1 = (x1 - l21*x2) / d1
	return x1, x2
}
