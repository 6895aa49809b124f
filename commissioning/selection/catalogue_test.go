package selection_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/commissioning/selection"
	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

// badInput is one entry of the catalogue (see badinput.Case).
type badInput struct {
	Name string
	Call func() error
	Want error
	As   func(error) bool
}

func TestCatalogue(t *testing.T) {
	itemErr := badinput.Typed[*selection.ItemError]()
	fieldErr := badinput.Typed[*selection.FieldError]()
	max, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	flow := func(pounds ...string) investment.Flow {
		ms := make([]investment.Money, len(pounds))
		for i, p := range pounds {
			ms[i] = investment.MustGBP(p)
		}
		return investment.NewFlow(ms...).Anchor(2024)
	}
	item := func(id string, benefit float64, cost string) selection.Item {
		return selection.Item{ID: id, Benefit: benefit, Costs: flow(cost)}
	}
	sel := func(items ...selection.Item) func() error {
		return func() error {
			return badinput.ErrOf(selection.Select(context.Background(), selection.Problem{Budget: flow("100"), Items: items}, nil))
		}
	}
	frontier := func(levels ...float64) func() error {
		return func() error {
			p := selection.Problem{Budget: flow("100"), Items: []selection.Item{item("a", 1, "10")}}
			return badinput.ErrOf(selection.Frontier(context.Background(), p, levels, nil))
		}
	}
	portfolio := func(doc string) func() error {
		return func() error {
			pf, err := selection.ReadPortfolio(strings.NewReader(doc))
			if err != nil {
				return err
			}
			return badinput.ErrOf(pf.Problem(2024))
		}
	}
	cases := []badInput{
		// Benefits at the extremes of float64.
		{"benefits add up beyond float64", sel(item("a", max, "10"), item("b", max, "10")), selection.ErrNotFinite, itemErr},
		{"one benefit MaxFloat64", sel(item("a", max, "10")), selection.ErrNotFinite, itemErr},
		{"benefits of opposite signs beyond the bound", sel(item("a", 1e150, "10"), item("b", -1e150, "10")), selection.ErrNotFinite, itemErr},
		{"NaN benefit", sel(item("a", math.NaN(), "10")), selection.ErrNotFinite, itemErr},
		{"-Inf benefit", sel(item("a", math.Inf(-1), "10")), selection.ErrNotFinite, itemErr},
		{"WeightedBenefit beyond float64", func() error { return badinput.ErrOf(selection.WeightedBenefit([]float64{2, 2}, []float64{max, max})) }, selection.ErrNotFinite, nil},
		{"WeightedBenefit MaxFloat64 weight", func() error { return badinput.ErrOf(selection.WeightedBenefit([]float64{max}, []float64{max})) }, selection.ErrNotFinite, nil},
		{"WeightedBenefit negative weight", func() error { return badinput.ErrOf(selection.WeightedBenefit([]float64{-tiny}, []float64{1})) }, selection.ErrBadWeights, nil},
		{"WeightedBenefit lengths", func() error { return badinput.ErrOf(selection.WeightedBenefit([]float64{1}, nil)) }, selection.ErrBadWeights, nil},
		{"WeightedBenefit NaN score", func() error { return badinput.ErrOf(selection.WeightedBenefit([]float64{1}, []float64{math.NaN()})) }, selection.ErrNotFinite, nil},
		{"WeightedBenefit zero weights", func() error { return badinput.ErrOf(selection.WeightedBenefit([]float64{0}, []float64{1})) }, selection.ErrBadWeights, nil},
		// Items and budgets.
		{"empty id", sel(item("", 1, "10")), selection.ErrEmptyID, itemErr},
		{"duplicate id", sel(item("a", 1, "10"), item("a", 2, "10")), selection.ErrDuplicateID, itemErr},
		{"negative cost", sel(item("a", 1, "-10")), selection.ErrNegative, itemErr},
		{"fraction of a penny", sel(item("a", 1, "0.001")), selection.ErrNotWholePence, itemErr},
		{"unknown requirement", sel(selection.Item{ID: "a", Benefit: 1, Costs: flow("1"), Requires: []string{"z"}}), selection.ErrUnknownID, itemErr},
		{"unknown stream", sel(selection.Item{ID: "a", Benefit: 1, Costs: flow("1"), Stream: "s"}), selection.ErrUnknownID, itemErr},
		{"unanchored costs", sel(selection.Item{ID: "a", Benefit: 1, Costs: investment.NewFlow(investment.MustGBP("1"))}), selection.ErrNotAnchored, itemErr},
		{"cycle", sel(selection.Item{ID: "a", Costs: flow("1"), Requires: []string{"b"}}, selection.Item{ID: "b", Costs: flow("1"), Requires: []string{"a"}}), selection.ErrCyclicDependency, nil},
		{"mandatory over budget", sel(selection.Item{ID: "a", Costs: flow("1000"), Mandatory: true}), selection.ErrInfeasible, nil},
		{"no budget years", func() error { return badinput.ErrOf(selection.Select(context.Background(), selection.Problem{}, nil)) }, selection.ErrNoYears, nil},
		{"Frontier NaN level", frontier(math.NaN()), selection.ErrBadLevel, nil},
		{"Frontier MaxFloat64 level", frontier(max), selection.ErrRange, nil},
		{"Frontier negative level", frontier(-1), selection.ErrBadLevel, nil},
		// Portfolios and JSON documents.
		{"portfolio unknown field", portfolio(`{"option":[]}`), selection.ErrUnknownField, fieldErr},
		{"portfolio cost word", portfolio(`{"options":[{"id":"a","costs":["ten"]}]}`), fault.ErrSyntax, fieldErr},
		{"portfolio no budgets", portfolio(`{"options":[{"id":"a","costs":[1],"benefit":1}]}`), selection.ErrNoYears, fieldErr},
		{"portfolio cost beyond MaxAmount", portfolio(`{"years":1,"budgets":[100],"options":[{"id":"a","costs":[9223372036854775807],"benefit":1}]}`), selection.ErrRange, fieldErr},
		{"portfolio costs length", portfolio(`{"years":1,"budgets":[100],"options":[{"id":"a","costs":[1,2],"benefit":1}]}`), selection.ErrCostsLength, fieldErr},
		{"JSON problem unknown field", badinput.Decode[selection.Problem](`{"budgets":{}}`), selection.ErrUnknownField, fieldErr},
		{"JSON problem benefit word", badinput.Decode[selection.Problem](`{"items":[{"id":"a","benefit":"lots"}]}`), fault.ErrSyntax, fieldErr},
		{"JSON problem cost word", badinput.Decode[selection.Problem](`{"items":[{"id":"a","costs":{"first":"2024/25","amounts":["x"]}}]}`), fault.ErrSyntax, fieldErr},
		{"JSON problem bad year", badinput.Decode[selection.Problem](`{"budget":{"first":"2024/26","amounts":["1"]}}`), fault.ErrSyntax, fieldErr},
		{"JSON selection unknown field", badinput.Decode[selection.Selection](`{"chosen":[]}`), selection.ErrUnknownField, fieldErr},
		{"JSON selection gap word", badinput.Decode[selection.Selection](`{"gap":"none"}`), fault.ErrSyntax, fieldErr},
	}
	badinput.Run(t, "selection", cases)
}
