package forecast

import (
	"math"
	"sync"
)

// fitter estimates one ETS model on one series.
type fitter struct {
	sp     Spec
	m      int
	y      []float64
	fixed  fixedParams
	polish bool   // refine multiplicative-error fits jointly
	free   []byte // which of 'a','b','g','p' are estimated, in that order

	p    Params
	sbuf []float64

	// profile scratch
	k    int       // free initial states
	dirs []state   // sensitivity of the state to each free initial state
	dbuf []float64 // storage for dirs' seasonal states
	base []float64 // one-step forecasts from a zero initial state
	a    []float64 // a[t·k+i]: sensitivity of forecast t to initial state i
	x0   []float64 // last solved initial states
	ata  []float64
	atr  []float64
	xp   []float64 // projected smoothing parameters

	// the last point profileNonSeasonal evaluated (projected) and its value
	lastX  [4]float64
	lastF  float64
	lastOK bool

	nm nmScratch // reused by every search of this fitter
}

// fitters recycles fitters and their scratch space: Auto fits six models to
// every series, and the allocations otherwise cost more in garbage
// collection than the arithmetic they hold.
var fitters = sync.Pool{New: func() any { return new(fitter) }}

// newFitter returns a fitter for spec on y from the pool; release returns it.
func newFitter(sp Spec, y []float64, m int, fx fixedParams) *fitter {
	f := fitters.Get().(*fitter)
	old := *f
	*f = fitter{sp: sp, m: m, y: y, fixed: fx, nm: old.nm}
	f.free = old.free[:0]
	if fx.alpha == 0 {
		f.free = append(f.free, 'a')
	}
	if sp.Trend != None && fx.beta == 0 {
		f.free = append(f.free, 'b')
	}
	if sp.Season != None && fx.gamma == 0 {
		f.free = append(f.free, 'g')
	}
	if sp.Damped && fx.phi == 0 {
		f.free = append(f.free, 'p')
	}
	f.sbuf = zeroed(old.sbuf, m)
	f.xp = zeroed(old.xp, 4)
	f.k = sp.nStates(m)
	if sp.Season != None {
		f.p.Season = zeroed(old.p.Season, m)
	}
	if sp.Season != Multiplicative {
		n := len(y)
		f.dirs = old.dirs[:0]
		for range f.k {
			f.dirs = append(f.dirs, state{})
		}
		f.dbuf = zeroed(old.dbuf, f.k*m)
		f.base = zeroed(old.base, n)
		f.a = zeroed(old.a, n*f.k)
		f.x0 = zeroed(old.x0, f.k)
		f.ata = zeroed(old.ata, f.k*f.k)
		f.atr = zeroed(old.atr, f.k)
	}
	return f
}

// release returns f to the pool; f must not be used afterwards.
func (f *fitter) release() {
	f.y = nil
	fitters.Put(f)
}

// zeroed returns s resized to n zeros, reusing its storage when it can.
func zeroed(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// start returns R's starting values for the free smoothing parameters
// (forecast 8.20 initparam) and the first simplex steps.
func (f *fitter) start() (x, step []float64) {
	alpha := f.fixed.alpha
	if alpha == 0 {
		alpha = lowerSmooth + 0.2*(upperSmooth-lowerSmooth)/float64(f.m)
	}
	for _, c := range f.free {
		switch c {
		case 'a':
			x = append(x, alpha)
			step = append(step, 0.1)
		case 'b':
			b := lowerSmooth + 0.1*(math.Min(upperSmooth, alpha)-lowerSmooth)
			x = append(x, b)
			step = append(step, 0.5*b)
		case 'g':
			g := lowerSmooth + 0.05*(math.Min(upperSmooth, 1-alpha)-lowerSmooth)
			x = append(x, g)
			step = append(step, 0.5*g)
		case 'p':
			x = append(x, lowerPhi+0.99*(upperPhi-lowerPhi))
			step = append(step, -0.05)
		}
	}
	return x, step
}

// setSmooth copies the free smoothing parameters from x into f.p.
func (f *fitter) setSmooth(x []float64) {
	f.p.Alpha, f.p.Beta, f.p.Gamma, f.p.Phi = f.fixed.alpha, f.fixed.beta, f.fixed.gamma, f.fixed.phi
	for i, c := range f.free {
		switch c {
		case 'a':
			f.p.Alpha = x[i]
		case 'b':
			f.p.Beta = x[i]
		case 'g':
			f.p.Gamma = x[i]
		case 'p':
			f.p.Phi = x[i]
		}
	}
	if !f.sp.Damped {
		f.p.Phi = 1
	}
	if f.sp.Trend == None {
		f.p.Beta = 0
	}
	if f.sp.Season == None {
		f.p.Gamma = 0
	}
}

// project writes to dst the free smoothing parameters of x moved onto the
// box of R's usual bounds, in order: α into [1e-4, 0.9999], β into
// [1e-4, min(α, 0.9999)], γ into [1e-4, min(1 − α, 0.9999)], φ into
// [0.8, 0.98].
func (f *fitter) project(dst, x []float64) {
	alpha := f.fixed.alpha
	for i, c := range f.free {
		v := x[i]
		switch c {
		case 'a':
			v = math.Min(math.Max(v, lowerSmooth), upperSmooth)
			alpha = v
		case 'b':
			v = math.Max(math.Min(v, math.Min(alpha, upperSmooth)), lowerSmooth)
		case 'g':
			v = math.Max(math.Min(v, math.Min(1-alpha, upperSmooth)), lowerSmooth)
		case 'p':
			v = math.Min(math.Max(v, lowerPhi), upperPhi)
		}
		dst[i] = v
	}
}

// beyondBounds reports whether every free smoothing parameter in x lies
// strictly beyond its bounds, so that the projected objective is constant
// around x.
func (f *fitter) beyondBounds(x []float64) bool {
	xp := f.xp[:len(x)]
	f.project(xp, x)
	for i := range x {
		if xp[i] == x[i] {
			return false
		}
	}
	return true
}

// setStates copies free initial states into f.p, completing the seasonal
// states with the normalisation (sum 0, or m for multiplicative seasons).
func (f *fitter) setStates(x []float64) {
	f.p.Level = x[0]
	i := 1
	f.p.Slope = 0
	if f.sp.Trend != None {
		f.p.Slope = x[1]
		i = 2
	}
	if f.sp.Season != None {
		var sum float64
		for j := 0; j < f.m-1; j++ {
			f.p.Season[j] = x[i+j]
			sum += x[i+j]
		}
		last := -sum
		if f.sp.Season == Multiplicative {
			last = float64(f.m) - sum
		}
		f.p.Season[f.m-1] = last
	}
}

func (f *fitter) states() []float64 {
	x := []float64{f.p.Level}
	if f.sp.Trend != None {
		x = append(x, f.p.Slope)
	}
	if f.sp.Season != None {
		x = append(x, f.p.Season[:f.m-1]...)
	}
	return x
}

// objective evaluates −2·log-likelihood at f.p (+Inf when not admissible).
func (f *fitter) objective() float64 {
	if !admissible(f.sp, &f.p, f.m) {
		return math.Inf(1)
	}
	if f.sp.Season == Multiplicative {
		for _, s := range f.p.Season {
			if !(s > 0) {
				return math.Inf(1)
			}
		}
	}
	var r filterResult
	if f.sp.Season != None {
		r = f.seasonalFilter()
	} else {
		st := initState(f.sp, &f.p, f.m, f.sbuf)
		r = filter(f.sp, &f.p, f.m, f.y, &st, nil, nil)
	}
	if !r.ok {
		return math.Inf(1)
	}
	return neg2LogLik(r, len(f.y))
}

// jointInside is joint with +Inf outside the bounds of the smoothing
// parameters instead of their projection, as R's ets scores such points.
func (f *fitter) jointInside(x []float64) float64 {
	nf := len(f.free)
	xp := f.xp[:nf]
	f.project(xp, x[:nf])
	for i := range nf {
		if xp[i] != x[i] {
			return math.Inf(1)
		}
	}
	return f.joint(x)
}

// joint is the objective over smoothing parameters and initial states.
func (f *fitter) joint(x []float64) float64 {
	nf := len(f.free)
	xp := f.xp[:nf]
	f.project(xp, x[:nf])
	f.setSmooth(xp)
	f.setStates(x[nf:])
	return f.objective()
}

// profile is the objective over the smoothing parameters alone, with the
// initial states solved by least squares (see solveStates). For additive
// errors this is the exact profile likelihood.
func (f *fitter) profile(x []float64) float64 {
	xp := f.xp[:len(x)]
	f.project(xp, x)
	f.setSmooth(xp)
	if !admissible(f.sp, &f.p, f.m) {
		return math.Inf(1)
	}
	f.solveStates()
	f.setStates(f.x0)
	return f.objective()
}

// solveStates sets f.x0 to the initial states that minimise the sum of
// squared one-step errors for the smoothing parameters in f.p. The
// recursion is linear in the initial state when the season is not
// multiplicative, so every one-step forecast is base(t) + a(t)·x0, computed
// by running the recursion from a zero state and from each unit state
// (Hyndman et al. 2008, §5.2 on linear models). With multiplicative errors
// the squares are reweighted by 1/ŷ² twice, approximating the relative
// errors that the likelihood uses.
func (f *fitter) solveStates() {
	sp, k := f.sp, f.k
	if sp.Season == Additive {
		f.additiveSeasonSensitivities()
	} else {
		f.sensitivities()
	}
	passes := 1
	if sp.Error == Multiplicative {
		passes = 3
	}
	for pass := range passes {
		clear(f.ata)
		clear(f.atr)
		for t, yt := range f.y {
			w := 1.0
			if pass > 0 {
				fc := f.base[t]
				for i, ai := range f.a[t*k : t*k+k] {
					fc += ai * f.x0[i]
				}
				if !(fc > 0) {
					return // keep the previous pass's states
				}
				w = 1 / (fc * fc)
			}
			r := yt - f.base[t]
			at := f.a[t*k : t*k+k]
			atr := f.atr[:k]
			for i, ai := range at {
				wa := w * ai
				atr[i] += wa * r
				row := f.ata[i*k : i*k+i+1]
				for j, aj := range at[:len(row)] {
					row[j] += wa * aj
				}
			}
		}
		solveSym(f.ata, f.atr, k, f.x0)
	}
}

// sensitivities fills f.base and f.a by running the recursion from a zero
// state and from each unit initial state.
func (f *fitter) sensitivities() {
	sp, m, k := f.sp, f.m, f.k
	zero := Params{Alpha: f.p.Alpha, Beta: f.p.Beta, Gamma: f.p.Gamma, Phi: f.p.Phi}
	base := initState(sp, &zero, m, f.sbuf)
	if sp.Season != None {
		clear(base.s)
	}
	for i := range f.dirs {
		d := &f.dirs[i]
		*d = state{}
		if sp.Season != None {
			d.s = f.dbuf[i*m : (i+1)*m]
			clear(d.s)
		}
		switch {
		case i == 0:
			d.l = 1
		case i == 1 && sp.Trend != None:
			d.b = 1
		default:
			j := i - 1
			if sp.Trend != None {
				j--
			}
			d.s[j] = 1
			d.s[m-1] = -1
		}
	}
	for t, yt := range f.y {
		q, fc := oneStep(sp, f.p.Phi, &base, m)
		f.base[t] = fc
		update(sp, &f.p, &base, m, yt, q)
		for i := range f.dirs {
			dq, dfc := oneStep(sp, f.p.Phi, &f.dirs[i], m)
			f.a[t*k+i] = dfc
			update(sp, &f.p, &f.dirs[i], m, 0, dq)
		}
	}
}

// solveSym solves the k×k symmetric system (lower triangle of a filled) by
// Cholesky factorisation with a small ridge that keeps it positive definite
// when an initial state barely affects the forecasts (α near 1). x receives
// the solution; a and b are overwritten.
func solveSym(a, b []float64, k int, x []float64) {
	var tr float64
	for i := range k {
		tr += a[i*k+i]
	}
	ridge := 1e-10*tr/float64(k) + 1e-300
	for i := range k {
		a[i*k+i] += ridge
	}
	for j := range k {
		s := a[j*k+j]
		for l := range j {
			s -= a[j*k+l] * a[j*k+l]
		}
		if !(s > 0) {
			s = ridge
		}
		d := math.Sqrt(s)
		a[j*k+j] = d
		for i := j + 1; i < k; i++ {
			s := a[i*k+j]
			for l := range j {
				s -= a[i*k+l] * a[j*k+l]
			}
			a[i*k+j] = s / d
		}
	}
	for i := range k {
		s := b[i]
		for l := range i {
			s -= a[i*k+l] * x[l]
		}
		x[i] = s / a[i*k+i]
	}
	for i := k - 1; i >= 0; i-- {
		s := x[i]
		for l := i + 1; l < k; l++ {
			s -= a[l*k+i] * x[l]
		}
		x[i] = s / a[i*k+i]
	}
}

var (
	profileNM = nmSettings{maxEval: 400, relTol: 1e-6, stall: 6, flatStall: 3}
	jointNM   = nmSettings{maxEval: 2000, relTol: 1e-6, stall: 10}
	// seasonPolish is the evaluation budget of the second search of a
	// model with a multiplicative season.
	seasonPolish = 600
)

// estimate fits the model by maximum likelihood and returns the parameters
// and the −2·log-likelihood; ok is false when no admissible fit was found.
func (f *fitter) estimate() (Params, float64, bool) {
	x, step := f.start()
	nf := len(f.free)
	var best float64
	if f.sp.Season != Multiplicative {
		obj := f.profile
		if f.sp.Season == None {
			obj = f.profileNonSeasonal
		}
		if nf > 0 {
			xs, _, _ := nelderMead(obj, x, step, profileNM, f.beyondBounds, &f.nm)
			f.project(xs, xs)
			x = xs
		}
		best = f.profile(x)
		// With multiplicative errors the reweighted least-squares states
		// approximate the likelihood's optimum; Options.Polish refines
		// states and parameters jointly.
		if f.polish && f.sp.Error == Multiplicative && !math.IsInf(best, 1) {
			x = append(x, f.x0...)
			step = f.jointSteps(x)
			xs, fx, _ := nelderMead(f.joint, x, step, jointNM, nil, &f.nm)
			f.project(xs[:nf], xs[:nf])
			if fx < best {
				best = fx
				x = xs
			}
			best = f.joint(x)
		}
	} else {
		h := heuristicInit(f.sp, f.y, f.m)
		f.p.Level, f.p.Slope = h.Level, h.Slope
		copy(f.p.Season, h.Season)
		x = append(x, f.states()...)
		step = f.jointSteps(x)
		xs, _, _ := nelderMead(f.joint, x, step, jointNM, nil, &f.nm)
		f.project(xs[:nf], xs[:nf])
		// The joint search over 5 to 16 dimensions often spends its budget
		// far from the optimum; R's Nelder–Mead, restarted from where it
		// stopped with a fresh simplex, takes it further.
		if xr, _, ok := nmmin(f.jointInside, xs, rReltol, seasonPolish); ok {
			xs = xr
		}
		x = xs
		best = f.joint(x)
	}
	if math.IsInf(best, 1) || math.IsNaN(best) {
		return Params{}, best, false
	}
	out := f.p
	out.Season = append([]float64(nil), f.p.Season...)
	return out, best, true
}

// jointSteps returns simplex steps for the joint parameter vector x: a
// tenth of each smoothing parameter's starting value and 1% of the data's
// scale for the states.
func (f *fitter) jointSteps(x []float64) []float64 {
	var scale float64
	for _, v := range f.y {
		scale += math.Abs(v)
	}
	scale /= float64(len(f.y))
	if scale == 0 {
		scale = 1
	}
	nf := len(f.free)
	step := make([]float64, len(x))
	for i := range x {
		if i < nf {
			step[i] = 0.1 * x[i]
			if f.free[i] == 'p' {
				step[i] = -0.01
			}
		} else {
			step[i] = 0.01 * scale
		}
	}
	return step
}
