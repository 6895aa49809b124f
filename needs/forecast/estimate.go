package forecast

import "math"

// fixedParams are smoothing parameters the caller fixed (zero = estimate).
type fixedParams struct{ alpha, beta, gamma, phi float64 }

// admissible reports whether the smoothing parameters lie in R's "usual"
// region (forecast 8.20 check.param with bounds = "both") and, for seasonal
// models, in the forecastability region of Hyndman et al. (2008, ch. 10),
// tested as R's admissible() does through the roots of the characteristic
// polynomial.
func admissible(sp Spec, p *Params, m int) bool {
	a := p.Alpha
	if !(a >= lowerSmooth && a <= upperSmooth) {
		return false
	}
	if sp.Trend != None && !(p.Beta >= lowerSmooth && p.Beta <= a && p.Beta <= upperSmooth) {
		return false
	}
	if sp.Damped && !(p.Phi >= lowerPhi && p.Phi <= upperPhi) {
		return false
	}
	if sp.Season != None {
		g := p.Gamma
		if !(g >= lowerSmooth && g <= 1-a && g <= upperSmooth) {
			return false
		}
		return seasonalAdmissible(a, p.Beta, g, p.Phi, m)
	}
	return true
}

// seasonalAdmissible is R's admissible() for m > 1: a few inequalities, then
// all roots of
//
//	z^(m+1) + (α+β−φ) z^m + (α+β−αφ) z^(m−1) + … + (α+β−αφ) z² + (α+β−αφ+γ−1) z + φ(1−α−γ)
//
// of modulus at most 1 + 1e−10. R finds the roots (polyroot); here the
// Schur–Cohn test decides the same question without them (see
// rootsWithin).
func seasonalAdmissible(a, b, g, phi float64, m int) bool {
	if g < math.Max(1-1/phi-a, 0) || g > 1+1/phi-a {
		return false
	}
	if a < 1-1/phi-g*(1-float64(m)+phi+phi*float64(m))/(2*phi*float64(m)) {
		return false
	}
	if b < -(1-phi)*(g/float64(m)+a) {
		return false
	}
	if m+2 > maxPoly {
		panic("forecast: seasonal period beyond 12")
	}
	// Coefficients c[0..m+1] of z^0..z^(m+1).
	var c [maxPoly]float64
	c[0] = phi * (1 - a - g)
	c[1] = a + b - a*phi + g - 1
	for j := 2; j < m; j++ {
		c[j] = a + b - a*phi
	}
	c[m] = a + b - phi
	c[m+1] = 1
	return rootsWithin(c[:m+2], 1+1e-10)
}

// maxPoly bounds the number of coefficients seasonalAdmissible needs
// (monthly data: degree 13).
const maxPoly = 16

// rootsWithin reports whether every root of the polynomial with
// coefficients c (c[k] of z^k, the last non-zero) has modulus below r.
// With z = r·w the question is whether every root w lies inside the unit
// circle, which the Schur–Cohn recursion answers (Henrici 1974, Applied
// and Computational Complex Analysis, vol. 1, §6.8): a polynomial p of
// degree n has all its roots inside exactly when |a_n| > |a_0| and the
// polynomial (a_n·p(w) − a_0·p*(w))/w of degree n − 1 has too, p* being p
// with its coefficients reversed. It works on a copy of at most maxPoly
// coefficients and does not allocate.
func rootsWithin(c []float64, r float64) bool {
	var a, t [maxPoly]float64
	n := len(c) - 1
	scale := 1.0
	for k := range c {
		a[k] = c[k] * scale
		scale *= r
	}
	for ; n > 0; n-- {
		lead, last := a[n], a[0]
		if !(math.Abs(lead) > math.Abs(last)) {
			return false
		}
		for j := 0; j < n; j++ {
			t[j] = lead*a[j+1] - last*a[n-1-j]
		}
		// Normalise to a monic polynomial to keep the numbers in range.
		inv := 1 / t[n-1]
		for j := 0; j < n; j++ {
			a[j] = t[j] * inv
		}
	}
	return true
}

// heuristicInit returns R's initial states (forecast 8.20 initstate): a
// classical decomposition of the first three years for the seasonal states,
// then a regression on the first max(10, 2m) seasonally adjusted values for
// level and slope (their mean for the level alone).
func heuristicInit(sp Spec, y []float64, m int) Params {
	var p Params
	ysa := y
	if sp.Season != None {
		seas := seasonalIndices(y, m, sp.Season == Multiplicative)
		p.Season = make([]float64, m)
		// seas[k] belongs to period k of the first year; s(0) is the last period.
		for j := range m {
			p.Season[j] = seas[m-1-j]
		}
		ysa = make([]float64, len(y))
		for t, v := range y {
			if sp.Season == Multiplicative {
				ysa[t] = v / seas[t%m]
			} else {
				ysa[t] = v - seas[t%m]
			}
		}
	}
	k := min(max(10, 2*m), len(ysa))
	if sp.Trend == None {
		s := 0.0
		for _, v := range ysa[:k] {
			s += v
		}
		p.Level = s / float64(k)
		return p
	}
	a, b := lineFit(ysa[:k])
	// lineFit's intercept is at t = 0 with the first value at t = 1, as R's lsfit(1:k, y).
	p.Level, p.Slope = a, b
	if math.Abs(a+b) < 1e-8 {
		p.Level *= 1 + 1e-3
		p.Slope *= 1 - 1e-3
	}
	return p
}

// lineFit fits y[i] = a + b·(i+1) by least squares.
func lineFit(y []float64) (a, b float64) {
	n := float64(len(y))
	if len(y) == 1 {
		return y[0], 0
	}
	var sx, sy float64
	for i, v := range y {
		sx += float64(i + 1)
		sy += v
	}
	mx, my := sx/n, sy/n
	var sxx, sxy float64
	for i, v := range y {
		dx := float64(i+1) - mx
		sxx += dx * dx
		sxy += dx * (v - my)
	}
	b = sxy / sxx
	return my - b*mx, b
}

// seasonalIndices returns m seasonal indices from a classical decomposition
// (centred moving average) of the first three years, normalised to sum to 0
// (additive) or m (multiplicative, floored at 0.01 as R does).
func seasonalIndices(y []float64, m int, mult bool) []float64 {
	n := min(len(y), 3*m)
	x := y[:n]
	trend := make([]float64, n)
	for i := range trend {
		trend[i] = math.NaN()
	}
	half := m / 2
	for t := half; t+half < n; t++ {
		trend[t] = centredMean(x, m, t)
	}
	idx := make([]float64, m)
	cnt := make([]float64, m)
	for t := range n {
		if math.IsNaN(trend[t]) {
			continue
		}
		if mult {
			idx[t%m] += x[t] / trend[t]
		} else {
			idx[t%m] += x[t] - trend[t]
		}
		cnt[t%m]++
	}
	var sum float64
	for k := range m {
		if cnt[k] > 0 {
			idx[k] /= cnt[k]
		} else if mult {
			idx[k] = 1
		}
		sum += idx[k]
	}
	for k := range m {
		if mult {
			idx[k] = math.Max(idx[k]*float64(m)/sum, 1e-2)
		} else {
			idx[k] -= sum / float64(m)
		}
	}
	return idx
}
