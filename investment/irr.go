package investment

import (
	"fmt"
	"math"
)

// The root search of IRR, IRRs, XIRR and XIRRs works on u = ln(1+r), which
// maps rates above −100% onto the whole real line; see [IRRs].
const (
	irrMinU    = -9.210340371976182 // ln(1e-4): a rate of −99.99%
	irrMaxU    = 9.210440366976517  // ln(1e4 + 1): a rate of +1,000,000%
	irrFineLo  = -1.0               // the finely scanned range of u
	irrFineHi  = 1.5
	irrFine    = 0.001
	irrCoarse  = 0.01
	bisections = 200
)

// IRR returns the internal rate of return of f: the rate r at which the
// present value of f with year 0 undiscounted, Σ f.At(t)/(1+r)^t, is zero.
// Spreadsheets' IRR gives the same rate for the same values.
//
// It returns an error wrapping [ErrEmptyFlow] for an empty flow,
// [ErrNoSignChange] when the values never change sign (so no rate exists),
// [ErrNoRoot] when no rate lies in the range searched, and a
// [*MultipleRootsError], which wraps [ErrMultipleRoots] and lists every rate,
// when there are several: −100, 230, −132 has rates 10% and 20%, and neither
// is "the" rate of return. Use [IRRs] to get all roots without an error.
func IRR(f Flow) (float64, error) {
	roots, err := IRRs(f)
	if err != nil {
		return 0, err
	}
	if len(roots) > 1 {
		return 0, &MultipleRootsError{Func: "IRR", Roots: roots}
	}
	return roots[0], nil
}

// IRRs returns every internal rate of return of f found in the range
// searched, in increasing order. Its errors are those of [IRR] except
// [ErrMultipleRoots].
//
// Rates of return are statistics: float64 decimal fractions (0.1 is 10%)
// computed from the float64 values of the amounts ([Money.Float64]). The
// search covers rates from −99.99% to +1,000,000%, working on u = ln(1+r).
// Descartes' rule of signs bounds the number of roots by the number of sign
// changes of the amounts. When they change sign once (costs, then benefits)
// there is exactly one root, which a bisection over the whole range finds
// unless it lies outside it. Otherwise the search scans u in steps of 0.001
// for rates between −63% and +348% and of 0.01 outside, and bisects every
// step over which the net present value changes sign, to full float64
// precision; two roots closer together than one step, and a root at which
// the net present value touches zero without changing sign, can be missed.
func IRRs(f Flow) ([]float64, error) {
	v, err := flowFloats("IRR", f)
	if err != nil {
		return nil, err
	}
	roots := findRoots(func(u float64) float64 { return npvScaled(v, u) }, signChanges(v))
	if len(roots) == 0 {
		return nil, fmt.Errorf("investment: IRR: %w", ErrNoRoot)
	}
	return roots, nil
}

// flowFloats returns the amounts of f as float64 and checks that they can
// have a rate of return.
func flowFloats(fn string, f Flow) ([]float64, error) {
	if f.Len() == 0 {
		return nil, fmt.Errorf("investment: %s: %w", fn, ErrEmptyFlow)
	}
	v := make([]float64, f.Len())
	for t := range v {
		if f.pence != nil && f.maxAbs < 1<<53 {
			v[t] = float64(f.pence[t]) / 100 // exact pence, one rounding
			continue
		}
		v[t] = f.At(t).Float64()
		if math.IsInf(v[t], 0) {
			return nil, &IndexError{What: "amount", Position: t + 1, Err: ErrNotFinite}
		}
	}
	if signChanges(v) == 0 {
		return nil, fmt.Errorf("investment: %s: %w", fn, ErrNoSignChange)
	}
	return v, nil
}

// signChanges counts the changes of sign between successive non-zero
// values. By Descartes' rule of signs it bounds the number of positive
// roots x = 1/(1+r) of Σ v[t] x^t, and so the number of rates of return.
func signChanges(v []float64) int {
	n, last := 0, 0.0
	for _, x := range v {
		if x == 0 {
			continue
		}
		if last != 0 && (x < 0) != (last < 0) {
			n++
		}
		last = x
	}
	return n
}

// npvScaled returns the net present value of v at the rate e^u − 1, scaled
// by a positive factor that keeps it finite: Σ v[t] x^t with x = e^−u for
// u ≥ 0, and that sum times x^−(n−1) for u < 0, where x > 1. Both are
// evaluated by Horner's rule with a multiplier at most 1, and they agree at
// u = 0, so the function is continuous and has the same roots as the NPV.
func npvScaled(v []float64, u float64) float64 {
	var acc float64
	if u >= 0 {
		x := math.Exp(-u)
		for t := len(v) - 1; t >= 0; t-- {
			acc = acc*x + v[t]
		}
		return acc
	}
	y := math.Exp(u)
	for _, c := range v {
		acc = acc*y + c
	}
	return acc
}

// findRoots returns the rates e^u − 1 of the roots of g in the range
// searched, increasing, given that g has at most maxRoots roots. With one
// at most, g changes sign once at most and a single bisection over the whole
// range finds the root; otherwise findRoots scans the grid of u described at
// [IRRs] and bisects every step over which g changes sign.
func findRoots(g func(u float64) float64, maxRoots int) []float64 {
	if maxRoots == 1 {
		lo, hi := g(irrMinU), g(irrMaxU)
		switch {
		case lo == 0:
			return []float64{math.Expm1(irrMinU)}
		case hi == 0:
			return []float64{math.Expm1(irrMaxU)}
		case math.IsNaN(lo) || math.IsNaN(hi) || (lo < 0) == (hi < 0):
			return nil
		}
		return []float64{math.Expm1(bisect(g, irrMinU, irrMaxU, lo))}
	}
	var roots []float64
	havePrev := false
	var pu, pg float64
	visit := func(u float64) {
		gu := g(u)
		switch {
		case gu == 0:
			roots = append(roots, math.Expm1(u))
			havePrev = false
		case math.IsNaN(gu):
			havePrev = false
		case havePrev && (gu < 0) != (pg < 0):
			roots = append(roots, math.Expm1(bisect(g, pu, u, pg)))
			pu, pg = u, gu
		default:
			pu, pg, havePrev = u, gu, true
		}
	}
	scan := func(a, b, h float64, last bool) {
		n := int(math.Round((b - a) / h))
		for i := range n {
			visit(a + float64(i)*h)
		}
		if last {
			visit(b)
		}
	}
	scan(irrMinU, irrFineLo, irrCoarse, false)
	scan(irrFineLo, irrFineHi, irrFine, false)
	scan(irrFineHi, irrMaxU, irrCoarse, true)
	return roots
}

// bisect returns a root of g in [lo, hi], where g(lo) = glo and g(hi) has
// the other sign, to the resolution of float64.
func bisect(g func(float64) float64, lo, hi, glo float64) float64 {
	for range bisections {
		mid := lo + (hi-lo)/2
		if mid <= lo || mid >= hi {
			break
		}
		gm := g(mid)
		if gm == 0 {
			return mid
		}
		if (gm < 0) == (glo < 0) {
			lo, glo = mid, gm
		} else {
			hi = mid
		}
	}
	return lo + (hi-lo)/2
}

// MIRR returns the modified internal rate of return of f, as spreadsheets'
// MIRR computes it: negative amounts are discounted to year 0 at
// financeRate, positive amounts are compounded to the last year n−1 at
// reinvestRate, and
//
//	MIRR = (FV(positives) / −PV(negatives))^(1/(n−1)) − 1.
//
// Unlike [IRR] it always has a single answer. Rates are decimal fractions.
// It returns an error wrapping [ErrNotFinite] for a NaN or infinite rate,
// [ErrRate] for a rate of −100% or less, [ErrEmptyFlow] for an empty flow and
// [ErrNoSignChange] unless f has both a positive and a negative amount.
func MIRR(f Flow, financeRate, reinvestRate float64) (float64, error) {
	for _, r := range [...]float64{financeRate, reinvestRate} {
		if math.IsNaN(r) || math.IsInf(r, 0) {
			return 0, fmt.Errorf("investment: MIRR: rate %v: %w", r, ErrNotFinite)
		}
		if r <= -1 {
			return 0, fmt.Errorf("investment: MIRR: rate %v: %w", r, ErrRate)
		}
	}
	v, err := flowFloats("MIRR", f)
	if err != nil {
		return 0, err
	}
	n := len(v)
	var fv, pv float64
	for t, x := range v {
		switch {
		case x > 0:
			fv += x * math.Pow(1+reinvestRate, float64(n-1-t))
		case x < 0:
			pv += x / math.Pow(1+financeRate, float64(t))
		}
	}
	m := math.Pow(fv/-pv, 1/float64(n-1)) - 1
	if math.IsNaN(m) || math.IsInf(m, 0) {
		return 0, fmt.Errorf("investment: MIRR: result overflows: %w", ErrNotFinite)
	}
	return m, nil
}
