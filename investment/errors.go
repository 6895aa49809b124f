package investment

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
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

// Error implements the error interface:
// `investment: GBP("1.2.3"): unexpected '.' in fraction: invalid syntax`.
func (e *ParseError) Error() string {
	return "investment: " + e.Func + "(" + strconv.Quote(e.Input) + "): " + e.Err.Error()
}

// detail is the message without the prefix and the function, for an error
// whose place a [*FieldError] already gives: `"1.2.3": invalid syntax`.
func (e *ParseError) detail() string { return strconv.Quote(e.Input) + ": " + e.Err.Error() }

// Unwrap returns the underlying reason.
func (e *ParseError) Unwrap() error { return e.Err }

// IndexError reports a bad element of a list argument, such as the third
// allocation weight (Position 3). It unwraps to the sentinel that describes
// the problem.
type IndexError struct {
	What     string // the kind of element, such as "weight" or "part"
	Position int    // one-based position in the list: 1 is the first element
	Value    string // the element's value as text, such as "-0.2"; empty when the reason shows it
	Err      error
}

// Error implements the error interface:
// "investment: weight 3 (-0.2): negative weight".
func (e *IndexError) Error() string { return "investment: " + e.detail() }

func (e *IndexError) detail() string {
	s := e.What + " " + strconv.Itoa(e.Position)
	if e.Value != "" {
		s += " (" + e.Value + ")"
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *IndexError) Unwrap() error { return e.Err }

// NameError reports text that names no value of one of the package's
// enumerated types (StreamKind, CareGroup, UpliftKind, PressureKind,
// ReserveKind, Unit), or a value without a name. It unwraps to
// [ErrUnknownKind].
type NameError struct {
	Type string // the type, such as "CareGroup"
	Text string // the text read, or the value as Type(n)
	Err  error  // the reason, ErrUnknownKind
}

// Error implements the error interface: `investment: CareGroup "dentistry": unknown name`.
func (e *NameError) Error() string { return "investment: " + e.detail() }

func (e *NameError) detail() string {
	return e.Type + " " + strconv.Quote(e.Text) + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *NameError) Unwrap() error { return e.Err }

// nameError is the enum codecs' error.
func nameError(typ, text string, reason error) error {
	return &NameError{Type: typ, Text: text, Err: reason}
}

// FieldError reports a field of a JSON document that cannot be read into
// the package's types: its path in the document, positions counting from 1
// ("streams[2].amounts[2024/25]", "lines[1].mix[pay]", "uplifts[4].rate"),
// and the reason, which wraps a sentinel such as [ErrSyntax], [ErrRange],
// [ErrUnknownKind] or [ErrUnknownField]. Money and decimals that do not
// parse are reported this way, never with the decimal library's message.
type FieldError struct {
	Path string // the field's path; empty for the document as a whole
	Err  error  // the reason
}

// Error implements the error interface:
// `investment: lines[1].base: "1.2.3": unexpected '.' in fraction: invalid syntax`.
func (e *FieldError) Error() string { return "investment: " + e.detail() }

func (e *FieldError) detail() string {
	if e.Path == "" {
		return detailOf(e.Err)
	}
	return e.Path + ": " + detailOf(e.Err)
}

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error { return e.Err }

// As lets the module's strict JSON decoder place a FieldError returned by
// a nested value's UnmarshalJSON below the path where the value stands, so
// that the outermost error names the whole path.
func (e *FieldError) As(target any) bool {
	if t, ok := target.(**wire.Error); ok {
		*t = &wire.Error{Path: e.Path, Err: e.Err}
		return true
	}
	return false
}

// detailer is an error of this package that can write its message without
// the package prefix, for use inside another of its errors.
type detailer interface{ detail() string }

// detailOf returns the message of err without this package's prefix when
// err is one of its typed errors.
func detailOf(err error) string {
	if d, ok := err.(detailer); ok {
		return d.detail()
	}
	return err.Error()
}

// decodeStrict decodes the JSON document data into v, rejecting unknown
// fields, and reports a failure as a [*FieldError] naming the field.
func decodeStrict(data []byte, v any) error {
	err := wire.Decode(data, v)
	if err == nil {
		return nil
	}
	fe := &FieldError{Err: err}
	var we *wire.Error
	if errors.As(err, &we) {
		fe = &FieldError{Path: we.Path, Err: we.Err}
	}
	if _, ok := fe.Err.(detailer); !ok && !errors.Is(fe.Err, ErrUnknownField) && !errors.Is(fe.Err, ErrSyntax) && !errors.Is(fe.Err, ErrRange) &&
		!errors.Is(fe.Err, ErrRate) && !errors.Is(fe.Err, ErrRateTooHigh) {
		fe.Err = fmt.Errorf("%v: %w", fe.Err, ErrSyntax)
	}
	return fe
}
