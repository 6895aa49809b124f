package investment

import (
	"errors"
	"strconv"
)

// Sentinel errors. Callers test for them with [errors.Is]; the errors that
// this package returns wrap them with the input or position that failed.
var (
	// ErrSyntax reports text that is not an amount of money or a financial year.
	ErrSyntax = errors.New("investment: invalid syntax")
	// ErrRange reports a value outside the range the package represents (see [MaxAbs]).
	ErrRange = errors.New("investment: value out of range")
	// ErrNotFinite reports a NaN or infinite float64 where a finite number is required.
	ErrNotFinite = errors.New("investment: value is NaN or infinite")
	// ErrNegativeWeight reports a negative allocation weight.
	ErrNegativeWeight = errors.New("investment: negative weight")
	// ErrZeroWeights reports allocation weights that sum to zero.
	ErrZeroWeights = errors.New("investment: weights sum to zero")
	// ErrNoParts reports an allocation or table with no parts.
	ErrNoParts = errors.New("investment: no parts")
	// ErrNotWhole reports an amount that is not a whole number of the unit it is
	// allocated in (for example £1.005 allocated in pence).
	ErrNotWhole = errors.New("investment: amount is not a whole number of the unit")
	// ErrDivideByZero reports a ratio with a zero denominator.
	ErrDivideByZero = errors.New("investment: division by zero")
	// ErrYearOrder reports a range of years whose last year precedes its first.
	ErrYearOrder = errors.New("investment: last year before first year")
)

// ParseError records a failed parse of money or a financial year: which
// function, what input, and why. It unwraps to [ErrSyntax] or [ErrRange].
type ParseError struct {
	Func  string // the function that failed, such as "GBP"
	Input string // the text that was parsed
	Err   error  // the reason: ErrSyntax or ErrRange, possibly wrapped with detail
}

// Error implements the error interface.
func (e *ParseError) Error() string {
	return "investment: " + e.Func + "(" + strconv.Quote(e.Input) + "): " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *ParseError) Unwrap() error { return e.Err }

// IndexError reports a bad element of a list argument, such as the third
// allocation weight. It unwraps to the sentinel that describes the problem.
type IndexError struct {
	What  string // the kind of element, such as "weight" or "part"
	Index int    // zero-based position in the list
	Err   error
}

// Error implements the error interface.
func (e *IndexError) Error() string {
	return "investment: " + e.What + " " + strconv.Itoa(e.Index) + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *IndexError) Unwrap() error { return e.Err }
