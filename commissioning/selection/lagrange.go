package selection

import "math"

// This file holds the relaxations that bound the search.
//
// Lagrangian relaxation. For multipliers μ ≥ 0 on the budget rows (benefit
// per penny), relaxing the rows gives
//
//	L(μ) = Σ_r μ_r·cap_r + Σ_g max(0, max_{j∈g} (c_j − μ·a_j)),
//
// an upper bound on the best benefit for any μ ≥ 0 (each ungrouped item is
// a group of one). Its minimum over μ is the bound of the linear-programming
// relaxation, because the group constraints alone describe an integral
// polytope. multipliers finds that minimum by column generation
// (Dantzig–Wolfe): the master problem chooses a convex combination of group
// selections that respects the rows, and its duals are the next μ.
//
// Any μ ≥ 0 gives a valid bound, so inexact multipliers cost speed, never
// correctness. The search recomputes L at every node from the duals of the
// node's linear relaxation (search.lagrange).

// multipliers returns μ (benefit per penny, one per row; zero on rows with
// nothing left) that minimise, up to the iteration limit, the Lagrangian
// bound of the free items over the residual capacities md.cap, and that
// bound (excluding the benefit of the items fixed in).
func (md *model) multipliers() (mu []float64, lag float64) {
	mu = make([]float64, md.m)
	var rows []int
	for r := range md.m {
		if md.cap[r] > 0 {
			rows = append(rows, r)
		}
	}
	cscale := 0.0
	for j := range md.n {
		if md.state[j] < 0 {
			cscale = max(cscale, math.Abs(md.benefit[j]))
		}
	}
	if cscale == 0 {
		return mu, md.lagrangian(mu)
	}
	R := len(rows)
	// Normalised data: a'_jr = cost/cap, c'_j = benefit/cscale.
	an := make([]float64, md.n*R)
	cn := make([]float64, md.n)
	for j := range md.n {
		if md.state[j] >= 0 {
			continue
		}
		cn[j] = md.benefit[j] / cscale
		for i, r := range rows {
			an[j*R+i] = float64(md.cost[j*md.m+r]) / float64(md.cap[r])
		}
	}
	K := R + 1
	// Columns: 0..R-1 slacks, then proposals (R rows then the convexity row).
	type column struct {
		a []float64
		c float64
	}
	cols := make([]column, 0, 64)
	for i := range R {
		a := make([]float64, K)
		a[i] = 1
		cols = append(cols, column{a: a})
	}
	empty := make([]float64, K)
	empty[R] = 1
	cols = append(cols, column{a: empty})
	basis := make([]int, K)
	binv := make([]float64, K*K)
	x := make([]float64, K)
	for i := range K {
		basis[i] = i
		binv[i*K+i] = 1
		x[i] = 1
	}
	y := make([]float64, K)
	lam := make([]float64, R)
	best := math.Inf(1)
	bestLam := make([]float64, R)
	d := make([]float64, K)
	pick := make([]int, len(md.members))

	// price evaluates the subproblem at lam: the best group selection, its
	// reduced value V and the column it makes.
	price := func() (float64, column) {
		v := 0.0
		for g, mem := range md.members {
			pick[g] = -1
			bg := 0.0
			for _, j := range mem {
				if md.state[j] >= 0 {
					continue
				}
				r := cn[j]
				for i := range R {
					r -= lam[i] * an[j*R+i]
				}
				if r > bg {
					bg, pick[g] = r, j
				}
			}
			v += bg
		}
		col := column{a: make([]float64, K)}
		col.a[R] = 1
		for _, j := range pick {
			if j < 0 {
				continue
			}
			col.c += cn[j]
			for i := range R {
				col.a[i] += an[j*R+i]
			}
		}
		return v, col
	}

	const maxIter = 2000
	for iter := 0; iter < maxIter; iter++ {
		for k := range K {
			s := 0.0
			for i := range K {
				s += cols[basis[i]].c * binv[i*K+k]
			}
			y[k] = s
		}
		// A slack with a negative dual enters first.
		enter := -1
		most := -1e-12
		for i := range R {
			if y[i] < most {
				most, enter = y[i], i
			}
		}
		for i := range R {
			lam[i] = max(y[i], 0)
		}
		v, col := price()
		l := v
		for i := range R {
			l += lam[i]
		}
		if l < best {
			best = l
			copy(bestLam, lam)
		}
		obj := 0.0
		for i := range K {
			obj += cols[basis[i]].c * x[i]
		}
		if best-obj <= 1e-11*max(1, math.Abs(best)) {
			break
		}
		if enter < 0 {
			if v-y[R] <= 1e-12*max(1, math.Abs(best)) {
				break
			}
			cols = append(cols, col)
			enter = len(cols) - 1
		}
		// Ratio test on d = B⁻¹·a_enter; ties go to the smallest basic column.
		a := cols[enter].a
		for i := range K {
			s := 0.0
			for k := range K {
				s += binv[i*K+k] * a[k]
			}
			d[i] = s
		}
		p := -1
		var ratio float64
		for i := range K {
			if d[i] > 1e-12 {
				t := max(x[i], 0) / d[i]
				if p < 0 || t < ratio || (t == ratio && basis[i] < basis[p]) {
					p, ratio = i, t
				}
			}
		}
		if p < 0 {
			break // unbounded master: cannot happen with the convexity row; stop with what we have
		}
		piv := d[p]
		for k := range K {
			binv[p*K+k] /= piv
		}
		x[p] /= piv
		for i := range K {
			if i == p || d[i] == 0 {
				continue
			}
			f := d[i]
			for k := range K {
				binv[i*K+k] -= f * binv[p*K+k]
			}
			x[i] -= f * x[p]
		}
		basis[p] = enter
	}
	for i, r := range rows {
		mu[r] = bestLam[i] * cscale / float64(md.cap[r])
	}
	return mu, md.lagrangian(mu)
}

// lagrangian returns L(μ) over the free items and md.cap.
func (md *model) lagrangian(mu []float64) float64 {
	l := 0.0
	for r := range md.m {
		l += mu[r] * float64(md.cap[r])
	}
	for _, mem := range md.members {
		bg := 0.0
		for _, j := range mem {
			if md.state[j] < 0 {
				bg = max(bg, md.reduced(mu, j))
			}
		}
		l += bg
	}
	return l
}

// reduced returns c_j − μ·a_j.
func (md *model) reduced(mu []float64, j int) float64 {
	r := md.benefit[j]
	for k := range md.m {
		r -= mu[k] * float64(md.cost[j*md.m+k])
	}
	return r
}
