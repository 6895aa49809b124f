package markov

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/investment"
)

// BudgetImpact is a budget impact analysis with open cohorts (Sullivan et
// al. 2014, "Budget Impact Analysis—Principles of Good Practice: Report of
// the ISPOR 2012 Budget Impact Analysis Good Practice II Task Force", Value
// in Health 17:5–14): people enter the eligible population year by year,
// each year's entrants are run through the model from their entry year,
// and the costs of the current mix of strategies are set against those of
// a new mix in which a new strategy's uptake grows.
//
// The model must have annual cycles. Each year's entrants start in the
// model's initial distribution (scaled to the number of entrants), take
// the mix of their entry year and keep their strategy; cycle k of the
// cohort that enters in year y falls in year y + k − 1. Costs are
// undiscounted, as a budget is; cycles beyond the model's horizon cost
// nothing.
type BudgetImpact struct {
	Model *Model
	// First is the first financial year, in which the first entrants
	// arrive and the first cycle is paid for.
	First investment.FinancialYear
	// Entrants[y] is the number of people entering in year y: in year 0
	// the eligible population at the start (prevalent and new cases),
	// later the newly eligible — for example incident cases from a needs
	// projection, or a given series. Its length is the number of years.
	Entrants []float64
	// Current and New are each year's mix: Current[y][s] is the share of
	// year y's entrants who take strategy s (in the model's order) without
	// the new strategy, New[y][s] with it. See [Uptake].
	Current, New [][]float64
	// Counting is how a cycle's cost is counted: [StartOfCycle] (people
	// alive at the start of the year are paid for a whole year),
	// [EndOfCycle] or [LifeTable] (the mean of the start and the end). It
	// must be named ([ErrCorrection]).
	Counting Correction
}

// BudgetTable is the result of a budget impact analysis: costs by
// financial year and category in each scenario and their difference. Each
// scenario's cells are rounded to the penny so that they add up exactly to
// its rounded total ([investment.RoundToTotal]); the impact is New − Current
// cell by cell, so every row, column and total adds up exactly.
type BudgetTable struct {
	Years      []investment.FinancialYear `json:"years"`
	Categories []string                   `json:"categories"`
	// Current, New and Impact are [year][category].
	Current [][]investment.Money `json:"current"`
	New     [][]investment.Money `json:"new"`
	Impact  [][]investment.Money `json:"impact"`
	// Treated[y][s] is the number of people on strategy s alive (not in a
	// dead state) at the start of year y under the new mix.
	Treated [][]float64 `json:"treated"`
}

// YearTotal returns the total of year index y in a scenario's table.
func YearTotal(cells [][]investment.Money, y int) investment.Money {
	return investment.Sum(cells[y]...)
}

// Total returns the total of a scenario's table.
func Total(cells [][]investment.Money) investment.Money {
	var t investment.Money
	for _, r := range cells {
		t = t.Add(investment.Sum(r...))
	}
	return t
}

// Uptake returns a mix for each of years years in which strategy s takes
// share[y] of the entrants of year y (the last share holding after the
// series ends) and the others keep their shares of base in proportion;
// s is the strategy's index in base (zero-based, as the model's
// strategies are indexed). It returns an error wrapping [ErrShare] for
// shares outside [0, 1] or a base that does not sum to 1, and [ErrLength]
// for a strategy out of range. Its messages count strategies and years
// from 1.
func Uptake(base []float64, s int, share []float64, years int) ([][]float64, error) {
	if s < 0 || s >= len(base) || len(share) == 0 || years < 1 {
		return nil, fmt.Errorf("markov: uptake of strategy %d of %d, %d shares over %d years: %w", s+1, len(base), len(share), years, ErrLength)
	}
	if err := checkShares(base); err != nil {
		return nil, fmt.Errorf("markov: uptake base: %w", err)
	}
	rest := 1 - base[s]
	out := make([][]float64, years)
	for y := range out {
		u := share[min(y, len(share)-1)]
		if !(u >= 0 && u <= 1) {
			return nil, fmt.Errorf("markov: uptake in year %d: share %v: %w", y+1, u, ErrShare)
		}
		row := make([]float64, len(base))
		for i, b := range base {
			switch {
			case i == s:
				row[i] = u
			case rest > 0:
				row[i] = b / rest * (1 - u)
			}
		}
		if rest == 0 && u < 1 {
			return nil, fmt.Errorf("markov: uptake in year %d: the base leaves no other strategy to take %v from: %w", y+1, 1-u, ErrShare)
		}
		out[y] = row
	}
	return out, nil
}

func checkShares(row []float64) error {
	sum := 0.0
	for _, x := range row {
		if !(x >= 0 && x <= 1) {
			return fmt.Errorf("share %v: %w", x, ErrShare)
		}
		sum += x
	}
	if math.Abs(sum-1) > 1e-9 {
		return fmt.Errorf("the shares sum to %v: %w", sum, ErrShare)
	}
	return nil
}

func (b *BudgetImpact) validate() (*engine, error) {
	if b.Model == nil {
		return nil, fieldErr("", "model", fmt.Errorf("no model: %w", ErrNoStrategies))
	}
	e, err := newEngine(b.Model)
	if err != nil {
		return nil, err
	}
	if e.L != 1 {
		return nil, fieldErr("", "model.cycleLength", fmt.Errorf("budget impact needs annual cycles, not %v years: %w", e.L, ErrCycles))
	}
	switch b.Counting {
	case StartOfCycle, EndOfCycle, LifeTable:
	default:
		return nil, fieldErr("", "counting", fmt.Errorf("%v; use start of cycle, end of cycle or life table: %w", b.Counting, ErrCorrection))
	}
	ny, ns := len(b.Entrants), len(b.Model.Strategies)
	if ny == 0 {
		return nil, fieldErr("", "entrants", fmt.Errorf("no years: %w", ErrLength))
	}
	for y, x := range b.Entrants {
		if !finite(x) {
			return nil, &Error{Year: b.First.Add(y), Field: at("entrants", y), Err: ErrNotFinite}
		}
		if x < 0 {
			return nil, &Error{Year: b.First.Add(y), Field: at("entrants", y), Err: fmt.Errorf("%v entrants: %w", x, ErrNegative)}
		}
	}
	for _, mix := range []struct {
		name string
		m    [][]float64
	}{{"current", b.Current}, {"new", b.New}} {
		if len(mix.m) != ny {
			return nil, fieldErr("", mix.name, fmt.Errorf("%d years of shares for %d years of entrants: %w", len(mix.m), ny, ErrLength))
		}
		for y, row := range mix.m {
			f := at(mix.name, y)
			if len(row) != ns {
				return nil, &Error{Year: b.First.Add(y), Field: f, Err: fmt.Errorf("%d shares for %d strategies: %w", len(row), ns, ErrLength)}
			}
			if err := checkShares(row); err != nil {
				return nil, &Error{Year: b.First.Add(y), Field: f, Err: err}
			}
		}
	}
	return e, nil
}

// cycleCosts returns strategy si's undiscounted cost per person in each
// cycle, [category][k−1], counted as c says, with the people alive at the
// start of each cycle.
func (e *engine) cycleCosts(si int, p []float64, w *work, c Correction) ([][]float64, []float64, error) {
	s := &e.m.Strategies[si]
	R, n := e.T+1, e.n
	w.clearRows((2 + len(s.Costs)) * R)
	init := slices.Clone(e.m.Initial)
	total := 0.0
	for _, x := range init {
		total += x
	}
	if err := e.trace(si, p, w); err != nil {
		return nil, nil, err
	}
	// Per person: the trace and the move costs scale with the cohort.
	out := make([][]float64, len(s.Costs))
	alive := make([]float64, e.T)
	for k := 1; k <= e.T; k++ {
		for i, x := range w.trace[(k-1)*n : k*n] {
			alive[k-1] += x * e.ly[i] / total
		}
	}
	for ci, cost := range s.Costs {
		out[ci] = make([]float64, e.T)
		for k := 1; k <= e.T; k++ {
			out[ci][k-1] = w.rowAcc[(2+ci)*R+k] / total
		}
		if cost.States.Func == nil {
			continue
		}
		for k := 1; k <= e.T; k++ {
			if k == 1 || cost.States.Varying {
				if err := e.values(s.ID, valueSet{vs: cost.States, category: cost.Category}, k, p, w.v); err != nil {
					return nil, nil, err
				}
			}
			dot := func(row int) float64 {
				d := 0.0
				for i, x := range w.trace[row*n : (row+1)*n] {
					d += x * w.v[i]
				}
				return d
			}
			var v float64
			switch c {
			case StartOfCycle:
				v = dot(k - 1)
			case EndOfCycle:
				v = dot(k)
			default:
				v = 0.5 * (dot(k-1) + dot(k))
			}
			out[ci][k-1] += v / total
		}
	}
	return out, alive, nil
}

// Run computes the budget impact table at the model's base case. It
// returns the model's errors, an [*Error] naming the field for bad
// entrants, mixes or counting, and an error wrapping
// [investment.ErrRange] for costs too large for money.
func (b *BudgetImpact) Run() (*BudgetTable, error) {
	e, err := b.validate()
	if err != nil {
		return nil, err
	}
	ny, ns := len(b.Entrants), len(b.Model.Strategies)
	p := b.Model.Base()
	w := e.newWork()
	tab := &BudgetTable{Years: make([]investment.FinancialYear, ny), Treated: make([][]float64, ny)}
	catIndex := map[string]int{}
	perCycle := make([][][]float64, ns) // [strategy][category][cycle]
	catOf := make([][]int, ns)
	alive := make([][]float64, ns)
	for s := range ns {
		if perCycle[s], alive[s], err = e.cycleCosts(s, p, w, b.Counting); err != nil {
			return nil, err
		}
		for _, c := range b.Model.Strategies[s].Costs {
			if _, ok := catIndex[c.Category]; !ok {
				catIndex[c.Category] = len(tab.Categories)
				tab.Categories = append(tab.Categories, c.Category)
			}
			catOf[s] = append(catOf[s], catIndex[c.Category])
		}
	}
	nc := len(tab.Categories)
	grid := func(mix [][]float64, treated [][]float64) []float64 {
		g := make([]float64, ny*nc)
		for y0, n := range b.Entrants {
			for s := range ns {
				people := n * mix[y0][s]
				if people == 0 {
					continue
				}
				for k := 0; k < e.T && y0+k < ny; k++ {
					if treated != nil {
						treated[y0+k][s] += people * alive[s][k]
					}
					for ci, c := range catOf[s] {
						g[(y0+k)*nc+c] += people * perCycle[s][ci][k]
					}
				}
			}
		}
		return g
	}
	for y := range ny {
		tab.Years[y] = b.First.Add(y)
		tab.Treated[y] = make([]float64, ns)
	}
	if tab.Current, err = tab.moneyGrid("current", grid(b.Current, nil)); err != nil {
		return nil, err
	}
	if tab.New, err = tab.moneyGrid("new", grid(b.New, tab.Treated)); err != nil {
		return nil, err
	}
	tab.Impact = make([][]investment.Money, ny)
	for y := range ny {
		tab.Impact[y] = make([]investment.Money, nc)
		for c := range nc {
			tab.Impact[y][c] = tab.New[y][c].Sub(tab.Current[y][c])
		}
	}
	return tab, nil
}

// moneyGrid turns the float64 pounds of a scenario's cells, [year][category]
// flattened, into money rounded to the penny so that the cells add up to
// the rounded exact total. A cost that is not finite or too large for
// money is an [*Error] naming the scenario, the year and the category.
func (t *BudgetTable) moneyGrid(scenario string, g []float64) ([][]investment.Money, error) {
	ny, nc := len(t.Years), len(t.Categories)
	exact := make([]investment.Money, len(g))
	for i, x := range g {
		m, err := money(x)
		if err != nil {
			return nil, &Error{Year: t.Years[i/nc], Category: t.Categories[i%nc], Field: scenario, Err: err}
		}
		exact[i] = m
	}
	r := investment.RoundToTotal(investment.Penny, exact...)
	out := make([][]investment.Money, ny)
	for y := range ny {
		out[y] = r[y*nc : (y+1)*nc]
	}
	return out, nil
}

// EntrantsFor returns the entrants that keep the eligible population at
// eligible[y] at the start of each year y, given who is still alive from
// earlier entrants under the Current mix: eligible[0] in the first year,
// then each year the eligible population less the survivors of earlier
// entrants (never below zero). Use it when a needs projection gives the
// size of the eligible population rather than its new cases. Current must
// be set for len(eligible) years; Entrants and New are not read.
func (b *BudgetImpact) EntrantsFor(eligible []float64) ([]float64, error) {
	probe := *b
	probe.Entrants = eligible
	probe.New = b.Current
	e, err := probe.validate()
	if err != nil {
		var me *Error
		if errors.As(err, &me) && strings.HasPrefix(me.Field, "entrants") {
			me.Field = "eligible" + me.Field[len("entrants"):]
		}
		return nil, err
	}
	p := b.Model.Base()
	w := e.newWork()
	ns := len(b.Model.Strategies)
	alive := make([][]float64, ns)
	for s := range ns {
		if _, alive[s], err = e.cycleCosts(s, p, w, StartOfCycle); err != nil {
			return nil, err
		}
	}
	out := make([]float64, len(eligible))
	for y, target := range eligible {
		still := 0.0
		for y0 := range y {
			for s := range ns {
				if k := y - y0; k < e.T {
					still += out[y0] * b.Current[y0][s] * alive[s][k]
				}
			}
		}
		out[y] = max(0, target-still)
	}
	return out, nil
}
