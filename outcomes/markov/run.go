package markov

import (
	"fmt"
	"math"
	"slices"
)

// Effect chooses the measure of effect for an ICER table or net benefit.
type Effect int8

// The measures of effect.
const (
	// QALYs are quality-adjusted life-years.
	QALYs Effect = iota
	// LifeYears are life-years.
	LifeYears
)

// Outcome is one strategy's run: the trace and, per trace row, the
// discounted and corrected costs and effects, with their totals.
type Outcome struct {
	ID string `json:"id"`
	// Trace holds rows 0 … Cycles, one count per state.
	Trace [][]float64 `json:"trace"`
	// Categories names the cost categories in the order of CostByCategory.
	Categories []string `json:"categories"`
	// Cost, QALYs and LifeYears are the discounted, corrected contributions
	// of each trace row; CostByCategory splits Cost by category.
	Cost           []float64   `json:"cost"`
	CostByCategory [][]float64 `json:"costByCategory"`
	QALYs          []float64   `json:"qalys"`
	LifeYears      []float64   `json:"lifeYears"`
	// Totals, discounted.
	TotalCost      float64 `json:"totalCost"`
	TotalQALYs     float64 `json:"totalQalys"`
	TotalLifeYears float64 `json:"totalLifeYears"`
	// Totals, undiscounted (corrected).
	UndiscountedCost      float64 `json:"undiscountedCost"`
	UndiscountedQALYs     float64 `json:"undiscountedQalys"`
	UndiscountedLifeYears float64 `json:"undiscountedLifeYears"`
}

// Effect returns the total discounted effect of the given measure.
func (o *Outcome) Effect(e Effect) float64 {
	if e == LifeYears {
		return o.TotalLifeYears
	}
	return o.TotalQALYs
}

// engine is a validated model prepared for runs.
type engine struct {
	m     *Model
	n, T  int
	L     float64
	terms [][]term
	dfC   []float64 // discount factor of each row, costs
	dfE   []float64 // and effects
	ly    []float64 // default life-year weights
	rowW  []float64 // total weight of each row over all cycles
	// hasMoves says whether a strategy has any one-off move values.
	hasMoves []bool
	// varying says whether a strategy has values that vary by cycle.
	varying []bool
	sets    [][]valueSet
	nParam  int
}

func newEngine(m *Model) (*engine, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	e := &engine{m: m, n: len(m.States), T: m.Cycles, L: m.cycleLength()}
	e.terms = m.Correction.terms(e.T, m.Weights)
	e.dfC = make([]float64, e.T+1)
	e.dfE = make([]float64, e.T+1)
	for t := range e.dfC {
		y := int(math.Floor(float64(t)*e.L + 1e-9))
		e.dfC[t] = m.CostSchedule.FactorFloat(y)
		e.dfE[t] = m.EffectSchedule.FactorFloat(y)
	}
	e.ly = make([]float64, e.n)
	for i, s := range m.States {
		if !slices.Contains(m.Dead, s) {
			e.ly[i] = 1
		}
	}
	e.rowW = make([]float64, e.T+1)
	for _, ts := range e.terms {
		for _, tm := range ts {
			e.rowW[tm.row] += tm.w
		}
	}
	e.sets = e.valueSets()
	e.varying = make([]bool, len(m.Strategies))
	for i, sets := range e.sets {
		for _, st := range sets {
			e.varying[i] = e.varying[i] || st.vs.Varying
		}
	}
	e.hasMoves = make([]bool, len(m.Strategies))
	for i, s := range m.Strategies {
		for _, c := range s.Costs {
			e.hasMoves[i] = e.hasMoves[i] || c.Moves.Func != nil
		}
	}
	e.nParam = len(m.Base())
	return e, nil
}

// work holds the buffers of one goroutine's runs.
type work struct {
	P     []float64   // transition matrix
	C     [][]float64 // move values, per cost category
	trace []float64   // (T+1) × n
	v     []float64   // values of one cycle
	occ   []float64   // weighted occupancy: costs, effects, undiscounted
	// The nonzero cells of P by row: row i's are nzCol, nzVal[nzStart[i]:nzStart[i+1]].
	nzStart []int32
	nzCol   []int32
	nzVal   []float64
	// fixed says that trace holds the trace of the constant matrix fixedP.
	fixed  bool
	fixedP []float64
	rowAcc []float64 // per-row accumulators: (2 + categories) × (T+1)
}

// clearRows makes w.rowAcc n zero values long, reusing its storage when
// it is large enough.
func (w *work) clearRows(n int) {
	if cap(w.rowAcc) < n {
		w.rowAcc = make([]float64, n)
	}
	w.rowAcc = w.rowAcc[:n]
	clear(w.rowAcc)
}

func (e *engine) newWork() *work {
	return &work{
		P:     make([]float64, e.n*e.n),
		trace: make([]float64, (e.T+1)*e.n),
		v:     make([]float64, e.n),
	}
}

// totals are the results of a run without the per-row detail.
type totals struct {
	cost, qaly, ly    float64
	uCost, uQaly, uLY float64
}

// check reports totals that overflowed float64.
func (t totals) check(id string) error {
	for _, x := range [...]float64{t.cost, t.qaly, t.ly, t.uCost, t.uQaly, t.uLY} {
		if !finite(x) {
			return &Error{Strategy: id, Field: "totals", Err: fmt.Errorf("the totals overflow float64: %w", ErrNotFinite)}
		}
	}
	return nil
}

// matrix fills w.P for cycle k and checks it.
func (e *engine) matrix(s *Strategy, k int, p []float64, w *work) error {
	n, states := e.n, e.m.States
	clear(w.P)
	s.Transition(k, p, w.P)
	for i := range n {
		row := w.P[i*n : (i+1)*n]
		rest, sum := -1, 0.0
		for j, x := range row {
			if x == Rest {
				if rest >= 0 {
					return &Error{Strategy: s.ID, Cycle: k, Row: states[i], Col: states[j], Err: ErrRest}
				}
				rest = j
				continue
			}
			if !(x >= 0 && x <= 1) {
				return &Error{Strategy: s.ID, Cycle: k, Row: states[i], Col: states[j], Err: fmt.Errorf("%v: %w", x, ErrProbability)}
			}
			sum += x
		}
		if rest >= 0 {
			c := 1 - sum
			if c < -1e-9 {
				return &Error{Strategy: s.ID, Cycle: k, Row: states[i], Col: states[rest], Err: fmt.Errorf("the others sum to %v: %w", sum, ErrRowSum)}
			}
			row[rest] = max(c, 0)
			continue
		}
		if math.Abs(sum-1) > 1e-9 {
			return &Error{Strategy: s.ID, Cycle: k, Row: states[i], Err: fmt.Errorf("sum %v: %w", sum, ErrRowSum)}
		}
	}
	return nil
}

// values fills dst from vs for cycle k and checks it. The error names
// the strategy, the set of values (see [valueSet]) and the state.
func (e *engine) values(id string, what valueSet, k int, p []float64, dst []float64) error {
	clear(dst)
	what.vs.Func(k, p, dst)
	for i, x := range dst {
		if !finite(x) {
			return &Error{Strategy: id, Cycle: k, Category: what.category, State: e.m.States[i], Field: what.field, Err: ErrNotFinite}
		}
	}
	return nil
}

// trace fills w.trace for strategy si; it checks every matrix it uses. It
// also adds the one-off move values of each cost category to the cost rows
// of w.rowAcc. A strategy whose matrix does not vary by cycle and equals
// that of the trace already in w (strategies that differ only in their
// values) reuses it.
func (e *engine) trace(si int, p []float64, w *work) error {
	s := &e.m.Strategies[si]
	n := e.n
	reuse := false
	for k := 1; k <= e.T; k++ {
		if k == 1 || s.CycleVarying {
			if err := e.matrix(s, k, p, w); err != nil {
				w.fixed = false
				return err
			}
			if k == 1 {
				reuse = !s.CycleVarying && w.fixed && slices.Equal(w.P, w.fixedP)
				w.fixed = false
			}
			if n > denseStates && !reuse {
				w.sparse(n)
			}
		}
		if !reuse {
			if k == 1 {
				copy(w.trace[:n], e.m.Initial)
			}
			w.step(k, n)
		}
		if e.hasMoves[si] {
			if err := e.moves(s, k, p, w); err != nil {
				return err
			}
		}
	}
	if !s.CycleVarying {
		w.fixedP = append(w.fixedP[:0], w.P...)
		w.fixed = true
	}
	return nil
}

// step computes trace row k from row k − 1.
func (w *work) step(k, n int) {
	prev, next := w.trace[(k-1)*n:k*n], w.trace[k*n:(k+1)*n]
	clear(next)
	if n <= denseStates {
		for i, x := range prev {
			if x == 0 {
				continue
			}
			row := w.P[i*n : (i+1)*n]
			next := next[:len(row)]
			for j, q := range row {
				next[j] += x * q
			}
		}
		return
	}
	for i, x := range prev {
		if x == 0 {
			continue
		}
		lo, hi := w.nzStart[i], w.nzStart[i+1]
		cols, vals := w.nzCol[lo:hi], w.nzVal[lo:hi]
		vals = vals[:len(cols)]
		for t, c := range cols {
			next[c] += x * vals[t]
		}
	}
}

// denseStates is the largest number of states whose trace is computed
// with the dense matrix; larger models use its nonzero cells.
const denseStates = 12

// sparse records the nonzero cells of w.P by row.
func (w *work) sparse(n int) {
	if len(w.nzStart) != n+1 {
		w.nzStart = make([]int32, n+1)
	}
	w.nzCol, w.nzVal = w.nzCol[:0], w.nzVal[:0]
	for i := range n {
		w.nzStart[i] = int32(len(w.nzCol))
		for j, q := range w.P[i*n : (i+1)*n] {
			if q != 0 {
				w.nzCol = append(w.nzCol, int32(j))
				w.nzVal = append(w.nzVal, q)
			}
		}
	}
	w.nzStart[n] = int32(len(w.nzCol))
}

// moves adds the one-off move values of cycle k to the cost rows of w.
func (e *engine) moves(s *Strategy, k int, p []float64, w *work) error {
	n, R := e.n, e.T+1
	prev := w.trace[(k-1)*n : k*n]
	for c, cost := range s.Costs {
		if cost.Moves.Func == nil {
			continue
		}
		for len(w.C) <= c {
			w.C = append(w.C, make([]float64, n*n))
		}
		C := w.C[c]
		if k == 1 || cost.Moves.Varying {
			clear(C)
			cost.Moves.Func(k, p, C)
			for i, x := range C {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					return &Error{Strategy: s.ID, Cycle: k, Category: cost.Category, Row: e.m.States[i/n], Col: e.m.States[i%n], Err: ErrNotFinite}
				}
			}
		}
		sum := 0.0
		for i, x := range prev {
			if x == 0 {
				continue
			}
			for j := range n {
				sum += x * w.P[i*n+j] * C[i*n+j]
			}
		}
		w.rowAcc[(2+c)*R+k] += sum
	}
	return nil
}

// valueSet is one set of values a strategy counts: utilities, life-years
// or a cost category's state costs, with its accumulator and the names
// its errors give.
type valueSet struct {
	vs       Values
	acc      int    // 0 QALYs, 1 life-years, 2 + c cost category c
	field    string // "utility" or "lifeYears"; empty for costs
	category string // the cost category
}

// valueSets returns the value sets of every strategy.
func (e *engine) valueSets() [][]valueSet {
	out := make([][]valueSet, len(e.m.Strategies))
	lyDefault := Fixed(e.ly...)
	for si, s := range e.m.Strategies {
		if s.Utility.Func != nil {
			out[si] = append(out[si], valueSet{vs: s.Utility, acc: 0, field: "utility"})
		}
		lyv := s.LifeYears
		if lyv.Func == nil {
			lyv = lyDefault
		}
		out[si] = append(out[si], valueSet{vs: lyv, acc: 1, field: "lifeYears"})
		for c, cost := range s.Costs {
			if cost.States.Func != nil {
				out[si] = append(out[si], valueSet{vs: cost.States, acc: 2 + c, category: cost.Category})
			}
		}
	}
	return out
}

// run runs strategy si with parameters p and returns its totals. With
// detail, every value's contribution to each row, before discounting, is
// left in w.rowAcc: QALYs, life-years, then each cost category. Without,
// values that do not vary by cycle are counted through the weighted,
// discounted occupancy of each state, and only move values and varying
// values pass through w.rowAcc.
func (e *engine) run(si int, p []float64, w *work, detail bool) (totals, error) {
	s := &e.m.Strategies[si]
	R, n := e.T+1, e.n
	w.clearRows((2 + len(s.Costs)) * R)
	if err := e.trace(si, p, w); err != nil {
		return totals{}, err
	}
	var t totals
	occ := false
	for _, st := range e.sets[si] {
		if !detail && !st.vs.Varying {
			if !occ {
				e.occupancy(w)
				occ = true
			}
			if err := e.values(s.ID, st, 1, p, w.v); err != nil {
				return totals{}, err
			}
			var dc, de, du float64
			for i, v := range w.v {
				dc += w.occ[i] * v
				de += w.occ[n+i] * v
				du += w.occ[2*n+i] * v
			}
			switch st.acc {
			case 0:
				t.qaly += de * e.L
				t.uQaly += du * e.L
			case 1:
				t.ly += de * e.L
				t.uLY += du * e.L
			default:
				t.cost += dc
				t.uCost += du
			}
			continue
		}
		acc := w.rowAcc[st.acc*R : (st.acc+1)*R]
		for k := 1; k <= e.T; k++ {
			if k == 1 || st.vs.Varying {
				if err := e.values(s.ID, st, k, p, w.v); err != nil {
					return totals{}, err
				}
			}
			for _, tm := range e.terms[k] {
				row := w.trace[tm.row*n : (tm.row+1)*n]
				d := 0.0
				for i, x := range row {
					d += x * w.v[i]
				}
				acc[tm.row] += tm.w * d
			}
		}
	}
	if !detail && !e.hasMoves[si] && !e.varying[si] {
		return t, t.check(s.ID)
	}
	for r := range R {
		q, l := w.rowAcc[r]*e.L, w.rowAcc[R+r]*e.L
		t.uQaly += q
		t.uLY += l
		t.qaly += q * e.dfE[r]
		t.ly += l * e.dfE[r]
		for c := range s.Costs {
			x := w.rowAcc[(2+c)*R+r]
			t.uCost += x
			t.cost += x * e.dfC[r]
		}
	}
	return t, t.check(s.ID)
}

// occupancy fills w.occ with each state's occupancy summed over the rows
// with the rows' total weights: discounted for costs, for effects, and
// undiscounted.
func (e *engine) occupancy(w *work) {
	n := e.n
	if len(w.occ) < 3*n {
		w.occ = make([]float64, 3*n)
	}
	clear(w.occ)
	oc, oe, ou := w.occ[:n], w.occ[n:2*n], w.occ[2*n:3*n]
	for t, wt := range e.rowW {
		if wt == 0 {
			continue
		}
		a, b := wt*e.dfC[t], wt*e.dfE[t]
		for i, x := range w.trace[t*n : (t+1)*n] {
			oc[i] += a * x
			oe[i] += b * x
			ou[i] += wt * x
		}
	}
}

// outcome turns the buffers of a run into an Outcome.
func (e *engine) outcome(si int, t totals, w *work) *Outcome {
	s := &e.m.Strategies[si]
	n, R := e.n, e.T+1
	o := &Outcome{
		ID: s.ID, Trace: make([][]float64, R), Categories: make([]string, len(s.Costs)),
		Cost: make([]float64, R), CostByCategory: make([][]float64, len(s.Costs)),
		QALYs: make([]float64, R), LifeYears: make([]float64, R),
		TotalCost: t.cost, TotalQALYs: t.qaly, TotalLifeYears: t.ly,
		UndiscountedCost: t.uCost, UndiscountedQALYs: t.uQaly, UndiscountedLifeYears: t.uLY,
	}
	for r := range R {
		o.Trace[r] = slices.Clone(w.trace[r*n : (r+1)*n])
		o.QALYs[r] = w.rowAcc[r] * e.L * e.dfE[r]
		o.LifeYears[r] = w.rowAcc[R+r] * e.L * e.dfE[r]
	}
	for c, cost := range s.Costs {
		o.Categories[c] = cost.Category
		o.CostByCategory[c] = make([]float64, R)
		for r := range R {
			x := w.rowAcc[(2+c)*R+r] * e.dfC[r]
			o.CostByCategory[c][r] = x
			o.Cost[r] += x
		}
	}
	return o
}

// Run runs every strategy at the base-case parameters ([Model.Base]) and
// returns their outcomes in the order of the strategies. It returns the
// model's validation errors ([Model.Validate]) and an [*Error] for a bad
// matrix or value in any cycle.
func (m *Model) Run() (*Result, error) {
	return m.RunWith(m.Base())
}

// RunWith is [Model.Run] with the parameter vector p, which must have one
// value per parameter position ([ErrLength]).
func (m *Model) RunWith(p []float64) (*Result, error) {
	e, err := newEngine(m)
	if err != nil {
		return nil, err
	}
	if len(p) != e.nParam {
		return nil, fieldErr("", "parameters", fmt.Errorf("%d values for %d positions: %w", len(p), e.nParam, ErrLength))
	}
	w := e.newWork()
	res := &Result{Outcomes: make([]*Outcome, len(m.Strategies))}
	for i := range m.Strategies {
		t, err := e.run(i, p, w, true)
		if err != nil {
			return nil, err
		}
		res.Outcomes[i] = e.outcome(i, t, w)
	}
	return res, nil
}
