package investment

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// yearFractions checks amounts and dates and returns the actual/365 year
// fraction of each date from the first.
func yearFractions(fn string, amounts []Money, dates []time.Time) ([]float64, error) {
	if len(amounts) != len(dates) {
		return nil, fmt.Errorf("investment: %s: %d amounts and %d dates: %w", fn, len(amounts), len(dates), ErrLength)
	}
	if len(amounts) == 0 {
		return nil, fmt.Errorf("investment: %s: %w", fn, ErrEmptyFlow)
	}
	d0 := dayNumber(dates[0])
	tau := make([]float64, len(dates))
	for i, d := range dates {
		days := dayNumber(d) - d0
		if days < 0 {
			return nil, &IndexError{What: "date", Position: i + 1,
				Err: fmt.Errorf("%s is before %s: %w", d.Format(time.DateOnly), dates[0].Format(time.DateOnly), ErrDateOrder)}
		}
		tau[i] = float64(days) / 365
	}
	return tau, nil
}

// dayNumber returns the number of days from 1 January 1970 to the calendar
// date of t in t's location.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// XNPV returns the net present value of amounts paid on dates at rate, on
// the actual/365 basis that spreadsheets' XNPV uses, with dates[0] as the
// base date (not discounted):
//
//	XNPV = Σ amounts[i] / (1+rate)^(d_i/365)
//
// where d_i is the number of calendar days from dates[0] to dates[i], each
// date read in its own location (the time of day is ignored). The later
// dates need not be in order, but none may fall before dates[0].
//
// Each factor is a float64, accurate to about 16 significant digits, since
// fractional powers have no exact decimal value; each amount is multiplied
// by its factor exactly and the sum is rounded half away from zero to the
// penny. It returns an error wrapping [ErrLength] when amounts and dates
// differ in length, [ErrEmptyFlow] for none, [ErrNotFinite] for a NaN or
// infinite rate or a factor that overflows, [ErrRate] for a rate of −100% or
// less, and an [*IndexError] wrapping [ErrDateOrder] for a date before
// dates[0].
func XNPV(rate float64, amounts []Money, dates []time.Time) (Money, error) {
	if math.IsNaN(rate) || math.IsInf(rate, 0) {
		return Money{}, fmt.Errorf("investment: XNPV: rate %v: %w", rate, ErrNotFinite)
	}
	if rate <= -1 {
		return Money{}, fmt.Errorf("investment: XNPV: rate %v: %w", rate, ErrRate)
	}
	tau, err := yearFractions("XNPV", amounts, dates)
	if err != nil {
		return Money{}, err
	}
	var sum decimal.Decimal
	for i, m := range amounts {
		df := math.Pow(1+rate, -tau[i])
		if math.IsInf(df, 0) || math.IsNaN(df) {
			return Money{}, &IndexError{What: "date", Position: i + 1,
				Err: fmt.Errorf("discount factor overflows: %w", ErrNotFinite)}
		}
		sum = sum.Add(m.d.Mul(decimal.NewFromFloat(df)))
	}
	return Money{sum}.Round(Penny), nil
}

// XIRR returns the rate at which [XNPV] of amounts on dates is zero, as
// spreadsheets' XIRR computes it. Its root search, and its errors for no
// sign change, no root in range and several roots (a [*MultipleRootsError]),
// are those of [IRR]; its input errors are those of [XNPV].
func XIRR(amounts []Money, dates []time.Time) (float64, error) {
	roots, err := XIRRs(amounts, dates)
	if err != nil {
		return 0, err
	}
	if len(roots) > 1 {
		return 0, &MultipleRootsError{Func: "XIRR", Roots: roots}
	}
	return roots[0], nil
}

// XIRRs returns every rate at which [XNPV] of amounts on dates is zero
// found in the range searched, increasing, as [IRRs] does for yearly flows.
func XIRRs(amounts []Money, dates []time.Time) ([]float64, error) {
	tau, err := yearFractions("XIRR", amounts, dates)
	if err != nil {
		return nil, err
	}
	type term struct{ tau, v float64 }
	terms := make([]term, len(amounts))
	for i, m := range amounts {
		terms[i] = term{tau[i], m.Float64()}
		if math.IsInf(terms[i].v, 0) {
			return nil, &IndexError{What: "amount", Position: i + 1, Err: ErrNotFinite}
		}
	}
	// Descartes' rule of signs holds for real exponents when the terms are
	// ordered by exponent, with the amounts on one date summed.
	slices.SortStableFunc(terms, func(a, b term) int { return cmp.Compare(a.tau, b.tau) })
	var byDate []float64
	for i, t := range terms {
		if i > 0 && t.tau == terms[i-1].tau {
			byDate[len(byDate)-1] += t.v
			continue
		}
		byDate = append(byDate, t.v)
	}
	changes := signChanges(byDate)
	if changes == 0 {
		return nil, fmt.Errorf("investment: XIRR: %w", ErrNoSignChange)
	}
	last := terms[len(terms)-1].tau
	// As npvScaled: for u < 0 the sum is multiplied by (1+r)^last so that
	// every exponent is at most zero and nothing overflows.
	g := func(u float64) float64 {
		var acc float64
		if u >= 0 {
			for _, t := range terms {
				acc += t.v * math.Exp(-u*t.tau)
			}
			return acc
		}
		for _, t := range terms {
			acc += t.v * math.Exp(u*(last-t.tau))
		}
		return acc
	}
	roots := findRoots(g, changes)
	if len(roots) == 0 {
		return nil, fmt.Errorf("investment: XIRR: %w", ErrNoRoot)
	}
	return roots, nil
}
