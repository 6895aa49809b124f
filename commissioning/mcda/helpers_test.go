package mcda

import (
	"math"
	"testing"
)

// cars is the three-car TOPSIS example of Hodgett's "TOPSIS in Excel",
// reproduced in the documentation of the R package MCDA (Bigaret, Meyer et
// al., function TOPSIS): price (lower is better), economy, aesthetics and
// boot capacity, weights 0.35, 0.25, 0.25, 0.15.
func cars() Matrix {
	return Matrix{
		Criteria: []Criterion{
			{ID: "price", Direction: LowerIsBetter, Swing: 0.35},
			{ID: "economy", Direction: HigherIsBetter, Swing: 0.25},
			{ID: "aesthetics", Direction: HigherIsBetter, Swing: 0.25},
			{ID: "boot", Direction: HigherIsBetter, Swing: 0.15},
		},
		Alternatives: []Alternative{
			{ID: "Corsa", Performance: []float64{5490, 51.4, 8.5, 285}},
			{ID: "Clio", Performance: []float64{6500, 70.6, 7, 288}},
			{ID: "Fiesta", Performance: []float64{6489, 54.3, 7.5, 290}},
		},
	}
}

func near(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol*max(1, math.Abs(a), math.Abs(b))
}

func assertNear(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if !near(got, want, tol) {
		t.Errorf("%s = %.12g, want %.12g (tolerance %g)", what, got, want, tol)
	}
}
