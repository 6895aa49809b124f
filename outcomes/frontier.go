package outcomes

import (
	"fmt"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Alternative is one of a set of mutually exclusive options in a
// cost-effectiveness analysis, with its total (usually discounted) cost and
// effect, such as QALYs.
type Alternative struct {
	ID     string           `json:"id"`
	Cost   investment.Money `json:"cost"`
	Effect float64          `json:"effect"`
}

// Dominance says whether an alternative is on the efficient frontier.
type Dominance int8

// The dominance states. The zero Dominance is [Efficient].
const (
	// Efficient alternatives are on the frontier.
	Efficient Dominance = iota
	// StronglyDominated alternatives cost more than another and are no more
	// effective, or cost the same and are less effective (or, for an exact
	// tie, come later in the documented order; see [Frontier]).
	StronglyDominated
	// ExtendedlyDominated alternatives have a higher ICER than the next,
	// more effective alternative: a mix of their neighbours on the frontier
	// would give more effect for the same cost.
	ExtendedlyDominated
)

// Row is one alternative in an ICER table.
type Row struct {
	Alternative
	Dominance Dominance `json:"dominance"`
	// DominatedBy names, for a strongly dominated alternative, the
	// alternative that dominates it; for an extendedly dominated one, the
	// more effective alternative whose lower ICER excluded it. Empty on the
	// frontier.
	DominatedBy string `json:"dominatedBy,omitempty"`
	// Comparator is the previous alternative on the frontier, against which
	// the increments are taken; empty for the first (least costly) frontier
	// alternative and for dominated rows.
	Comparator string `json:"comparator,omitempty"`
	// The increments against the comparator, zero when there is none. ICER
	// is ΔC / ΔE rounded half away from zero to the penny.
	DeltaCost   investment.Money `json:"deltaCost"`
	DeltaEffect float64          `json:"deltaEffect"`
	ICER        investment.Money `json:"icer"`
}

// Table is an ICER table: every alternative in order of cost, with its
// dominance and, on the frontier, its ICER against the previous frontier
// alternative.
type Table struct {
	Rows []Row `json:"rows"`
}

// Frontier builds the ICER table and the efficient frontier (
// Drummond et al., Methods for the Economic Evaluation of Health Care
// Programmes, 4th ed., ch. 4): sort by cost; drop strongly dominated
// alternatives; drop extendedly dominated ones, whose ICER is higher than
// that of the next more effective alternative; report each remaining
// alternative's ICER against the previous one.
//
// Ordering and ties, deterministically: rows are sorted by cost ascending,
// then effect descending, then id ascending. Of alternatives with exactly
// equal cost and effect, the one with the smallest id stays and the others
// are strongly dominated by it. Two adjacent increments with exactly equal
// ICERs leave the middle alternative on the frontier (its ICER is not
// higher). Costs are compared exactly and effects as the shortest decimals
// that read back as the float64 values, so ICERs computed from effects such
// as 1.6 − 1.0 are exact.
//
// It returns [ErrNoAlternatives] for an empty list and an [*InputError] for
// an empty or duplicate id ([ErrEmptyID], [ErrDuplicateID]), a NaN or
// infinite effect ([ErrNotFinite]) or an increment in effect between
// neighbours on the frontier beyond float64 ([ErrNotFinite], such as from
// −1e308 to 1e308). It runs in O(n log n).
func Frontier(alts []Alternative) (Table, error) {
	if err := checkAlternatives(alts); err != nil {
		return Table{}, err
	}
	items := sortedItems(alts)
	rows := make([]Row, len(items))
	for i, it := range items {
		rows[i] = Row{Alternative: it.a}
	}
	hull := extendedDominance(items, rows, strongDominance(items, rows))
	for k := 1; k < len(hull); k++ {
		p, c := hull[k-1], hull[k]
		cmpn := icerDec(investment.FromDecimal(items[c].cost.Sub(items[p].cost)), items[c].eff.Sub(items[p].eff))
		if !finite(cmpn.DeltaEffect) {
			return Table{}, inputErr("alternative", items[c].pos, items[c].a.ID, "effect",
				fmt.Errorf("increment over %q of %s beyond float64: %w", items[p].a.ID, items[c].eff.Sub(items[p].eff).String(), ErrNotFinite))
		}
		rows[c].Comparator = items[p].a.ID
		rows[c].DeltaCost = cmpn.DeltaCost
		rows[c].DeltaEffect = cmpn.DeltaEffect
		rows[c].ICER = cmpn.ICER
	}
	return Table{Rows: rows}, nil
}

// checkAlternatives checks the arguments of [Frontier].
func checkAlternatives(alts []Alternative) error {
	if len(alts) == 0 {
		return fmt.Errorf("outcomes: frontier: %w", ErrNoAlternatives)
	}
	ids := make(map[string]struct{}, len(alts))
	for i, a := range alts {
		if a.ID == "" {
			return inputErr("alternative", i, "", "id", ErrEmptyID)
		}
		if _, dup := ids[a.ID]; dup {
			return inputErr("alternative", i, a.ID, "id", ErrDuplicateID)
		}
		ids[a.ID] = struct{}{}
		if !finite(a.Effect) {
			return inputErr("alternative", i, a.ID, "effect", ErrNotFinite)
		}
	}
	return nil
}

// frontierItem is an alternative with the forms of its cost and effect
// that the frontier compares.
type frontierItem struct {
	a    Alternative
	pos  int             // zero-based position in the list given
	fc   float64         // cost as float64, for quick comparisons
	eff  decimal.Decimal // effect as its shortest decimal
	cost decimal.Decimal
}

// sortedItems returns the alternatives by cost ascending, then effect
// descending, then id ascending.
func sortedItems(alts []Alternative) []frontierItem {
	items := make([]frontierItem, len(alts))
	for i, a := range alts {
		items[i] = frontierItem{a: a, pos: i, fc: a.Cost.Float64(), eff: decimal.NewFromFloat(a.Effect), cost: a.Cost.Decimal()}
	}
	slices.SortFunc(items, func(x, y frontierItem) int {
		// float64 conversion is monotone: unequal floats order exactly.
		if x.fc != y.fc {
			if x.fc < y.fc {
				return -1
			}
			return 1
		}
		if c := x.cost.Compare(y.cost); c != 0 {
			return c
		}
		if x.a.Effect != y.a.Effect {
			if x.a.Effect > y.a.Effect {
				return -1
			}
			return 1
		}
		return strings.Compare(x.a.ID, y.a.ID)
	})
	return items
}

// strongDominance marks the strongly dominated rows and returns the
// others: in the sorted order, an alternative that is no more effective
// than the most effective one before it is dominated by that one, which
// costs no more.
func strongDominance(items []frontierItem, rows []Row) []int {
	cand := make([]int, 0, len(items))
	best := -1
	for i := range items {
		if best >= 0 && items[i].a.Effect <= items[best].a.Effect {
			rows[i].Dominance = StronglyDominated
			rows[i].DominatedBy = items[best].a.ID
			continue
		}
		best = i
		cand = append(cand, i)
	}
	return cand
}

// extendedDominance keeps the lower convex hull of the candidates, which
// rise strictly in cost and effect, marks the rows it drops as extendedly
// dominated, and returns the hull.
func extendedDominance(items []frontierItem, rows []Row, cand []int) []int {
	hull := make([]int, 0, len(cand))
	for _, c := range cand {
		for len(hull) >= 2 && higherICER(&items[hull[len(hull)-2]], &items[hull[len(hull)-1]], &items[c]) {
			b := hull[len(hull)-1]
			rows[b].Dominance = ExtendedlyDominated
			rows[b].DominatedBy = items[c].a.ID
			hull = hull[:len(hull)-1]
		}
		hull = append(hull, c)
	}
	return hull
}

// higherICER reports whether ICER(a→b) > ICER(b→c), that is (Cb−Ca)(Ec−Eb)
// > (Cc−Cb)(Eb−Ea), in float64 where the answer is clear and exactly in
// decimal otherwise.
func higherICER(ia, ib, ic *frontierItem) bool {
	ea, eb, ec := ia.a.Effect, ib.a.Effect, ic.a.Effect
	dc1, dc2, de1, de2 := ib.fc-ia.fc, ic.fc-ib.fc, eb-ea, ec-eb
	l, r := dc1*de2, dc2*de1
	// A bound, with a wide margin, on the rounding error of l − r against
	// the exact decimal products: float64 costs and effects carry a
	// relative error of 2^-53 each, which cancellation turns into an
	// absolute one.
	tol := 1e-14 * ((abs(ia.fc)+abs(ib.fc))*abs(de2) + (abs(ib.fc)+abs(ic.fc))*abs(de1) +
		abs(dc1)*(abs(eb)+abs(ec)) + abs(dc2)*(abs(ea)+abs(eb)))
	switch d := l - r; {
	case d > tol:
		return true
	case d < -tol:
		return false
	}
	le := ib.cost.Sub(ia.cost).Mul(ic.eff.Sub(ib.eff))
	re := ic.cost.Sub(ib.cost).Mul(ib.eff.Sub(ia.eff))
	return le.Compare(re) > 0
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// Efficient returns the rows on the frontier, in order of cost, as a new
// slice.
func (t Table) Efficient() []Row {
	var out []Row
	for _, r := range t.Rows {
		if r.Dominance == Efficient {
			out = append(out, r)
		}
	}
	return out
}

// Row returns the row of the alternative with the given id.
func (t Table) Row(id string) (Row, bool) {
	for _, r := range t.Rows {
		if r.ID == id {
			return r, true
		}
	}
	return Row{}, false
}

// Optimal returns the frontier alternative that a decision maker willing to
// pay λ per unit of effect should choose: the most effective one whose ICER
// is at most λ (an ICER equal to λ is accepted). This is the alternative
// with the highest net monetary benefit at λ. It returns an error wrapping
// [ErrLambda] for a negative λ and [ErrNoAlternatives] for an empty table.
func (t Table) Optimal(lambda investment.Money) (Row, error) {
	if lambda.IsNegative() {
		return Row{}, fmt.Errorf("outcomes: optimal at λ %v: %w", lambda, ErrLambda)
	}
	var (
		best  Row
		found bool
	)
	for _, r := range t.Rows {
		if r.Dominance != Efficient {
			continue
		}
		if !found || r.ICER.Compare(lambda) <= 0 {
			best, found = r, true
			continue
		}
		break
	}
	if !found {
		return Row{}, fmt.Errorf("outcomes: optimal: %w", ErrNoAlternatives)
	}
	return best, nil
}
