package forecast

import (
	"math"
	"math/rand/v2"
	"testing"
)

// solveSym1 and solveSym2 repeat solveSym's operations for k = 1 and 2, so
// their results are bit-identical, singular systems included.
func TestSolveSymSmall(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		a11 := r.Float64() * 10
		a21 := r.NormFloat64()
		a22 := a21*a21/a11 + r.Float64()*math.Pow(10, -float64(i%12))
		if i%7 == 0 {
			a22 = a21 * a21 / a11 // singular up to rounding
		}
		b1, b2 := r.NormFloat64(), r.NormFloat64()

		x := make([]float64, 1)
		solveSym([]float64{a11}, []float64{b1}, 1, x)
		if got := solveSym1(a11, b1); math.Float64bits(got) != math.Float64bits(x[0]) {
			t.Fatalf("k=1 a=%v b=%v: %v, solveSym %v", a11, b1, got, x[0])
		}
		x = make([]float64, 2)
		solveSym([]float64{a11, 0, a21, a22}, []float64{b1, b2}, 2, x)
		g1, g2 := solveSym2(a11, a21, a22, b1, b2)
		if math.Float64bits(g1) != math.Float64bits(x[0]) || math.Float64bits(g2) != math.Float64bits(x[1]) {
			t.Fatalf("k=2 %v %v %v %v %v: (%v, %v), solveSym %v", a11, a21, a22, b1, b2, g1, g2, x)
		}
	}
}
