package markov

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers can branch with [errors.Is]; errors about one part of a model are
// also an [*Error] that says where.
var (
	// ErrNoStates reports a model without states, or a state list with an
	// empty or duplicate name.
	ErrNoStates = errors.New("markov: bad states")
	// ErrStates reports a strategy whose state set differs from the model's.
	ErrStates = errors.New("markov: state sets differ")
	// ErrNoStrategies reports a model without strategies, or a strategy
	// with an empty or duplicate id or without transitions.
	ErrNoStrategies = errors.New("markov: bad strategies")
	// ErrCycles reports a number of cycles below one or a cycle length that
	// is not positive and finite.
	ErrCycles = errors.New("markov: bad cycles")
	// ErrProbability reports a transition probability outside [0, 1] or
	// not finite.
	ErrProbability = errors.New("markov: probability outside [0, 1]")
	// ErrRowSum reports a row of a transition matrix that does not sum to 1
	// within 1e-9, or whose complement ([Rest]) would be negative.
	ErrRowSum = errors.New("markov: row does not sum to 1")
	// ErrRest reports more than one [Rest] cell in a row.
	ErrRest = errors.New("markov: more than one complement in a row")
	// ErrNegative reports a negative count, cohort size or weight.
	ErrNegative = errors.New("markov: negative value")
	// ErrNotFinite reports a NaN or infinite value, cost or utility.
	ErrNotFinite = errors.New("markov: value is NaN or infinite")
	// ErrLength reports a slice whose length does not match the states,
	// the cycles, the strategies or the years it describes.
	ErrLength = errors.New("markov: wrong length")
	// ErrCorrection reports a within-cycle correction that is not defined.
	ErrCorrection = errors.New("markov: unknown within-cycle correction")
	// ErrParameter reports a parameter with an empty or duplicate name, a
	// name that is not defined, or a base value its distribution cannot take.
	ErrParameter = errors.New("markov: bad parameter")
	// ErrDistribution reports a distribution whose parameters are not valid.
	ErrDistribution = errors.New("markov: bad distribution")
	// ErrDraws reports a probabilistic analysis with too few draws, or draws
	// that were not kept for a value-of-information calculation.
	ErrDraws = errors.New("markov: bad draws")
	// ErrShare reports a treatment mix whose shares are outside [0, 1] or
	// do not sum to 1 within 1e-9.
	ErrShare = errors.New("markov: bad shares")
	// ErrName reports text, such as a JSON string, that names no value of
	// an enumerated type.
	ErrName = errors.New("markov: unknown name")
	// ErrAge reports a life table without ages, with ages out of order, or
	// asked about an age below its first.
	ErrAge = errors.New("markov: bad age")
)

// Error reports a bad part of a model: the strategy, cycle, row and column
// of a transition matrix, or the field at fault. It unwraps to the sentinel
// that describes the problem.
type Error struct {
	Draw     int    // the probabilistic draw (1 … Draws), 0 when none
	Strategy string // the strategy's id, when the problem is in one
	Cycle    int    // the cycle (1 … Cycles) of a transition, 0 when none
	Row, Col int    // zero-based cell of a matrix, −1 when none
	Field    string // the field at fault, such as "Initial[2]"
	Err      error  // the reason, wrapping a sentinel
}

// Error implements the error interface.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("markov: ")
	if e.Draw > 0 {
		b.WriteString("draw ")
		b.WriteString(strconv.Itoa(e.Draw))
		b.WriteString(" ")
	}
	if e.Strategy != "" {
		b.WriteString("strategy ")
		b.WriteString(strconv.Quote(e.Strategy))
		b.WriteString(" ")
	}
	if e.Cycle > 0 {
		b.WriteString("cycle ")
		b.WriteString(strconv.Itoa(e.Cycle))
		b.WriteString(" ")
	}
	if e.Row >= 0 {
		b.WriteString("row ")
		b.WriteString(strconv.Itoa(e.Row))
		if e.Col >= 0 {
			b.WriteString(" column ")
			b.WriteString(strconv.Itoa(e.Col))
		}
		b.WriteString(" ")
	}
	if e.Field != "" {
		b.WriteString("field ")
		b.WriteString(e.Field)
		b.WriteString(" ")
	}
	msg := strings.TrimPrefix(e.Err.Error(), "markov: ")
	b.WriteString(": ")
	b.WriteString(msg)
	return strings.Replace(b.String(), " : ", ": ", 1)
}

// Unwrap returns the underlying reason.
func (e *Error) Unwrap() error { return e.Err }

func fieldErr(strategy, field string, err error) error {
	return &Error{Strategy: strategy, Row: -1, Col: -1, Field: field, Err: err}
}
