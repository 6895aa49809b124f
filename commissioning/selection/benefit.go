package selection

import (
	"fmt"
	"math"
)

// MaxBenefit bounds the magnitudes of the benefits of a problem's items:
// their absolute values must add up to at most 1e150. Every sum the search
// forms (a selection's benefit, a bound, a gap, a Lagrangian price times a
// budget in pence) then stays finite; benefits in pounds, QALYs or scores
// are far below it. A problem beyond it is refused with [ErrNotFinite].
const MaxBenefit = 1e150

// WeightedBenefit returns Σ weights[i]·scores[i], the benefit of an item
// scored on several measures (say NPSV in £m, QALYs and an MCDA score) that
// the caller weighs against each other. Weights must be finite,
// non-negative and not all zero, one per score; scores must be finite.
// The weights are used as given, not normalised. A sum beyond the range of
// float64 is an error wrapping [ErrNotFinite].
func WeightedBenefit(weights, scores []float64) (float64, error) {
	if len(weights) != len(scores) {
		return 0, fmt.Errorf("selection: %d weights for %d scores: %w", len(weights), len(scores), ErrBadWeights)
	}
	sum, any := 0.0, false
	for i, w := range weights {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return 0, fmt.Errorf("selection: weight %d (%v): %w", i+1, w, ErrNotFinite)
		}
		if w < 0 {
			return 0, fmt.Errorf("selection: weight %d (%v) is negative: %w", i+1, w, ErrBadWeights)
		}
		if math.IsNaN(scores[i]) || math.IsInf(scores[i], 0) {
			return 0, fmt.Errorf("selection: score %d (%v): %w", i+1, scores[i], ErrNotFinite)
		}
		any = any || w > 0
		sum += w * scores[i]
	}
	if !any {
		return 0, fmt.Errorf("selection: all weights zero: %w", ErrBadWeights)
	}
	if math.IsNaN(sum) || math.IsInf(sum, 0) {
		return 0, fmt.Errorf("selection: weighted benefit of %d scores beyond float64: %w", len(scores), ErrNotFinite)
	}
	return sum, nil
}
