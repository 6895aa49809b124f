package investment

import (
	"errors"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
)

// Sentinel errors of financial plans. [FinancialPlan.Validate] and [FinancialPlan.Budget]
// return them wrapped in a [*PlanError] that says which item, year and
// field is at fault; test for them with [errors.Is].
var (
	// ErrNoLines reports a plan without spend lines.
	ErrNoLines = errors.New("plan has no spend lines")
	// ErrEmptyID reports an item without the identifier it needs. It is the
	// reason other packages of the module share.
	ErrEmptyID = fault.ErrEmptyID
	// ErrDuplicateID reports an identifier used twice among items of one kind,
	// or an uplift given twice for the same kind and year. It is the reason
	// other packages of the module share.
	ErrDuplicateID = fault.ErrDuplicateID
	// ErrUnknownID reports a reference to a funding stream or spend line that
	// the plan does not define. It is the reason other packages of the
	// module share.
	ErrUnknownID = fault.ErrUnknownID
	// ErrUnknownKind reports an unset or unknown care group, stream kind,
	// uplift kind, pressure kind, reserve kind or unit, given as a value or
	// as text. It is the reason other packages of the module share for a
	// name outside an enumeration.
	ErrUnknownKind = fault.ErrUnknownName
	// ErrYearOutsidePlan reports an amount or rate for a year outside the
	// plan's years.
	ErrYearOutsidePlan = errors.New("year outside the plan")
	// ErrNegativeAmount reports a negative funding amount, pressure, saving,
	// reserve balance, drawdown or contribution. It is the reason other
	// packages of the module share for a negative quantity.
	ErrNegativeAmount = fault.ErrNegative
	// ErrNegativeBudget reports a spend line whose base budget, or whose net
	// expenditure in some year, is below zero when the line does not allow it.
	ErrNegativeBudget = errors.New("negative budget")
	// ErrRateTooLow reports an uplift rate of −100% or less.
	ErrRateTooLow = errors.New("uplift rate at or below -100%")
	// ErrMixShare reports a negative share in a line's cost mix, or a share
	// for the kind [NotUplifted] next to other kinds.
	ErrMixShare = errors.New("invalid cost-mix share")
	// ErrMixSum reports a cost mix whose shares do not sum to exactly 1.
	ErrMixSum = errors.New("cost-mix shares do not sum to 1")
	// ErrOverdrawn reports a planned drawdown larger than the reserve's
	// balance. The [*PlanError] wraps an [*OverdrawError] with the figures.
	ErrOverdrawn = errors.New("drawdown exceeds reserve balance")
	// ErrRingFence reports a ring-fenced stream that names nothing it may
	// fund, a restriction on a stream that is not ring-fenced, or a line
	// charged to a ring-fenced stream that may not fund its care group.
	ErrRingFence = errors.New("ring-fence breached")
	// ErrSetAside reports a set-aside line funded other than from a set-aside
	// stream, or a set-aside stream funding a line outside the set-aside.
	ErrSetAside = errors.New("set-aside mismatch")
	// ErrNoFunding reports spend charged to the pooled budget in a year in
	// which no pooled stream (health board, council or other) has funding,
	// so the spend cannot be attributed to a stream.
	ErrNoFunding = errors.New("no pooled funding to attribute spend to")
)

// PlanError reports a problem with one item of a [FinancialPlan]: which
// kind of item (Item), its identifier and one-based position in its list
// (ID, Position), the year (zero when the problem is not about one year)
// and the field, by its JSON name. [PlanError.Path] gives the place as a
// path into the plan's JSON document, such as streams[2].amounts[2024/25].
// It unwraps to a sentinel such as [ErrDuplicateID] or [ErrOverdrawn],
// like [encoding/csv.ParseError] unwraps to the reason.
type PlanError struct {
	Item     string        // "plan", "stream", "line", "uplift", "pressure", "saving" or "reserve"
	ID       string        // the item's identifier; empty for a plan-wide problem or an item without one
	Position int           // one-based position of the item in its list (streams[2] is the second stream); 0 for the plan itself
	Year     FinancialYear // the year at fault, or 0
	Field    string        // the field at fault by its JSON name, such as "base", "mix" or "drawdown"; "" for the item as a whole
	Err      error         // the reason, wrapping a sentinel
}

// planLists names the list of a plan that holds each kind of item.
var planLists = map[string]string{"stream": "streams", "line": "lines", "uplift": "uplifts",
	"pressure": "pressures", "saving": "savings", "reserve": "reserves"}

// yearInPath reports whether the year is a key of the field at fault (a
// flow's year) rather than context.
func (e *PlanError) yearInPath() bool {
	return e.Year != 0 && (e.Field == "amounts" || e.Field == "drawdown" || e.Field == "contribution")
}

// Path returns the place of the problem as a path into the plan's JSON
// document, positions counting from 1: "streams[2].amounts[2024/25]",
// "lines[1].base", "reserves[3]" or, for the plan itself, "years".
func (e *PlanError) Path() string {
	var b strings.Builder
	if list, ok := planLists[e.Item]; ok {
		b.WriteString(list)
		b.WriteByte('[')
		b.WriteString(strconv.Itoa(e.Position))
		b.WriteByte(']')
	}
	if e.Field != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(e.Field)
	}
	if e.yearInPath() {
		b.WriteByte('[')
		b.WriteString(e.Year.String())
		b.WriteByte(']')
	}
	if b.Len() == 0 {
		return "plan"
	}
	return b.String()
}

// Error implements the error interface: the path, then the item's id and
// the year when the path does not hold them, then the reason:
// `investment: lines[2] (line "care-homes", 2023/24): net expenditure -£1.00 after savings of £5.00: negative budget`.
func (e *PlanError) Error() string { return "investment: " + e.detail() }

func (e *PlanError) detail() string {
	var b strings.Builder
	b.WriteString(e.Path())
	var ctx []string
	if e.ID != "" {
		ctx = append(ctx, e.Item+" "+strconv.Quote(e.ID))
	}
	if e.Year != 0 && !e.yearInPath() {
		ctx = append(ctx, e.Year.String())
	}
	if len(ctx) > 0 {
		b.WriteString(" (")
		b.WriteString(strings.Join(ctx, ", "))
		b.WriteString(")")
	}
	b.WriteString(": ")
	b.WriteString(detailOf(e.Err))
	return b.String()
}

// Unwrap returns the reason.
func (e *PlanError) Unwrap() error { return e.Err }

// OverdrawError gives the figures of a drawdown larger than the balance of
// the reserve it is drawn from. It unwraps to [ErrOverdrawn]. It is
// reported inside a [*PlanError], which carries the prefix.
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
