package outcomes

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/opencommissioning/scp/investment"
)

// Draws holds the Monte Carlo draws of one alternative: the cost and the
// effect in each draw of a probabilistic sensitivity analysis. Draw k of
// every alternative must come from the same joint draw of the inputs.
//
// Costs are in pounds as float64: simulated costs are statistics, not
// exact money, so they stay in the float64 in which a simulation computes
// them.
type Draws struct {
	ID      string    `json:"id"`
	Costs   []float64 `json:"costs"`   // pounds
	Effects []float64 `json:"effects"` // units of effect, such as QALYs
}

// Curve is a cost-effectiveness acceptability curve: for each willingness
// to pay λ, the share of draws in which each alternative has the highest
// net monetary benefit. With it comes the frontier of the curve: the
// alternative with the highest mean net monetary benefit at each λ.
type Curve struct {
	ids     []string
	lambdas []investment.Money
	prob    []float64 // [λ][alternative], row-major
	meanNMB []float64 // [λ][alternative], pounds
}

// Len returns the number of λ values.
func (c *Curve) Len() int { return len(c.lambdas) }

// IDs returns the alternatives' ids in the order given, as a new slice.
func (c *Curve) IDs() []string { return slices.Clone(c.ids) }

// Lambda returns the i-th λ.
func (c *Curve) Lambda(i int) investment.Money { return c.lambdas[i] }

// Probabilities returns, for the i-th λ, the share of draws in which each
// alternative has the highest net monetary benefit, in the order of
// [Curve.IDs], as a new slice summing to 1.
func (c *Curve) Probabilities(i int) []float64 {
	n := len(c.ids)
	return slices.Clone(c.prob[i*n : (i+1)*n])
}

// MeanNMB returns, for the i-th λ, each alternative's mean net monetary
// benefit over the draws, λ × mean effect − mean cost, in pounds (a
// statistic, so a float64), as a new slice.
func (c *Curve) MeanNMB(i int) []float64 {
	n := len(c.ids)
	return slices.Clone(c.meanNMB[i*n : (i+1)*n])
}

// Optimal returns the index of the alternative with the highest mean net
// monetary benefit at the i-th λ (the first in the order given on a tie):
// the decision under uncertainty, which is not always the alternative most
// likely to be cost-effective.
func (c *Curve) Optimal(i int) int {
	n := len(c.ids)
	row := c.meanNMB[i*n : (i+1)*n]
	best := 0
	for a := 1; a < n; a++ {
		if row[a] > row[best] {
			best = a
		}
	}
	return best
}

// Equal reports whether c and o hold the same alternatives, λ values,
// probabilities and mean net monetary benefits, the floats compared
// exactly. Two nil curves are equal.
func (c *Curve) Equal(o *Curve) bool {
	if c == nil || o == nil {
		return c == o
	}
	return slices.Equal(c.ids, o.ids) &&
		slices.EqualFunc(c.lambdas, o.lambdas, investment.Money.Equal) &&
		slices.Equal(c.prob, o.prob) && slices.Equal(c.meanNMB, o.meanNMB)
}

// CEAC computes the cost-effectiveness acceptability curve of the
// alternatives over the grid of λ values: for each λ and each draw, the
// alternative with the highest net monetary benefit λ × effect − cost wins
// the draw; its probability is the share of draws it wins. On an exact tie
// in a draw the alternative given first wins.
//
// The λ values are money at the interface and are converted to float64
// once ([investment.Money.Float64]); costs and effects are float64
// already, and the rest is float64 statistics. The λ values are shared
// among GOMAXPROCS workers, each computing whole λ rows in a fixed order,
// so results are bit-identical whatever GOMAXPROCS is.
//
// It returns [ErrNoAlternatives] for no alternatives, an error wrapping
// [ErrLambda] for no λ or a negative one, and an [*InputError] for an empty
// or duplicate id ([ErrEmptyID], [ErrDuplicateID]), no draws or unequal
// numbers of costs, effects or draws between alternatives ([ErrDraws]), and
// a NaN or infinite cost or effect ([ErrNotFinite]), and an error wrapping
// [ErrRange] and [ErrNotFinite] when costs or effects are so large that net
// benefits overflow.
func CEAC(draws []Draws, lambdas []investment.Money) (*Curve, error) {
	if err := checkDraws(draws, lambdas); err != nil {
		return nil, err
	}
	na, nd := len(draws), len(draws[0].Costs)
	c := &Curve{
		ids:     make([]string, na),
		lambdas: slices.Clone(lambdas),
		prob:    make([]float64, len(lambdas)*na),
		meanNMB: make([]float64, len(lambdas)*na),
	}
	// Draw-major layout: the inner loop walks the alternatives of one draw.
	cost := make([]float64, nd*na)
	eff := make([]float64, nd*na)
	meanE, meanC := make([]float64, na), make([]float64, na)
	for a, d := range draws {
		c.ids[a] = d.ID
		for k := range nd {
			cost[k*na+a] = d.Costs[k]
			eff[k*na+a] = d.Effects[k]
			meanC[a] += d.Costs[k]
			meanE[a] += d.Effects[k]
		}
		meanE[a] /= float64(nd)
		meanC[a] /= float64(nd)
	}
	lf := make([]float64, len(lambdas))
	for i, l := range lambdas {
		lf[i] = l.Float64()
	}
	// row fills the curve at the i-th λ; wins is scratch space.
	row := func(i int, wins []int) {
		clear(wins)
		l := lf[i]
		for k := range nd {
			wins[bestNMB(l, cost[k*na:(k+1)*na], eff[k*na:(k+1)*na])]++
		}
		for a := range na {
			c.prob[i*na+a] = float64(wins[a]) / float64(nd)
			// Mean NMB is linear in the draws: λ × mean effect − mean cost.
			c.meanNMB[i*na+a] = l*meanE[a] - meanC[a]
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(lambdas))
	if workers <= 1 || nd*na*len(lambdas) < 1<<16 {
		workers = 1
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			wins := make([]int, na)
			for i := w; i < len(lambdas); i += workers {
				row(i, wins)
			}
		})
	}
	wg.Wait()
	if err := c.checkFinite(); err != nil {
		return nil, err
	}
	return c, nil
}

// bestNMB returns the alternative with the highest net monetary benefit
// λ × effect − cost in one draw, the first on a tie.
func bestNMB(lambda float64, costs, effects []float64) int {
	best, bi := math.Inf(-1), 0
	for a, e := range effects {
		if v := lambda*e - costs[a]; v > best {
			best, bi = v, a
		}
	}
	return bi
}

// checkDraws checks the arguments of [CEAC].
func checkDraws(draws []Draws, lambdas []investment.Money) error {
	if len(draws) == 0 {
		return fmt.Errorf("outcomes: CEAC: %w", ErrNoAlternatives)
	}
	if len(lambdas) == 0 {
		return fmt.Errorf("outcomes: CEAC: no λ values: %w", ErrLambda)
	}
	for i, l := range lambdas {
		if l.IsNegative() {
			return inputErr("λ", i, "", "", fmt.Errorf("%v is negative: %w", l, ErrLambda))
		}
	}
	nd := len(draws[0].Costs)
	ids := make(map[string]struct{}, len(draws))
	for a, d := range draws {
		switch {
		case d.ID == "":
			return inputErr("alternative", a, "", "id", ErrEmptyID)
		case len(d.Costs) == 0:
			return inputErr("alternative", a, d.ID, "costs", fmt.Errorf("no draws: %w", ErrDraws))
		case len(d.Costs) != len(d.Effects):
			return inputErr("alternative", a, d.ID, "effects", fmt.Errorf("%d costs but %d effects: %w", len(d.Costs), len(d.Effects), ErrDraws))
		case len(d.Costs) != nd:
			return inputErr("alternative", a, d.ID, "costs", fmt.Errorf("%d draws, but %d for the first alternative: %w", len(d.Costs), nd, ErrDraws))
		}
		if _, dup := ids[d.ID]; dup {
			return inputErr("alternative", a, d.ID, "id", ErrDuplicateID)
		}
		ids[d.ID] = struct{}{}
		for k := range nd {
			if !finite(d.Costs[k]) {
				return inputErr("alternative", a, d.ID, fmt.Sprintf("costs[%d]", k+1), ErrNotFinite)
			}
			if !finite(d.Effects[k]) {
				return inputErr("alternative", a, d.ID, fmt.Sprintf("effects[%d]", k+1), ErrNotFinite)
			}
		}
	}
	return nil
}

// checkFinite reports net monetary benefits that overflowed float64.
func (c *Curve) checkFinite() error {
	for i, v := range c.meanNMB {
		if !finite(v) {
			return fmt.Errorf("outcomes: CEAC: meanNMB of %q at λ %d of %d overflows float64: %w: %w",
				c.ids[i%len(c.ids)], i/len(c.ids)+1, len(c.lambdas), ErrRange, ErrNotFinite)
		}
	}
	return nil
}
