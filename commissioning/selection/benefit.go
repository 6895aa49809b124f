package selection

import (
	"fmt"
	"math"
)

// WeightedBenefit returns Σ weights[i]·scores[i], the benefit of an item
// scored on several measures (say NPSV in £m, QALYs and an MCDA score) that
// the caller weighs against each other. Weights must be finite,
// non-negative and not all zero, one per score; scores must be finite.
// The weights are used as given, not normalised.
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
	return sum, nil
}
