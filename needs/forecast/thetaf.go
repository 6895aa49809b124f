package forecast

import "math"

// sesMSE estimates simple exponential smoothing as R's ses() does (forecast
// 8.20: ets(y, "ANN", opt.crit = "mse")), which thetaf builds on: the mean
// squared one-step error, accumulated as etscalc.c does, is minimised over
// (α, ℓ0) by R's Nelder–Mead (tolerance √ε, at most 2,000 evaluations) from
// α = 1e-4 + 0.2·(0.9999 − 1e-4) and ℓ0 = the mean of the first ten values
// (initparam and initstate), α outside [1e-4, 0.9999] being infeasible.
// The likelihood's optimum is the same in theory, but the search stops
// where R's stops, which on short yearly series is often elsewhere on a flat
// surface; fitting the same way reproduces thetaf. ok is false when no
// finite fit exists.
func sesMSE(y []float64) (alpha, l0 float64, ok bool) {
	k := min(10, len(y))
	for _, v := range y[:k] {
		l0 += v
	}
	l0 /= float64(k)
	mse := func(x []float64) float64 {
		a := x[0]
		if a < lowerSmooth || a > upperSmooth {
			return math.Inf(1)
		}
		l := x[1]
		var amse, denom float64
		for _, v := range y {
			e := v - l
			denom++
			amse = (amse*(denom-1) + e*e) / denom
			l += a * e
		}
		return amse
	}
	start := lowerSmooth + 0.2*(upperSmooth-lowerSmooth)
	x, f, ok := nmmin(mse, []float64{start, l0}, rReltol, 2000)
	if !ok || math.IsNaN(f) || math.IsInf(f, 0) || f >= nmBig {
		return 0, 0, false
	}
	return x[0], x[1], true
}
