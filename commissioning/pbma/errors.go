package pbma

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Callers test for them with [errors.Is]; errors about one
// programme or item are [*ItemError] values that wrap them.
var (
	// ErrNoProgrammes reports an exercise with no programmes.
	ErrNoProgrammes = errors.New("pbma: no programmes")
	// ErrMissingID reports a programme or item with an empty id.
	ErrMissingID = errors.New("pbma: missing id")
	// ErrDuplicateID reports two programmes, or two items (across the wish
	// list and the hit list together), with the same id.
	ErrDuplicateID = errors.New("pbma: duplicate id")
	// ErrUnknownProgramme reports an item whose programme is not in the exercise.
	ErrUnknownProgramme = errors.New("pbma: unknown programme")
	// ErrNegative reports a negative spend, cost, saving or headroom.
	ErrNegative = errors.New("pbma: negative amount")
	// ErrZeroCost reports a proposal that costs nothing or a disinvestment
	// that saves nothing: benefit per pound is undefined.
	ErrZeroCost = errors.New("pbma: zero cost or saving")
	// ErrNotFinite reports a NaN or infinite benefit.
	ErrNotFinite = errors.New("pbma: benefit is NaN or infinite")
	// ErrNegativeBenefit reports a negative benefit or benefit lost.
	ErrNegativeBenefit = errors.New("pbma: negative benefit")
	// ErrExceedsSpend reports a programme whose hit list would release more
	// than it currently spends.
	ErrExceedsSpend = errors.New("pbma: savings exceed the programme's spend")
)

// ItemError reports a bad programme or item: which list, its position and
// id, and which field. It unwraps to the sentinel that describes the
// problem.
type ItemError struct {
	List  string // "programmes", "wish list", "hit list" or "headroom"
	Index int    // zero-based position in the list; -1 for headroom
	ID    string // the item's id, if it has one
	Field string // the field at fault, such as "Cost"
	Err   error
}

// Error implements the error interface.
func (e *ItemError) Error() string {
	var b strings.Builder
	b.WriteString("pbma: " + e.List)
	if e.Index >= 0 {
		b.WriteString(" " + strconv.Itoa(e.Index))
	}
	if e.ID != "" {
		b.WriteString(" " + strconv.Quote(e.ID))
	}
	if e.Field != "" {
		b.WriteString(" " + e.Field)
	}
	b.WriteString(": " + strings.TrimPrefix(e.Err.Error(), "pbma: "))
	return b.String()
}

// Unwrap returns the underlying reason.
func (e *ItemError) Unwrap() error { return e.Err }
