package forecast

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The written-out profile likelihood of models without a season agrees with
// the generic one (the state recursion of etscalc.c with one logarithm per
// step) to rounding, across scales from subnormal to 1e300, which exercises
// the mantissa-product sum of logarithms and its renormalisation.
func TestProfileNonSeasonalMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	specs := autoSpecs(1, true)
	for i := range 600 {
		n := 5 + r.IntN(200)
		if i%10 == 0 {
			n = 1000 + r.IntN(1000) // the mantissa product needs renormalising
		}
		scale := math.Pow(10, float64(r.IntN(7)-3)*100) // 1e-300 … 1e300
		if i%50 == 0 {
			scale = 1e-310 // subnormal data
		}
		y := make([]float64, n)
		level := 1.0
		for t := range y {
			level *= math.Exp(0.05 * r.NormFloat64())
			y[t] = scale * level * (1 + 0.1*r.Float64())
		}
		sp := specs[i%len(specs)]
		f := newFitter(sp, y, 1, fixedParams{})
		x := make([]float64, len(f.free))
		for j, c := range f.free {
			switch c {
			case 'a':
				x[j] = lowerSmooth + r.Float64()*(upperSmooth-lowerSmooth)
			case 'b':
				x[j] = lowerSmooth + r.Float64()*(x[0]-lowerSmooth)
			case 'p':
				x[j] = lowerPhi + r.Float64()*(upperPhi-lowerPhi)
			}
		}
		fast := f.profileNonSeasonal(x)
		slow := f.profile(x)
		if math.IsInf(fast, 1) != math.IsInf(slow, 1) {
			t.Fatalf("%v n=%d scale %g x=%v: written-out %v, generic %v", sp, n, scale, x, fast, slow)
		}
		if math.IsInf(slow, 1) {
			continue
		}
		if d := math.Abs(fast - slow); d > 1e-9*(1+math.Abs(slow)) {
			t.Errorf("%v n=%d scale %g x=%v: written-out %.15g, generic %.15g", sp, n, scale, x, fast, slow)
		}
	}
}
