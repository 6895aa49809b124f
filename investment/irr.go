package investment

import (
	"fmt"
	"math"
)

// Rates of return are statistics: they are float64 decimal fractions (0.1 is
// 10%) computed from the float64 values of the amounts ([Money.Float64]).
//
// Roots are searched on u = ln(1+r), which maps rates above −100% onto the
// whole real line. The search scans u from ln(10^-4) to ln(10^4 + 1), that is
// rates from −99.99% to +1,000,000%, in steps of 0.001 for rates between −63%
// and +348% and 0.01 outside, and refines every step where the net present
// value changes sign by bisection to full float64 precision. Two roots closer
// than one step, and roots where the net present value touches zero without
// changing sign, can be missed; Descartes' rule of signs bounds how many
// roots there can be (at most the number of sign changes of the values).
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
// searched (see the package notes on rates of return above), in increasing
// order. Its errors are those of [IRR] except [ErrMultipleRoots].
func IRRs(f Flow) ([]float64, error) {
	v, err := flowFloats("IRR", f)
	if err != nil {
		return nil, err
	}
	roots := findRoots(func(u float64) float64 { return npvScaled(v, u) })
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
		v[t] = f.At(t).Float64()
		if math.IsInf(v[t], 0) {
			return nil, &IndexError{What: "amount", Index: t, Err: ErrNotFinite}
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

// findRoots scans g over the grid of u described above and returns the
// rates e^u − 1 of its roots, increasing.
func findRoots(g func(u float64) float64) []float64 {
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
