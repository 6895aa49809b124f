package markov

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// isErr reports whether err wraps want and its message starts with the
// package prefix exactly once. The error tests of the package check their
// errors through it.
func isErr(err, want error) bool {
	return errors.Is(err, want) && fault.Prefixed(err.Error(), "markov") == nil
}

// TestErrorsPrefixedOnce provokes a representative failure of every
// exported entry point that returns an error and checks that the message
// carries "markov: " exactly once, that errors.Is reaches the reason and
// that the message says where. It is one table with a row per entry point,
// so it runs past a hundred lines.
func TestErrorsPrefixedOnce(t *testing.T) {
	ctx := context.Background()
	psa, err := sickSicker(Simpson).Simulate(ctx, Simulation{Draws: 20, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	gbp := investment.MustGBP
	lt := MortalityTable{Ages: []int{35, 45}, Female: []float64{0.001, 0.002}, Male: []float64{0.002, 0.004}}
	budget := func(edit func(b *BudgetImpact)) func() error {
		return func() error {
			b := BudgetImpact{Model: budgetModel(1, 2), First: investment.FinancialYear(2025), Entrants: []float64{1, 1},
				Current: [][]float64{{1, 0}, {1, 0}}, New: [][]float64{{0.5, 0.5}, {0, 1}}, Counting: EndOfCycle}
			edit(&b)
			_, err := b.Run()
			return err
		}
	}
	run := func(edit func(m *Model)) func() error {
		return func() error {
			m := hivModel(EndOfCycle)
			edit(m)
			_, err := m.Run()
			return err
		}
	}
	unmarshal := func(v any, doc string) func() error {
		return func() error { return json.Unmarshal([]byte(doc), v) }
	}
	huge := &Result{Outcomes: []*Outcome{{ID: "a", Categories: []string{"drugs", "care"},
		CostByCategory: [][]float64{{1}, {2e15}}, TotalCost: 2e15 + 1}}}
	cases := []struct {
		name  string
		call  func() error
		want  error
		where string // a part of the message that says where
	}{
		{"Model.Validate", func() error { m := hivModel(EndOfCycle); m.Initial[1] = -1; return m.Validate() }, ErrNegative, `state "B" field initial[2]`},
		{"Model.Validate states", func() error { m := hivModel(EndOfCycle); m.States[2] = "A"; return m.Validate() }, ErrNoStates, "field states[3]"},
		{"Model.Validate parameter", func() error {
			m := hivModel(EndOfCycle)
			m.Parameters = []Parameter{{Name: "x"}, {Name: "x"}}
			return m.Validate()
		}, ErrParameter, "field parameters[2].name"},
		{"Model.Validate cost category", func() error {
			m := hivModel(EndOfCycle)
			m.Strategies[1].Costs = append(m.Strategies[1].Costs, m.Strategies[1].Costs[0])
			return m.Validate()
		}, ErrNoStrategies, `category "` + hivModel(EndOfCycle).Strategies[1].Costs[0].Category + `"`},
		{"Model.Run row sum", run(func(m *Model) {
			m.Strategies[0].Transition = Matrix([]float64{0.5, 0.4, 0, 0}, []float64{0, 1, 0, 0}, []float64{0, 0, 1, 0}, []float64{0, 0, 0, 1})
		}), ErrRowSum, `row "A"`},
		{"Model.Run value", run(func(m *Model) { m.Strategies[0].Utility = Fixed(1, 1, math.NaN(), 0) }), ErrNotFinite, `state "C" field utility`},
		{"Model.Run cost", run(func(m *Model) { m.Strategies[0].Costs[0].States = Fixed(0, math.Inf(1), 0, 0) }), ErrNotFinite, `state "B"`},
		{"Model.Run move", run(func(m *Model) {
			m.Strategies[0].Costs[0].Moves = Moves{Func: func(_ int, _ []float64, c []float64) { c[1] = math.NaN() }}
		}), ErrNotFinite, `row "A" column "B"`},
		{"Model.RunWith", func() error { _, err := hivModel(EndOfCycle).RunWith([]float64{1}); return err }, ErrLength, "field parameters"},
		{"Model.Simulate", func() error { _, err := sickSicker(Simpson).Simulate(ctx, Simulation{Draws: -1}); return err }, ErrDraws, "-1 draws"},
		{"Model.Simulate draw", func() error {
			m := hivModel(EndOfCycle)
			m.Strategies[0].Transition = Matrix([]float64{Rest, Rest, 0, 0}, []float64{0, 1, 0, 0}, []float64{0, 0, 1, 0}, []float64{0, 0, 0, 1})
			_, err := m.Simulate(ctx, Simulation{Draws: 3})
			return err
		}, ErrRest, `draw 1 strategy "monotherapy" cycle 1 row "A" column "B"`},
		{"PSA.Curve", func() error { _, err := psa.Curve(QALYs, []investment.Money{gbp("-1")}); return err }, outcomes.ErrLambda, "acceptability curve"},
		{"PSA.Curve effect", func() error { _, err := psa.Curve(Effect(7), nil); return err }, ErrUnknownName, "Effect(7)"},
		{"PSA.NetBenefit", func() error { _, err := psa.NetBenefit(QALYs, gbp("-1")); return err }, ErrNegative, ""},
		{"PSA.EVPI", func() error { _, err := psa.EVPI(LifeYears, gbp("-5")); return err }, ErrNegative, ""},
		{"PSA.EVPPI", func() error { _, err := psa.EVPPI(QALYs, gbp("1000"), "nothing"); return err }, ErrParameter, `"nothing"`},
		{"EVPI", func() error { _, err := EVPI([][]float64{{1, 2}, {3, math.NaN()}}); return err }, ErrNotFinite, "strategy 2 draw 2"},
		{"EVPPI", func() error { _, err := EVPPI([][]float64{{1, 2, 3}}, [][]float64{{1, 2}}); return err }, ErrDraws, "parameter 1"},
		{"Result.Alternatives", func() error { _, err := huge.Alternatives(QALYs); return err }, ErrRange, `strategy "a" category "care"`},
		{"Result.Table", func() error { _, err := huge.Table(QALYs); return err }, ErrRange, `category "care"`},
		{"Result.Table frontier", func() error { _, err := (&Result{}).Table(QALYs); return err }, outcomes.ErrNoAlternatives, "incremental table"},
		{"Result.NMB", func() error {
			r := &Result{Outcomes: []*Outcome{{ID: "a", TotalCost: math.NaN()}}}
			_, err := r.NMB(QALYs, gbp("20000"))
			return err
		}, ErrNotFinite, `strategy "a" field totalCost`},
		{"BudgetImpact.Run entrants", budget(func(b *BudgetImpact) { b.Entrants[1] = -3 }), ErrNegative, "year 2026/27 field entrants[2]"},
		{"BudgetImpact.Run mix", budget(func(b *BudgetImpact) { b.New[1] = []float64{0.5, 0.6} }), ErrShare, "year 2026/27 field new[2]"},
		{"BudgetImpact.Run counting", budget(func(b *BudgetImpact) { b.Counting = Simpson }), ErrCorrection, "field counting"},
		{"BudgetImpact.Run cost", budget(func(b *BudgetImpact) { b.Entrants[0] = 1e16 }), ErrRange, `year 2025/26 category "care" field current`},
		{"BudgetImpact.Run model", budget(func(b *BudgetImpact) { b.Model = nil }), ErrNoStrategies, "field model"},
		{"BudgetImpact.EntrantsFor", func() error {
			b := BudgetImpact{Model: budgetModel(1, 2), Current: [][]float64{{1, 0}}, Counting: StartOfCycle}
			_, err := b.EntrantsFor([]float64{math.NaN()})
			return err
		}, ErrNotFinite, "field eligible[1]"},
		{"Uptake", func() error { _, err := Uptake([]float64{1, 0}, 2, []float64{0.5}, 3); return err }, ErrLength, "strategy 3 of 2"},
		{"Uptake share", func() error { _, err := Uptake([]float64{1, 0}, 1, []float64{0.5, 1.5}, 3); return err }, ErrShare, "year 2"},
		{"BetaFromMeanSD", func() error { _, err := BetaFromMeanSD(1.5, 0.1); return err }, ErrDistribution, "beta"},
		{"GammaFromMeanSD", func() error { _, err := GammaFromMeanSD(-1, 0.1); return err }, ErrDistribution, "gamma"},
		{"MortalityTable.Validate", func() error { bad := lt; bad.Male = []float64{0.1, 1.5}; return bad.Validate() }, ErrProbability, "field male[2]"},
		{"MortalityTable.Q", func() error { _, err := lt.Q(20, Male); return err }, ErrAge, "age 20"},
		{"MortalityTable.Q sex", func() error { _, err := lt.Q(40, Sex(3)); return err }, ErrUnknownName, "Sex(3)"},
		{"ParseCorrection", func() error { _, err := ParseCorrection("trapezium"); return err }, ErrUnknownName, `"trapezium"`},
		{"ParseKind", func() error { _, err := ParseKind("weibull"); return err }, ErrUnknownName, `Kind "weibull"`},
		{"ParseEffect", func() error { _, err := ParseEffect("DALYs"); return err }, ErrUnknownName, `"DALYs"`},
		{"ParseSex", func() error { _, err := ParseSex("all"); return err }, ErrUnknownName, `"all"`},
		{"Correction.MarshalText", func() error { _, err := Correction(0).MarshalText(); return err }, ErrCorrection, "Correction(0)"},
		{"Kind.MarshalText", func() error { _, err := Kind(9).MarshalText(); return err }, ErrUnknownName, "Kind(9)"},
		{"Effect.MarshalText", func() error { _, err := Effect(2).MarshalText(); return err }, ErrUnknownName, "Effect(2)"},
		{"Sex.MarshalText", func() error { _, err := Sex(2).MarshalText(); return err }, ErrUnknownName, "Sex(2)"},
		{"Correction.UnmarshalText", func() error { var c Correction; return c.UnmarshalText([]byte("x")) }, ErrUnknownName, ""},
		{"Kind.UnmarshalText", func() error { var k Kind; return k.UnmarshalText([]byte("x")) }, ErrUnknownName, ""},
		{"Effect.UnmarshalText", func() error { var e Effect; return e.UnmarshalText([]byte("x")) }, ErrUnknownName, ""},
		{"Sex.UnmarshalText", func() error { var s Sex; return s.UnmarshalText([]byte("x")) }, ErrUnknownName, ""},
		{"Result.UnmarshalJSON", unmarshal(&Result{}, `{"outcomes":[{"id":"a","totalcosts":1}]}`), ErrUnknownField, "Result: outcomes[1].totalcosts"},
		{"PSA.UnmarshalJSON", unmarshal(&PSA{}, `{"qalys":[[1,2],[3,"x"]]}`), ErrSyntax, "PSA: qalys[2][2]"},
		{"BudgetTable.UnmarshalJSON", unmarshal(&BudgetTable{}, `{"impact":[["1.00"],["x"]]}`), ErrSyntax, "BudgetTable: impact[2][1]"},
		{"BudgetTable.UnmarshalJSON year", unmarshal(&BudgetTable{}, `{"years":["2025/26","2025/2x"]}`), ErrSyntax, "BudgetTable: years[2]"},
		{"Simulation.UnmarshalJSON", unmarshal(&Simulation{}, `{"effect":"DALYs"}`), ErrUnknownName, `Simulation: effect: Effect "DALYs"`},
		{"Simulation.UnmarshalJSON lambda", unmarshal(&Simulation{}, `{"lambdas":["20000","lots"]}`), ErrSyntax, "Simulation: lambdas[2]"},
		{"Parameter.UnmarshalJSON", unmarshal(&Parameter{}, `{"name":"p","dist":{"kind":"beta","c":1}}`), ErrUnknownField, "Parameter: dist.c"},
		{"MortalityTable.UnmarshalJSON", unmarshal(&MortalityTable{}, `{"ages":[35,45],"female":[0.1,0.2],"male":[0.1,2]}`), ErrProbability, "MortalityTable: male[2]"},
	}
	for _, c := range cases {
		err := c.call()
		if !isErr(err, c.want) {
			t.Errorf("%s: %v, want %v prefixed once", c.name, err, c.want)
			continue
		}
		if !strings.Contains(err.Error(), c.where) {
			t.Errorf("%s: %q does not say %q", c.name, err, c.where)
		}
	}
}
