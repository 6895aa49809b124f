package selection

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

func TestSelectBadInput(t *testing.T) {
	ok := func(id string) Item { return Item{ID: id, Costs: gbp("1", "1"), Benefit: 1} }
	with := func(f func(*Problem)) Problem {
		p := Problem{Budget: gbp("10", "10"),
			Streams: []Stream{{Name: "ring", Budget: gbp("5", "5")}},
			Items:   []Item{ok("a"), ok("b"), ok("c")}}
		f(&p)
		return p
	}
	tests := []struct {
		name string
		p    Problem
		want error
		as   func(error) bool // checks the typed error, if set
	}{
		{"no years", with(func(p *Problem) { p.Budget = investment.Flow{} }), ErrNoYears, isBudget("", 0)},
		{"budget without a first year", with(func(p *Problem) { p.Budget = investment.NewFlow(investment.MustGBP("10")) }), ErrNoYears, isBudget("", 0)},
		{"negative budget", with(func(p *Problem) { p.Budget = gbp("10", "-1") }), ErrNegative, isBudget("", 2026)},
		{"budget fraction of a penny", with(func(p *Problem) { p.Budget = gbp("10.005", "10") }), ErrNotWholePence, isBudget("", 2025)},
		{"budget too large", with(func(p *Problem) { p.Budget = gbp("10", "20000000000000") }), ErrRange, isBudget("", 2026)},
		{"stream without name", with(func(p *Problem) { p.Streams[0].Name = "" }), ErrEmptyID, isStreamAt(1)},
		{"duplicate stream", with(func(p *Problem) { p.Streams = append(p.Streams, p.Streams[0]) }), ErrDuplicateID, isBudget("ring", 0)},
		{"negative stream budget", with(func(p *Problem) { p.Streams[0].Budget = gbp("-5", "5") }), ErrNegative, isBudget("ring", 2025)},
		{"stream budget missing", with(func(p *Problem) { p.Streams[0].Budget = investment.Flow{} }), ErrBudgetLength, isBudget("ring", 2025)},
		{"stream budget ending early", with(func(p *Problem) { p.Streams[0].Budget = gbp("5") }), ErrBudgetLength, isBudget("ring", 2026)},
		{"stream budget starting late", with(func(p *Problem) { p.Streams[0].Budget = gbpFrom(2026, "5") }), ErrBudgetLength, isBudget("ring", 2025)},
		{"stream budget without a first year", with(func(p *Problem) {
			p.Streams[0].Budget = investment.NewFlow(investment.MustGBP("5"), investment.MustGBP("5"))
		}), ErrBudgetLength, isBudget("ring", 2025)},
		{"empty id", with(func(p *Problem) { p.Items[1].ID = "" }), ErrEmptyID, isItem(2, "ID")},
		{"duplicate id", with(func(p *Problem) { p.Items[2].ID = "a" }), ErrDuplicateID, isItem(3, "ID")},
		{"NaN benefit", with(func(p *Problem) { p.Items[0].Benefit = math.NaN() }), ErrNotFinite, isItem(1, "Benefit")},
		{"infinite benefit", with(func(p *Problem) { p.Items[2].Benefit = math.Inf(-1) }), ErrNotFinite, isItem(3, "Benefit")},
		{"costs without a first year", with(func(p *Problem) {
			p.Items[1].Costs = investment.NewFlow(investment.MustGBP("1"), investment.MustGBP("1"))
		}), ErrNotAnchored, isItem(2, "Costs")},
		{"negative cost", with(func(p *Problem) { p.Items[1].Costs = gbp("1", "-0.01") }), ErrNegative, isItem(2, "Costs")},
		{"cost fraction of a penny", with(func(p *Problem) { p.Items[0].Costs = gbp("0.001", "1") }), ErrNotWholePence, isItem(1, "Costs")},
		{"cost too large", with(func(p *Problem) { p.Items[0].Costs = gbp("1", "20000000000000") }), ErrRange, isItem(1, "Costs")},
		{"unknown stream", with(func(p *Problem) { p.Items[2].Stream = "capital" }), ErrUnknownID, isItem(3, "Stream")},
		{"unknown dependency", with(func(p *Problem) { p.Items[0].Requires = []string{"zz"} }), ErrUnknownID, isItem(1, "Requires")},
		{"self dependency", with(func(p *Problem) { p.Items[1].Requires = []string{"b"} }), ErrCyclicDependency, isCycle("b", "b")},
		{"cyclic dependency", with(func(p *Problem) {
			p.Items[0].Requires = []string{"b"}
			p.Items[1].Requires = []string{"c"}
			p.Items[2].Requires = []string{"a"}
		}), ErrCyclicDependency, isCycle("a", "b", "c", "a")},
		{"two mandatory items in one group", with(func(p *Problem) {
			p.Items[0].Group, p.Items[0].Mandatory = "g", true
			p.Items[2].Group, p.Items[2].Mandatory = "g", true
		}), ErrMandatoryConflict, isConflict("g", "a", "c", "c")},
		{"mandatory item requires an item in conflict with another mandatory item", with(func(p *Problem) {
			p.Items[0].Mandatory, p.Items[0].Requires = true, []string{"b"}
			p.Items[1].Group = "g"
			p.Items[2].Group, p.Items[2].Mandatory = "g", true
		}), ErrMandatoryConflict, isConflict("g", "b", "c", "c")},
		{"mandatory item requires its own group mate", with(func(p *Problem) {
			p.Items[0].Mandatory, p.Items[0].Requires, p.Items[0].Group = true, []string{"b"}, "g"
			p.Items[1].Group = "g"
		}), ErrMandatoryConflict, isConflict("g", "a", "b", "a")},
		{"mandatory items exceed a year's budget", with(func(p *Problem) {
			p.Items[0].Mandatory, p.Items[0].Costs = true, gbp("1", "11")
		}), ErrInfeasible, isInfeasible(2026, "", "11", "10")},
		{"mandatory items exceed a ring-fenced budget", with(func(p *Problem) {
			for i := range p.Items {
				p.Items[i].Stream, p.Items[i].Mandatory, p.Items[i].Costs = "ring", true, gbp("2", "1")
			}
		}), ErrInfeasible, isInfeasible(2025, "ring", "6", "5")},
		{"mandatory item's requirement exceeds the budget", with(func(p *Problem) {
			p.Items[0].Mandatory, p.Items[0].Requires = true, []string{"b"}
			p.Items[1].Costs = gbp("9.50", "1")
		}), ErrInfeasible, isInfeasible(2025, "", "10.50", "10")},
	}
	if len(tests) < 20 {
		t.Fatalf("only %d bad inputs", len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Select(context.Background(), tc.p, nil)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Select: err = %v, want %v", err, tc.want)
			}
			if tc.as != nil && !tc.as(err) {
				t.Errorf("Select: err = %#v does not say where", err)
			}
			if err := fault.Prefixed(err.Error(), "selection"); err != nil {
				t.Error(err)
			}
		})
	}
}

func isItem(position int, field string) func(error) bool {
	return func(err error) bool {
		var e *ItemError
		return errors.As(err, &e) && e.Position == position && e.Field == field
	}
}

func isStreamAt(position int) func(error) bool {
	return func(err error) bool {
		var e *BudgetError
		return errors.As(err, &e) && e.Position == position && e.Stream == ""
	}
}

func isBudget(stream string, year investment.FinancialYear) func(error) bool {
	return func(err error) bool {
		var e *BudgetError
		return errors.As(err, &e) && e.Stream == stream && e.Year == year
	}
}

func isCycle(ids ...string) func(error) bool {
	return func(err error) bool {
		var e *CycleError
		return errors.As(err, &e) && gocmp.Equal(e.Cycle, ids)
	}
}

func isConflict(group, first, second, mandatory string) func(error) bool {
	return func(err error) bool {
		var e *ConflictError
		return errors.As(err, &e) && *e == ConflictError{Group: group, First: first, Second: second, Mandatory: mandatory}
	}
}

func isInfeasible(year investment.FinancialYear, stream, need, budget string) func(error) bool {
	return func(err error) bool {
		var e *InfeasibleError
		return errors.As(err, &e) && e.Year == year && e.Stream == stream &&
			e.Need.Compare(investment.MustGBP(need)) == 0 && e.Budget.Compare(investment.MustGBP(budget)) == 0
	}
}

func TestOtherBadInput(t *testing.T) {
	p := oneYear("10", item("a", "1", 1))
	check := func(what string, err, want error) {
		t.Helper()
		if !errors.Is(err, want) {
			t.Errorf("%s: err = %v, want %v", what, err, want)
		} else if perr := fault.Prefixed(err.Error(), "selection"); perr != nil {
			t.Errorf("%s: %v", what, perr)
		}
	}
	_, err := Select(context.Background(), p, &Options{NodeLimit: -1})
	check("negative node limit", err, ErrBadOption)
	for _, l := range []float64{-0.5, math.NaN(), math.Inf(1)} {
		_, err := Frontier(context.Background(), p, []float64{1, l}, nil)
		check(fmt.Sprintf("level %v", l), err, ErrBadLevel)
	}
	_, err = Frontier(context.Background(), oneYear("-1", item("a", "1", 1)), []float64{1}, nil)
	check("frontier of a negative budget", err, ErrNegative)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Select(ctx, p, nil)
	check("cancelled", err, context.Canceled)
	bad := []struct {
		w, s []float64
		want error
	}{
		{[]float64{1}, []float64{1, 2}, ErrBadWeights},
		{[]float64{-1, 2}, []float64{1, 2}, ErrBadWeights},
		{[]float64{0, 0}, []float64{1, 2}, ErrBadWeights},
		{[]float64{math.NaN(), 1}, []float64{1, 2}, ErrNotFinite},
		{[]float64{1, 1}, []float64{1, math.Inf(1)}, ErrNotFinite},
	}
	for _, b := range bad {
		_, err := WeightedBenefit(b.w, b.s)
		check(fmt.Sprintf("WeightedBenefit(%v, %v)", b.w, b.s), err, b.want)
	}
	var q Problem
	check("Problem.UnmarshalJSON", q.UnmarshalJSON([]byte(`{"items":[{"id":"a","benefits":1}]}`)), ErrUnknownField)
	var sel Selection
	check("Selection.UnmarshalJSON", sel.UnmarshalJSON([]byte(`{"id":["a"]}`)), ErrUnknownField)
	_, err = ReadPortfolio(strings.NewReader(`{"budget":[1]}`))
	check("ReadPortfolio", err, ErrUnknownField)
	_, err = Portfolio{Budgets: []int64{1 << 62}}.Problem(2025)
	check("Portfolio.Problem", err, ErrRange)
}
