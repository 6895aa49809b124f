package forecast

import (
	"math"
	"testing"
)

// With the optimum on a bound the projected objective is flat beyond it;
// knowing that, the search ends sooner at the same value.
func TestNelderMeadFlatStall(t *testing.T) {
	f := func(x []float64) float64 {
		v := math.Min(math.Max(x[0], 0), 1)
		return (v-2)*(v-2) + 1
	}
	beyond := func(x []float64) bool { return x[0] > 1 }
	plain := nmSettings{maxEval: 400, relTol: 1e-6, stall: 6}
	flat := plain
	flat.flatStall = 2
	x1, f1, n1 := nelderMead(f, []float64{0.2}, []float64{0.1}, plain, nil, nil)
	x2, f2, n2 := nelderMead(f, []float64{0.2}, []float64{0.1}, flat, beyond, nil)
	if f1 != 2 || f2 != 2 || !(x1[0] >= 1) || !(x2[0] >= 1) {
		t.Fatalf("minimum at x=%v f=%v and x=%v f=%v, want x ≥ 1, f = 2", x1, f1, x2, f2)
	}
	if n2 >= n1 {
		t.Errorf("%d evaluations with the flat rule, %d without", n2, n1)
	}
}

func TestBeyondBounds(t *testing.T) {
	f := newFitter(Spec{Error: Additive, Trend: Additive, Damped: true}, []float64{1, 2, 3, 4, 5, 6, 7, 8}, 1, fixedParams{})
	for _, c := range []struct {
		x    []float64
		want bool
	}{
		{[]float64{1.2, 1.3, 0.99}, true},   // α > 0.9999, β > α, φ > 0.98
		{[]float64{-1, -1, 0.7}, true},      // all below
		{[]float64{1.2, 0.5, 0.99}, false},  // β inside
		{[]float64{0.9999, 1, 0.99}, false}, // α on its bound, not beyond
		{[]float64{0.5, 0.2, 0.9}, false},   // inside
	} {
		if got := f.beyondBounds(c.x); got != c.want {
			t.Errorf("beyondBounds(%v) = %v, want %v", c.x, got, c.want)
		}
	}
}
