package outcomes

import (
	"fmt"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Quadrant places a comparison on the cost-effectiveness plane.
type Quadrant int8

// The quadrants. A zero difference in cost goes with the cheaper side
// (dominant or less costly), so that an equally costly, more effective
// alternative is dominant.
const (
	// MoreCostlyMoreEffective (north-east): the ICER is the price of the
	// extra effect, to be judged against a threshold.
	MoreCostlyMoreEffective Quadrant = iota
	// Dominant (south-east): no more costly and more effective.
	Dominant
	// Dominated (north-west): no less costly and less effective.
	Dominated
	// LessCostlyLessEffective (south-west): the ICER is the saving per
	// unit of effect given up.
	LessCostlyLessEffective
)

// Comparison is the incremental cost-effectiveness of one alternative
// against another.
type Comparison struct {
	DeltaCost   investment.Money `json:"deltaCost"`
	DeltaEffect float64          `json:"deltaEffect"`
	Quadrant    Quadrant         `json:"quadrant"`
	// ICER is ΔC / ΔE rounded half away from zero to the penny. It is a
	// price per unit of effect only in the north-east and south-west
	// quadrants; for dominant and dominated comparisons it is reported but
	// not meaningful.
	ICER investment.Money `json:"icer"`
}

// ICER compares an alternative with a comparator from the differences in
// cost and effect (alternative minus comparator): ΔC £12,000 and ΔE 0.6
// QALYs give £20,000 per QALY; ΔC −£500 and ΔE +0.1 is dominant. The ratio
// is computed exactly, dividing by the shortest decimal that reads back as
// ΔE, and rounded to the penny. It returns an error wrapping
// [ErrNotFinite] for a NaN or infinite ΔE and [ErrZeroEffect] for ΔE = 0,
// where no ratio exists.
func ICER(dCost investment.Money, dEffect float64) (Comparison, error) {
	if !finite(dEffect) {
		return Comparison{}, fmt.Errorf("outcomes: ICER with ΔE %v: %w", dEffect, ErrNotFinite)
	}
	if dEffect == 0 {
		return Comparison{}, fmt.Errorf("outcomes: ICER with ΔC %v and ΔE 0: %w", dCost, ErrZeroEffect)
	}
	return icerDec(dCost, decimal.NewFromFloat(dEffect)), nil
}

func icerDec(dCost investment.Money, dEffect decimal.Decimal) Comparison {
	e, _ := dEffect.Float64()
	c := Comparison{DeltaCost: dCost, DeltaEffect: e}
	c.ICER = investment.FromDecimal(dCost.Decimal().DivRound(dEffect, 2))
	switch {
	case dEffect.Sign() > 0 && dCost.Sign() > 0:
		c.Quadrant = MoreCostlyMoreEffective
	case dEffect.Sign() > 0:
		c.Quadrant = Dominant
	case dCost.Sign() >= 0:
		c.Quadrant = Dominated
	default:
		c.Quadrant = LessCostlyLessEffective
	}
	return c
}

// NMB returns the net monetary benefit λ × ΔE − ΔC, exactly (λ × ΔE uses
// the shortest decimal that reads back as ΔE): with λ = £30,000 a QALY, ΔE
// 0.6 and ΔC £12,000 it is £6,000. It returns an error wrapping
// [ErrNotFinite] for a NaN or infinite ΔE, [ErrRange] for |ΔE| ≥ 10^15
// and [ErrLambda] for a negative λ.
func NMB(dCost investment.Money, dEffect float64, lambda investment.Money) (investment.Money, error) {
	if lambda.IsNegative() {
		return investment.Money{}, fmt.Errorf("outcomes: NMB at λ %v: %w", lambda, ErrLambda)
	}
	if !finite(dEffect) {
		return investment.Money{}, fmt.Errorf("outcomes: NMB with ΔE %v: %w", dEffect, ErrNotFinite)
	}
	v, err := lambda.MulFloat(dEffect)
	if err != nil { // |ΔE| of 10^15 or more
		return investment.Money{}, fmt.Errorf("outcomes: NMB with ΔE %v: %w: %w", dEffect, ErrRange, err)
	}
	return v.Sub(dCost), nil
}

// NHB returns the net health benefit ΔE − ΔC / λ in units of effect: with
// λ = £30,000 a QALY, ΔE 0.6 and ΔC £12,000 it is 0.2 QALYs. It returns an
// error wrapping [ErrNotFinite] for a NaN or infinite ΔE and [ErrLambda]
// for λ ≤ £0.
func NHB(dCost investment.Money, dEffect float64, lambda investment.Money) (float64, error) {
	if !finite(dEffect) {
		return 0, fmt.Errorf("outcomes: NHB with ΔE %v: %w", dEffect, ErrNotFinite)
	}
	if lambda.Sign() <= 0 {
		return 0, fmt.Errorf("outcomes: NHB at λ %v: must be positive: %w", lambda, ErrLambda)
	}
	r, _ := dCost.Ratio(lambda)
	return dEffect - r, nil
}
