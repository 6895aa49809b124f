package forecast

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// maxRootModulus returns the largest root modulus of the polynomial with
// coefficients c (c[k] of z^k, monic), from the eigenvalues of its companion
// matrix: the way R's polyroot-based admissible() decides.
func maxRootModulus(c []float64) float64 {
	d := len(c) - 1
	comp := mat.NewDense(d, d, nil)
	for j := range d {
		comp.Set(0, j, -c[d-1-j]/c[d])
	}
	for i := 1; i < d; i++ {
		comp.Set(i, i-1, 1)
	}
	var eig mat.Eigen
	if !eig.Factorize(comp, mat.EigenNone) {
		return math.Inf(1)
	}
	var r float64
	for _, z := range eig.Values(nil) {
		r = math.Max(r, math.Hypot(real(z), imag(z)))
	}
	return r
}

// The Schur–Cohn test agrees with the eigenvalues of the companion matrix on
// random polynomials and on the characteristic polynomials of random
// seasonal smoothing parameters, except within 1e-9 of the radius.
func TestRootsWithinMatchesEigenvalues(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var disagree int
	check := func(c []float64, radius float64) {
		got := rootsWithin(c, radius)
		mod := maxRootModulus(c)
		if want := mod <= radius; got != want {
			if math.Abs(mod-radius) > 1e-9 {
				t.Errorf("%v: rootsWithin %v, largest root modulus %.12g", c, got, mod)
			}
			disagree++
		}
	}
	for range 20000 {
		d := 1 + r.IntN(13)
		c := make([]float64, d+1)
		for k := range d {
			c[k] = 0.8 * (2*r.Float64() - 1)
		}
		c[d] = 1
		check(c, 1)
	}
	var inside int
	for range 20000 {
		m := []int{4, 12}[r.IntN(2)]
		a := 1e-4 + 0.9998*r.Float64()
		b := a * r.Float64()
		g := (1 - a) * r.Float64()
		phi := 0.8 + 0.2*r.Float64()
		c := make([]float64, m+2)
		c[0] = phi * (1 - a - g)
		c[1] = a + b - a*phi + g - 1
		for j := 2; j < m; j++ {
			c[j] = a + b - a*phi
		}
		c[m] = a + b - phi
		c[m+1] = 1
		check(c, 1+1e-10)
		if rootsWithin(c, 1+1e-10) {
			inside++
		}
	}
	if inside == 0 || inside == 20000 {
		t.Errorf("%d of 20000 parameter draws admissible: the test does not discriminate", inside)
	}
	if disagree > 10 {
		t.Errorf("%d disagreements near the radius", disagree)
	}
}
