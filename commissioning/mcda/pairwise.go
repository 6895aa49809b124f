package mcda

import (
	"fmt"
	"math"
)

// Pairwise builds a full reciprocal comparison matrix of order n from the
// judgements above its diagonal, row by row: a_12, a_13, …, a_1n, a_23, …,
// a_(n−1)n, which is n(n−1)/2 values. The diagonal is set to 1 and each
// a_ji to 1/a_ij, so the result always passes [AHP]'s reciprocity check.
// A wrong number of judgements returns [ErrDimension]; a judgement that is
// not a positive finite number returns a [*PairError] wrapping
// [ErrNotFinite] or [ErrNotPositive].
func Pairwise(n int, upper ...float64) ([][]float64, error) {
	if n < 1 {
		return nil, fmt.Errorf("mcda: pairwise matrix of order %d: %w", n, ErrOrder)
	}
	if want := n * (n - 1) / 2; len(upper) != want {
		return nil, fmt.Errorf("mcda: %d judgements for order %d, want %d: %w", len(upper), n, want, ErrDimension)
	}
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, n)
		a[i][i] = 1
	}
	k := 0
	for i := range n {
		for j := i + 1; j < n; j++ {
			x := upper[k]
			k++
			switch {
			case math.IsNaN(x) || math.IsInf(x, 0):
				return nil, pairErr(i, j, ErrNotFinite)
			case !(x > 0):
				return nil, pairErr(i, j, ErrNotPositive)
			}
			a[i][j], a[j][i] = x, 1/x
		}
	}
	return a, nil
}
