package investment

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors of discounting, cash flows and rates of return. Like the
// package's other sentinels they are wrapped with the input or position that
// failed; test for them with [errors.Is].
var (
	// ErrNoBands reports a discount schedule with no bands.
	ErrNoBands = errors.New("discount schedule has no bands")
	// ErrBandOrder reports discount bands that are not in strictly increasing
	// order of their first year, repeat a first year, start at a negative year,
	// or do not begin at year 0 or 1.
	ErrBandOrder = errors.New("discount bands out of order")
	// ErrRate reports a rate of −100% or less, for which discounting is
	// undefined, or a rate too large to represent.
	ErrRate = errors.New("rate must be greater than -100%")
	// ErrEmptyFlow reports a cash flow with no values where at least one is
	// needed.
	ErrEmptyFlow = errors.New("empty cash flow")
	// ErrNoSignChange reports a cash flow whose values never change sign, so
	// that it has no internal rate of return.
	ErrNoSignChange = errors.New("cash flow has no sign change")
	// ErrNoRoot reports a cash flow that changes sign but whose rate of return
	// lies outside the range searched (see [IRRs]).
	ErrNoRoot = errors.New("no rate of return in the range searched")
	// ErrMultipleRoots reports a cash flow with more than one internal rate
	// of return. The error is a [*MultipleRootsError] carrying every root.
	ErrMultipleRoots = errors.New("several rates of return")
	// ErrLength reports lists that must have the same length but do not, such
	// as amounts and their dates.
	ErrLength = errors.New("lengths differ")
	// ErrDateOrder reports a dated amount that falls before the first date of
	// its list, which spreadsheets' XNPV and XIRR also reject.
	ErrDateOrder = errors.New("date before the first date")
	// ErrBeforeBase reports a cash flow that starts before the base year it
	// is discounted to, which would need a negative year offset.
	ErrBeforeBase = errors.New("cash flow starts before the base year")
	// ErrNotAnchored reports an operation that needs a cash flow anchored to a
	// financial year (see [Flow.Anchor]) given one that is not, or two flows
	// of which only one is anchored.
	ErrNotAnchored = errors.New("cash flow not anchored to a financial year")
	// ErrHorizon reports a number of years that must be positive and at
	// most [MaxHorizon] but is not, such as the life of an asset for an
	// equivalent annual cost.
	ErrHorizon = errors.New("number of years must be positive and at most the horizon")
)

// MultipleRootsError reports a cash flow with several internal rates of
// return, such as −100, 230, −132, which returns 10% and 20%. Roots holds
// every rate found, in increasing order, as decimal fractions (0.1 is 10%).
// It unwraps to [ErrMultipleRoots].
type MultipleRootsError struct {
	Func  string    // the function that found them, "IRR" or "XIRR"
	Roots []float64 // the rates of return, increasing
}

// Error implements the error interface.
func (e *MultipleRootsError) Error() string {
	var b strings.Builder
	b.WriteString("investment: ")
	b.WriteString(e.Func)
	b.WriteString(": ")
	b.WriteString(strconv.Itoa(len(e.Roots)))
	b.WriteString(" rates of return:")
	for _, r := range e.Roots {
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(100*r, 'g', 10, 64))
		b.WriteByte('%')
	}
	return b.String()
}

// Unwrap returns [ErrMultipleRoots].
func (e *MultipleRootsError) Unwrap() error { return ErrMultipleRoots }
