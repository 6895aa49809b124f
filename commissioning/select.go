package commissioning

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/opencommissioning/scp/commissioning/selection"
	"github.com/opencommissioning/scp/investment"
)

// Constraints are the settings of [Select] beyond the overall budget.
type Constraints struct {
	// Streams holds the ring-fenced budget of each funding stream by year.
	// An option whose Stream is named here spends against that budget as
	// well as the overall one; every stream needs every budget year.
	Streams map[string]map[investment.FinancialYear]investment.Money
	// Benefit scores an option for the objective; nil means its NPSV in
	// pounds. It may use the appraisal (PVEffects for QALYs, Weighted for a
	// distributionally weighted NPSV) or the option itself (an MCDA score).
	Benefit func(Option, Appraisal) float64
	// Appraiser appraises the options for Benefit.
	Appraiser Appraiser
	// Search limits and observes the search; nil runs to a proven optimum.
	Search *selection.Options
}

// Select chooses the options to fund: the set with the highest total
// benefit whose costs fit the budget in every year, with at most one
// option of each mutual-exclusion Group, every option's Requires chosen
// with it, and every Mandatory option chosen. It appraises the options with
// c.Appraiser and hands the problem to the exact branch and bound of
// package selection, whose answer it returns.
//
// The budget years run from the earliest to the latest year in budget, and
// every year between must be present ([ErrBudgetGap]). Year 0 of an option
// is its FirstYear, or the first budget year when unset. Costs are the
// option's capital plus revenue as given, the cash a budget pays (optimism
// bias is an appraisal adjustment, not a budget line); costs in years
// outside the budget are not constrained.
//
// Errors of the options come as from [Appraiser.Appraise]; errors of the
// problem (unknown dependency, cycle, conflicting mandatory options,
// mandatory options over budget, negative budget) come from package
// selection with its typed errors.
func Select(ctx context.Context, opts []Option, budget map[investment.FinancialYear]investment.Money, c Constraints) (selection.Selection, error) {
	aps, err := c.Appraiser.Appraise(opts...)
	if err != nil {
		return selection.Selection{}, err
	}
	if len(budget) == 0 {
		return selection.Selection{}, &FieldError{Field: "budget", Err: fmt.Errorf("no years: %w", ErrBudgetGap)}
	}
	keys := slices.Sorted(maps.Keys(budget))
	years := investment.Years{First: keys[0], Last: keys[len(keys)-1]}
	perYear := func(field string, m map[investment.FinancialYear]investment.Money) ([]investment.Money, error) {
		out := make([]investment.Money, 0, years.Len())
		for y := range years.All() {
			v, ok := m[y]
			if !ok {
				return nil, &FieldError{Field: field, Err: fmt.Errorf("no amount for %v: %w", y, ErrBudgetGap)}
			}
			out = append(out, v)
		}
		return out, nil
	}
	p := selection.Problem{Years: years, Items: make([]selection.Item, len(opts))}
	if p.Budget, err = perYear("budget", budget); err != nil {
		return selection.Selection{}, err
	}
	for _, name := range slices.Sorted(maps.Keys(c.Streams)) {
		b, err := perYear("Streams["+name+"]", c.Streams[name])
		if err != nil {
			return selection.Selection{}, err
		}
		p.Streams = append(p.Streams, selection.Stream{Name: name, Budget: b})
	}
	for i, o := range opts {
		first := o.FirstYear
		if first == 0 {
			first = years.First
		}
		costs := make([]investment.Money, 0, years.Len())
		for y := range years.All() {
			costs = append(costs, o.Costs(int(y-first)))
		}
		benefit := aps[i].NPSV.Float64()
		if c.Benefit != nil {
			benefit = c.Benefit(o, aps[i])
		}
		p.Items[i] = selection.Item{
			ID: o.ID, Costs: costs, Stream: o.Stream, Benefit: benefit,
			Group: o.Group, Requires: slices.Clone(o.Requires), Mandatory: o.Mandatory,
		}
	}
	return selection.Select(ctx, p, c.Search)
}
