package selection

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/investment"
)

// Sentinel errors. Callers test for them with [errors.Is]; the package
// returns them wrapped in [ItemError], [BudgetError], [CycleError],
// [ConflictError] or [InfeasibleError], which say where the problem is.
var (
	// ErrNoYears reports a problem whose range of years is empty or reversed.
	ErrNoYears = errors.New("selection: no budget years")
	// ErrEmptyID reports an item without an identifier.
	ErrEmptyID = errors.New("selection: empty item id")
	// ErrDuplicateID reports two items with the same identifier.
	ErrDuplicateID = errors.New("selection: duplicate item id")
	// ErrCostsLength reports an item whose costs do not have one entry per year.
	ErrCostsLength = errors.New("selection: costs do not match the years")
	// ErrBudgetLength reports a budget that does not have one entry per year.
	ErrBudgetLength = errors.New("selection: budget does not match the years")
	// ErrNegativeCost reports a cost below zero (savings are not costs: see the package documentation).
	ErrNegativeCost = errors.New("selection: negative cost")
	// ErrNegativeBudget reports a budget below zero.
	ErrNegativeBudget = errors.New("selection: negative budget")
	// ErrNotWholePence reports an amount with a fraction of a penny.
	ErrNotWholePence = errors.New("selection: amount is not a whole number of pence")
	// ErrAmountRange reports an amount beyond [MaxAmount], or costs whose
	// total in a year would overflow the exact arithmetic.
	ErrAmountRange = errors.New("selection: amount out of range")
	// ErrNotFinite reports a NaN or infinite benefit, weight or level.
	ErrNotFinite = errors.New("selection: value is NaN or infinite")
	// ErrUnknownDependency reports a requirement naming no item of the problem.
	ErrUnknownDependency = errors.New("selection: unknown dependency")
	// ErrCyclicDependency reports items that require one another in a cycle.
	ErrCyclicDependency = errors.New("selection: cyclic dependency")
	// ErrUnknownStream reports an item whose funding stream has no budget.
	ErrUnknownStream = errors.New("selection: unknown funding stream")
	// ErrDuplicateStream reports two funding streams with the same name.
	ErrDuplicateStream = errors.New("selection: duplicate funding stream")
	// ErrEmptyStream reports a funding stream without a name.
	ErrEmptyStream = errors.New("selection: empty funding stream name")
	// ErrMandatoryConflict reports mandatory items (or items they require)
	// that cannot be chosen together because they share an exclusive group.
	ErrMandatoryConflict = errors.New("selection: mandatory items conflict")
	// ErrInfeasible reports that the mandatory items, with the items they
	// require, cost more than a budget allows.
	ErrInfeasible = errors.New("selection: mandatory items exceed the budget")
	// ErrBadLevel reports a frontier budget level that is negative or not finite.
	ErrBadLevel = errors.New("selection: budget level must be finite and non-negative")
	// ErrBadWeights reports weights for [WeightedBenefit] that are negative,
	// all zero, or of the wrong number.
	ErrBadWeights = errors.New("selection: bad weights")
	// ErrBadOption reports a negative limit in [Options].
	ErrBadOption = errors.New("selection: bad option")
)

// ItemError reports a bad field of one item. It unwraps to the sentinel
// that describes the problem, such as [ErrNegativeCost].
type ItemError struct {
	Index int    // position of the item in Problem.Items
	ID    string // the item's identifier, possibly empty
	Field string // "ID", "Costs", "Benefit", "Requires", "Stream", ...
	Err   error
}

// Error implements the error interface.
func (e *ItemError) Error() string {
	return "selection: item " + strconv.Itoa(e.Index) + " " + strconv.Quote(e.ID) + ": " + e.Field + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *ItemError) Unwrap() error { return e.Err }

// BudgetError reports a bad budget amount: the overall budget of a year
// (Stream empty) or the ring-fenced budget of a funding stream. It unwraps
// to a sentinel such as [ErrNegativeBudget].
type BudgetError struct {
	Year   investment.FinancialYear // zero when the budget as a whole is wrong (for example its length)
	Stream string                   // empty for the overall budget
	Err    error
}

// Error implements the error interface.
func (e *BudgetError) Error() string {
	var b strings.Builder
	b.WriteString("selection: ")
	if e.Stream == "" {
		b.WriteString("budget")
	} else {
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
