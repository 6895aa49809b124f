package selection_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/commissioning/selection"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

// badInput is one entry of the catalogue of bad inputs: a call with input
// from outside, the reason its error must wrap and, where the package has
// one, the typed error that must say where.
type badInput struct {
	name string
	call func() error
	want error
	as   func(error) bool
}

// typed returns a check that an error is, or wraps, a T.
func typed[T error]() func(error) bool {
	return func(err error) bool {
		var target T
		return errors.As(err, &target)
	}
}

// runCatalogue checks each bad input: no panic, an error wrapping the
// reason, the typed error, and the package prefix exactly once.
func runCatalogue(t *testing.T, pkg string, cases []badInput) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			t.Fatalf("catalogue entry %q twice", c.name)
		}
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v", r)
					}
				}()
				err = c.call()
			}()
			if err == nil {
				t.Fatalf("no error, want %v", c.want)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("error %q does not wrap %q", err, c.want)
			}
			if c.as != nil && !c.as(err) {
				t.Errorf("error %q (%T) is not of the typed error expected", err, err)
			}
			// errors.Join puts one error a line; each says where.
			for _, line := range strings.Split(err.Error(), "\n") {
				if perr := fault.Prefixed(line, pkg); perr != nil {
					t.Error(perr)
				}
			}
		})
	}
}

func errOf[T any](_ T, err error) error { return err }

func decode[T any](doc string) func() error {
	return func() error {
		var v T
		return json.Unmarshal([]byte(doc), &v)
	}
}

func TestCatalogue(t *testing.T) {
	itemErr := typed[*selection.ItemError]()
	fieldErr := typed[*selection.FieldError]()
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
			return errOf(selection.Select(context.Background(), selection.Problem{Budget: flow("100"), Items: items}, nil))
		}
	}
	frontier := func(levels ...float64) func() error {
		return func() error {
			p := selection.Problem{Budget: flow("100"), Items: []selection.Item{item("a", 1, "10")}}
			return errOf(selection.Frontier(context.Background(), p, levels, nil))
		}
	}
	portfolio := func(doc string) func() error {
		return func() error {
			pf, err := selection.ReadPortfolio(strings.NewReader(doc))
			if err != nil {
				return err
			}
			return errOf(pf.Problem(2024))
		}
	}
	cases := []badInput{
		// Benefits at the extremes of float64.
		{"benefits add up beyond float64", sel(item("a", max, "10"), item("b", max, "10")), selection.ErrNotFinite, itemErr},
		{"one benefit MaxFloat64", sel(item("a", max, "10")), selection.ErrNotFinite, itemErr},
		{"benefits of opposite signs beyond the bound", sel(item("a", 1e150, "10"), item("b", -1e150, "10")), selection.ErrNotFinite, itemErr},
		{"NaN benefit", sel(item("a", math.NaN(), "10")), selection.ErrNotFinite, itemErr},
		{"-Inf benefit", sel(item("a", math.Inf(-1), "10")), selection.ErrNotFinite, itemErr},
		{"WeightedBenefit beyond float64", func() error { return errOf(selection.WeightedBenefit([]float64{2, 2}, []float64{max, max})) }, selection.ErrNotFinite, nil},
		{"WeightedBenefit MaxFloat64 weight", func() error { return errOf(selection.WeightedBenefit([]float64{max}, []float64{max})) }, selection.ErrNotFinite, nil},
		{"WeightedBenefit negative weight", func() error { return errOf(selection.WeightedBenefit([]float64{-tiny}, []float64{1})) }, selection.ErrBadWeights, nil},
		{"WeightedBenefit lengths", func() error { return errOf(selection.WeightedBenefit([]float64{1}, nil)) }, selection.ErrBadWeights, nil},
		{"WeightedBenefit NaN score", func() error { return errOf(selection.WeightedBenefit([]float64{1}, []float64{math.NaN()})) }, selection.ErrNotFinite, nil},
		{"WeightedBenefit zero weights", func() error { return errOf(selection.WeightedBenefit([]float64{0}, []float64{1})) }, selection.ErrBadWeights, nil},
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
		{"no budget years", func() error { return errOf(selection.Select(context.Background(), selection.Problem{}, nil)) }, selection.ErrNoYears, nil},
		{"Frontier NaN level", frontier(math.NaN()), selection.ErrBadLevel, nil},
		{"Frontier MaxFloat64 level", frontier(max), selection.ErrRange, nil},
		{"Frontier negative level", frontier(-1), selection.ErrBadLevel, nil},
		// Portfolios and JSON documents.
		{"portfolio unknown field", portfolio(`{"option":[]}`), selection.ErrUnknownField, fieldErr},
		{"portfolio cost word", portfolio(`{"options":[{"id":"a","costs":["ten"]}]}`), fault.ErrSyntax, fieldErr},
		{"portfolio no budgets", portfolio(`{"options":[{"id":"a","costs":[1],"benefit":1}]}`), selection.ErrNoYears, fieldErr},
		{"portfolio cost beyond MaxAmount", portfolio(`{"years":1,"budgets":[100],"options":[{"id":"a","costs":[9223372036854775807],"benefit":1}]}`), selection.ErrRange, fieldErr},
		{"portfolio costs length", portfolio(`{"years":1,"budgets":[100],"options":[{"id":"a","costs":[1,2],"benefit":1}]}`), selection.ErrCostsLength, fieldErr},
		{"JSON problem unknown field", decode[selection.Problem](`{"budgets":{}}`), selection.ErrUnknownField, fieldErr},
		{"JSON problem benefit word", decode[selection.Problem](`{"items":[{"id":"a","benefit":"lots"}]}`), fault.ErrSyntax, fieldErr},
		{"JSON problem cost word", decode[selection.Problem](`{"items":[{"id":"a","costs":{"first":"2024/25","amounts":["x"]}}]}`), fault.ErrSyntax, fieldErr},
		{"JSON problem bad year", decode[selection.Problem](`{"budget":{"first":"2024/26","amounts":["1"]}}`), fault.ErrSyntax, fieldErr},
		{"JSON selection unknown field", decode[selection.Selection](`{"chosen":[]}`), selection.ErrUnknownField, fieldErr},
		{"JSON selection gap word", decode[selection.Selection](`{"gap":"none"}`), fault.ErrSyntax, fieldErr},
	}
	runCatalogue(t, "selection", cases)
}
