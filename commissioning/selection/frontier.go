package selection

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"

	"github.com/opencommissioning/scp/investment"
)

// Point is one point of the efficiency frontier: the best selection when
// every budget is scaled by Level.
type Point struct {
	Level    float64         `json:"level"`    // budget level: 1 is the problem as given
	Budget   investment.Flow `json:"budget"`   // the scaled overall budget, by budget year
	Feasible bool            `json:"feasible"` // false when the mandatory items do not fit at this level
	// Selection is the best selection at this level (zero when not Feasible).
	Selection Selection `json:"selection"`
}

// Frontier solves p at each budget level: every budget amount (overall and
// ring-fenced, every year) multiplied by the level (read as the shortest
// decimal naming it, so 0.7 means exactly 0.7) and rounded down to whole
// pence. Levels must be finite and non-negative; they are solved in
// the order given. opt applies to each solve. The best benefit never falls
// as the level rises (a larger budget admits every selection a smaller one
// does); with limits set, points may be unproven (see Selection.Optimal).
func Frontier(ctx context.Context, p Problem, levels []float64, opt *Options) ([]Point, error) {
	for i, l := range levels {
		if math.IsNaN(l) || math.IsInf(l, 0) || l < 0 {
			return nil, fmt.Errorf("selection: level %d (%v): %w", i+1, l, ErrBadLevel)
		}
	}
	if _, err := compile(&p); err != nil && !errors.Is(err, ErrInfeasible) {
		return nil, err
	}
	years, _ := p.Budget.Years() // compile has checked them
	out := make([]Point, 0, len(levels))
	for i, l := range levels {
		q := p
		var err error
		if q.Budget, err = scaleFlow(p.Budget, years, l); err != nil {
			return nil, fmt.Errorf("selection: level %d (%v): %w", i+1, l, err)
		}
		q.Streams = make([]Stream, len(p.Streams))
		for s, st := range p.Streams {
			q.Streams[s] = Stream{Name: st.Name}
			if q.Streams[s].Budget, err = scaleFlow(st.Budget, years, l); err != nil {
				return nil, fmt.Errorf("selection: level %d (%v), stream %q: %w", i+1, l, st.Name, err)
			}
		}
		pt := Point{Level: l, Budget: q.Budget}
		sel, err := Select(ctx, q, opt)
		switch {
		case errors.Is(err, ErrInfeasible):
		case err != nil:
			return out, err
		default:
			pt.Feasible, pt.Selection = true, sel
		}
		out = append(out, pt)
	}
	return out, nil
}

// scaleFlow returns the budget f over the budget years, each amount scaled
// by level as [scaleBudget] scales it: the one place the frontier turns a
// flow into amounts and back.
func scaleFlow(f investment.Flow, years investment.Years, level float64) (investment.Flow, error) {
	b, err := scaleBudget(f.Over(years), level)
	if err != nil {
		return investment.Flow{}, err
	}
	return investment.FlowFrom(years.First, b...), nil
}

// scaleBudget returns b with each amount times level, rounded down to whole
// pence, computed exactly. The level is read as the shortest decimal that
// names its float64 (0.7 is 0.7, not 0.69999999999999995559), so a level
// typed as a decimal scales as the decimal.
func scaleBudget(b []investment.Money, level float64) ([]investment.Money, error) {
	f, ok := new(big.Rat).SetString(strconv.FormatFloat(level, 'g', -1, 64))
	if !ok {
		return nil, ErrBadLevel
	}
	out := make([]investment.Money, len(b))
	for y, a := range b {
		pence, err := toPence(a)
		if err != nil {
			return nil, err
		}
		if pence < 0 {
			return nil, ErrNegative
		}
		v := new(big.Rat).SetInt64(pence)
		v.Mul(v, f)
		iv := new(big.Int).Quo(v.Num(), v.Denom()) // non-negative: truncation is rounding down
		if !iv.IsInt64() || iv.Int64() > maxPence {
			return nil, ErrRange
		}
		out[y] = investment.FromPence(iv.Int64())
	}
	return out, nil
}
