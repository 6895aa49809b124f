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
	// Streams holds the ring-fenced budget of each funding stream, an
	// anchored flow by financial year. An option whose Stream is named here
	// spends against that budget as well as the overall one; every stream's
	// flow must cover every budget year.
	Streams map[string]investment.Flow `json:"streams,omitempty"`
	// Benefit scores an option for the objective; nil means its NPSV in
	// pounds. It may use the appraisal (PVEffects for QALYs, Weighted for a
	// distributionally weighted NPSV) or the option itself (an MCDA score).
	// A function has no JSON form, so it is left out of the settings'
	// JSON.
	Benefit func(Option, Appraisal) float64 `json:"-"`
	// Appraiser appraises the options for Benefit.
	Appraiser Appraiser `json:"appraiser,omitzero"`
	// Search limits and observes the search; nil runs to a proven optimum.
	Search *selection.Options `json:"search,omitempty"`
}

// Select chooses the options to fund: the set with the highest total
// benefit whose costs fit the budget in every year, with at most one
// option of each mutual-exclusion Group, every option's Requires chosen
// with it, and every Mandatory option chosen. It appraises the options with
// c.Appraiser and hands the problem to the exact branch and bound of
// package selection, whose answer it returns.
//
// The budget is an anchored flow (investment.FlowFrom); its years are the
// budget years. An empty budget, one that is not anchored, or a stream
// budget that does not cover every budget year is an error wrapping
// [ErrBudgetGap]. Year 0 of an option
// is its FirstYear, or the first budget year when unset. Costs are the
// option's capital plus revenue as given, the cash a budget pays (optimism
// bias is an appraisal adjustment, not a budget line); costs in years
// outside the budget are not constrained.
//
// Errors of the options come as from [Appraiser.Appraise]; errors of the
// problem (unknown dependency, cycle, conflicting mandatory options,
// mandatory options over budget, negative budget) come from package
// selection with its typed errors, wrapped as "commissioning: selection: …".
func Select(ctx context.Context, opts []Option, budget investment.Flow, c Constraints) (selection.Selection, error) {
	aps, err := c.Appraiser.Appraise(opts...)
	if err != nil {
		return selection.Selection{}, err
	}
	return selectAppraised(ctx, opts, aps, budget, c)
}

// selectAppraised is [Select] with the options' appraisals, in their
// order, already made by c.Appraiser.
func selectAppraised(ctx context.Context, opts []Option, aps []Appraisal, budget investment.Flow, c Constraints) (selection.Selection, error) {
	years, ok := budget.Years()
	if !ok {
		return selection.Selection{}, &FieldError{Field: "budget", Err: fmt.Errorf("no budget years (an empty flow or one without a first year): %w", ErrBudgetGap)}
	}
	p := selection.Problem{Budget: budget, Items: make([]selection.Item, len(opts))}
	for _, name := range slices.Sorted(maps.Keys(c.Streams)) {
		f := c.Streams[name]
		if r, ok := f.Years(); !ok || !r.Contains(years.First) || !r.Contains(years.Last) {
			return selection.Selection{}, &FieldError{Field: "streams[" + name + "]",
				Err: fmt.Errorf("%v does not cover the budget years %v: %w", f, years, ErrBudgetGap)}
		}
		p.Streams = append(p.Streams, selection.Stream{Name: name, Budget: f})
	}
	for i, o := range opts {
		first := o.FirstYear
		if first == 0 {
			first = years.First
		}
		costs := make([]investment.Money, o.Years())
		for t := range costs {
			costs[t] = o.Costs(t)
		}
		benefit := aps[i].NPSV.Float64()
		if c.Benefit != nil {
			benefit = c.Benefit(o, aps[i])
		}
		p.Items[i] = selection.Item{
			ID: o.ID, Costs: investment.FlowFrom(first, costs...), Stream: o.Stream, Benefit: benefit,
			Group: o.Group, Requires: slices.Clone(o.Requires), Mandatory: o.Mandatory,
		}
	}
	sel, err := selection.Select(ctx, p, c.Search)
	if err != nil {
		// A cancelled search still returns its best selection.
		return sel, fmt.Errorf("commissioning: selection: %w", err)
	}
	return sel, nil
}
