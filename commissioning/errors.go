package commissioning

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/opencommissioning/scp/internal/fault"
)

// Sentinel errors. Callers test for them with [errors.Is]; the errors this
// package returns wrap them in a typed error ([*OptionError],
// [*InputError], [*DistributionError], [*FieldError]) that says where the
// problem is, and every message starts with "commissioning: " once. The
// reasons other packages of the module share (ErrNotFinite, ErrEmptyID,
// ErrDuplicateID, ErrUnknownID, ErrNegative, ErrUnknownName,
// ErrUnknownField, ErrSyntax) are the same values there.
var (
	// ErrNotFinite reports a NaN or infinite number where a finite one is required.
	ErrNotFinite = fault.ErrNotFinite
	// ErrEmptyID reports a missing identifier.
	ErrEmptyID = fault.ErrEmptyID
	// ErrDuplicateID reports an identifier used twice in one list.
	ErrDuplicateID = fault.ErrDuplicateID
	// ErrUnknownID reports a reference to an id that is not defined: an
	// option not in the list, an income group not among the groups.
	ErrUnknownID = fault.ErrUnknownID
	// ErrSelfDependency reports an option that depends on itself.
	ErrSelfDependency = errors.New("option depends on itself")
	// ErrNoOptions reports an empty list of options where at least one is needed.
	ErrNoOptions = errors.New("no options")
	// ErrNoBAU reports a short list without its business-as-usual option.
	ErrNoBAU = errors.New("short list has no business-as-usual option")
	// ErrNoReason reports a long-list verdict without the reason behind it.
	ErrNoReason = errors.New("verdict without a reason")
	// ErrUnknownDimension reports a long-list filter dimension outside scope,
	// solution, delivery, implementation and funding.
	ErrUnknownDimension = errors.New("unknown long-list dimension")
	// ErrUnknownVerdict reports a long-list verdict that is not preferred,
	// carried forward or discounted.
	ErrUnknownVerdict = errors.New("unknown long-list verdict")
	// ErrUnknownStage reports text or a value that is not a stage of the cycle.
	ErrUnknownStage = errors.New("unknown stage")
	// ErrCycleComplete reports an attempt to advance past Review: a new round
	// of the cycle starts with a new [Cycle].
	ErrCycleComplete = errors.New("cycle already at review")
	// ErrDecisionOrder reports a decision dated before the one logged before it,
	// or with no date.
	ErrDecisionOrder = errors.New("decision out of date order")
	// ErrLocalities reports a plan with fewer than two localities, which s.29 of
	// the Public Bodies (Joint Working) (Scotland) Act 2014 requires.
	ErrLocalities = errors.New("a strategic plan needs at least two localities")
	// ErrPeriod reports a plan period whose last year precedes its first.
	ErrPeriod = errors.New("invalid plan period")
	// ErrUnknownOutcome reports an id that names no national outcome (they
	// are "NO-1" to "NO-9").
	ErrUnknownOutcome = errors.New("unknown national outcome")
	// ErrNegative reports a negative number where only zero or more makes
	// sense, such as a year offset.
	ErrNegative = fault.ErrNegative
	// ErrAnchor reports an option line anchored to a financial year other
	// than the option's first year.
	ErrAnchor = errors.New("line anchored to another year")
	// ErrUnknownCategory reports an optimism-bias project type that is not in
	// the supplementary guidance table.
	ErrUnknownCategory = errors.New("unknown optimism-bias category")
	// ErrNotApplicable reports an optimism-bias measure that the guidance
	// does not give for a project type (works duration for outsourcing).
	ErrNotApplicable = errors.New("optimism-bias measure not applicable to project type")
	// ErrShares reports project-type shares that are negative or do not sum to 1.
	ErrShares = errors.New("shares must be non-negative and sum to 1")
	// ErrMitigation reports a mitigation fraction outside [0, 1].
	ErrMitigation = errors.New("mitigation outside [0, 1]")
	// ErrEta reports an elasticity of marginal utility of income that is not positive.
	ErrEta = errors.New("eta must be positive")
	// ErrIncome reports an income that is not positive.
	ErrIncome = errors.New("income must be positive")
	// ErrUnknownKind reports a distribution kind that the package does not know.
	ErrUnknownKind = errors.New("unknown distribution kind")
	// ErrParameter reports a distribution parameter out of its range.
	ErrParameter = errors.New("distribution parameter out of range")
	// ErrNoLines reports a sensitivity input that varies no line of any option.
	ErrNoLines = errors.New("input applies to no line")
	// ErrLowHigh reports a sensitivity range whose low value exceeds its high value.
	ErrLowHigh = errors.New("low value above high value")
	// ErrCorrelation reports a correlation matrix that is not square, symmetric,
	// with a unit diagonal, entries in [−1, 1] and positive definite.
	ErrCorrelation = errors.New("invalid correlation matrix")
	// ErrDraws reports a number of Monte Carlo draws below one or above
	// [MaxDraws].
	ErrDraws = errors.New("number of draws must be positive")
	// ErrPercentile reports a percentile outside [0, 100].
	ErrPercentile = errors.New("percentile outside [0, 100]")
	// ErrBudgetGap reports a budget with no years, or missing a year between
	// its first and last.
	ErrBudgetGap = errors.New("budget missing a year")
	// ErrGrid reports an empty grid of values for a two-way sensitivity.
	ErrGrid = errors.New("empty sensitivity grid")
	// ErrUnknownName reports text that names no value of one of the
	// package's enumerated types; the type's own sentinel (such as
	// [ErrUnknownStage]) is wrapped with it.
	ErrUnknownName = fault.ErrUnknownName
	// ErrUnknownField reports a field of a JSON document that the type it
	// is read into does not have.
	ErrUnknownField = fault.ErrUnknownField
	// ErrSyntax reports a JSON value that cannot be read as its field's
	// type.
	ErrSyntax = fault.ErrSyntax
)

// OptionError reports a problem with one option: which option (by id, or by
// one-based position when the id is the problem), which field (its JSON
// path, such as "capital[2]" or "bias.mitigation"), and why. It unwraps to
// a sentinel such as [ErrDuplicateID] or [ErrShares].
type OptionError struct {
	ID       string // the option's id; empty when the id itself is missing
	Position int    // one-based position in the list, or 0 when not from a list
	Field    string // the field at fault, such as "requires[2]" or "bias.mitigation"
	Err      error
}

// Error implements the error interface:
// `commissioning: option "hub" field requires[1]: option depends on itself`.
func (e *OptionError) Error() string { return "commissioning: " + e.detail() }

func (e *OptionError) detail() string {
	where := "option " + strconv.Quote(e.ID)
	if e.ID == "" && e.Position > 0 {
		where = "option " + strconv.Itoa(e.Position)
	}
	if e.Field != "" {
		where += " field " + e.Field
	}
	return where + ": " + reason(e.Err)
}

// Unwrap returns the underlying reason.
func (e *OptionError) Unwrap() error { return e.Err }

// optionErr returns an [*OptionError]; a [*FieldError] of a part of the
// option (its optimism bias, say) has its path placed below field, as in
// "bias.shares[1].category".
func optionErr(id string, pos int, field string, err error) *OptionError {
	if fe, ok := err.(*FieldError); ok {
		return &OptionError{ID: id, Position: pos, Field: joinPath(field, fe.Field), Err: fe.Err}
	}
	return &OptionError{ID: id, Position: pos, Field: field, Err: err}
}

// InputError reports a bad sensitivity or Monte Carlo input: its one-based
// position, its name, the field (its JSON name, such as "dist" or "low"),
// and why.
type InputError struct {
	Position int    // one-based position in the list of inputs
	Name     string // the input's name
	Field    string // the field at fault, such as "dist" or "years[2]"
	Err      error
}

// Error implements the error interface:
// `commissioning: input 2 ("uptake") field low: 3 > 2: low value above high value`.
func (e *InputError) Error() string { return "commissioning: " + e.detail() }

func (e *InputError) detail() string {
	s := fmt.Sprintf("input %d (%q)", e.Position, e.Name)
	if e.Field != "" {
		s += " field " + e.Field
	}
	return s + ": " + reason(e.Err)
}

// Unwrap returns the underlying reason.
func (e *InputError) Unwrap() error { return e.Err }

// DistributionError reports a distribution parameter out of range: the
// kind, the parameter by name, and its value. It unwraps to [ErrParameter],
// [ErrNotFinite] or [ErrUnknownKind].
type DistributionError struct {
	Kind  Kind    // the distribution
	Param string  // the parameter, such as "SD" or "Mode"
	Value float64 // the offending value
	Err   error
}

// Error implements the error interface.
func (e *DistributionError) Error() string { return "commissioning: " + e.detail() }

func (e *DistributionError) detail() string {
	return fmt.Sprintf("%v distribution: %s = %v: %v", e.Kind, e.Param, e.Value, e.Err)
}

// Unwrap returns the underlying reason.
func (e *DistributionError) Unwrap() error { return e.Err }

// FieldError reports a bad field of a plan, cycle, long list, appraisal
// setting or JSON document that is not an option: the field by its JSON
// path (positions one-based, such as "decisions[3].date" or "equity.eta")
// and why.
type FieldError struct {
	Field string // such as "localities", "decisions[3].date" or "equity.eta"
	Err   error
}

// Error implements the error interface:
// `commissioning: localities: 1 given: a strategic plan needs at least two localities`.
func (e *FieldError) Error() string { return "commissioning: " + e.detail() }

func (e *FieldError) detail() string {
	if e.Field == "" {
		return reason(e.Err)
	}
	return e.Field + ": " + reason(e.Err)
}

// Unwrap returns the underlying reason.
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
