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
// not a positive finite number, or lies outside [1/MaxJudgement,
// MaxJudgement], returns a [*PairError] wrapping [ErrNotFinite],
// [ErrNotPositive] or [ErrRange].
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
			if err := checkJudgement(i, j, x); err != nil {
				return nil, err
			}
			a[i][j], a[j][i] = x, 1/x
		}
	}
	return a, nil
}

// MaxJudgement bounds a pairwise judgement: every entry of a comparison
// matrix must lie in [1/MaxJudgement, MaxJudgement]. Saaty's scale runs from
// 1/9 to 9; the bound leaves room for extended scales while keeping the
// eigenvector, λmax and the consistency ratio finite (an entry of 1e300,
// or its reciprocal, would overflow them).
const MaxJudgement = 1e6

// checkJudgement checks entry (i, j), zero-based, of a comparison matrix.
func checkJudgement(i, j int, x float64) error {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return pairErr(i, j, ErrNotFinite)
	case !(x > 0):
		return pairErr(i, j, ErrNotPositive)
	case x > MaxJudgement || x < 1/MaxJudgement:
		return pairErr(i, j, fmt.Errorf("%v outside [1/%g, %g]: %w", x, MaxJudgement, MaxJudgement, ErrRange))
	}
	return nil
}
