package forecast

import "math"

// nmBig replaces a non-finite objective value, as R's optim does.
const nmBig = 1.0e+35

// nmmin minimises f by the Nelder–Mead method exactly as R's optim(method =
// "Nelder-Mead") does (R's nmmin in src/appl/optim.c, after Nash 1990,
// Compact Numerical Methods for Computers, algorithm 19): reflection 1,
// contraction 0.5, expansion 2; an initial simplex of steps 10% of the
// largest |x0[i]| (0.1 if x0 is zero) along each axis; the search ends
// when the spread of the simplex values is at most reltol·(|f(x0)| +
// reltol), when a shrink fails to reduce the simplex, or after more than
// maxit evaluations. Methods whose published figures come from R (the
// theta family of forecTheta, R's ses behind thetaf) are fitted with it so
// that they reach the same optimum. x0 is not modified. It returns the best
// vertex and its value; ok is false when f(x0) is not finite. It is long
// because it follows R's nmmin step by step, so that the two can be read
// side by side and reach the same points.
func nmmin(f func([]float64) float64, x0 []float64, reltol float64, maxit int) (x []float64, fmin float64, ok bool) {
	n := len(x0)
	bvec := append([]float64(nil), x0...)
	fx := f(bvec)
	if math.IsNaN(fx) || math.IsInf(fx, 0) {
		return bvec, fx, false
	}
	// p[j] is vertex j (p[j][n] its value); p[n+1] holds the centroid.
	n1 := n + 1
	p := make([][]float64, n+2)
	for j := range p {
		p[j] = make([]float64, n+1)
	}
	funcount := 1
	convtol := reltol * (math.Abs(fx) + reltol)
	p[0][n] = fx
	copy(p[0], bvec)
	L := 0
	step := 0.0
	for i := range n {
		if 0.1*math.Abs(bvec[i]) > step {
			step = 0.1 * math.Abs(bvec[i])
		}
	}
	if step == 0 {
		step = 0.1
	}
	size := 0.0
	for j := 1; j < n1; j++ {
		copy(p[j][:n], bvec)
		try := step
		for p[j][j-1] == bvec[j-1] {
			p[j][j-1] = bvec[j-1] + try
			try *= 10
		}
		size += try
	}
	oldsize := size
	eval := func(v []float64) float64 {
		copy(bvec, v)
		r := f(bvec)
		funcount++
		if math.IsNaN(r) || math.IsInf(r, 0) {
			return nmBig
		}
		return r
	}
	c := p[n+1]
	calcvert := true
	for {
		if calcvert {
			for j := range n1 {
				if j != L {
					p[j][n] = eval(p[j][:n])
				}
			}
			calcvert = false
		}
		vl := p[L][n]
		vh := vl
		H := L
		for j := range n1 {
			if j != L {
				v := p[j][n]
				if v < vl {
					L, vl = j, v
				}
				if v > vh {
					H, vh = j, v
				}
			}
		}
		if vh <= vl+convtol {
			break
		}
		for i := range n {
			temp := -p[H][i]
			for j := range n1 {
				temp += p[j][i]
			}
			c[i] = temp / float64(n)
		}
		for i := range n {
			bvec[i] = 2*c[i] - p[H][i]
		}
		vr := eval(bvec)
		if vr < vl {
			c[n] = vr
			for i := range n {
				e := 2*bvec[i] + (1-2)*c[i]
				c[i] = bvec[i]
				bvec[i] = e
			}
			fe := eval(bvec)
			if fe < vr {
				copy(p[H][:n], bvec)
				p[H][n] = fe
			} else {
				copy(p[H][:n], c[:n])
				p[H][n] = vr
			}
		} else {
			if vr < vh {
				copy(p[H][:n], bvec)
				p[H][n] = vr
			}
			for i := range n {
				bvec[i] = (1-0.5)*p[H][i] + 0.5*c[i]
			}
			fc := eval(bvec)
			if fc < p[H][n] {
				copy(p[H][:n], bvec)
				p[H][n] = fc
			} else if vr >= vh {
				calcvert = true
				size = 0
				for j := range n1 {
					if j != L {
						for i := range n {
							p[j][i] = 0.5*(p[j][i]-p[L][i]) + p[L][i]
							size += math.Abs(p[j][i] - p[L][i])
						}
					}
				}
				if !(size < oldsize) {
					break
				}
				oldsize = size
			}
		}
		if funcount > maxit {
			break
		}
	}
	return append([]float64(nil), p[L][:n]...), p[L][n], true
}
