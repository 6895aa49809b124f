package selection

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
	"github.com/opencommissioning/scp/investment"
)

// Sentinel errors. Callers test for them with [errors.Is]; the package
// returns them wrapped in [ItemError], [BudgetError], [CycleError],
// [ConflictError], [InfeasibleError] or [FieldError], which say where the
// problem is, or in an error whose message starts "selection: ".
var (
	// ErrNoYears reports a problem whose range of years is empty or reversed.
	ErrNoYears = errors.New("no budget years")
	// ErrEmptyID reports an item without an identifier or a funding stream
	// without a name. It is the module's shared reason.
	ErrEmptyID = fault.ErrEmptyID
	// ErrDuplicateID reports two items with the same identifier, or two
	// funding streams with the same name. It is the module's shared reason.
	ErrDuplicateID = fault.ErrDuplicateID
	// ErrUnknownID reports a requirement naming no item of the problem, or
	// an item whose funding stream has no budget. It is the module's shared
	// reason.
	ErrUnknownID = fault.ErrUnknownID
	// ErrCostsLength reports an option of a [Portfolio] whose costs do not
	// have one entry per year.
	ErrCostsLength = errors.New("costs do not match the years")
	// ErrBudgetLength reports a stream's budget that does not cover every
	// budget year, or a [Portfolio] whose budgets disagree with its count
	// of years.
	ErrBudgetLength = errors.New("budget does not match the years")
	// ErrNotAnchored reports an item's costs that are not anchored to a
	// financial year. It is package investment's reason.
	ErrNotAnchored = investment.ErrNotAnchored
	// ErrNegative reports a cost or a budget below zero (savings are not
	// costs: see the package documentation). It is the module's shared
	// reason.
	ErrNegative = fault.ErrNegative
	// ErrNotWholePence reports an amount with a fraction of a penny.
	ErrNotWholePence = errors.New("amount is not a whole number of pence")
	// ErrRange reports an amount beyond [MaxAmount], or costs whose total in
	// a year would overflow the exact arithmetic. It is the module's shared
	// reason.
	ErrRange = fault.ErrRange
	// ErrNotFinite reports a NaN or infinite benefit, weight, score or
	// level. It is the module's shared reason.
	ErrNotFinite = fault.ErrNotFinite
	// ErrCyclicDependency reports items that require one another in a cycle.
	ErrCyclicDependency = errors.New("cyclic dependency")
	// ErrMandatoryConflict reports mandatory items (or items they require)
	// that cannot be chosen together because they share an exclusive group.
	ErrMandatoryConflict = errors.New("mandatory items conflict")
	// ErrInfeasible reports that the mandatory items, with the items they
	// require, cost more than a budget allows.
	ErrInfeasible = errors.New("mandatory items exceed the budget")
	// ErrBadLevel reports a frontier budget level that is negative or not finite.
	ErrBadLevel = errors.New("budget level must be finite and non-negative")
	// ErrBadWeights reports weights for [WeightedBenefit] that are negative,
	// all zero, or of the wrong number.
	ErrBadWeights = errors.New("bad weights")
	// ErrBadOption reports a negative limit in [Options].
	ErrBadOption = errors.New("bad option")
	// ErrUnknownField reports a field of a JSON document that the type it
	// is read into does not have. It is the module's shared reason.
	ErrUnknownField = fault.ErrUnknownField
)

// ItemError reports a bad field of one item. It unwraps to the sentinel
// that describes the problem, such as [ErrNegative].
type ItemError struct {
	Position int    // one-based position of the item in Problem.Items
	ID       string // the item's identifier, possibly empty
	Field    string // "ID", "Costs", "Benefit", "Requires", "Stream", ...
	Err      error
}

// Error implements the error interface.
func (e *ItemError) Error() string {
	return "selection: item " + strconv.Itoa(e.Position) + " " + strconv.Quote(e.ID) + ": " + e.Field + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *ItemError) Unwrap() error { return e.Err }

// BudgetError reports a bad budget amount: the overall budget of a year
// (Stream empty) or the ring-fenced budget of a funding stream. It unwraps
// to a sentinel such as [ErrNegative].
type BudgetError struct {
	Year   investment.FinancialYear // zero when the budget as a whole is wrong (for example its length)
	Stream string                   // empty for the overall budget
	// Position is the one-based position of the stream in Problem.Streams
	// when its name cannot identify it (it is empty); zero otherwise.
	Position int
	Err      error
}

// Error implements the error interface.
func (e *BudgetError) Error() string {
	var b strings.Builder
	b.WriteString("selection: ")
	switch {
	case e.Position > 0 && e.Stream == "":
		b.WriteString("budget of stream " + strconv.Itoa(e.Position))
	case e.Stream == "":
		b.WriteString("budget")
	default:
		b.WriteString("budget of stream " + strconv.Quote(e.Stream))
	}
	if e.Year != 0 {
		b.WriteString(" in " + e.Year.String())
	}
	b.WriteString(": " + e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying reason.
func (e *BudgetError) Unwrap() error { return e.Err }

// CycleError reports items that require one another in a cycle. Cycle lists
// the identifiers along the cycle and repeats the first at the end, so an
// item that requires itself gives [a a]. It unwraps to [ErrCyclicDependency].
type CycleError struct {
	Cycle []string
}

// Error implements the error interface.
func (e *CycleError) Error() string {
	return "selection: cyclic dependency: " + strings.Join(e.Cycle, " → ")
}

// Unwrap returns [ErrCyclicDependency].
func (e *CycleError) Unwrap() error { return ErrCyclicDependency }

// ConflictError reports two items that must both be chosen (each is
// mandatory or required by a mandatory item) but share the exclusive group
// Group. Mandatory names the mandatory item that forces Second. It unwraps
// to [ErrMandatoryConflict].
type ConflictError struct {
	Group         string
	First, Second string // the two items, First before Second in identifier order
	Mandatory     string // the mandatory item that forces Second (Second itself when it is mandatory)
}

// Error implements the error interface.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("selection: items %q and %q are both needed (mandatory item %q forces %q) but share exclusive group %q",
		e.First, e.Second, e.Mandatory, e.Second, e.Group)
}

// Unwrap returns [ErrMandatoryConflict].
func (e *ConflictError) Unwrap() error { return ErrMandatoryConflict }

// InfeasibleError reports the binding constraint when the mandatory items,
// with everything they require, cost more than a budget: the year, the
// funding stream (empty for the overall budget), what they need and what
// the budget allows. It unwraps to [ErrInfeasible].
type InfeasibleError struct {
	Year   investment.FinancialYear
	Stream string
	Need   investment.Money
	Budget investment.Money
}

// Error implements the error interface.
func (e *InfeasibleError) Error() string {
	where := "overall budget"
	if e.Stream != "" {
		where = "budget of stream " + strconv.Quote(e.Stream)
	}
	return fmt.Sprintf("selection: mandatory items need %v in %v but the %s is %v", e.Need, e.Year, where, e.Budget)
}

// Unwrap returns [ErrInfeasible].
func (e *InfeasibleError) Unwrap() error { return ErrInfeasible }

// FieldError reports a field of a JSON document that cannot be read: Path
// names the field as a reader counts, positions from 1, such as
// items[2].costs[3], and is empty for the document as a whole. It unwraps
// to the reason, such as [ErrUnknownField] for a misspelt field.
type FieldError struct {
	Path string
	Err  error

	at *wire.Error // the same failure, for a document that holds this one
}

// Error implements the error interface.
func (e *FieldError) Error() string { return wire.Message("selection", e.Path, e.Err) }

// Unwrap returns the reason, through the form with the path that the
// decoder of an enclosing document places below its own.
func (e *FieldError) Unwrap() error {
	if e.at == nil {
		return e.Err
	}
	return e.at
}
