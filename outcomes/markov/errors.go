package markov

import (
	"errors"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// Sentinel errors. Every error this package returns wraps one of them and
// starts with "markov: ", so callers can branch with [errors.Is]; errors
// about one part of a model are also an [*Error] that says where, and
// errors reading a JSON document a [*FieldError] that names the field's
// path. The reasons other packages of the module share (ErrNotFinite,
// ErrNegative, ErrRange, ErrSyntax, ErrUnknownName, ErrUnknownField, and
// ErrDraws of package outcomes) are the same values there, so errors.Is
// matches across the layers.
var (
	// ErrNoStates reports a model without states, or a state list with an
	// empty or duplicate name.
	ErrNoStates = errors.New("bad states")
	// ErrStates reports a strategy whose state set differs from the model's.
	ErrStates = errors.New("state sets differ")
	// ErrNoStrategies reports a model without strategies, or a strategy
	// with an empty or duplicate id or without transitions.
	ErrNoStrategies = errors.New("bad strategies")
	// ErrCycles reports a number of cycles below one or a cycle length that
	// is not positive and finite.
	ErrCycles = errors.New("bad cycles")
	// ErrProbability reports a transition probability outside [0, 1] or
	// not finite.
	ErrProbability = errors.New("probability outside [0, 1]")
	// ErrRowSum reports a row of a transition matrix that does not sum to 1
	// within 1e-9, or whose complement ([Rest]) would be negative.
	ErrRowSum = errors.New("row does not sum to 1")
	// ErrRest reports more than one [Rest] cell in a row.
	ErrRest = errors.New("more than one complement in a row")
	// ErrNegative reports a negative count, cohort size, weight or
	// willingness to pay (the module's shared reason).
	ErrNegative = fault.ErrNegative
	// ErrNotFinite reports a NaN or infinite value, cost or utility (the
	// module's shared reason).
	ErrNotFinite = fault.ErrNotFinite
	// ErrRange reports a cost too large to be held as money (the module's
	// shared reason).
	ErrRange = fault.ErrRange
	// ErrLength reports a slice whose length does not match the states,
	// the cycles, the strategies or the years it describes.
	ErrLength = errors.New("wrong length")
	// ErrCorrection reports a within-cycle correction that is not defined,
	// or one that a calculation does not take.
	ErrCorrection = errors.New("unknown within-cycle correction")
	// ErrParameter reports a parameter with an empty or duplicate name, a
	// name that is not defined, or a base value its distribution cannot take.
	ErrParameter = errors.New("bad parameter")
	// ErrDistribution reports a distribution whose parameters are not valid.
	ErrDistribution = errors.New("bad distribution")
	// ErrDraws reports a probabilistic analysis with too few draws, or draws
	// whose counts differ; it is [outcomes.ErrDraws], which the
	// acceptability curve reports too.
	ErrDraws = outcomes.ErrDraws
	// ErrShare reports a treatment mix whose shares are outside [0, 1] or
	// do not sum to 1 within 1e-9.
	ErrShare = errors.New("bad shares")
	// ErrUnknownName reports text, such as a JSON string, that names no
	// value of an enumerated type (the module's shared reason).
	ErrUnknownName = fault.ErrUnknownName
	// ErrUnknownField reports a field of a JSON document that the type it
	// is read into does not have; see [FieldError] (the module's shared
	// reason).
	ErrUnknownField = fault.ErrUnknownField
	// ErrSyntax reports a JSON value that cannot be read as the field's
	// type; see [FieldError] (the module's shared reason).
	ErrSyntax = fault.ErrSyntax
	// ErrAge reports a life table without ages, with ages out of order, or
	// asked about an age below its first.
	ErrAge = errors.New("age outside the life table or out of order")
)

// Error reports a bad part of a model: the draw, strategy, financial year
// and cycle, the cost category, the cell of a transition or move matrix by
// the names of its states, the state of a per-state value, or the field at
// fault. It unwraps to the reason, which wraps a sentinel. Its message
// reads
//
//	markov: strategy "combination" cycle 3 row "B" column "C": 1.5: probability outside [0, 1]
type Error struct {
	Draw     int                      // the probabilistic draw (1 … Draws), 0 when none
	Strategy string                   // the strategy's id, when the problem is in one
	Year     investment.FinancialYear // the financial year of a budget impact, zero when none
	Cycle    int                      // the cycle (1 … Cycles) of a transition or value, 0 when none
	Category string                   // the cost category, when the problem is in one
	Row, Col string                   // a matrix cell: the states moved from and to; empty when none
	State    string                   // the state of a per-state value, when the problem is in one
	Field    string                   // the field's path, positions one-based, such as "initial[2]"
	Err      error                    // the reason, wrapping a sentinel
}

// Error implements the error interface.
func (e *Error) Error() string {
	var parts []string
	if e.Draw > 0 {
		parts = append(parts, "draw "+strconv.Itoa(e.Draw))
	}
	if e.Strategy != "" {
		parts = append(parts, "strategy "+strconv.Quote(e.Strategy))
	}
	if e.Year != 0 {
		parts = append(parts, "year "+e.Year.String())
	}
	if e.Cycle > 0 {
		parts = append(parts, "cycle "+strconv.Itoa(e.Cycle))
	}
	if e.Category != "" {
		parts = append(parts, "category "+strconv.Quote(e.Category))
	}
	if e.Row != "" {
		parts = append(parts, "row "+strconv.Quote(e.Row))
	}
	if e.Col != "" {
		parts = append(parts, "column "+strconv.Quote(e.Col))
	}
	if e.State != "" {
		parts = append(parts, "state "+strconv.Quote(e.State))
	}
	if e.Field != "" {
		parts = append(parts, "field "+e.Field)
	}
	if len(parts) == 0 {
		return "markov: " + e.Err.Error()
	}
	return "markov: " + strings.Join(parts, " ") + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *Error) Unwrap() error { return e.Err }

// fieldErr returns an [*Error] for the field at path of the given strategy
// (empty for the model as a whole).
func fieldErr(strategy, path string, err error) error {
	return &Error{Strategy: strategy, Field: path, Err: err}
}

// at returns path[n], n one-based, for the zero-based index i.
func at(path string, i int) string { return path + "[" + strconv.Itoa(i+1) + "]" }

// FieldError reports a JSON document of this package that cannot be read:
// the document's type, the path of the field at fault, as in "cost[2][3]"
// (positions one-based), and why. It unwraps to the reason, such as
// [ErrUnknownField] for a misspelt field or [ErrSyntax] for a value of the
// wrong form. Its message reads
//
//	markov: PSA: qalys[2][3]: cannot decode JSON string into float64: invalid syntax
type FieldError struct {
	Type string // the document's type, such as "PSA"
	Path string // the field's path; empty for the document as a whole
	Err  error  // the reason
}

// Error implements the error interface.
func (e *FieldError) Error() string {
	s := "markov: " + e.Type
	if e.Path != "" {
		s += ": " + e.Path
	}
	return s + ": " + reason(e.Err)
}

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error { return e.Err }

// decoder returns the function through which [wire.Into] reports a failure
// to decode a document of type typ: a [*FieldError] naming the field's
// path. A value that cannot be read and carries no reason of its own (such
// as a string where a number belongs) wraps [ErrSyntax].
func decoder(typ string) func(*wire.Error) error {
	return func(we *wire.Error) error {
		path, err := wire.Place(we, notNested, isTyped)
		return &FieldError{Type: typ, Path: path, Err: err}
	}
}

// notNested is the nesting rule of [wire.Place] for this package's
// documents, which hold no document of the package that reports its own
// field error.
func notNested(error) (string, error, bool) { return "", nil, false }

// isTyped reports whether err is one of this package's typed errors, which
// says why on its own.
func isTyped(err error) bool {
	_, ok := err.(interface{ detail() string })
	return ok
}

// nameError reports text that names no value of one of this package's
// enumerated types; it unwraps to [ErrUnknownName].
type nameError struct {
	typ, text string
	err       error
}

func (e *nameError) Error() string { return "markov: " + e.detail() }
func (e *nameError) detail() string {
	return e.typ + " " + strconv.Quote(e.text) + ": " + e.err.Error()
}
func (e *nameError) Unwrap() error { return e.err }

// reason returns the message of err for a typed error of this package that
// wraps it: without the package prefix when err is one of the package's
// own errors, so that the prefix appears once.
func reason(err error) string {
	if d, ok := err.(interface{ detail() string }); ok {
		return d.detail()
	}
	return err.Error()
}
