package commissioning

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors. Callers test for them with [errors.Is]; the errors this
// package returns wrap them in a typed error ([*OptionError],
// [*InputError], [*DistributionError], [*FieldError]) that says where the
// problem is.
var (
	// ErrNotFinite reports a NaN or infinite number where a finite one is required.
	ErrNotFinite = errors.New("commissioning: value is NaN or infinite")
	// ErrEmptyID reports a missing identifier.
	ErrEmptyID = errors.New("commissioning: empty identifier")
	// ErrDuplicateID reports an identifier used twice in one list.
	ErrDuplicateID = errors.New("commissioning: duplicate identifier")
	// ErrUnknownOption reports a reference to an option that is not in the list.
	ErrUnknownOption = errors.New("commissioning: unknown option")
	// ErrSelfDependency reports an option that depends on itself.
	ErrSelfDependency = errors.New("commissioning: option depends on itself")
	// ErrNoOptions reports an empty list of options where at least one is needed.
	ErrNoOptions = errors.New("commissioning: no options")
	// ErrNoBAU reports a short list without its business-as-usual option.
	ErrNoBAU = errors.New("commissioning: short list has no business-as-usual option")
	// ErrNoReason reports a long-list verdict without the reason behind it.
	ErrNoReason = errors.New("commissioning: verdict without a reason")
	// ErrUnknownDimension reports a long-list filter dimension outside scope,
	// solution, delivery, implementation and funding.
	ErrUnknownDimension = errors.New("commissioning: unknown long-list dimension")
	// ErrUnknownVerdict reports a long-list verdict that is not preferred,
	// carried forward or discounted.
	ErrUnknownVerdict = errors.New("commissioning: unknown long-list verdict")
	// ErrUnknownStage reports text or a value that is not a stage of the cycle.
	ErrUnknownStage = errors.New("commissioning: unknown stage")
	// ErrCycleComplete reports an attempt to advance past Review: a new round
	// of the cycle starts with a new [Cycle].
	ErrCycleComplete = errors.New("commissioning: cycle already at review")
	// ErrDecisionOrder reports a decision dated before the one logged before it,
	// or with no date.
	ErrDecisionOrder = errors.New("commissioning: decision out of date order")
	// ErrLocalities reports a plan with fewer than two localities, which s.29 of
	// the Public Bodies (Joint Working) (Scotland) Act 2014 requires.
	ErrLocalities = errors.New("commissioning: a strategic plan needs at least two localities")
	// ErrPeriod reports a plan period whose last year precedes its first.
	ErrPeriod = errors.New("commissioning: invalid plan period")
	// ErrUnknownOutcome reports an id that names no national outcome (they
	// are "NO-1" to "NO-9").
	ErrUnknownOutcome = errors.New("commissioning: unknown national outcome")
	// ErrYearOffset reports a negative year offset.
	ErrYearOffset = errors.New("commissioning: negative year offset")
	// ErrAnchor reports an option line anchored to a financial year other
	// than the option's first year.
	ErrAnchor = errors.New("commissioning: line anchored to another year")
	// ErrUnknownCategory reports an optimism-bias project type that is not in
	// the supplementary guidance table.
	ErrUnknownCategory = errors.New("commissioning: unknown optimism-bias category")
	// ErrNotApplicable reports an optimism-bias measure that the guidance
	// does not give for a project type (works duration for outsourcing).
	ErrNotApplicable = errors.New("commissioning: optimism-bias measure not applicable to project type")
	// ErrShares reports project-type shares that are negative or do not sum to 1.
	ErrShares = errors.New("commissioning: shares must be non-negative and sum to 1")
	// ErrMitigation reports a mitigation fraction outside [0, 1].
	ErrMitigation = errors.New("commissioning: mitigation outside [0, 1]")
	// ErrEta reports an elasticity of marginal utility of income that is not positive.
	ErrEta = errors.New("commissioning: eta must be positive")
	// ErrIncome reports an income that is not positive.
	ErrIncome = errors.New("commissioning: income must be positive")
	// ErrUnknownGroup reports a reference to an income group that is not defined.
	ErrUnknownGroup = errors.New("commissioning: unknown income group")
	// ErrUnknownKind reports a distribution kind that the package does not know.
	ErrUnknownKind = errors.New("commissioning: unknown distribution kind")
	// ErrParameter reports a distribution parameter out of its range.
	ErrParameter = errors.New("commissioning: distribution parameter out of range")
	// ErrNoLines reports a sensitivity input that varies no line of any option.
	ErrNoLines = errors.New("commissioning: input applies to no line")
	// ErrLowHigh reports a sensitivity range whose low value exceeds its high value.
	ErrLowHigh = errors.New("commissioning: low value above high value")
	// ErrCorrelation reports a correlation matrix that is not square, symmetric,
	// with a unit diagonal, entries in [−1, 1] and positive definite.
	ErrCorrelation = errors.New("commissioning: invalid correlation matrix")
	// ErrDraws reports a number of Monte Carlo draws below one.
	ErrDraws = errors.New("commissioning: number of draws must be positive")
	// ErrPercentile reports a percentile outside [0, 100].
	ErrPercentile = errors.New("commissioning: percentile outside [0, 100]")
	// ErrBudgetGap reports a budget with no years, or missing a year between
	// its first and last.
	ErrBudgetGap = errors.New("commissioning: budget missing a year")
	// ErrGrid reports an empty grid of values for a two-way sensitivity.
	ErrGrid = errors.New("commissioning: empty sensitivity grid")
)

// OptionError reports a problem with one option: which option (by id, or by
// position when the id is the problem), which field, and why. It unwraps to
// a sentinel such as [ErrDuplicateID] or [ErrShares].
type OptionError struct {
	ID    string // the option's id; empty when the id itself is missing
	Index int    // zero-based position in the list, or −1 when not from a list
	Field string // the field at fault, such as "Capital[2]" or "Bias.Mitigation"
	Err   error
}

// Error implements the error interface.
func (e *OptionError) Error() string {
	where := "option " + strconv.Quote(e.ID)
	if e.ID == "" && e.Index >= 0 {
		where = "option at index " + strconv.Itoa(e.Index)
	}
	if e.Field != "" {
		where += " field " + e.Field
	}
	return "commissioning: " + where + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *OptionError) Unwrap() error { return e.Err }

// InputError reports a bad sensitivity or Monte Carlo input: its position,
// its name, the field, and why.
type InputError struct {
	Index int    // zero-based position in the list of inputs
	Name  string // the input's name
	Field string // the field at fault, such as "Dist" or "Low"
	Err   error
}

// Error implements the error interface.
func (e *InputError) Error() string {
	s := fmt.Sprintf("commissioning: input %d (%q)", e.Index, e.Name)
	if e.Field != "" {
		s += " field " + e.Field
	}
	return s + ": " + e.Err.Error()
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
func (e *DistributionError) Error() string {
	return fmt.Sprintf("commissioning: %v distribution: %s = %v: %v", e.Kind, e.Param, e.Value, e.Err)
}

// Unwrap returns the underlying reason.
func (e *DistributionError) Unwrap() error { return e.Err }

// FieldError reports a bad field of a plan, cycle, long list or appraisal
// setting that is not an option: the field by name (with an index where
// it is a list) and why.
type FieldError struct {
	Field string // such as "Localities", "Decisions[3].Date" or "Equity.Eta"
	Err   error
}

// Error implements the error interface.
func (e *FieldError) Error() string {
	return "commissioning: " + e.Field + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *FieldError) Unwrap() error { return e.Err }
