package markov

import (
	"fmt"
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// Rest marks the complement in a transition matrix, "the rest stay" or "the
// rest move here": a cell equal to Rest takes 1 minus the sum of the other
// cells of its row. A row may hold at most one. Rest is negative, so it can
// never be mistaken for a probability.
const Rest = -1.0

// TransitionFunc fills m, the n × n transition matrix in row-major order
// (m[i*n+j] is the probability of moving from state i to state j), for
// cycle k (1 … Cycles: the move from trace row k−1 to row k) given the
// parameter values p (see [Model.Parameters]). It must set every cell;
// cells may be [Rest].
type TransitionFunc func(k int, p []float64, m []float64)

// ValueFunc fills v (one value per state) with the value of being in each
// state during cycle k (1 … Cycles) given the parameter values p.
type ValueFunc func(k int, p []float64, v []float64)

// Values are per-state values per cycle: a cost, a utility weight or a
// life-year weight. Fixed values are computed once per run; Varying ones
// once per cycle.
type Values struct {
	Func    ValueFunc
	Varying bool // Func depends on the cycle
}

// Fixed returns values that are the same in every cycle, one per state.
func Fixed(v ...float64) Values {
	v = slices.Clone(v)
	return Values{Func: func(_ int, _ []float64, dst []float64) { copy(dst, v) }}
}

// FixedMoney returns costs per cycle that are the same in every cycle, one
// amount per state. The amounts are converted to float64 once
// ([investment.Money.Float64]); the model arithmetic is float64.
func FixedMoney(m ...investment.Money) Values {
	v := make([]float64, len(m))
	for i, x := range m {
		v[i] = x.Float64()
	}
	return Fixed(v...)
}

// ByCycle returns values that vary with the cycle and not with the
// parameters.
func ByCycle(f func(k int, v []float64)) Values {
	return Values{Func: func(k int, _ []float64, v []float64) { f(k, v) }, Varying: true}
}

// MoveFunc fills c, n × n in row-major order, with the one-off value of a
// move from state i to state j during cycle k (c[i*n+j]) given the
// parameter values p. Moves from a state to itself are counted too, so
// leave the diagonal at zero for a value only on a change of state.
type MoveFunc func(k int, p []float64, c []float64)

// Moves are one-off values on transitions between states.
type Moves struct {
	Func    MoveFunc
	Varying bool // Func depends on the cycle
}

// Cost is one category of cost, such as drugs or community care: per-cycle
// costs of being in each state and, optionally, one-off costs of moves.
// Like the [Model] it belongs to, a Cost holds functions and is built in
// code; it carries no JSON form.
type Cost struct {
	Category string
	States   Values
	Moves    Moves
}

// Strategy is one alternative of a model: it shares the model's states and
// differs in its transitions and values.
type Strategy struct {
	ID string
	// States, when not nil, names the states the strategy was built for; it
	// must be the model's states in the same order ([ErrStates]).
	States []string
	// Transition gives the transition matrix of each cycle.
	Transition TransitionFunc
	// CycleVarying says that Transition depends on the cycle; otherwise
	// it is called once per run, for cycle 1.
	CycleVarying bool
	// Costs by category; each is counted per cycle in each state and on
	// moves.
	Costs []Cost
	// Utility is the quality-of-life weight of each state per year; a
	// cycle of length L contributes utility × L QALYs. Nil means no QALYs.
	Utility Values
	// LifeYears is the life-year weight of each state per year (1 alive, 0
	// dead); a cycle of length L contributes weight × L life-years. Nil
	// means 1 for every state not in [Model.Dead].
	LifeYears Values
}

// Model is a Markov cohort (state-transition) model: states, an initial
// distribution, strategies that share the structure, the number of cycles,
// the within-cycle correction and the discount schedules.
//
// The trace has rows 0 … Cycles: row 0 is Initial and row k the cohort
// after the k-th transition. Row t lies t × CycleLength years from the
// start and is discounted with the factor of year ⌊t × CycleLength⌋ of its
// schedule ([investment.Schedule.FactorFloat]), so the first counted row is
// undiscounted under [StartOfCycle] (row 0 counted) and discounted once
// under [EndOfCycle] (row 0 not counted), the convention of Briggs, Claxton
// and Sculpher (2006). One-off move costs of cycle k are counted at row k.
//
// A Model holds functions, so it is built in code and does not serialise;
// its results ([Outcome], [PSA], [BudgetTable]) do.
type Model struct {
	States []string
	// Dead names the states with no life-years when a strategy leaves
	// LifeYears nil.
	Dead []string
	// Initial is the cohort at row 0, one count or share per state. Results
	// are totals over this cohort: give shares summing to 1 for values per
	// person.
	Initial []float64
	// Cycles is the number of transitions (the trace has Cycles + 1 rows).
	Cycles int
	// CycleLength is the length of a cycle in years; zero means 1.
	CycleLength float64
	// Correction is the within-cycle correction; see [Correction].
	Correction Correction
	// Weights are the weights of rows 0 … Cycles under [RowWeights], and
	// must be nil under any other correction.
	Weights []float64
	// CostSchedule and EffectSchedule discount costs and effects (QALYs
	// and life-years). The zero Schedule is the Green Book; use
	// investment.Constant(decimal.Zero) for none.
	CostSchedule, EffectSchedule investment.Schedule
	// Parameters are the model's inputs, base values and distributions;
	// the functions of the strategies read them by position (see
	// [Model.Index]). A Dirichlet parameter takes one position per
	// component.
	Parameters []Parameter
	Strategies []Strategy
}

// cycleLength returns the cycle length in years.
func (m *Model) cycleLength() float64 {
	if m.CycleLength == 0 {
		return 1
	}
	return m.CycleLength
}

// Index returns the first position of the named parameter in the parameter
// vector p passed to the strategies' functions, and false if there is none.
func (m *Model) Index(name string) (int, bool) {
	pos := 0
	for _, p := range m.Parameters {
		if p.Name == name {
			return pos, true
		}
		pos += p.dim()
	}
	return 0, false
}

// MustIndex is [Model.Index] for models built in code: it panics if the
// parameter is not defined, a programming error.
func (m *Model) MustIndex(name string) int {
	i, ok := m.Index(name)
	if !ok {
		panic("markov: no parameter " + name)
	}
	return i
}

// Base returns the base-case parameter vector: every parameter at its Value
// (or Values for a Dirichlet).
func (m *Model) Base() []float64 {
	var p []float64
	for _, q := range m.Parameters {
		if q.Dist.Kind == Dirichlet {
			p = append(p, q.Values...)
			continue
		}
		p = append(p, q.Value)
	}
	return p
}

// Validate checks the structure of the model: states, initial counts,
// cycles, strategies, the correction and the parameters. Transition
// matrices and values are checked as they are computed, in every run. The
// error is an [*Error] whose Field is the path of the field at fault, such
// as "initial[2]" or "strategies[2].costs[1].category" (positions
// one-based).
func (m *Model) Validate() error {
	if err := m.validateStates(); err != nil {
		return err
	}
	if err := m.validateCohort(); err != nil {
		return err
	}
	if err := m.validateCycles(); err != nil {
		return err
	}
	if err := validateParameters(m.Parameters); err != nil {
		return err
	}
	return m.validateStrategies()
}

func (m *Model) validateStates() error {
	if len(m.States) == 0 {
		return fieldErr("", "states", fmt.Errorf("no states: %w", ErrNoStates))
	}
	seen := map[string]bool{}
	for i, s := range m.States {
		if s == "" || seen[s] {
			return fieldErr("", at("states", i), fmt.Errorf("empty or duplicate %q: %w", s, ErrNoStates))
		}
		seen[s] = true
	}
	for i, d := range m.Dead {
		if !seen[d] {
			return fieldErr("", at("dead", i), fmt.Errorf("%q is not a state: %w", d, ErrNoStates))
		}
	}
	return nil
}

func (m *Model) validateCohort() error {
	if len(m.Initial) != len(m.States) {
		return fieldErr("", "initial", fmt.Errorf("%d counts for %d states: %w", len(m.Initial), len(m.States), ErrLength))
	}
	total := 0.0
	for i, x := range m.Initial {
		switch {
		case !finite(x):
			return &Error{State: m.States[i], Field: at("initial", i), Err: ErrNotFinite}
		case x < 0:
			return &Error{State: m.States[i], Field: at("initial", i), Err: fmt.Errorf("count %v: %w", x, ErrNegative)}
		}
		total += x
	}
	if total == 0 {
		return fieldErr("", "initial", fmt.Errorf("the cohort is empty: %w", ErrNegative))
	}
	if !finite(total) {
		return fieldErr("", "initial", fmt.Errorf("the cohort's size overflows: %w", ErrNotFinite))
	}
	return nil
}

func (m *Model) validateCycles() error {
	if m.Cycles < 1 {
		return fieldErr("", "cycles", fmt.Errorf("%d cycles: %w", m.Cycles, ErrCycles))
	}
	if l := m.CycleLength; l < 0 || !finite(l) {
		return fieldErr("", "cycleLength", fmt.Errorf("length %v: %w", l, ErrCycles))
	}
	if !m.Correction.Valid() {
		return fieldErr("", "correction", fmt.Errorf("%v: %w", m.Correction, ErrCorrection))
	}
	if (m.Correction == RowWeights) != (m.Weights != nil) {
		return fieldErr("", "weights", fmt.Errorf("weights go with RowWeights and only with it: %w", ErrCorrection))
	}
	if m.Weights != nil && len(m.Weights) != m.Cycles+1 {
		return fieldErr("", "weights", fmt.Errorf("%d weights for %d rows: %w", len(m.Weights), m.Cycles+1, ErrLength))
	}
	for i, w := range m.Weights {
		if !finite(w) {
			return fieldErr("", at("weights", i), ErrNotFinite)
		}
		if w < 0 {
			return fieldErr("", at("weights", i), fmt.Errorf("weight %v: %w", w, ErrNegative))
		}
	}
	return nil
}

func (m *Model) validateStrategies() error {
	if len(m.Strategies) == 0 {
		return fieldErr("", "strategies", fmt.Errorf("no strategies: %w", ErrNoStrategies))
	}
	ids := map[string]bool{}
	for i, s := range m.Strategies {
		f := at("strategies", i)
		switch {
		case s.ID == "" || ids[s.ID]:
			return fieldErr(s.ID, f+".id", fmt.Errorf("empty or duplicate id: %w", ErrNoStrategies))
		case s.Transition == nil:
			return fieldErr(s.ID, f+".transition", fmt.Errorf("no transitions: %w", ErrNoStrategies))
		case s.States != nil && !slices.Equal(s.States, m.States):
			return fieldErr(s.ID, f+".states", fmt.Errorf("%q, but the model has %q: %w", s.States, m.States, ErrStates))
		}
		ids[s.ID] = true
		cats := map[string]bool{}
		for j, c := range s.Costs {
			if cats[c.Category] {
				return &Error{Strategy: s.ID, Category: c.Category, Field: at(f+".costs", j) + ".category", Err: fmt.Errorf("duplicate category: %w", ErrNoStrategies)}
			}
			cats[c.Category] = true
		}
	}
	return nil
}
