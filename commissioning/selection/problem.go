package selection

import "github.com/opencommissioning/scp/investment"

// Item is one thing that may be funded: an option, a scheme, a service
// change. The caller states its costs by financial year and a single
// benefit score to maximise (net present social value, QALYs, an MCDA
// score or a weighted mix from [WeightedBenefit]).
//
// The zero Item is not valid: it needs an ID.
type Item struct {
	// ID identifies the item; it must be non-empty and unique in the problem.
	// The chosen set is reported in ascending ID order, and ties between
	// equally good sets are broken by ID (see the package documentation).
	ID string `json:"id"`
	// Costs is the cost of the item by financial year, an anchored flow
	// ([investment.FlowFrom]). Only the budget years are read: a year the
	// flow does not cover costs £0, and a cost in a year outside the
	// budget is not constrained (nor checked). In each budget year the
	// cost is whole pence, zero or more. An empty flow costs nothing; a
	// non-empty flow without a first year is an error.
	Costs investment.Flow `json:"costs"`
	// Stream names the funding stream that pays for the item, if any. Its
	// costs then count against that stream's ring-fenced budget as well as
	// the overall budget. Empty means the overall budget only.
	Stream string `json:"stream,omitempty"`
	// Benefit is the value of funding the item; it must be finite, may
	// be negative (an enabling item that other items require), and the
	// magnitudes of all items' benefits must add up to at most [MaxBenefit]. It is a
	// score in whatever unit the caller maximises, not an amount of money:
	// an NPSV in pounds or in £ thousand, QALYs, MCDA points or a weighted
	// mix of them ([WeightedBenefit]), so it is a float64, and the bounds
	// of the search are floating-point arithmetic on it. Costs and budgets,
	// which decide what fits, are exact money.
	Benefit float64 `json:"benefit"`
	// Group names a mutually exclusive group: at most one item of a group
	// is chosen. Empty means no group.
	Group string `json:"group,omitempty"`
	// Requires lists the IDs of items that must be chosen if this one is.
	Requires []string `json:"requires,omitempty"`
	// Mandatory items are always chosen, together with what they require.
	Mandatory bool `json:"mandatory,omitempty"`
}

// Stream is a ring-fenced funding stream: the items that name it may spend
// at most Budget in each year, in addition to the overall budget.
type Stream struct {
	// Name names the stream; it must be non-empty and unique.
	Name string `json:"name"`
	// Budget is the stream's budget by financial year, an anchored flow
	// that covers every year of the overall budget; years outside the
	// overall budget's are not read.
	Budget investment.Flow `json:"budget"`
}

// Problem is a selection problem: the items, the overall budget in each
// financial year and any ring-fenced streams. Build it as a literal;
// [Select] validates it.
//
// In JSON a Problem is an object with camelCase fields (budget, streams,
// items; an item's id, costs, stream, benefit, group, requires and
// mandatory); money by year is an object of amounts by financial year,
// {"2025/26":"100.00","2026/27":"120.00"}, amounts strings of decimal
// pounds. Reading one ([Problem.UnmarshalJSON]) refuses fields it does not
// know. The zero Problem writes and reads back.
type Problem struct {
	// Budget is the overall budget by financial year, an anchored flow
	// ([investment.FlowFrom]); its years are the budget years.
	Budget  investment.Flow `json:"budget"`
	Streams []Stream        `json:"streams,omitempty"` // ring-fenced budgets, optional
	Items   []Item          `json:"items"`
}

// maxPence bounds every amount (and so every budget and cost): £10 trillion.
const maxPence int64 = 1_000_000_000_000_000

// MaxAmount returns the largest cost or budget the package accepts,
// £10,000,000,000,000.00. Amounts are held as int64 pence internally; the
// bound, with an overflow check on each year's total cost, keeps that
// arithmetic exact.
func MaxAmount() investment.Money { return investment.FromPence(maxPence) }

// toPence converts m to whole pence, or returns ErrNotWholePence or
// ErrRange.
func toPence(m investment.Money) (int64, error) {
	if m.Abs().Compare(MaxAmount()) > 0 {
		return 0, ErrRange
	}
	p, exact := m.Pence()
	if !exact {
		return 0, ErrNotWholePence
	}
	return p, nil
}
