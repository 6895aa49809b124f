package forecast

import "math"

// The likelihood of a multiplicative-error model needs Σ log ŷ(t). The hot
// loop accumulates it as a product of mantissas and a sum of binary
// exponents, with one logarithm at the end instead of one per term:
//
//	b := math.Float64bits(x)           // x > 0, normal: x = m·2^(e−1022), m in [0.5, 1)
//	mant *= math.Float64frombits(b&(1<<52−1) | 1022<<52)
//	exp += int(b>>52) − 1022
//
// and calls logSumSlow for zero, subnormal or non-finite x and when the
// product falls below 2^−900.

// logSumSlow renormalises the product mant·2^exp and multiplies in x.
func logSumSlow(mant float64, exp int, x float64) (float64, int) {
	m, e := math.Frexp(mant)
	mx, ex := math.Frexp(x)
	return m * mx, exp + e + ex
}

// logSumValue returns log(mant·2^exp).
func logSumValue(mant float64, exp int) float64 {
	return math.Log(mant) + float64(exp)*math.Ln2
}
