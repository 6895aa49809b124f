package investment

import (
	"errors"
	"strconv"

	"github.com/opencommissioning/scp/internal/fault"
)

// Sentinel errors. Callers test for them with [errors.Is]; the errors that
// this package returns wrap them with the input or position that failed and
// start with "investment: " once. The texts of the sentinels themselves
// carry no prefix. Reasons that other packages of the module share are the
// same values there, so that errors.Is matches across the layers.
var (
	// ErrSyntax reports text that is not an amount of money, a decimal or a
	// financial year. It is the reason other packages of the module share.
	ErrSyntax = fault.ErrSyntax
	// ErrRange reports a value outside the range the package represents (see
	// [MaxAbs]). It is the reason other packages of the module share.
	ErrRange = fault.ErrRange
	// ErrNotFinite reports a NaN or infinite float64 where a finite number is
	// required. It is the reason other packages of the module share.
	ErrNotFinite = fault.ErrNotFinite
	// ErrUnknownField reports a field of a JSON document that the type it is
	// read into does not have. It is the reason other packages of the module
	// share.
	ErrUnknownField = fault.ErrUnknownField
	// ErrNegativeWeight reports a negative allocation weight.
	ErrNegativeWeight = errors.New("negative weight")
	// ErrZeroWeights reports allocation weights that sum to zero.
	ErrZeroWeights = errors.New("weights sum to zero")
	// ErrNoParts reports an allocation or table with no parts.
	ErrNoParts = errors.New("no parts")
	// ErrNotWhole reports an amount that is not a whole number of the unit it is
	// allocated in (for example £1.005 allocated in pence).
	ErrNotWhole = errors.New("amount is not a whole number of the unit")
	// ErrDivideByZero reports a ratio with a zero denominator.
	ErrDivideByZero = errors.New("division by zero")
	// ErrYearOrder reports a range of years whose last year precedes its first.
	ErrYearOrder = errors.New("last year before first year")
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
// allocation weight (Position 3). It unwraps to the sentinel that describes
// the problem.
type IndexError struct {
	What     string // the kind of element, such as "weight" or "part"
	Position int    // one-based position in the list: 1 is the first element
	Err      error
}

// Error implements the error interface: "investment: weight 3: negative weight".
func (e *IndexError) Error() string {
	return "investment: " + e.What + " " + strconv.Itoa(e.Position) + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *IndexError) Unwrap() error { return e.Err }
