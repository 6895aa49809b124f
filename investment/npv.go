package investment

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// PresentValue returns the present value of f in its year 0:
//
//	PV = Σ f.At(t) × DF(t),  t = 0 … f.Len()−1
//
// with the factors of [Schedule.Factor], so that year 0 is not discounted.
// The sum is exact and is rounded once, half away from zero, to the penny.
//
// Flows of whole pence (the usual case) take a fast path that multiplies
// integer pence by integer factors in 128-bit arithmetic; it returns the
// same penny as the decimal computation, which flows with fractions of a
// penny, or amounts and factors too large for it, use instead.
func (s Schedule) PresentValue(f Flow) Money {
	t := s.state().table(f.Len())
	return presentValue(&f, t, 0)
}

// PresentValues returns the present value of each flow, as
// [Schedule.PresentValue] does, looking the factors up once. It is the
// entry point for appraising many options or simulated draws.
func (s Schedule) PresentValues(flows []Flow) []Money {
	n := 0
	for _, f := range flows {
		n = max(n, f.Len())
	}
	t := s.state().table(n)
	out := make([]Money, len(flows))
	for i := range flows {
		out[i] = presentValue(&flows[i], t, 0)
	}
	return out
}

// PresentValueAt returns the present value of an anchored flow in financial
// year base, which is year 0 of the discounting: a flow that starts k years
// after base has its year t discounted by DF(k+t). It returns an error
// wrapping [ErrNotAnchored] for a flow that is not anchored and
// [ErrBeforeBase] for one that starts before base.
func (s Schedule) PresentValueAt(f Flow, base FinancialYear) (Money, error) {
	if !f.anchored {
		return Money{}, fmt.Errorf("investment: PresentValueAt(%v): %w", base, ErrNotAnchored)
	}
	if f.Len() == 0 {
		return Money{}, nil
	}
	if f.first < base {
		return Money{}, fmt.Errorf("investment: PresentValueAt(%v): flow starts in %v: %w", base, f.first, ErrBeforeBase)
	}
	k := int(f.first - base)
	t := s.state().table(k + f.Len())
	return presentValue(&f, t, k), nil
}

// presentValue discounts year t of f by factor k+t of tab.
func presentValue(f *Flow, tab *factorTable, k int) Money {
	n := f.Len()
	if f.pence != nil && k+n <= tab.fits {
		if m, ok := presentValuePence(f.pence, f.maxAbs, tab.scaled[k:k+n]); ok {
			return m
		}
	}
	var sum decimal.Decimal
	for t := range n {
		sum = sum.Add(f.At(t).d.Mul(tab.dec[k+t]))
	}
	return Money{sum}.Round(Penny)
}

// presentValuePence returns Σ pence[t] × factor[t] / 10^18 rounded half
// away from zero to the penny (see discountPence), as money.
func presentValuePence(pence []int64, maxAbs uint64, factor []uint64) (Money, bool) {
	p, ok := discountPence(pence, maxAbs, factor)
	if !ok {
		return Money{}, false
	}
	return FromPence(p), true
}

// discountPence returns Σ pence[t] × factor[t] / 10^18, rounded half away
// from zero to a whole number of pence, computed exactly in signed 128-bit
// integers. It reports false when the sum might not fit, or its pence do not
// fit in an int64; the caller then uses decimals.
//
// Each product is below 2^62 × 2^64, and maxAbs × len(pence) < 2^63 bounds
// the sum below 2^127, so the loop needs no overflow checks.
func discountPence(pence []int64, maxAbs uint64, factor []uint64) (int64, bool) {
	if hi, lo := bits.Mul64(maxAbs, uint64(len(pence))); hi != 0 || lo >= 1<<63 {
		return 0, false
	}
	factor = factor[:len(pence)]
	var accHi, accLo uint64
	for t, p := range pence {
		// The signed 128-bit product p × f: the unsigned product of
		// uint64(p) = p + 2^64 (for p < 0) and f, less 2^64 × f.
		f := factor[t]
		hi, lo := bits.Mul64(uint64(p), f)
		hi -= f & uint64(p>>63)
		var c uint64
		accLo, c = bits.Add64(accLo, lo, 0)
		accHi += hi + c
	}
	negative := int64(accHi) < 0
	if negative {
		var c uint64
		accLo, c = bits.Add64(^accLo, 0, 1)
		accHi = ^accHi + c
	}
	if accHi >= factorScale { // the quotient would not fit in 64 bits
		return 0, false
	}
	q, r := bits.Div64(accHi, accLo, factorScale)
	if r >= factorScale/2 {
		q++
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	if negative {
		return -int64(q), true
	}
	return int64(q), true
}

// PresentValueFloat returns Σ values[t] × DF(t) in float64, for discounting
// quantities that are not money, such as QALYs under [GreenBookHealth]. It
// returns an [*IndexError] wrapping [ErrNotFinite] for a NaN or infinite
// value, and [ErrNotFinite] if the sum overflows.
func (s Schedule) PresentValueFloat(values []float64) (float64, error) {
	t := s.state().table(len(values))
	var sum float64
	for i, v := range values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, &IndexError{What: "value", Position: i + 1, Err: ErrNotFinite}
		}
		sum += v * t.flt[i]
	}
	if math.IsInf(sum, 0) || math.IsNaN(sum) {
		return 0, fmt.Errorf("investment: PresentValueFloat: sum overflows: %w", ErrNotFinite)
	}
	return sum, nil
}

// AnnuityFactor returns the present value of 1 paid at the end of each of
// years 1 … n, that is DF(1) + … + DF(n), exactly in [FactorPlaces]
// places. It is 0 for n ≤ 0. Under a constant rate r it is
// (1 − (1+r)^−n)/r, up to the rounding of the factors. It panics for n
// above [MaxHorizon].
func (s Schedule) AnnuityFactor(n int) decimal.Decimal {
	var sum decimal.Decimal
	if n <= 0 {
		return sum
	}
	t := s.state().table(n + 1)
	for _, df := range t.dec[1 : n+1] {
		sum = sum.Add(df)
	}
	return sum
}

// EquivalentAnnualCost returns the level amount which, paid at the end of
// each of years 1 … years, has present value pv: pv divided by
// [Schedule.AnnuityFactor](years), rounded half away from zero to the penny.
// It is how the Green Book compares options with different lives. It
// returns an error wrapping [ErrHorizon] for years < 1 or above
// [MaxHorizon], and [ErrDivideByZero] if the annuity factor rounds to zero.
func (s Schedule) EquivalentAnnualCost(pv Money, years int) (Money, error) {
	if years < 1 || years > MaxHorizon {
		return Money{}, fmt.Errorf("investment: EquivalentAnnualCost(%v, %d): horizon %d: %w", pv, years, MaxHorizon, ErrHorizon)
	}
	af := s.AnnuityFactor(years)
	if af.IsZero() {
		return Money{}, fmt.Errorf("investment: EquivalentAnnualCost(%v, %d): annuity factor is zero: %w", pv, years, ErrDivideByZero)
	}
	return Money{pv.d.DivRound(af, 2)}, nil
}

// SpreadsheetNPV returns the net present value as spreadsheets' NPV
// function computes it, which discounts the first value by one whole period:
//
//	SpreadsheetNPV = Σ values[i] / (1+rate)^(i+1),  i = 0 … len(values)−1
//
// It differs from [Schedule.PresentValue], which leaves year 0
// undiscounted; add an undiscounted initial outlay yourself, as the
// spreadsheet documentation does. The factors are those of
// [Constant](rate) and the sum is rounded half away from zero to the penny.
// It returns an error wrapping [ErrRate] for a rate of −100% or less,
// [ErrRateTooHigh] for one above 100% (see [CheckRate]) and [ErrEmptyFlow]
// for no values.
func SpreadsheetNPV(rate decimal.Decimal, values ...Money) (Money, error) {
	if err := checkRate(rate); err != nil {
		return Money{}, fmt.Errorf("investment: SpreadsheetNPV: %w", err)
	}
	if len(values) == 0 {
		return Money{}, fmt.Errorf("investment: SpreadsheetNPV(%s): %w", percent(rate), ErrEmptyFlow)
	}
	st := newSchedule([]Band{{From: 0, Rate: rate}})
	t := st.table(len(values) + 1)
	f := NewFlow(values...)
	return presentValue(&f, t, 1), nil
}
