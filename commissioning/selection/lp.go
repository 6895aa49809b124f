package selection

import "math"

// lp is a bounded-variable linear program in the form
//
//	minimise cost·x  subject to  A x + s = b,  lo ≤ x ≤ up,  s ≥ 0,
//
// solved by the dual simplex method with an explicit dense basis inverse.
// It is small by construction (one row per budget row and per exclusive
// group with several free items), so dense linear algebra is the right
// tool; columns are the free items and one slack per row. The search
// changes only bounds between solves, so the last basis stays dual
// feasible once nonbasic columns are moved to the bound their reduced cost
// asks for, and each node starts warm.
//
// Its answers steer the search (branching, duals). The bounds that prune
// are recomputed from its duals as a Lagrangian bound, which is valid for
// any nonnegative duals, so rounding in the simplex cannot make the search
// discard a better selection.
type lp struct {
	k, ns, nc int       // rows, structural columns, all columns (ns + k slacks)
	a         []float64 // nc*k, column-major
	cs        []int32   // nc+1: column j's nonzeros are ri, rv[cs[j]:cs[j+1]]
	ri        []int32   // row of each nonzero, ascending within a column
	rv        []float64 // value of each nonzero
	cost      []float64 // nc
	b         []float64 // k
	lo, up    []float64 // nc
	basis     []int     // k: column basic in each row
	row       []int     // nc: row where the column is basic, or -1
	atUp      []bool    // nc: nonbasic column at its upper bound
	binv      []float64 // k*k
	x         []float64 // nc: current values
	y         []float64 // k: duals (of the minimisation)
	d         []float64 // nc: reduced costs
	rho       []float64 // k: scratch row of binv
	alpha     []float64 // nc: scratch pivot row
	colq      []float64 // k: scratch pivot column
	stale     []bool    // nc: reduced cost not kept up to date (fixed column)
	pivots    int       // since the last refactorisation
	priced    bool      // y and d are current
	iters     int64     // total simplex iterations
}

type lpStatus int

const (
	lpOptimal lpStatus = iota
	lpInfeasible
	lpIterLimit
)

const (
	lpTolPrimal = 1e-9
	lpTolDual   = 1e-9
	lpTolPivot  = 1e-9
)

func newLP(k, ns int) *lp {
	nc := ns + k
	p := &lp{k: k, ns: ns, nc: nc,
		a: make([]float64, nc*k), cost: make([]float64, nc), b: make([]float64, k),
		lo: make([]float64, nc), up: make([]float64, nc),
		basis: make([]int, k), row: make([]int, nc), atUp: make([]bool, nc),
		binv: make([]float64, k*k), x: make([]float64, nc), y: make([]float64, k),
		d: make([]float64, nc), stale: make([]bool, nc), rho: make([]float64, k), alpha: make([]float64, nc), colq: make([]float64, k)}
	for i := range k {
		p.a[(ns+i)*k+i] = 1
		p.up[ns+i] = math.Inf(1)
	}
	p.slackBasis()
	return p
}

// compress builds the sparse copy of a (a column has a few budget rows
// and at most one group row). Sums over a column's nonzeros in row order
// equal the dense sums exactly.
func (p *lp) compress() {
	k := p.k
	p.cs = make([]int32, p.nc+1)
	p.ri, p.rv = p.ri[:0], p.rv[:0]
	for j := range p.nc {
		for i, v := range p.a[j*k : j*k+k] {
			if v != 0 {
				p.ri = append(p.ri, int32(i))
				p.rv = append(p.rv, v)
			}
		}
		p.cs[j+1] = int32(len(p.ri))
	}
}

// dot returns v·a_j.
func (p *lp) dot(v []float64, j int) float64 {
	s := 0.0
	lo, hi := p.cs[j], p.cs[j+1]
	for t, i := range p.ri[lo:hi] {
		s += v[i] * p.rv[int(lo)+t]
	}
	return s
}

// slackBasis makes every slack basic.
func (p *lp) slackBasis() {
	k := p.k
	for j := range p.nc {
		p.row[j] = -1
		p.atUp[j] = false
	}
	clear(p.binv)
	for i := range k {
		p.basis[i] = p.ns + i
		p.row[p.ns+i] = i
		p.binv[i*k+i] = 1
	}
	p.pivots = 0
}

// refactor recomputes the basis inverse by Gauss–Jordan elimination with
// partial pivoting, falling back to the slack basis if it is singular.
func (p *lp) refactor() {
	k := p.k
	m := make([]float64, k*2*k)
	for i := range k {
		col := p.basis[i]
		for r := range k {
			m[r*2*k+i] = p.a[col*k+r]
		}
		m[i*2*k+k+i] = 1
	}
	for c := range k {
		piv, best := -1, 1e-11
		for r := c; r < k; r++ {
			if v := math.Abs(m[r*2*k+c]); v > best {
				piv, best = r, v
			}
		}
		if piv < 0 {
			p.slackBasis()
			return
		}
		if piv != c {
			for t := range 2 * k {
				m[c*2*k+t], m[piv*2*k+t] = m[piv*2*k+t], m[c*2*k+t]
			}
		}
		f := m[c*2*k+c]
		for t := range 2 * k {
			m[c*2*k+t] /= f
		}
		for r := range k {
			if r == c || m[r*2*k+c] == 0 {
				continue
			}
			g := m[r*2*k+c]
			for t := range 2 * k {
				m[r*2*k+t] -= g * m[c*2*k+t]
			}
		}
	}
	// Row r of the eliminated matrix gives row r of B⁻¹; basis column i sits in row i.
	for r := range k {
		copy(p.binv[r*k:(r+1)*k], m[r*2*k+k:(r+1)*2*k])
	}
	p.pivots = 0
}

// prices recomputes the duals and reduced costs.
func (p *lp) prices() {
	k := p.k
	for c := range k {
		s := 0.0
		for i := range k {
			s += p.cost[p.basis[i]] * p.binv[i*k+c]
		}
		p.y[c] = s
	}
	for j := range p.nc {
		if p.row[j] >= 0 {
			p.d[j] = 0
			continue
		}
		s := p.cost[j]
		lo, hi := p.cs[j], p.cs[j+1]
		for t, i := range p.ri[lo:hi] {
			s -= p.y[i] * p.rv[int(lo)+t]
		}
		p.d[j] = s
	}
	clear(p.stale)
}

// freshen recomputes the reduced costs of the nonbasic columns that were
// fixed while they went stale and are free to move now.
func (p *lp) freshen() {
	for j := range p.nc {
		if !p.stale[j] || p.lo[j] == p.up[j] {
			continue
		}
		p.stale[j] = false
		if p.row[j] >= 0 {
			continue
		}
		s := p.cost[j]
		lo, hi := p.cs[j], p.cs[j+1]
		for t, i := range p.ri[lo:hi] {
			s -= p.y[i] * p.rv[int(lo)+t]
		}
		p.d[j] = s
	}
}

// place puts each nonbasic column at the bound its reduced cost asks for.
func (p *lp) place() {
	for j := range p.nc {
		if p.row[j] >= 0 {
			continue
		}
		switch {
		case p.lo[j] == p.up[j]:
			p.atUp[j] = false
			p.x[j] = p.lo[j]
		case p.d[j] < 0 && !math.IsInf(p.up[j], 1):
			p.atUp[j] = true
			p.x[j] = p.up[j]
		default:
			p.atUp[j] = false
			p.x[j] = p.lo[j]
		}
	}
}

// primal recomputes the basic values from the nonbasic ones.
func (p *lp) primal() {
	k := p.k
	r := p.rho
	copy(r, p.b)
	for j := range p.nc {
		if p.row[j] >= 0 || p.x[j] == 0 {
			continue
		}
		xj := p.x[j]
		lo, hi := p.cs[j], p.cs[j+1]
		for t, i := range p.ri[lo:hi] {
			r[i] -= p.rv[int(lo)+t] * xj
		}
	}
	for i := range k {
		s := 0.0
		for c := range k {
			s += p.binv[i*k+c] * r[c]
		}
		p.x[p.basis[i]] = s
	}
}

// solve runs the dual simplex method from the current basis for at most
// maxIter iterations. Duals and reduced costs are updated from the pivot
// row between refactorisations, and recomputed after each.
//
// It is long because it is the innermost loop of the search, run at every
// node: one iteration (leaving row, pivot row, ratio test, update of the
// values, duals and inverse) stays in one body so that its working slices
// stay in registers and locals rather than being passed between calls.
func (p *lp) solve(maxIter int) lpStatus {
	k := p.k
	if p.cs == nil {
		p.compress()
	}
	if p.pivots > 50 || !p.priced {
		p.refactor()
		p.prices()
		p.priced = true
	} else {
		p.freshen()
	}
	p.place()
	p.primal()
	for it := 0; it < maxIter; it++ {
		// Leaving row: the largest bound violation.
		r, worst := -1, lpTolPrimal
		for i := range k {
			j := p.basis[i]
			if v := p.lo[j] - p.x[j]; v > worst {
				r, worst = i, v
			}
			if v := p.x[j] - p.up[j]; v > worst {
				r, worst = i, v
			}
		}
		if r < 0 {
			return lpOptimal
		}
		leave := p.basis[r]
		below := p.x[leave] < p.lo[leave]
		copy(p.rho, p.binv[r*k:(r+1)*k])
		q, ratio, qa := -1, 0.0, 0.0
		for j := range p.nc {
			if p.row[j] >= 0 {
				continue
			}
			if p.lo[j] == p.up[j] {
				// A fixed column cannot enter: its reduced cost is
				// recomputed when it is freed (freshen).
				p.stale[j] = true
				continue
			}
			s := p.dot(p.rho, j)
			p.alpha[j] = s
			// x_leave moves by −α_j per unit increase of x_j.
			var ok bool
			if below {
				ok = (!p.atUp[j] && s < -lpTolPivot) || (p.atUp[j] && s > lpTolPivot)
			} else {
				ok = (!p.atUp[j] && s > lpTolPivot) || (p.atUp[j] && s < -lpTolPivot)
			}
			if !ok {
				continue
			}
			t := math.Abs(p.d[j]) / math.Abs(s)
			if q < 0 || t < ratio || (t == ratio && math.Abs(s) > qa) {
				q, ratio, qa = j, t, math.Abs(s)
			}
		}
		if q < 0 {
			return lpInfeasible
		}
		// Dual update: d_j −= θ·α_j with θ = d_q/α_q; y += θ·ρ.
		theta := p.d[q] / p.alpha[q]
		for j := range p.nc {
			if p.row[j] < 0 && !p.stale[j] {
				p.d[j] -= theta * p.alpha[j]
			}
		}
		for i := range k {
			p.y[i] += theta * p.rho[i]
		}
		p.d[q] = 0
		p.d[leave] = -theta
		// Pivot column q into row r.
		col := p.a[q*k : q*k+k]
		for i := range k {
			s := 0.0
			for c := range k {
				s += p.binv[i*k+c] * col[c]
			}
			p.colq[i] = s
		}
		piv := p.colq[r]
		// Primal step: x_q moves by t so that x_leave reaches its bound.
		target := p.up[leave]
		if below {
			target = p.lo[leave]
		}
		t := (p.x[leave] - target) / piv
		for i := range k {
			p.x[p.basis[i]] -= t * p.colq[i]
		}
		xq := p.x[q] + t
		for c := range k {
			p.binv[r*k+c] /= piv
		}
		for i := range k {
			if i == r || p.colq[i] == 0 {
				continue
			}
			f := p.colq[i]
			for c := range k {
				p.binv[i*k+c] -= f * p.binv[r*k+c]
			}
		}
		p.basis[r] = q
		p.row[q] = r
		p.row[leave] = -1
		p.atUp[leave] = !below
		p.x[leave] = target
		p.x[q] = xq
		p.pivots++
		p.iters++
		if p.pivots > 50 {
			p.refactor()
			p.prices()
			p.place()
			p.primal()
		}
	}
	return lpIterLimit
}
