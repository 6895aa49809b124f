package outcomes_test

import (
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// badInput is one entry of the catalogue (see badinput.Case).
type badInput struct {
	Name string
	Call func() error
	Want error
	As   func(error) bool
}

func TestCatalogue(t *testing.T) {
	inputErr := badinput.Typed[*outcomes.InputError]()
	fieldErr := badinput.Typed[*outcomes.FieldError]()
	nameErr := badinput.Typed[*outcomes.NameError]()
	max, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	m := investment.MustGBP
	frontier := func(alts ...outcomes.Alternative) func() error {
		return func() error { return badinput.ErrOf(outcomes.Frontier(alts)) }
	}
	alt := func(id string, cost string, eff float64) outcomes.Alternative {
		return outcomes.Alternative{ID: id, Cost: m(cost), Effect: eff}
	}
	sroi := func(imp outcomes.Impact) func() error {
		return func() error {
			return badinput.ErrOf(outcomes.SROI{Inputs: m("1000"), Impacts: []outcomes.Impact{imp}}.Value())
		}
	}
	fw := outcomes.National()
	model := func(links ...outcomes.Link) func() error {
		return func() error {
			return badinput.ErrOf(outcomes.NewLogicModel(fw, []outcomes.Line{{ID: "l", Cost: m("100")}}, links))
		}
	}
	link := func(id string, e float64) outcomes.Link {
		return outcomes.Link{ID: id, Line: "l", Target: "NO-1", Effect: outcomes.PointEffect(e), Attribution: 1}
	}
	cases := []badInput{
		// The ICER frontier at the extremes of float64.
		{"Frontier increments beyond float64", frontier(alt("a", "1", -max), alt("b", "2", max)), outcomes.ErrNotFinite, inputErr},
		{"Frontier increments beyond float64 three", frontier(alt("a", "1", -max), alt("b", "2", max/2), alt("c", "3", max)), outcomes.ErrNotFinite, inputErr},
		{"Frontier NaN effect", frontier(alt("a", "1", math.NaN())), outcomes.ErrNotFinite, inputErr},
		{"Frontier infinite effect", frontier(alt("a", "1", 1), alt("b", "1", math.Inf(1))), outcomes.ErrNotFinite, inputErr},
		{"Frontier empty id", frontier(alt("", "1", 1)), outcomes.ErrEmptyID, inputErr},
		{"Frontier duplicate id", frontier(alt("a", "1", 1), alt("a", "2", 2)), outcomes.ErrDuplicateID, inputErr},
		{"Frontier none", frontier(), outcomes.ErrNoAlternatives, nil},
		{"ICER zero effect", func() error { return badinput.ErrOf(outcomes.ICER(m("1"), 0)) }, outcomes.ErrZeroEffect, nil},
		{"ICER NaN effect", func() error { return badinput.ErrOf(outcomes.ICER(m("1"), math.NaN())) }, outcomes.ErrNotFinite, nil},
		{"NMB effect MaxFloat64", func() error { return badinput.ErrOf(outcomes.NMB(m("1"), max, m("20000"))) }, outcomes.ErrRange, nil},
		{"NMB negative lambda", func() error { return badinput.ErrOf(outcomes.NMB(m("1"), 1, m("-1"))) }, outcomes.ErrLambda, nil},
		{"NHB zero lambda", func() error { return badinput.ErrOf(outcomes.NHB(m("1"), 1, m("0"))) }, outcomes.ErrLambda, nil},
		{"NHB -Inf effect", func() error { return badinput.ErrOf(outcomes.NHB(m("1"), math.Inf(-1), m("1"))) }, outcomes.ErrNotFinite, nil},
		{"Optimal negative lambda", func() error { return badinput.ErrOf(outcomes.Table{}.Optimal(m("-1"))) }, outcomes.ErrLambda, nil},
		// QALYs.
		{"QALYs sum beyond float64", func() error {
			return badinput.ErrOf(outcomes.QALYs([]outcomes.Period{{Utility: 1, Years: max}, {Utility: 1, Years: max}}))
		}, outcomes.ErrNotFinite, nil},
		{"QALYs utility 2", func() error { return badinput.ErrOf(outcomes.QALYs([]outcomes.Period{{Utility: 2, Years: 1}})) }, outcomes.ErrRange, inputErr},
		{"QALYs negative years", func() error { return badinput.ErrOf(outcomes.QALYs([]outcomes.Period{{Utility: 1, Years: -tiny}})) }, outcomes.ErrNegative, inputErr},
		{"QALYs NaN utility", func() error {
			return badinput.ErrOf(outcomes.QALYs([]outcomes.Period{{Utility: math.NaN(), Years: 1}}))
		}, outcomes.ErrNotFinite, inputErr},
		{"QALYProfile MaxFloat64 years", func() error { return badinput.ErrOf(outcomes.QALYProfile([]outcomes.Period{{Utility: 1, Years: max}})) }, outcomes.ErrRange, nil},
		{"DiscountedQALYs MaxFloat64 years", func() error {
			return badinput.ErrOf(outcomes.DiscountedQALYs([]outcomes.Period{{Utility: 0.5, Years: max}}, nil))
		}, outcomes.ErrRange, nil},
		// Rates per 100,000.
		{"Rate beyond float64", func() error { return badinput.ErrOf(outcomes.Per100000.Rate(max, 1)) }, outcomes.ErrNotFinite, nil},
		{"Rate over the smallest population", func() error { return badinput.ErrOf(outcomes.Per100000.Rate(1, tiny)) }, outcomes.ErrNotFinite, nil},
		{"Rate percent of MaxFloat64", func() error { return badinput.ErrOf(outcomes.Percent.Rate(max, 0.5)) }, outcomes.ErrNotFinite, nil},
		{"Rate zero population", func() error { return badinput.ErrOf(outcomes.Per1000.Rate(1, 0)) }, outcomes.ErrZeroPopulation, nil},
		{"Rate negative events", func() error { return badinput.ErrOf(outcomes.Per1000.Rate(-1, 10)) }, outcomes.ErrNegative, nil},
		{"Rate NaN", func() error { return badinput.ErrOf(outcomes.Per1000.Rate(math.NaN(), 10)) }, outcomes.ErrNotFinite, nil},
		{"Rate unknown scale", func() error { return badinput.ErrOf(outcomes.Scale(99).Rate(1, 10)) }, outcomes.ErrScale, nil},
		// Logic-model contributions.
		{"LogicModel contributions beyond float64", model(link("a", max), link("b", max)), outcomes.ErrNotFinite, inputErr},
		{"LogicModel opposite extremes", model(link("a", max), link("b", -max)), outcomes.ErrNotFinite, inputErr},
		{"LogicModel NaN effect", model(link("a", math.NaN())), outcomes.ErrNotFinite, inputErr},
		{"LogicModel attribution 1.5", model(outcomes.Link{ID: "a", Line: "l", Target: "NO-1", Attribution: 1.5}), outcomes.ErrShare, inputErr},
		{"LogicModel unknown line", model(outcomes.Link{ID: "a", Line: "x", Target: "NO-1"}), outcomes.ErrUnknownID, inputErr},
		{"LogicModel unknown target", model(outcomes.Link{ID: "a", Line: "l", Target: "NO-10"}), outcomes.ErrUnknownID, inputErr},
		{"LogicModel negative lag", model(outcomes.Link{ID: "a", Line: "l", Target: "NO-1", Lag: math.MinInt}), outcomes.ErrNegative, inputErr},
		{"LogicModel low above central", model(outcomes.Link{ID: "a", Line: "l", Target: "NO-1", Effect: outcomes.Effect{Central: 1, Low: 2, High: 3}}), outcomes.ErrRange, inputErr},
		{"CostPer smallest effect of zero", func() error { return badinput.ErrOf(outcomes.CostPer(m("1"), -tiny)) }, outcomes.ErrNonPositiveEffect, nil},
		{"CostPer Inf", func() error { return badinput.ErrOf(outcomes.CostPer(m("1"), math.Inf(1))) }, outcomes.ErrNotFinite, nil},
		// SROI.
		{"SROI quantity MaxFloat64", sroi(outcomes.Impact{ID: "a", Quantity: max, Proxy: m("1"), Duration: 1}), outcomes.ErrRange, nil},
		{"SROI NaN deadweight", sroi(outcomes.Impact{ID: "a", Quantity: 1, Proxy: m("1"), Duration: 1, Deadweight: math.NaN()}), outcomes.ErrNotFinite, nil},
		{"SROI drop-off above 1", sroi(outcomes.Impact{ID: "a", Quantity: 1, Proxy: m("1"), Duration: 2, DropOff: 1 + 1e-15}), outcomes.ErrShare, nil},
		{"SROI duration huge", sroi(outcomes.Impact{ID: "a", Quantity: 1, Proxy: m("1"), Duration: math.MaxInt}), outcomes.ErrRange, nil},
		{"SROI no impacts", func() error { return badinput.ErrOf(outcomes.SROI{Inputs: m("1")}.Value()) }, outcomes.ErrNoImpacts, nil},
		{"SROI no inputs", func() error { return badinput.ErrOf(outcomes.SROI{}.Value()) }, outcomes.ErrNoInputs, nil},
		// Trajectories and trends at the extremes.
		{"Trajectory at beyond float64", func() error {
			tr, err := outcomes.NewTrajectory(outcomes.Point{Year: 2020, Value: -max}, outcomes.Point{Year: 2025, Value: max}, outcomes.Linear)
			if err != nil {
				return err
			}
			return badinput.ErrOf(tr.At(2022))
		}, outcomes.ErrNotFinite, nil},
		{"Trajectory years reversed", func() error {
			return badinput.ErrOf(outcomes.NewTrajectory(outcomes.Point{Year: 2025, Value: 1}, outcomes.Point{Year: 2020, Value: 2}, outcomes.Linear))
		}, outcomes.ErrYear, nil},
		{"FitTrend beyond float64", func() error {
			return badinput.ErrOf(outcomes.FitTrend([]outcomes.Point{{Year: 2020, Value: -max}, {Year: 2021, Value: max}}, outcomes.HigherIsBetter, outcomes.TrendOptions{}))
		}, outcomes.ErrNotFinite, nil},
		{"FitTrend one point", func() error {
			return badinput.ErrOf(outcomes.FitTrend([]outcomes.Point{{Year: 2020, Value: 1}}, outcomes.HigherIsBetter, outcomes.TrendOptions{}))
		}, outcomes.ErrTooFewPoints, nil},
		{"CEAC no draws", func() error { return badinput.ErrOf(outcomes.CEAC(nil, []investment.Money{m("1")})) }, outcomes.ErrNoAlternatives, nil},
		{"CEAC costs beyond float64", func() error {
			d := []outcomes.Draws{{ID: "a", Costs: []float64{max}, Effects: []float64{max}}, {ID: "b", Costs: []float64{-max}, Effects: []float64{-max}}}
			return badinput.ErrOf(outcomes.CEAC(d, []investment.Money{m("1000")}))
		}, outcomes.ErrNotFinite, nil},
		// Names.
		{"ParseDirection", func() error { return badinput.ErrOf(outcomes.ParseDirection("upwards")) }, outcomes.ErrUnknownName, nameErr},
		{"ParseScale", func() error { return badinput.ErrOf(outcomes.ParseScale("per million")) }, outcomes.ErrUnknownName, nameErr},
		{"ParseShape invalid UTF-8", func() error { return badinput.ErrOf(outcomes.ParseShape("\xff")) }, outcomes.ErrUnknownName, nameErr},
		// JSON documents.
		{"JSON SROI rate word", badinput.Decode[outcomes.SROI](`{"rate":"x"}`), outcomes.ErrSyntax, fieldErr},
		{"JSON SROI rate 3", badinput.Decode[outcomes.SROI](`{"rate":3}`), outcomes.ErrRange, fieldErr},
		{"JSON SROI rate 350%", badinput.Decode[outcomes.SROI](`{"rate":"350%"}`), outcomes.ErrRange, fieldErr},
		{"JSON SROI rate hexadecimal", badinput.Decode[outcomes.SROI](`{"rate":"0x1p-4"}`), outcomes.ErrSyntax, fieldErr},
		{"JSON SROI rate true", badinput.Decode[outcomes.SROI](`{"rate":true}`), outcomes.ErrSyntax, fieldErr},
		{"JSON SROI proxy Unicode garbage", badinput.Decode[outcomes.SROI](`{"impacts":[{"id":"a","proxy":"£–"}]}`), outcomes.ErrSyntax, fieldErr},
		{"JSON SROI unknown field", badinput.Decode[outcomes.SROI](`{"discountRate":0.035}`), outcomes.ErrUnknownField, fieldErr},
		{"JSON table unknown field", badinput.Decode[outcomes.Table](`{"rows":[{"id":"a","icers":1}]}`), outcomes.ErrUnknownField, fieldErr},
		{"JSON tolerance green above amber", badinput.Decode[outcomes.Tolerance](`{"green":2,"amber":1}`), outcomes.ErrTolerance, nil},
		{"JSON trajectory unknown shape", badinput.Decode[outcomes.Trajectory](`{"baseline":{"year":"2022/23","value":1},"target":{"year":"2024/25","value":2},"shape":"zigzag"}`), outcomes.ErrUnknownName, fieldErr},
		{"JSON measures bad year", badinput.Decode[outcomes.Measures](`[{"indicator":"NI-1","area":"S1","year":"2022/24","value":1}]`), outcomes.ErrSyntax, fieldErr},
		{"JSON framework unknown field", badinput.Decode[outcomes.Framework](`{"name":"f","outcome":[]}`), outcomes.ErrUnknownField, fieldErr},
		{"JSON logic model effect string", badinput.Decode[outcomes.LogicModel](`{"lines":[{"id":"l","cost":"1"}],"links":[{"id":"k","line":"l","target":"NO-1","effect":{"central":"big"}}]}`), outcomes.ErrSyntax, fieldErr},
		{"JSON draws unknown field", badinput.Decode[outcomes.Draws](`{"id":"a","cost":[1]}`), outcomes.ErrUnknownField, fieldErr},
	}
	badinput.Run(t, "outcomes", cases)
}
