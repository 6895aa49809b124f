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
	dw := newMaster(md, rows, cscale)
	const maxIter = 2000
	for iter := 0; iter < maxIter; iter++ {
		if !dw.step() {
			break
		}
	}
	for i, r := range rows {
		mu[r] = dw.bestLam[i] * cscale / float64(md.cap[r])
	}
	return mu, md.lagrangian(mu)
}

// column is a column of the Dantzig–Wolfe master problem: its entries on
// the R budget rows and the convexity row, and its (normalised) benefit.
type column struct {
	a []float64
	c float64
}

// master is the Dantzig–Wolfe master problem of [model.multipliers], solved
// by the revised simplex method with an explicit basis inverse.
type master struct {
	md      *model
	R, K    int       // budget rows; rows with the convexity row
	an      []float64 // normalised costs a'_jr = cost/cap, item-major
	cn      []float64 // normalised benefits c'_j = benefit/cscale
	cols    []column  // 0..R-1 slacks, then proposals
	basis   []int
	binv    []float64 // K×K basis inverse
	x       []float64 // basic values
	y       []float64 // duals
	lam     []float64 // the duals of the budget rows, clipped at 0
	best    float64   // the least Lagrangian bound met
	bestLam []float64 // the λ that met it
	d       []float64 // scratch: B⁻¹·a of the entering column
	pick    []int     // scratch: per group, the item the subproblem picks
}

// newMaster builds the master problem on rows with the slacks and the
// empty selection as its first basis.
func newMaster(md *model, rows []int, cscale float64) *master {
	R := len(rows)
	K := R + 1
	dw := &master{md: md, R: R, K: K, an: make([]float64, md.n*R), cn: make([]float64, md.n),
		cols: make([]column, 0, 64), basis: make([]int, K), binv: make([]float64, K*K),
		x: make([]float64, K), y: make([]float64, K), lam: make([]float64, R),
		best: math.Inf(1), bestLam: make([]float64, R), d: make([]float64, K), pick: make([]int, len(md.members))}
	for j := range md.n {
		if md.state[j] >= 0 {
			continue
		}
		dw.cn[j] = md.benefit[j] / cscale
		for i, r := range rows {
			dw.an[j*R+i] = float64(md.cost[j*md.m+r]) / float64(md.cap[r])
		}
	}
	for i := range R {
		a := make([]float64, K)
		a[i] = 1
		dw.cols = append(dw.cols, column{a: a})
	}
	empty := make([]float64, K)
	empty[R] = 1
	dw.cols = append(dw.cols, column{a: empty})
	for i := range K {
		dw.basis[i] = i
		dw.binv[i*K+i] = 1
		dw.x[i] = 1
	}
	return dw
}

// step makes one iteration: duals, the subproblem at them, and a pivot on
// the entering column. It reports false when the master is solved (or
// cannot move).
func (dw *master) step() bool {
	R, K := dw.R, dw.K
	for k := range K {
		s := 0.0
		for i := range K {
			s += dw.cols[dw.basis[i]].c * dw.binv[i*K+k]
		}
		dw.y[k] = s
	}
	// A slack with a negative dual enters first.
	enter := -1
	most := -1e-12
	for i := range R {
		if dw.y[i] < most {
			most, enter = dw.y[i], i
		}
	}
	for i := range R {
		dw.lam[i] = max(dw.y[i], 0)
	}
	v, col := dw.price()
	l := v
	for i := range R {
		l += dw.lam[i]
	}
	if l < dw.best {
		dw.best = l
		copy(dw.bestLam, dw.lam)
	}
	obj := 0.0
	for i := range K {
		obj += dw.cols[dw.basis[i]].c * dw.x[i]
	}
	if dw.best-obj <= 1e-11*max(1, math.Abs(dw.best)) {
		return false
	}
	if enter < 0 {
		if v-dw.y[R] <= 1e-12*max(1, math.Abs(dw.best)) {
			return false
		}
		dw.cols = append(dw.cols, col)
		enter = len(dw.cols) - 1
	}
	return dw.pivot(enter)
}

// price evaluates the subproblem at lam: the best group selection, its
// reduced value V and the column it makes.
func (dw *master) price() (float64, column) {
	R := dw.R
	v := 0.0
	for g, mem := range dw.md.members {
		dw.pick[g] = -1
		bg := 0.0
		for _, j := range mem {
			if dw.md.state[j] >= 0 {
				continue
			}
			r := dw.cn[j]
			for i := range R {
				r -= dw.lam[i] * dw.an[j*R+i]
			}
			if r > bg {
				bg, dw.pick[g] = r, j
			}
		}
		v += bg
	}
	col := column{a: make([]float64, dw.K)}
	col.a[R] = 1
	for _, j := range dw.pick {
		if j < 0 {
			continue
		}
		col.c += dw.cn[j]
		for i := range R {
			col.a[i] += dw.an[j*R+i]
		}
	}
	return v, col
}

// pivot brings column enter into the basis by the ratio test on
// d = B⁻¹·a_enter, ties to the smallest basic column. It reports false
// when no row limits the column (an unbounded master, which the convexity
// row rules out).
func (dw *master) pivot(enter int) bool {
	K := dw.K
	a := dw.cols[enter].a
	for i := range K {
		s := 0.0
		for k := range K {
			s += dw.binv[i*K+k] * a[k]
		}
		dw.d[i] = s
	}
	p := -1
	var ratio float64
	for i := range K {
		if dw.d[i] > 1e-12 {
			t := max(dw.x[i], 0) / dw.d[i]
			if p < 0 || t < ratio || (t == ratio && dw.basis[i] < dw.basis[p]) {
				p, ratio = i, t
			}
		}
	}
	if p < 0 {
		return false
	}
	piv := dw.d[p]
	for k := range K {
		dw.binv[p*K+k] /= piv
	}
	dw.x[p] /= piv
	for i := range K {
		if i == p || dw.d[i] == 0 {
			continue
		}
		f := dw.d[i]
		for k := range K {
			dw.binv[i*K+k] -= f * dw.binv[p*K+k]
		}
		dw.x[i] -= f * dw.x[p]
	}
	dw.basis[p] = enter
	return true
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
