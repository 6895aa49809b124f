package commissioning

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
	"github.com/shopspring/decimal"
)

// isErr reports whether err wraps want and its message starts with the
// package prefix exactly once. Every error test of the package checks its
// errors through it.
func isErr(err, want error) bool {
	return errors.Is(err, want) && fault.Prefixed(err.Error(), "commissioning") == nil
}

// TestErrorsPrefixedOnce provokes a representative failure of every
// exported entry point that returns an error and checks that the message
// carries "commissioning: " exactly once and that errors.Is reaches the
// reason.
// It is one table with a row per entry point, so it runs past a hundred
// lines.
func TestErrorsPrefixedOnce(t *testing.T) {
	ctx := context.Background()
	a := Appraiser{}
	good := textbookOption()
	normal := Distribution{Kind: Normal, Mean: 1, SD: -1}
	in := Input{Name: "x", Lines: Costs, Low: 2, High: 1}
	unmarshal := func(v any, doc string) func() error {
		return func() error { return json.Unmarshal([]byte(doc), v) }
	}
	cases := []struct {
		name string
		call func() error
		want error
	}{
		{"Option.Validate", func() error { return Option{ID: "a", Requires: []string{"a"}}.Validate() }, ErrSelfDependency},
		{"ValidateOptions", func() error { return ValidateOptions([]Option{{ID: "a"}, {ID: "a"}}) }, ErrDuplicateID},
		{"ValidateOptions bias", func() error {
			return ValidateOptions([]Option{{ID: "a", Bias: OptimismBias{Mitigation: math.NaN()}}})
		}, ErrNotFinite},
		{"Plan.Validate", func() error { return Plan{Period: investment.NewYears(2022, 3)}.Validate() }, ErrLocalities},
		{"Plan.Validate outcome", func() error {
			p := southLanarkshirePlan()
			p.Priorities[0].Outcomes = []string{"NO-10"}
			return p.Validate()
		}, ErrUnknownOutcome},
		{"Cycle.Advance", func() error { c := Cycle{Stage: StageReview}; return c.Advance() }, ErrCycleComplete},
		{"Cycle.Log", func() error { var c Cycle; return c.Log(time.Time{}, "board", "x") }, ErrDecisionOrder},
		{"Cycle.Validate", func() error { return Cycle{Stage: 9}.Validate() }, ErrUnknownStage},
		{"ParseStage", func() error { _, err := ParseStage("Deliver"); return err }, ErrUnknownStage},
		{"ParseCategory", func() error { _, err := ParseCategory("castle"); return err }, ErrUnknownCategory},
		{"ParseKind", func() error { _, err := ParseKind("cauchy"); return err }, ErrUnknownKind},
		{"ParseMeasure", func() error { _, err := ParseMeasure("cost"); return err }, ErrNotApplicable},
		{"ParseDimension", func() error { _, err := ParseDimension("colour"); return err }, ErrUnknownDimension},
		{"ParseVerdict", func() error { _, err := ParseVerdict("maybe"); return err }, ErrUnknownVerdict},
		{"Kind.MarshalText", func() error { _, err := Kind(42).MarshalText(); return err }, ErrUnknownKind},
		{"Lines.MarshalText", func() error { _, err := Lines(64).MarshalText(); return err }, ErrNoLines},
		{"NewNormal", func() error { _, err := NewNormal(0, -1); return err }, ErrParameter},
		{"NewFixed", func() error { _, err := NewFixed(math.NaN()); return err }, ErrNotFinite},
		{"NewPERT", func() error { _, err := NewPERT(1, 0, 2); return err }, ErrParameter},
		{"Distribution.Validate", func() error { return Distribution{Kind: 42}.Validate() }, ErrUnknownKind},
		{"Distribution.Quantile", func() error { _, err := Distribution{Kind: Fixed, Value: 1}.Quantile(2); return err }, ErrPercentile},
		{"DistributionalWeight", func() error { _, err := DistributionalWeight(1, 1, -1); return err }, ErrEta},
		{"Equity.Weights", func() error { _, err := Equity{Reference: 1, Groups: []IncomeGroup{{Name: ""}}}.Weights(); return err }, ErrEmptyID},
		{"Equity.Factor", func() error {
			_, err := Equity{Reference: 1, Groups: []IncomeGroup{{Name: "q1", Income: 1}}}.Factor([]GroupShare{{Group: "q9", Share: 1}})
			return err
		}, ErrUnknownID},
		{"LongList.Validate", func() error { return LongList{BAU: "x"}.Validate() }, ErrNoBAU},
		{"LongList.ShortList", func() error { _, err := longList().ShortList(nil); return err }, ErrUnknownID},
		{"NewShortList", func() error { _, err := NewShortList("bau", Option{ID: "a"}); return err }, ErrNoBAU},
		{"ShortList.Validate", func() error { return ShortList{BAU: "a", Options: []Option{{}}}.Validate() }, ErrEmptyID},
		{"OptimismBounds", func() error { _, err := OptimismBounds(Outsourcing, WorksDuration); return err }, ErrNotApplicable},
		{"OptimismBias.Validate", func() error { return OptimismBias{Mitigation: 2}.Validate() }, ErrMitigation},
		{"OptimismBias.Rate", func() error {
			_, err := OptimismBias{Shares: []Share{{Category: 99, Share: 1}}}.Rate(CapitalCost)
			return err
		}, ErrUnknownCategory},
		{"OptimismBias.Adjust", func() error {
			_, err := OptimismBias{Shares: []Share{{StandardBuildings, 0.5}}}.Adjust(investment.MustGBP("1"), CapitalCost)
			return err
		}, ErrShares},
		{"Appraise", func() error { _, err := a.Appraise(); return err }, ErrNoOptions},
		{"Appraise option", func() error { _, err := a.Appraise(good, Option{}); return err }, ErrEmptyID},
		{"Compare", func() error { _, err := a.Compare(ShortList{BAU: "x", Options: []Option{good}}); return err }, ErrNoBAU},
		{"Tornado", func() error { _, err := a.Tornado(good, in); return err }, ErrLowHigh},
		{"Tornado years", func() error { _, err := a.Tornado(good, Input{Name: "x", Lines: Costs, Years: []int{-1}}); return err }, ErrNegative},
		{"TwoWay", func() error {
			_, err := a.TwoWay(good, Input{Name: "x", Lines: Costs}, Input{Name: "y", Lines: Benefits}, nil, []float64{1})
			return err
		}, ErrGrid},
		{"Simulate", func() error { _, err := a.Simulate(ctx, []Option{good}, Simulation{Draws: -1}); return err }, ErrDraws},
		{"Simulate input", func() error {
			_, err := a.Simulate(ctx, []Option{good}, Simulation{Inputs: []Input{{Name: "x", Lines: Costs, Dist: normal}}})
			return err
		}, ErrParameter},
		{"Simulate correlation", func() error {
			d := Distribution{Kind: Fixed, Value: 1}
			_, err := a.Simulate(ctx, []Option{good}, Simulation{Inputs: []Input{{Name: "x", Lines: Costs, Dist: d}}, Correlation: [][]float64{{2}}})
			return err
		}, ErrCorrelation},
		{"Simulate percentile", func() error {
			_, err := a.Simulate(ctx, []Option{good}, Simulation{Percentiles: []float64{101}})
			return err
		}, ErrPercentile},
		{"Simulate cancelled", func() error {
			c, cancel := context.WithCancel(ctx)
			cancel()
			_, err := a.Simulate(c, []Option{good}, Simulation{Draws: 10})
			return err
		}, context.Canceled},
		{"Select", func() error { _, err := Select(ctx, []Option{good}, investment.Flow{}, Constraints{}); return err }, ErrBudgetGap},
		{"Plan JSON field", unmarshal(new(Plan), `{"title":"t","localities":[{"code":"a","nmae":"A"}]}`), ErrUnknownField},
		{"Option JSON field", unmarshal(new(Option), `{"id":"a","capitol":[]}`), ErrUnknownField},
		{"Option JSON money", unmarshal(new(Option), `{"id":"a","capital":{"amounts":["x"]}}`), ErrSyntax},
		{"Cycle JSON stage", unmarshal(new(Cycle), `{"stage":"Deliver"}`), ErrUnknownStage},
		{"LongList JSON field", unmarshal(new(LongList), `{"bau":"a","candidates":[{"option":"a","filter":[]}]}`), ErrUnknownField},
		{"ShortList JSON option", unmarshal(new(ShortList), `{"bau":"a","options":[{"id":"a","mandatroy":true}]}`), ErrUnknownField},
		{"Simulation JSON field", unmarshal(new(Simulation), `{"seed":1,"drawz":10}`), ErrUnknownField},
		{"SimulationResult JSON curve", unmarshal(new(SimulationResult), `{"draws":1,"seed":0,"options":[],"ceac":{"ids":[],"points":[]}}`), outcomes.ErrNoAlternatives},
		{"SimulationResult JSON money", unmarshal(new(SimulationResult), `{"draws":1,"seed":0,"options":[{"id":"a","mean":"lots"}]}`), ErrSyntax},
		{"Appraisal JSON field", unmarshal(new(Appraisal), `{"id":"a","npv":"1"}`), ErrUnknownField},
		{"Round JSON field", unmarshal(new(Round), `{"inputs":{"nmae":"x"}}`), ErrUnknownField},
		{"Inputs JSON money", unmarshal(new(Inputs), `{"actuals":{"spend":[{"line":"a","amount":"lots"}]}}`), ErrSyntax},
		{"Inputs.Analyse", func() error { _, err := (&Inputs{}).Analyse(ctx); return err }, ErrNoPopulation},
		{"Inputs.Plan", func() error { _, err := (&Inputs{}).Plan(ctx, nil); return err }, ErrNoAssessment},
		{"Inputs.Do", func() error { _, err := (&Inputs{}).Do(nil, nil); return err }, ErrNoStrategy},
		{"Inputs.Review", func() error { _, err := (&Inputs{}).Review(nil, nil); return err }, ErrNoCommitments},
		{"Run", func() error { _, err := Run(ctx, Inputs{}); return err }, ErrNoPopulation},
		{"Next", func() error { _, err := Next(&Round{}); return err }, ErrNoCommitments},
		{"ScaleStream", func() error { return ScaleStream("x", decimal.NewFromInt(1))(&Inputs{}) }, ErrNoFinance},
		{"ScaleOptionCosts", func() error { return ScaleOptionCosts("x", Costs, decimal.NewFromInt(1))(&Inputs{}) }, ErrUnknownID},
		{"ScaleCondition", func() error { return ScaleCondition("x", 2)(&Inputs{}) }, ErrUnknownName},
		{"RankBy text", func() error { var b RankBy; return b.UnmarshalText([]byte("best")) }, ErrUnknownName},
		{"CommitmentKind text", func() error { var k CommitmentKind; return k.UnmarshalText([]byte("grant")) }, ErrUnknownName},
		{"AllocationBasis text", func() error { var k AllocationBasis; return k.UnmarshalText([]byte("need")) }, ErrUnknownName},
	}
	rows := make([]badinput.Case, len(cases))
	for i, c := range cases {
		rows[i] = badinput.Case{Name: c.name, Call: c.call, Want: c.want}
	}
	badinput.Run(t, "commissioning", rows)
}

// TestJSONErrorsNamePath checks that a misspelt or malformed field of a
// document is a *FieldError with its path, positions counted from 1.
func TestJSONErrorsNamePath(t *testing.T) {
	cases := []struct {
		v    any
		doc  string
		path string
	}{
		{new(Plan), `{"title":"t","localities":[{"code":"a"},{"code":"b","nmae":"B"}]}`, "localities[2].nmae"},
		{new(ShortList), `{"bau":"a","options":[{"id":"a"},{"id":"b","bias":{"mitigaton":0.5}}]}`, "options[2].bias.mitigaton"},
		{new(Cycle), `{"stage":"Plan","decisions":[{"date":"2022-03-21T00:00:00Z","stage":"Deliver","summary":"x"}]}`, "decisions[1].stage"},
		{new(SimulationResult), `{"draws":1,"seed":0,"options":[{"id":"a","percentiles":[{"p":5,"npsv":"x"}]}]}`, "options[1].percentiles[1].npsv"},
		{new(Simulation), `{"inputs":[{"name":"x","lines":"capital","dist":{"kind":"normal","sd":"1"}}]}`, "inputs[1].dist.sd"},
	}
	for _, c := range cases {
		err := json.Unmarshal([]byte(c.doc), c.v)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.path {
			t.Errorf("%s: error %v, want a *FieldError at %s", c.doc, err, c.path)
			continue
		}
		if p := fault.Prefixed(err.Error(), "commissioning"); p != nil {
			t.Error(p)
		}
	}
}
