package forecast

import "math"

// logSum accumulates Σ log(x) over positive x as a product of mantissas
// and a sum of binary exponents, with one logarithm at the end instead of
// one per term.
type logSum struct {
	mant float64
	exp  int
}

func (s *logSum) reset() { s.mant, s.exp = 1, 0 }

// add multiplies x > 0 into the product.
func (s *logSum) add(x float64) {
	b := math.Float64bits(x)
	e := int(b>>52) & 0x7ff
	if e == 0 || e == 0x7ff { // zero, subnormal, Inf or NaN: let Frexp decide
		m, ex := math.Frexp(x)
		s.mant *= m
		s.exp += ex
	} else {
		// x = m·2^(e−1022) with m in [0.5, 1).
		s.mant *= math.Float64frombits(b&^(0x7ff<<52) | 1022<<52)
		s.exp += e - 1022
	}
	if s.mant < 0x1p-900 {
		m, ex := math.Frexp(s.mant)
		s.mant = m
		s.exp += ex
	}
}

// value returns Σ log(x).
func (s *logSum) value() float64 {
	return math.Log(s.mant) + float64(s.exp)*math.Ln2
}
