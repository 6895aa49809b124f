package forecast

import "math"

// Models without a season (all yearly ones) are by far the most common, and
// their profile likelihood is evaluated hundreds of times per series by the
// optimiser. The functions below are [fitter.solveStates] and [filter]
// written out for a level and an optional (damped) slope, without the
// per-step switches on the model's form.

// profileNonSeasonal is [fitter.profile] for models without a season, with
// the smoothing parameters first projected onto their bounds (see
// [fitter.project]).
func (f *fitter) profileNonSeasonal(x []float64) float64 {
	xp := f.xp[:len(x)]
	f.project(xp, x)
	f.setSmooth(xp)
	if !admissible(f.sp, &f.p, f.m) {
		return math.Inf(1)
	}
	f.solveStatesNonSeasonal()
	f.p.Level = f.x0[0]
	if f.k > 1 {
		f.p.Slope = f.x0[1]
	}
	r := filterNonSeasonal(f.sp, &f.p, f.y)
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
	a := f.a[0][:n*k]
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
	ata, atr, x0 := f.ata, f.atr, f.x0
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
			ata[0], atr[0] = s11, s1r
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
			ata[0], ata[1], ata[2], ata[3] = s11, 0, s21, s22
			atr[0], atr[1] = s1r, s2r
		}
		solveSym(ata, atr, k, x0)
	}
}

// filterNonSeasonal is [filter] for models without a season, without
// fitted values or residuals.
func filterNonSeasonal(sp Spec, p *Params, y []float64) filterResult {
	var r filterResult
	alpha, phi := p.Alpha, p.Phi
	l, b := p.Level, p.Slope
	var bs float64
	trend := sp.Trend != None
	if trend {
		bs = p.Beta / p.Alpha
	} else {
		b, phi = 0, 0
	}
	var sse float64
	if sp.Error == Additive {
		for _, yt := range y {
			phib := phi * b
			q := l + phib
			e := yt - q
			sse += e * e
			nl := q + alpha*e
			b = phib + bs*(nl-l-phib)
			l = nl
		}
	} else {
		var ls logSum
		ls.reset()
		for _, yt := range y {
			phib := phi * b
			q := l + phib
			if !(q > 0) {
				return r
			}
			ls.add(q)
			d := yt - q
			e := d / q
			sse += e * e
			nl := q + alpha*d
			b = phib + bs*(nl-l-phib)
			l = nl
		}
		r.sumLog = ls.value()
	}
	r.sse = sse
	r.ok = !math.IsNaN(sse) && !math.IsInf(sse, 0)
	return r
}
