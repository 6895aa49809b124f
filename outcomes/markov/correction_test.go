package markov

import (
	"errors"
	"testing"
)

// twoState is Alive/Dead with death probability ½ a cycle: the trace of
// Alive is 1, ½, ¼, … . Being alive is worth v(k) in cycle k.
func twoState(corr Correction, cycles int, rate string, v func(k int) float64) *Model {
	return &Model{
		States: []string{"Alive", "Dead"}, Dead: []string{"Dead"},
		Initial: []float64{1, 0}, Cycles: cycles, Correction: corr,
		CostSchedule: constant(rate), EffectSchedule: constant("0"),
		Strategies: []Strategy{{
			ID:         "only",
			Transition: Matrix([]float64{0.5, 0.5}, []float64{0, 1}),
			Costs: []Cost{{Category: "care", States: ByCycle(func(k int, x []float64) { x[0] = v(k) }),
				Moves: Moves{Func: func(_ int, _ []float64, c []float64) { c[1] = 100 }}}},
		}},
	}
}

func one(int) float64 { return 1 }

// TestCorrectionsByHand checks each within-cycle correction on the
// two-state model against sums worked by hand, with the move cost of 100
// on each death kept apart.
func TestCorrectionsByHand(t *testing.T) {
	rising := func(k int) float64 { return float64(k) }
	cases := []struct {
		name   string
		corr   Correction
		cycles int
		rate   string
		v      func(int) float64
		want   float64 // state costs only
		moves  float64
	}{
		{"start", StartOfCycle, 2, "0", one, 1 + 0.5, 75},
		{"end", EndOfCycle, 2, "0", one, 0.5 + 0.25, 75},
		{"half-cycle", HalfCycle, 2, "0", one, 0.5 + 0.5 + 0.125, 75},
		{"life table", LifeTable, 2, "0", one, 0.75 + 0.375, 75},
		// Cycle-varying values: the life table applies v(2) = 2 to both ends
		// of cycle 2; the half-cycle rows take cycle max(t, 1).
		{"life table varying", LifeTable, 2, "0", rising, 0.75*1 + 0.375*2, 75},
		{"half-cycle varying", HalfCycle, 2, "0", rising, 0.5 + 0.5 + 0.125*2, 75},
		{"Simpson even", Simpson, 2, "0", one, (1 + 4*0.5 + 0.25) / 3, 75},
		{"Simpson three", Simpson, 3, "0", one, 3.0 / 8 * (1 + 3*0.5 + 3*0.25 + 0.125), 87.5},
		{"Simpson five", Simpson, 5, "0", one, (1+4*0.5+0.25)/3 + 3.0/8*(0.25+3*0.125+3*0.0625+0.03125), 96.875},
		{"Simpson one", Simpson, 1, "0", one, 0.75, 50},
		// 10% a year: row t is discounted by 1.1^−t.
		{"start discounted", StartOfCycle, 2, "0.1", one, 1 + 0.5/1.1, 50/1.1 + 25/1.21},
		{"end discounted", EndOfCycle, 2, "0.1", one, 0.5/1.1 + 0.25/1.21, 50/1.1 + 25/1.21},
		{"life table discounted", LifeTable, 2, "0.1", one, 0.5*(1+0.5/1.1) + 0.5*(0.5/1.1+0.25/1.21), 50/1.1 + 25/1.21},
	}
	for _, c := range cases {
		res, err := twoState(c.corr, c.cycles, c.rate, c.v).Run()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		o := res.Outcomes[0]
		near(t, c.name, o.TotalCost, c.want+c.moves, 1e-12)
		states := 0.0
		for _, x := range o.CostByCategory[0] {
			states += x
		}
		near(t, c.name+" by row", states, c.want+c.moves, 1e-12)
	}
	w := []float64{0.2, 0.3, 0.4}
	m := twoState(RowWeights, 2, "0", one)
	m.Weights = w
	res, err := m.Run()
	if err != nil {
		t.Fatal(err)
	}
	near(t, "row weights", res.Outcomes[0].TotalCost, 0.2+0.3*0.5+0.4*0.25+75, 1e-12)
	near(t, "life-years end", mustRun(t, twoState(EndOfCycle, 2, "0", one)).TotalLifeYears, 0.75, 1e-15)
}

func mustRun(t *testing.T, m *Model) *Outcome {
	t.Helper()
	r, err := m.Run()
	if err != nil {
		t.Fatal(err)
	}
	return r.Outcomes[0]
}

func TestSimpsonWeightsSum(t *testing.T) {
	for T := 1; T < 40; T++ {
		s := 0.0
		for _, w := range SimpsonWeights(T) {
			s += w
		}
		near(t, "sum", s, float64(T), 1e-12)
	}
}

// TestValidation checks the typed errors for bad models.
func TestValidation(t *testing.T) {
	bad := func(name string, edit func(m *Model), want error) {
		t.Helper()
		m := hivModel(EndOfCycle)
		edit(m)
		_, err := m.Run()
		if !isErr(err, want) {
			t.Errorf("%s: got %v, want %v once prefixed", name, err, want)
		}
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Errorf("%s: %v is not an *Error", name, err)
		}
	}
	rows := func(r ...[]float64) func(m *Model) {
		return func(m *Model) { m.Strategies[0].Transition = Matrix(r...) }
	}
	id := []float64{0, 0, 0, 1}
	bad("row sum", rows([]float64{0.5, 0.4, 0, 0}, id, id, id), ErrRowSum)
	bad("row sum within 1e-9 passes not", rows([]float64{0.5, 0.5 + 2e-9, 0, 0}, id, id, id), ErrRowSum)
	bad("probability", rows([]float64{1.2, -0.2, 0, 0}, id, id, id), ErrProbability)
	bad("two rests", rows([]float64{Rest, Rest, 0, 0}, id, id, id), ErrRest)
	bad("negative rest", rows([]float64{Rest, 0.7, 0.7, 0}, id, id, id), ErrRowSum)
	bad("states", func(m *Model) { m.Strategies[1].States = []string{"A", "B", "D", "C"} }, ErrStates)
	bad("negative count", func(m *Model) { m.Initial[1] = -1 }, ErrNegative)
	bad("initial length", func(m *Model) { m.Initial = m.Initial[:3] }, ErrLength)
	bad("no correction", func(m *Model) { m.Correction = 0 }, ErrCorrection)
	bad("cycles", func(m *Model) { m.Cycles = 0 }, ErrCycles)
	bad("duplicate strategy", func(m *Model) { m.Strategies[1].ID = "monotherapy" }, ErrNoStrategies)
	bad("NaN cost", func(m *Model) { m.Strategies[0].Costs[0].States = Fixed(0, 0, 0, nanF()) }, ErrNotFinite)
	bad("duplicate state", func(m *Model) { m.States[1] = "A" }, ErrNoStates)
	bad("weights without RowWeights", func(m *Model) { m.Weights = []float64{1} }, ErrCorrection)
	bad("bad distribution", func(m *Model) {
		m.Parameters = []Parameter{{Name: "x", Dist: Distribution{Kind: Beta, A: -1, B: 1}}}
	}, ErrDistribution)
	// A row summing to 1 within 1e-9 is accepted.
	m := hivModel(EndOfCycle)
	m.Strategies[0].Transition = Matrix([]float64{0.5, 0.5 + 5e-10, 0, 0}, id, id, id)
	if _, err := m.Run(); err != nil {
		t.Errorf("row within 1e-9: %v", err)
	}
	// The error says where.
	m = hivModel(EndOfCycle)
	m.Strategies[1].Transition = func(k int, _ []float64, P []float64) {
		copy(P, []float64{Rest, 0.1, 0, 0, 0, Rest, 0, 0, 0, 0, Rest, 0, 0, 0, 0, 1})
		if k == 3 {
			P[6] = 1.5
		}
	}
	m.Strategies[1].CycleVarying = true
	_, err := m.Run()
	if err == nil || err.Error() != `markov: strategy "combination" cycle 3 row "B" column "C": 1.5: probability outside [0, 1]` {
		t.Errorf("error text %v", err)
	}
}

func nanF() float64 { z := 0.0; return z / z }

func TestOverflow(t *testing.T) {
	m := twoState(StartOfCycle, 2, "0", func(int) float64 { return 1e300 })
	m.Initial = []float64{1e300, 0}
	if _, err := m.Run(); !isErr(err, ErrNotFinite) {
		t.Errorf("overflow: %v", err)
	}
}
