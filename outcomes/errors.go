package outcomes

import (
	"errors"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers can branch with [errors.Is]; errors about one element of the input
// are also an [*InputError] that says which element and which field, and
// errors reading a JSON document a [*FieldError] that names the field's
// path. The reasons that other packages of the module share (ErrEmptyID,
// ErrDuplicateID, ErrUnknownID, ErrNotFinite, ErrNegative, ErrRange,
// ErrUnknownName, ErrUnknownField, ErrSyntax) are the same values there, so
// errors.Is matches across the layers.
var (
	// ErrEmptyID reports an element without an identifier.
	ErrEmptyID = fault.ErrEmptyID
	// ErrDuplicateID reports an identifier used twice where ids must be unique.
	ErrDuplicateID = fault.ErrDuplicateID
	// ErrUnknownID reports a reference to an outcome, indicator, line or
	// alternative that does not exist.
	ErrUnknownID = fault.ErrUnknownID
	// ErrNotFinite reports a NaN or infinite number.
	ErrNotFinite = fault.ErrNotFinite
	// ErrShare reports a share, probability or proportion outside [0, 1].
	ErrShare = errors.New("share outside [0, 1]")
	// ErrNegative reports a negative quantity, duration, lag or amount where
	// only zero or more makes sense.
	ErrNegative = fault.ErrNegative
	// ErrRange reports a value outside its documented range, such as an
	// effect range whose low value exceeds its central value, or a utility
	// above 1.
	ErrRange = fault.ErrRange
	// ErrDirection reports a direction that is not one of the defined ones.
	ErrDirection = errors.New("unknown direction")
	// ErrScale reports an indicator scale that is not one of the defined ones.
	ErrScale = errors.New("unknown scale")
	// ErrShape reports a trajectory shape that is not defined, or a compound
	// trajectory between values that are not both positive.
	ErrShape = errors.New("bad trajectory shape")
	// ErrYear reports years out of order, duplicated, or outside the span a
	// calculation covers.
	ErrYear = errors.New("bad year")
	// ErrTolerance reports RAG tolerances that are negative, not finite, or
	// whose green band is wider than the amber band.
	ErrTolerance = errors.New("bad tolerance")
	// ErrTooFewPoints reports a trend asked of fewer than two years.
	ErrTooFewPoints = errors.New("too few points")
	// ErrNoAlternatives reports a cost-effectiveness analysis with no alternatives.
	ErrNoAlternatives = fault.ErrNoAlternatives
	// ErrZeroEffect reports a ratio whose denominator, a difference in effect
	// or an effect, is zero.
	ErrZeroEffect = errors.New("zero effect")
	// ErrZeroPopulation reports a rate asked over a population of zero.
	ErrZeroPopulation = errors.New("zero population")
	// ErrNonPositiveEffect reports a cost per unit asked of an effect that is
	// zero or negative.
	ErrNonPositiveEffect = errors.New("effect is not positive")
	// ErrLambda reports a willingness to pay per unit of effect (λ) that is
	// zero or negative where a positive value is needed, or negative anywhere.
	ErrLambda = errors.New("bad willingness to pay")
	// ErrDraws reports Monte Carlo draws that are missing or whose counts
	// differ between alternatives.
	ErrDraws = errors.New("bad draws")
	// ErrNegativeImpact reports an SROI impact whose reductions (deadweight,
	// displacement, attribution) take away more than the whole of its value.
	ErrNegativeImpact = errors.New("reductions make the impact negative")
	// ErrNoInputs reports an SROI ratio asked of inputs worth £0 or less.
	ErrNoInputs = errors.New("value of inputs is not positive")
	// ErrOrphan reports investment lines that reach no outcome or priorities
	// without indicators; see [OrphanError].
	ErrOrphan = errors.New("orphans in the logic model")
	// ErrNoImpacts reports an SROI analysis with no impacts.
	ErrNoImpacts = errors.New("no impacts")
	// ErrUnknownName reports text, such as a JSON string, that names no
	// value of an enumerated type; see [NameError].
	ErrUnknownName = fault.ErrUnknownName
	// ErrUnknownField reports a field of a JSON document that the type it
	// is read into does not have; see [FieldError].
	ErrUnknownField = fault.ErrUnknownField
	// ErrSyntax reports a JSON value that cannot be read as the field's
	// type, such as an amount of money that is not a number; see
	// [FieldError].
	ErrSyntax = fault.ErrSyntax
)

// InputError reports a bad element of a list argument: what kind of element,
// its one-based position and identifier, the field at fault (its JSON name,
// such as "attribution" or "costs[3]") and why. It unwraps to the sentinel
// that describes the problem, so errors.Is(err, ErrShare) holds for an
// attribution of 1.2.
type InputError struct {
	What     string // the kind of element: "outcome", "indicator", "link", "impact", ...
	Position int    // one-based position in the list
	ID       string // the element's id, when it has one
	Field    string // the field at fault, such as "attribution"; empty for the whole element
	Err      error  // the reason, wrapping a sentinel
}

// Error implements the error interface:
// `outcomes: link 2 ("l2") field attribution: share outside [0, 1]`.
func (e *InputError) Error() string { return "outcomes: " + e.detail() }

func (e *InputError) detail() string {
	var b strings.Builder
	b.WriteString(e.What)
	b.WriteString(" ")
	b.WriteString(strconv.Itoa(e.Position))
	if e.ID != "" {
		b.WriteString(" (")
		b.WriteString(strconv.Quote(e.ID))
		b.WriteString(")")
	}
	if e.Field != "" {
		b.WriteString(" field ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(reason(e.Err))
	return b.String()
}

// Unwrap returns the underlying reason.
func (e *InputError) Unwrap() error { return e.Err }

// inputErr returns an [*InputError] for the element at zero-based index i.
func inputErr(what string, i int, id, field string, err error) error {
	return &InputError{What: what, Position: i + 1, ID: id, Field: field, Err: err}
}

// FieldError reports a JSON document of this package that cannot be read:
// the path of the field at fault, as in "impacts[2].proxy" (positions
// one-based), and why. It unwraps to the reason, such as [ErrUnknownField]
// for a misspelt field or [ErrSyntax] for a value of the wrong form.
type FieldError struct {
	Type string // the document's type, such as "SROI"
	Path string // the field's path; empty for the document as a whole
	Err  error  // the reason
}

// Error implements the error interface:
// `outcomes: SROI: impacts[2].proxy: invalid syntax`.
func (e *FieldError) Error() string { return "outcomes: " + e.detail() }

func (e *FieldError) detail() string {
	s := e.Type
	if e.Path != "" {
		s += ": " + e.Path
	}
	return s + ": " + reason(e.Err)
}

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error { return e.Err }

// reason returns the message of err for a typed error of this package that
// wraps it: without the package prefix when err is itself one of the
// package's typed errors, so that the prefix appears once.
func reason(err error) string {
	if d, ok := err.(interface{ detail() string }); ok {
		return d.detail()
	}
	return err.Error()
}

// decodeErr returns the error of decoding a JSON document of type typ
// through wire.Decode as a [*FieldError] naming the field's path. An error
// of a nested document of this package is placed below the path where it
// stands; a value that cannot be read and carries no reason of its own
// (such as shopspring's "can't convert x to decimal") wraps [ErrSyntax].
func decodeErr(typ string, err error) error {
	path, reason := wire.Place(err, nestedField, isTyped)
	return &FieldError{Type: typ, Path: path, Err: reason}
}

// nestedField returns the path and reason of err when it is a
// [*FieldError] of a nested document.
func nestedField(err error) (string, error, bool) {
	if fe, ok := err.(*FieldError); ok {
		return fe.Path, fe.Err, true
	}
	return "", nil, false
}

// isTyped reports whether err is one of this package's typed errors, which
// says why on its own.
func isTyped(err error) bool {
	_, ok := err.(interface{ detail() string })
	return ok
}
