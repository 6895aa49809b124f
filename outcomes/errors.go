package outcomes

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers can branch with [errors.Is]; errors about one element of the input
// are also an [*InputError] that says which element and which field.
var (
	// ErrEmptyID reports an element without an identifier.
	ErrEmptyID = errors.New("outcomes: empty id")
	// ErrDuplicateID reports an identifier used twice where ids must be unique.
	ErrDuplicateID = errors.New("outcomes: duplicate id")
	// ErrUnknownID reports a reference to an outcome, indicator, line or
	// alternative that does not exist.
	ErrUnknownID = errors.New("outcomes: unknown id")
	// ErrNotFinite reports a NaN or infinite number.
	ErrNotFinite = errors.New("outcomes: value is NaN or infinite")
	// ErrShare reports a share, probability or proportion outside [0, 1].
	ErrShare = errors.New("outcomes: share outside [0, 1]")
	// ErrNegative reports a negative quantity, duration, lag or amount where
	// only zero or more makes sense.
	ErrNegative = errors.New("outcomes: negative value")
	// ErrRange reports a value outside its documented range, such as an
	// effect range whose low value exceeds its central value, or a utility
	// above 1.
	ErrRange = errors.New("outcomes: value out of range")
	// ErrDirection reports a direction that is not one of the defined ones.
	ErrDirection = errors.New("outcomes: unknown direction")
	// ErrScale reports an indicator scale that is not one of the defined ones.
	ErrScale = errors.New("outcomes: unknown scale")
	// ErrShape reports a trajectory shape that is not defined, or a compound
	// trajectory between values that are not both positive.
	ErrShape = errors.New("outcomes: bad trajectory shape")
	// ErrYear reports years out of order, duplicated, or outside the span a
	// calculation covers.
	ErrYear = errors.New("outcomes: bad year")
	// ErrTolerance reports RAG tolerances that are negative, not finite, or
	// whose green band is wider than the amber band.
	ErrTolerance = errors.New("outcomes: bad tolerance")
	// ErrTooFewPoints reports a trend asked of fewer than two years.
	ErrTooFewPoints = errors.New("outcomes: too few points")
	// ErrNoAlternatives reports a cost-effectiveness analysis with no alternatives.
	ErrNoAlternatives = errors.New("outcomes: no alternatives")
	// ErrZeroEffect reports a ratio whose denominator, a difference in effect
	// or an effect, is zero.
	ErrZeroEffect = errors.New("outcomes: zero effect")
	// ErrZeroPopulation reports a rate asked over a population of zero.
	ErrZeroPopulation = errors.New("outcomes: zero population")
	// ErrNonPositiveEffect reports a cost per unit asked of an effect that is
	// zero or negative.
	ErrNonPositiveEffect = errors.New("outcomes: effect is not positive")
	// ErrLambda reports a willingness to pay per unit of effect (λ) that is
	// zero or negative where a positive value is needed, or negative anywhere.
	ErrLambda = errors.New("outcomes: bad willingness to pay")
	// ErrDraws reports Monte Carlo draws that are missing or whose counts
	// differ between alternatives.
	ErrDraws = errors.New("outcomes: bad draws")
	// ErrNegativeImpact reports an SROI impact whose reductions (deadweight,
	// displacement, attribution) take away more than the whole of its value.
	ErrNegativeImpact = errors.New("outcomes: reductions make the impact negative")
	// ErrNoInputs reports an SROI ratio asked of inputs worth £0 or less.
	ErrNoInputs = errors.New("outcomes: value of inputs is not positive")
	// ErrOrphan reports investment lines that reach no outcome or priorities
	// without indicators; see [OrphanError].
	ErrOrphan = errors.New("outcomes: orphans in the logic model")
	// ErrNoImpacts reports an SROI analysis with no impacts.
	ErrNoImpacts = errors.New("outcomes: no impacts")
	// ErrUnknownName reports text, such as a JSON string, that names no
	// value of an enumerated type; see [NameError].
	ErrUnknownName = errors.New("outcomes: unknown name")
)

// InputError reports a bad element of a list argument: what kind of element,
// its position and identifier, the field at fault and why. It unwraps to the
// sentinel that describes the problem, so errors.Is(err, ErrShare) holds for
// an attribution of 1.2.
type InputError struct {
	What  string // the kind of element: "outcome", "indicator", "link", "impact", ...
	Index int    // zero-based position in the list
	ID    string // the element's id, when it has one
	Field string // the field at fault, such as "Attribution"; empty for the whole element
	Err   error  // the reason, wrapping a sentinel
}

// Error implements the error interface.
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString("outcomes: ")
	b.WriteString(e.What)
	b.WriteString(" ")
	b.WriteString(strconv.Itoa(e.Index))
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
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying reason.
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(what string, i int, id, field string, err error) error {
	return &InputError{What: what, Index: i, ID: id, Field: field, Err: err}
}
