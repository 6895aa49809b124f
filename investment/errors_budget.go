package investment

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors of financial plans. [FinancialPlan.Validate] and [FinancialPlan.Budget]
// return them wrapped in a [*PlanError] that says which item, year and
// field is at fault; test for them with [errors.Is].
var (
	// ErrNoLines reports a plan without spend lines.
	ErrNoLines = errors.New("investment: plan has no spend lines")
	// ErrMissingID reports an item without the identifier it needs, or a
	// pressure or saving that names no line.
	ErrMissingID = errors.New("investment: missing id")
	// ErrDuplicateID reports an identifier used twice among items of one kind,
	// or an uplift given twice for the same kind and year.
	ErrDuplicateID = errors.New("investment: duplicate id")
	// ErrUnknownID reports a reference to a funding stream or spend line that
	// the plan does not define.
	ErrUnknownID = errors.New("investment: unknown id")
	// ErrUnknownKind reports an unset or unknown care group, stream kind,
	// uplift kind, pressure kind or reserve kind.
	ErrUnknownKind = errors.New("investment: unknown kind")
	// ErrYearOutsidePlan reports an amount or rate for a year outside the
	// plan's years.
	ErrYearOutsidePlan = errors.New("investment: year outside the plan")
	// ErrNegativeAmount reports a negative funding amount, pressure, saving,
	// reserve balance, drawdown or contribution.
	ErrNegativeAmount = errors.New("investment: negative amount")
	// ErrNegativeBudget reports a spend line whose base budget, or whose net
	// expenditure in some year, is below zero when the line does not allow it.
	ErrNegativeBudget = errors.New("investment: negative budget")
	// ErrRateTooLow reports an uplift rate of −100% or less.
	ErrRateTooLow = errors.New("investment: uplift rate at or below -100%")
	// ErrMixShare reports a negative share in a line's cost mix, or a share
	// for the kind [NotUplifted] next to other kinds.
	ErrMixShare = errors.New("investment: invalid cost-mix share")
	// ErrMixSum reports a cost mix whose shares do not sum to exactly 1.
	ErrMixSum = errors.New("investment: cost-mix shares do not sum to 1")
	// ErrOverdrawn reports a planned drawdown larger than the reserve's
	// balance. The [*PlanError] wraps an [*OverdrawError] with the figures.
	ErrOverdrawn = errors.New("investment: drawdown exceeds reserve balance")
	// ErrRingFence reports a ring-fenced stream that names nothing it may
	// fund, a restriction on a stream that is not ring-fenced, or a line
	// charged to a ring-fenced stream that may not fund its care group.
	ErrRingFence = errors.New("investment: ring-fence breached")
	// ErrSetAside reports a set-aside line funded other than from a set-aside
	// stream, or a set-aside stream funding a line outside the set-aside.
	ErrSetAside = errors.New("investment: set-aside mismatch")
	// ErrNoFunding reports spend charged to the pooled budget in a year in
	// which no pooled stream (health board, council or other) has funding,
	// so the spend cannot be attributed to a stream.
	ErrNoFunding = errors.New("investment: no pooled funding to attribute spend to")
)

// PlanError reports a problem with one item of a [FinancialPlan]: which kind of item
// (Item), its identifier or position (ID, Index), the year (zero when the
// problem is not about one year) and the field. It unwraps to a sentinel
// such as [ErrDuplicateID] or [ErrOverdrawn], like [encoding/csv.ParseError]
// unwraps to the reason.
type PlanError struct {
	Item  string        // "plan", "stream", "line", "uplift", "pressure", "saving" or "reserve"
	ID    string        // the item's identifier; empty for a plan-wide problem or an item without one
	Index int           // zero-based position of the item in its list; -1 for the plan itself
	Year  FinancialYear // the year at fault, or 0
	Field string        // the field at fault, such as "base", "mix" or "drawdown"
	Err   error         // the reason, wrapping a sentinel
}

// Error implements the error interface:
// `investment: line "care-homes" (#2) 2023/24 base: investment: negative budget`.
func (e *PlanError) Error() string {
	var b strings.Builder
	b.WriteString("investment: ")
	b.WriteString(e.Item)
	if e.ID != "" {
		b.WriteString(" ")
		b.WriteString(strconv.Quote(e.ID))
	}
	if e.Index >= 0 && e.Item != "plan" {
		b.WriteString(" (#")
		b.WriteString(strconv.Itoa(e.Index))
		b.WriteString(")")
	}
	if e.Year != 0 {
		b.WriteString(" ")
		b.WriteString(e.Year.String())
	}
	if e.Field != "" {
		b.WriteString(" ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the reason.
func (e *PlanError) Unwrap() error { return e.Err }

// OverdrawError gives the figures of a drawdown larger than the balance of
// the reserve it is drawn from. It unwraps to [ErrOverdrawn].
type OverdrawError struct {
	Available Money // the balance at the start of the year plus that year's contributions
	Drawdown  Money // the planned drawdown
}

// Error implements the error interface.
func (e *OverdrawError) Error() string {
	return "drawing " + e.Drawdown.String() + " from " + e.Available.String() +
		" available, short by " + e.Drawdown.Sub(e.Available).String() + ": " + ErrOverdrawn.Error()
}

// Unwrap returns [ErrOverdrawn].
func (e *OverdrawError) Unwrap() error { return ErrOverdrawn }
