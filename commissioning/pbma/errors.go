package pbma

import (
	"errors"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
)

// Sentinel errors. Callers test for them with [errors.Is]; errors about one
// programme or item are [*ItemError] values that wrap them, errors reading
// a JSON document [*FieldError] values, and every other error's message
// starts "pbma: ".
var (
	// ErrNoProgrammes reports an exercise with no programmes.
	ErrNoProgrammes = errors.New("no programmes")
	// ErrEmptyID reports a programme or item with an empty id. It is the
	// module's shared reason.
	ErrEmptyID = fault.ErrEmptyID
	// ErrDuplicateID reports two programmes, or two items (across the wish
	// list and the hit list together), with the same id. It is the module's
	// shared reason.
	ErrDuplicateID = fault.ErrDuplicateID
	// ErrUnknownID reports an item whose programme is not in the exercise.
	// It is the module's shared reason.
	ErrUnknownID = fault.ErrUnknownID
	// ErrNegative reports a negative spend, cost, saving or headroom, or a
	// negative benefit or benefit lost. It is the module's shared reason.
	ErrNegative = fault.ErrNegative
	// ErrZeroCost reports a proposal that costs nothing or a disinvestment
	// that saves nothing: benefit per pound is undefined.
	ErrZeroCost = errors.New("zero cost or saving")
	// ErrNotFinite reports a NaN or infinite benefit. It is the module's
	// shared reason.
	ErrNotFinite = fault.ErrNotFinite
	// ErrExceedsSpend reports a programme whose hit list would release more
	// than it currently spends.
	ErrExceedsSpend = errors.New("savings exceed the programme's spend")
	// ErrUnknownName reports a [Reason] text that names no reason. It is the
	// module's shared reason.
	ErrUnknownName = fault.ErrUnknownName
	// ErrUnknownField reports a field of a JSON document that the type it
	// is read into does not have. It is the module's shared reason.
	ErrUnknownField = fault.ErrUnknownField
)

// ItemError reports a bad programme or item: which list, its one-based
// position and id, and which field. It unwraps to the sentinel that
// describes the problem.
type ItemError struct {
	List     string // "programmes", "wish list", "hit list" or "headroom"
	Position int    // one-based position in the list; 0 for headroom
	ID       string // the item's id, if it has one
	Field    string // the field at fault, such as "Cost"
	Err      error
}

// Error implements the error interface.
func (e *ItemError) Error() string {
	var b strings.Builder
	b.WriteString("pbma: " + e.List)
	if e.Position > 0 {
		b.WriteString(" " + strconv.Itoa(e.Position))
	}
	if e.ID != "" {
		b.WriteString(" " + strconv.Quote(e.ID))
	}
	if e.Field != "" {
		b.WriteString(" " + e.Field)
	}
	b.WriteString(": " + e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying reason.
func (e *ItemError) Unwrap() error { return e.Err }

// FieldError reports a field of a JSON document that cannot be read into
// an [Exercise] or a [Recommendation], or a text that names no [Reason]:
// Path names the field as a reader counts, positions from 1, such as
// wishList[2].cost, and is empty for the document as a whole or a lone
// value. It unwraps to the reason, such as [ErrUnknownField] for a misspelt
// field.
type FieldError struct {
	Path string
	Err  error

	at *wire.Error // the same failure, for a document that holds this one
}

// Error implements the error interface.
func (e *FieldError) Error() string { return wire.Message("pbma", e.Path, e.Err) }

// Unwrap returns the reason, through the form with the path that the
// decoder of an enclosing document places below its own.
func (e *FieldError) Unwrap() error {
	if e.at == nil {
		return e.Err
	}
	return e.at
}
