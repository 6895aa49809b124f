package mcda

import (
	"fmt"
	"math"
	"math/cmplx"

	"github.com/opencommissioning/scp/internal/fault"
	"gonum.org/v1/gonum/mat"
)

// ReciprocalTolerance is how far a_ij·a_ji may stray from 1 (relatively)
// before [AHP] rejects a pairwise matrix as not reciprocal. One per cent
// accepts judgements typed to three decimal places (0.333 for 1/3, 0.143
// for 1/7) and rejects any real disagreement between a_ij and a_ji.
const ReciprocalTolerance = 0.01

// AcceptableCR is Saaty's threshold on the consistency ratio: judgements
// with CR above it should be revisited.
const AcceptableCR = 0.1

// randomIndex is Saaty's random consistency index RI for n = 1..10: the
// mean consistency index of random reciprocal matrices (Saaty, T. L., The
// Analytic Hierarchy Process, McGraw-Hill, 1980).
var randomIndex = [...]float64{0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49}

// RandomIndex returns Saaty's random index RI for a pairwise matrix of
// order n, 1 ≤ n ≤ 10: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45,
// 1.49. Other orders return [ErrOrder].
func RandomIndex(n int) (float64, error) {
	if n < 1 || n > len(randomIndex) {
		return 0, fmt.Errorf("mcda: random index for order %d: %w", n, ErrOrder)
	}
	return randomIndex[n-1], nil
}

// Priorities are the weights that the analytic hierarchy process derives
// from a pairwise comparison matrix, with its consistency measures.
type Priorities struct {
	Weights   []float64 `json:"weights"`   // the principal right eigenvector, scaled to sum to 1
	LambdaMax float64   `json:"lambdaMax"` // the principal eigenvalue λmax (≥ n; = n when consistent)
	CI        float64   `json:"ci"`        // consistency index (λmax − n)/(n − 1); 0 when n = 1
	RI        float64   `json:"ri"`        // random index for the order of the matrix
	CR        float64   `json:"cr"`        // consistency ratio CI/RI; 0 when RI = 0 (n ≤ 2)
	// Inconsistent flags CR > AcceptableCR. It is a warning for the
	// decision makers to revisit their judgements, not an error: the weights
	// are still the principal eigenvector of the matrix given.
	Inconsistent bool `json:"inconsistent"`
}

// AHP derives weights from a pairwise comparison matrix by Saaty's
// eigenvector method. a[i][j] says how many times more important item i is
// than item j (Saaty's 1–9 scale or any positive ratio), so a[j][i] must be
// 1/a[i][j] and a[i][i] = 1.
//
// The weights are the principal right eigenvector w of A (A·w = λmax·w),
// normalised to sum to 1; by the Perron–Frobenius theorem it is positive
// for a positive matrix. The consistency index is CI = (λmax − n)/(n − 1)
// and the consistency ratio CR = CI/RI with RI from [RandomIndex].
//
// Errors: [ErrOrder] for an empty matrix or one of order above 10 (beyond
// the random index table); [*PairError] values wrapping [ErrNotSquare] (a
// row of the wrong length), [ErrNotFinite], [ErrNotPositive], [ErrRange]
// (an entry outside [1/MaxJudgement, MaxJudgement]), [ErrDiagonal] or
// [ErrNotReciprocal] (within [ReciprocalTolerance]); [ErrEigen] if the
// eigen-decomposition fails.
func AHP(a [][]float64) (Priorities, error) {
	n := len(a)
	if n == 0 || n > len(randomIndex) {
		return Priorities{}, fmt.Errorf("mcda: pairwise matrix of order %d: %w", n, ErrOrder)
	}
	for i, row := range a {
		if len(row) != n {
			return Priorities{}, pairErr(i, -1, fmt.Errorf("%d entries for order %d: %w", len(row), n, ErrNotSquare))
		}
		for j, x := range row {
			if err := checkJudgement(i, j, x); err != nil {
				return Priorities{}, err
			}
		}
	}
	for i := range n {
		if a[i][i] != 1 {
			return Priorities{}, pairErr(i, i, fmt.Errorf("%v: %w", a[i][i], ErrDiagonal))
		}
		for j := i + 1; j < n; j++ {
			if p := a[i][j] * a[j][i]; !(math.Abs(p-1) <= ReciprocalTolerance) {
				return Priorities{}, pairErr(j, i, fmt.Errorf("%v is not 1/%v: %w", a[j][i], a[i][j], ErrNotReciprocal))
			}
		}
	}

	ri := randomIndex[n-1]
	if n == 1 {
		return Priorities{Weights: []float64{1}, LambdaMax: 1, RI: ri}, nil
	}
	w, lambda, err := principal(a)
	if err != nil {
		return Priorities{}, fmt.Errorf("mcda: pairwise matrix of order %d: %w", n, err)
	}
	if !fault.Finite(lambda) {
		return Priorities{}, fmt.Errorf("mcda: pairwise matrix of order %d: λmax %v: %w", n, lambda, ErrNotFinite)
	}
	ci := (lambda - float64(n)) / float64(n-1)
	if ci < 0 && ci > -1e-12 {
		ci = 0 // rounding below n for a consistent matrix
	}
	p := Priorities{Weights: w, LambdaMax: lambda, CI: ci, RI: ri}
	if ri > 0 {
		p.CR = ci / ri
	}
	p.Inconsistent = p.CR > AcceptableCR
	return p, nil
}

// principal returns the principal right eigenvector of a positive square
// matrix, scaled to sum to 1, and its eigenvalue.
func principal(a [][]float64) ([]float64, float64, error) {
	n := len(a)
	d := mat.NewDense(n, n, nil)
	for i, row := range a {
		d.SetRow(i, row)
	}
	var eig mat.Eigen
	if !eig.Factorize(d, mat.EigenRight) {
		return nil, 0, ErrEigen
	}
	vals := eig.Values(nil)
	k := 0
	for i, v := range vals {
		if real(v) > real(vals[k]) {
			k = i
		}
	}
	lambda := vals[k]
	if math.Abs(imag(lambda)) > 1e-9*cmplx.Abs(lambda) {
		return nil, 0, fmt.Errorf("principal eigenvalue %v is not real: %w", lambda, ErrEigen)
	}
	var vecs mat.CDense
	eig.VectorsTo(&vecs)
	w := make([]float64, n)
	sum := 0.0
	for i := range n {
		w[i] = real(vecs.At(i, k))
		sum += w[i]
	}
	if sum == 0 || math.IsNaN(sum) {
		return nil, 0, ErrEigen
	}
	for i := range w {
		w[i] /= sum
		if !(w[i] > 0) {
			return nil, 0, fmt.Errorf("eigenvector component %d is %v: %w", i+1, w[i], ErrEigen)
		}
	}
	return w, real(lambda), nil
}
