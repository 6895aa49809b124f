package outcomes

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

// isErr reports whether err wraps want and its message starts with the
// package prefix exactly once. Every error test of the package checks its
// errors through it.
func isErr(err, want error) bool {
	return errors.Is(err, want) && fault.Prefixed(err.Error(), "outcomes") == nil
}

// TestErrorsPrefixedOnce provokes a representative failure of every
// exported entry point that returns an error and checks that the message
// carries "outcomes: " exactly once and that errors.Is reaches the reason.
// It is one table with a row per entry point, so it runs past a hundred
// lines.
func TestErrorsPrefixedOnce(t *testing.T) {
	gbp := investment.MustGBP
	fyr := investment.MustParseFinancialYear
	traj := Trajectory{Baseline: Point{fyr("2022/23"), 10}, Target: Point{fyr("2025/26"), 20}, Shape: Linear}
	tol := Tolerance{Green: 1, Amber: 2}
	sroi := SROI{Inputs: gbp("100"), Impacts: []Impact{{ID: "a", Quantity: 1, Proxy: gbp("50"), Duration: 2}}}
	unmarshal := func(v any, doc string) func() error {
		return func() error { return json.Unmarshal([]byte(doc), v) }
	}
	cases := []struct {
		name string
		call func() error
		want error
	}{
		{"NewFramework", func() error { _, err := NewFramework("f", []Outcome{{ID: "A"}, {ID: "A"}}, nil, nil); return err }, ErrDuplicateID},
		{"NewFramework priority", func() error {
			_, err := NewFramework("f", nil, nil, []Priority{{ID: "P", Outcomes: []string{"X"}}})
			return err
		}, ErrUnknownID},
		{"NewMeasures", func() error {
			_, err := NewMeasures(nil, []Measure{{Indicator: "I", Area: "A", Value: math.NaN()}})
			return err
		}, ErrNotFinite},
		{"NewTrajectory", func() error {
			_, err := NewTrajectory(Point{fyr("2023/24"), 1}, Point{fyr("2022/23"), 2}, Linear)
			return err
		}, ErrYear},
		{"Trajectory.At", func() error { _, err := traj.At(fyr("2020/21")); return err }, ErrYear},
		{"Trajectory.Path", func() error { bad := traj; bad.Shape = 9; _, err := bad.Path(); return err }, ErrShape},
		{"Trajectory.Assess", func() error { _, err := traj.Assess(HigherIsBetter, Point{fyr("2020/21"), 1}, tol); return err }, ErrYear},
		{"Trajectory.Assess direction", func() error { _, err := traj.Assess(0, Point{fyr("2023/24"), 1}, tol); return err }, ErrDirection},
		{"Trajectory.AssessAll", func() error {
			_, err := traj.AssessAll(LowerIsBetter, []Point{{fyr("2023/24"), 1}, {fyr("2023/24"), math.Inf(1)}}, tol)
			return err
		}, ErrNotFinite},
		{"Trajectory.AssessAll tolerance", func() error {
			_, err := traj.AssessAll(LowerIsBetter, nil, Tolerance{Green: 2, Amber: 1})
			return err
		}, ErrTolerance},
		{"FitTrend", func() error {
			_, err := FitTrend([]Point{{fyr("2022/23"), 1}}, HigherIsBetter, TrendOptions{})
			return err
		}, ErrTooFewPoints},
		{"FitTrend value", func() error {
			_, err := FitTrend([]Point{{fyr("2022/23"), math.NaN()}, {fyr("2023/24"), 1}}, HigherIsBetter, TrendOptions{})
			return err
		}, ErrNotFinite},
		{"Scale.Rate", func() error { _, err := Per1000.Rate(1, 0); return err }, ErrZeroPopulation},
		{"NewLogicModel", func() error {
			_, err := NewLogicModel(nil, []Line{{ID: "l", Cost: gbp("1")}}, []Link{{ID: "k", Line: "m", Target: "NO-1"}})
			return err
		}, ErrUnknownID},
		{"LogicModel.Check", func() error {
			m, err := NewLogicModel(nil, []Line{{ID: "l", Cost: gbp("1")}}, nil)
			if err != nil {
				return err
			}
			return m.Check()
		}, ErrOrphan},
		{"LogicModel.UnitCost", func() error {
			m, err := NewLogicModel(nil, []Line{{ID: "l", Cost: gbp("1")}}, nil)
			if err != nil {
				return err
			}
			_, err = m.UnitCost("l", "NO-1")
			return err
		}, ErrUnknownID},
		{"CostPer", func() error { _, err := CostPer(gbp("1"), 0); return err }, ErrNonPositiveEffect},
		{"QALYs", func() error { _, err := QALYs([]Period{{Utility: 2, Years: 1}}); return err }, ErrRange},
		{"QALYProfile", func() error { _, err := QALYProfile([]Period{{Utility: 0.5, Years: -1}}); return err }, ErrNegative},
		{"DiscountedQALYs", func() error { _, err := DiscountedQALYs([]Period{{Utility: math.NaN(), Years: 1}}, nil); return err }, ErrNotFinite},
		{"ICER", func() error { _, err := ICER(gbp("1"), 0); return err }, ErrZeroEffect},
		{"NMB", func() error { _, err := NMB(gbp("1"), 1, gbp("-1")); return err }, ErrLambda},
		{"NHB", func() error { _, err := NHB(gbp("1"), 1, gbp("0")); return err }, ErrLambda},
		{"Frontier", func() error { _, err := Frontier(nil); return err }, ErrNoAlternatives},
		{"Frontier id", func() error { _, err := Frontier([]Alternative{{ID: "a"}, {ID: "a"}}); return err }, ErrDuplicateID},
		{"Table.Optimal", func() error { _, err := Table{}.Optimal(gbp("1")); return err }, ErrNoAlternatives},
		{"CEAC", func() error {
			_, err := CEAC([]Draws{{ID: "a", Costs: []float64{1}, Effects: []float64{math.NaN()}}}, []investment.Money{gbp("1")})
			return err
		}, ErrNotFinite},
		{"SROI.Value", func() error { s := sroi; s.Inputs = investment.Money{}; _, err := s.Value(); return err }, ErrNoInputs},
		{"SROI.Value impact", func() error {
			s := sroi
			s.Impacts = []Impact{{ID: "a", Quantity: 1, Proxy: gbp("1"), Duration: 1, Attribution: 2}}
			_, err := s.Value()
			return err
		}, ErrShare},
		{"SROI.Sensitivity", func() error { _, err := sroi.Sensitivity(SensitivityOptions{Step: 2}); return err }, ErrRange},
		{"ParseDirection", func() error { _, err := ParseDirection("up"); return err }, ErrDirection},
		{"ParseScale", func() error { _, err := ParseScale("per mille"); return err }, ErrScale},
		{"ParseShape", func() error { _, err := ParseShape("spiral"); return err }, ErrShape},
		{"ParseStatus", func() error { _, err := ParseStatus("purple"); return err }, ErrUnknownName},
		{"ParseBasis", func() error { _, err := ParseBasis("guess"); return err }, ErrUnknownName},
		{"ParseTarget", func() error { _, err := ParseTarget("x"); return err }, ErrUnknownName},
		{"ParseDominance", func() error { _, err := ParseDominance("x"); return err }, ErrUnknownName},
		{"ParseQuadrant", func() error { _, err := ParseQuadrant("x"); return err }, ErrUnknownName},
		{"ParseVerdict", func() error { _, err := ParseVerdict("x"); return err }, ErrUnknownName},
		{"ParseAssumption", func() error { _, err := ParseAssumption("x"); return err }, ErrUnknownName},
		{"ParseReductions", func() error { _, err := ParseReductions("x"); return err }, ErrUnknownName},
		{"Framework JSON field", unmarshal(new(Framework), `{"name":"f","indicators":[{"id":"I","scale":"%","direction":"neither","bassis":"data"}]}`), ErrUnknownField},
		{"Framework JSON name", unmarshal(new(Framework), `{"name":"f","indicators":[{"id":"I","scale":"%","direction":"up"}]}`), ErrDirection},
		{"LogicModel JSON", unmarshal(new(LogicModel), `{"framework":{"name":"f","outcomes":[{"id":""}]}}`), ErrEmptyID},
		{"LogicModel JSON field", unmarshal(new(LogicModel), `{"lines":[{"id":"l","cost":"1","costs":"2"}]}`), ErrUnknownField},
		{"Curve JSON", unmarshal(new(Curve), `{"ids":["a"],"points":[{"lambda":"0","probabilities":[2],"meanNMB":[0]}]}`), ErrShare},
		{"Curve JSON field", unmarshal(new(Curve), `{"ids":["a"],"point":[]}`), ErrUnknownField},
		{"Measures JSON", unmarshal(new(Measures), `[{"indicator":"I","area":"A","year":"2022/23","valu":1}]`), ErrUnknownField},
		{"Trajectory JSON", unmarshal(new(Trajectory), `{"baseline":{"year":"2022/23","value":1},"target":{"year":"2024/25","value":2},"shape":"spiral"}`), ErrShape},
		{"Tolerance JSON", unmarshal(new(Tolerance), `{"green":2,"amber":1}`), ErrTolerance},
		{"SROI JSON rate", unmarshal(new(SROI), `{"inputs":"1","impacts":[],"rate":"x"}`), ErrSyntax},
		{"SROI JSON field", unmarshal(new(SROI), `{"inputs":"1","impacts":[{"id":"a","atribution":0.1}]}`), ErrUnknownField},
		{"Table JSON", unmarshal(new(Table), `{"rows":[{"id":"a","dominance":"dominated?"}]}`), ErrUnknownName},
		{"Draws JSON", unmarshal(new(Draws), `{"id":"a","costs":["1"]}`), ErrSyntax},
	}
	rows := make([]badinput.Case, len(cases))
	for i, c := range cases {
		rows[i] = badinput.Case{Name: c.name, Call: c.call, Want: c.want}
	}
	badinput.Run(t, "outcomes", rows)
}

// TestJSONErrorsNamePath checks that a misspelt or malformed field of a
// document is reported with its path, positions counted from 1.
func TestJSONErrorsNamePath(t *testing.T) {
	cases := []struct {
		v    any
		doc  string
		path string
		want error
	}{
		{new(SROI), `{"inputs":"1","impacts":[{"id":"a"},{"id":"b","proxy":"ten"}]}`, "impacts[2].proxy", nil},
		{new(SROI), `{"inputs":"1","impacts":[{"id":"a"},{"id":"b","atribution":0.1}]}`, "impacts[2].atribution", ErrUnknownField},
		{new(SROI), `{"inputs":"1","impacts":[],"rate":"x"}`, "rate", ErrSyntax},
		{new(Framework), `{"name":"f","indicators":[{"id":"I","scale":"%","direction":"up"}]}`, "indicators[1].direction", ErrDirection},
		{new(LogicModel), `{"framework":{"name":"f","indicators":[{"id":"I","scale":"%","directon":"up"}]}}`, "framework.indicators[1].directon", ErrUnknownField},
		{new(Curve), `{"ids":["a"],"points":[{"lambda":"0","probabilities":[1],"meanNMB":[0],"extra":1}]}`, "points[1].extra", ErrUnknownField},
	}
	for _, c := range cases {
		err := json.Unmarshal([]byte(c.doc), c.v)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != c.path {
			t.Errorf("%s: error %v, want a *FieldError at %s", c.doc, err, c.path)
			continue
		}
		if c.want != nil && !isErr(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.doc, err, c.want)
		}
		if p := fault.Prefixed(err.Error(), "outcomes"); p != nil {
			t.Error(p)
		}
	}
}
