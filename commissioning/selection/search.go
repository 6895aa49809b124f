package selection

import (
	"cmp"
	"context"
	"math"
	"slices"
	"time"
)

// search is a branch and bound over the items left free at its root (see
// run in tree.go). Each node fixes items in or out (with what that implies
// through groups and requirements), solves the linear relaxation by the
// dual simplex method from the previous basis, and prunes on the
// Lagrangian bound built from the relaxation's duals.
type search struct {
	md    *model
	st    []int8  // node state: -1 free, 0 out, 1 in
	res   []int64 // budget left at the node
	ben   float64 // benefit of the items in
	trail []int   // items fixed below the search root, for undo

	free   []int // items free at the search root: the LP columns
	col    []int // item -> LP column, or -1
	lprow  []int // LP budget rows -> model row
	ncap   []float64
	grows  []int // LP group rows -> group
	lp     *lp
	muRow  []float64 // scratch: multipliers per model row (benefit per penny)
	bestG  []float64 // scratch per group
	gIn    []bool    // scratch per group
	avail  []bool    // per item: free and able to enter at the node (set by lagrange)
	red    []float64 // per item: reduced benefit at the node's multipliers (set by lagrange)
	cscale float64   // benefit scale of the LP costs

	rootBound float64   // Lagrangian bound of the whole problem
	open      float64   // largest bound left open when stopped
	cand      []int     // scratch for round
	xsave     []float64 // scratch: the node relaxation, per LP column
	fillOrder []int     // free items by benefit per unit of μ-weighted cost, for round
	pcSum     []float64 // pseudo-costs: bound loss per unit, [2*item+up]
	pcCnt     []int32
	pcMean    [2]float64 // Σ over measured items of the mean pseudo-cost, down and up
	pcN       [2]int     // items measured, down and up
	fgroups   []int      // groups of the free items, ascending
	heur      bool       // the root state has heuristic fixings: no bound is reported
	seq       int64      // nodes created, for ties in the open list

	inc    []bool // incumbent, by canonical item
	incVal float64
	hasInc bool

	nodes      int64
	nodeLimit  int64
	roundLimit int64 // restart budget: stop (roundStop) after this many nodes
	roundStop  bool
	deadline   time.Time
	ctx        context.Context
	stopped    bool
	err        error
	onTick     func()
	improved   func()
}

// newSearch prepares a search whose root is the state root (a copy is
// taken): the items in there are paid for, the items that cannot fit what
// is left are fixed out, and the rest are the columns of its relaxation.
func newSearch(md *model, root []int8) *search {
	s := &search{md: md, st: slices.Clone(root)}
	s.res = slices.Clone(md.budget)
	for j := range md.n {
		if s.st[j] == 1 {
			s.ben += md.benefit[j]
			for r := range md.m {
				s.res[r] -= md.cost[j*md.m+r]
			}
		}
	}
	s.inc = make([]bool, md.n)
	s.muRow = make([]float64, md.m)
	s.bestG = make([]float64, len(md.members))
	s.gIn = make([]bool, len(md.members))
	s.avail = make([]bool, md.n)
	s.pcSum = make([]float64, 2*md.n)
	s.pcCnt = make([]int32, 2*md.n)
	s.red = make([]float64, md.n)
	s.col = make([]int, md.n)
	for j := range md.n {
		s.col[j] = -1
		if s.st[j] == -1 && s.fits(j) {
			s.col[j] = len(s.free)
			s.free = append(s.free, j)
		} else if s.st[j] == -1 {
			s.st[j] = 0 // cannot fit: out from the start (its dependants too)
			for _, d := range md.deps[j] {
				s.st[d] = 0
			}
		}
	}
	// Drop columns of items fixed out by the dependants rule above.
	kept := s.free[:0]
	for _, j := range s.free {
		if s.st[j] == -1 {
			s.col[j] = len(kept)
			kept = append(kept, j)
		} else {
			s.col[j] = -1
		}
	}
	s.free = kept
	for _, j := range s.free {
		s.fgroups = append(s.fgroups, md.group[j])
	}
	slices.Sort(s.fgroups)
	s.fgroups = slices.Compact(s.fgroups)
	for r := range md.m {
		if s.res[r] > 0 {
			s.lprow = append(s.lprow, r)
			s.ncap = append(s.ncap, float64(s.res[r]))
		}
	}
	cnt := make([]int, len(md.members))
	for _, j := range s.free {
		cnt[md.group[j]]++
	}
	for g := range md.members {
		if cnt[g] > 1 {
			s.grows = append(s.grows, g)
		}
	}
	nb := len(s.lprow)
	k := nb + len(s.grows)
	p := newLP(k, len(s.free))
	cscale := 1.0
	for _, j := range s.free {
		cscale = max(cscale, math.Abs(md.benefit[j]))
	}
	growOf := make([]int, len(md.members))
	for g := range growOf {
		growOf[g] = -1
	}
	for i, g := range s.grows {
		growOf[g] = nb + i
	}
	for c, j := range s.free {
		p.cost[c] = -md.benefit[j] / cscale
		for i, r := range s.lprow {
			p.a[c*k+i] = float64(md.cost[j*md.m+r]) / s.ncap[i]
		}
		if gr := growOf[md.group[j]]; gr >= 0 {
			p.a[c*k+gr] = 1
		}
		p.up[c] = 1
	}
	for i := range k {
		p.b[i] = 1
	}
	s.lp = p
	s.cscale = cscale
	s.xsave = make([]float64, len(s.free))
	return s
}

// fits reports whether item j alone fits in what is left at the node.
func (s *search) fits(j int) bool {
	m := s.md.m
	for r, v := range s.md.cost[j*m : j*m+m] {
		if v > s.res[r] {
			return false
		}
	}
	return true
}

// in fixes j in at the node with its requirements, and its group mates out.
// It reports false on a contradiction or an exceeded budget; the caller
// undoes to its mark either way.
func (s *search) in(j int) bool {
	switch s.st[j] {
	case 1:
		return true
	case 0:
		return false
	}
	md := s.md
	s.st[j] = 1
	s.trail = append(s.trail, j)
	s.ben += md.benefit[j]
	ok := true
	for r := range md.m {
		s.res[r] -= md.cost[j*md.m+r]
		if s.res[r] < 0 {
			ok = false
		}
	}
	if !ok {
		return false
	}
	for _, k := range md.req[j] {
		if !s.in(k) {
			return false
		}
	}
	for _, k := range md.members[md.group[j]] {
		if k != j && !s.out(k) {
			return false
		}
	}
	return true
}

// out fixes j out at the node, with every item that requires it.
func (s *search) out(j int) bool {
	switch s.st[j] {
	case 0:
		return true
	case 1:
		return false
	}
	s.st[j] = 0
	s.trail = append(s.trail, j)
	for _, d := range s.md.deps[j] {
		if !s.out(d) {
			return false
		}
	}
	return true
}

func (s *search) undo(mark int) {
	md := s.md
	for len(s.trail) > mark {
		j := s.trail[len(s.trail)-1]
		s.trail = s.trail[:len(s.trail)-1]
		if s.st[j] == 1 {
			s.ben -= md.benefit[j]
			for r := range md.m {
				s.res[r] += md.cost[j*md.m+r]
			}
		}
		s.st[j] = -1
	}
}

// relax solves the node's linear relaxation and returns its status and the
// Lagrangian bound from its duals (−Inf when infeasible).
func (s *search) relax() (lpStatus, float64) {
	p := s.lp
	for c, j := range s.free {
		switch {
		case s.st[j] == 1:
			p.lo[c], p.up[c] = 1, 1
		case s.st[j] == 0 || !s.fits(j):
			p.lo[c], p.up[c] = 0, 0
		default:
			p.lo[c], p.up[c] = 0, 1
		}
	}
	status := p.solve(20*p.k + 200)
	if status == lpInfeasible {
		return status, math.Inf(-1)
	}
	clear(s.muRow)
	cscale := s.cscale
	for i, r := range s.lprow {
		// Duals of the minimisation are ≤ 0 on ≤ rows; clamp noise.
		s.muRow[r] = max(-p.y[i], 0) * cscale / s.ncap[i]
	}
	return status, s.lagrange(s.muRow)
}

// lagrange returns the Lagrangian bound of the node for multipliers mu
// (benefit per penny, one per model row, zero where not used): valid for
// any mu ≥ 0.
func (s *search) lagrange(mu []float64) float64 {
	md := s.md
	l := s.ben
	for r, v := range s.res {
		l += mu[r] * float64(v)
	}
	for _, g := range s.fgroups {
		s.bestG[g] = 0
	}
	for _, j := range s.trail {
		if s.st[j] == 1 {
			s.gIn[md.group[j]] = true
		}
	}
	for _, j := range s.free {
		s.avail[j] = false
		if s.st[j] != -1 || !s.fits(j) {
			continue
		}
		g := md.group[j]
		if s.gIn[g] {
			continue
		}
		r := md.benefit[j]
		for _, row := range s.lprow {
			r -= mu[row] * float64(md.cost[j*md.m+row])
		}
		s.avail[j], s.red[j] = true, r
		s.bestG[g] = max(s.bestG[g], r)
	}
	for _, g := range s.fgroups {
		l += s.bestG[g]
	}
	for _, j := range s.trail {
		s.gIn[md.group[j]] = false
	}
	return l
}

// offer considers the items in at the node as a solution.
func (s *search) offer() {
	md := s.md
	v := s.ben
	if s.hasInc && v < s.incVal-md.tol {
		return
	}
	if s.hasInc && v <= s.incVal+md.tol && !s.solutionBetter() {
		return
	}
	for j := range md.n {
		s.inc[j] = s.st[j] == 1
	}
	s.incVal, s.hasInc = v, true
	if s.improved != nil {
		s.improved()
	}
}

// solutionBetter reports whether the items in at the node, read as a
// complete selection, come before the incumbent in the tie rule: in ID
// order, the first item where the two differ is in the node's selection.
func (s *search) solutionBetter() bool {
	for j, st := range s.st {
		if in := st == 1; in != s.inc[j] {
			return in
		}
	}
	return false
}

// lexPossible reports whether the node could hold a selection with benefit
// within the tolerance of the incumbent that the tie rule prefers. Such a
// selection agrees with the incumbent up to some item j that it has and the
// incumbent lacks; for a free j the Lagrangian bound l of the node, with j
// forced in, must still reach the incumbent. Call it right after lagrange.
func (s *search) lexPossible(l float64) bool {
	md := s.md
	floor := s.incVal - md.tol
	for j, st := range s.st {
		switch {
		case st == 1 && !s.inc[j]:
			return true
		case st == 0 && s.inc[j]:
			return false
		case st == -1 && !s.inc[j] && s.avail[j]:
			if l-(s.bestG[md.group[j]]-s.red[j]) >= floor {
				return true
			}
		}
	}
	return false
}

// prunable reports whether a node with bound b cannot hold a selection the
// search would prefer to the incumbent. b must be the latest lagrange value.
func (s *search) prunable(b float64) bool {
	if !s.hasInc {
		return false
	}
	if b < s.incVal-s.md.tol {
		return true
	}
	return b <= s.incVal+s.md.tol && !s.lexPossible(b)
}

// tick counts a node and reports whether to stop.
func (s *search) tick() bool {
	if s.stopped {
		return true
	}
	s.nodes++
	if s.nodeLimit > 0 && s.nodes > s.nodeLimit {
		s.stopped = true
		return true
	}
	if s.roundLimit > 0 && s.nodes > s.roundLimit {
		s.stopped, s.roundStop = true, true
		return true
	}
	if !s.deadline.IsZero() && time.Now().After(s.deadline) {
		s.stopped = true
		return true
	}
	if s.nodes&15 == 0 {
		if err := s.ctx.Err(); err != nil {
			s.stopped, s.err = true, err
			return true
		}
		if s.onTick != nil && s.nodes&(1<<14-1) == 0 {
			s.onTick()
		}
	}
	return false
}

// feasible reports whether the items in at the node, read as a complete
// selection, meet every requirement. Budgets hold by construction.
func (s *search) feasible() bool {
	for _, j := range s.md.withReq {
		if s.st[j] != 1 {
			continue
		}
		for _, k := range s.md.req[j] {
			if s.st[k] != 1 {
				return false
			}
		}
	}
	return true
}

// round is the primal heuristic at a node: the items the relaxation takes
// whole, then the fractional ones by decreasing value, then every other
// available item by decreasing reduced benefit at the node's duals (ties:
// the static fill order), each taken if it still fits; the result is
// offered as a selection. Call it right after relax.
func (s *search) round() {
	mark := len(s.trail)
	p := s.lp
	take := func(j int) {
		if !s.fits(j) {
			return // what is left only shrinks: it never fits later
		}
		m2 := len(s.trail)
		if !s.in(j) {
			s.undo(m2)
		}
	}
	// Candidates with a positive value go first by value, then those at
	// zero by reduced benefit, then (rounding noise) those below zero. Those
	// at zero that no longer fit once the others are in are left out before
	// sorting: they could not be taken anyway.
	s.cand = s.cand[:0]
	var zero, neg []int
	for c, j := range s.free {
		if s.st[j] != -1 {
			continue
		}
		switch x := p.x[c]; {
		case x > 1-1e-7:
			take(j)
		case !s.avail[j] || s.md.benefit[j] <= 0:
		case x > 0:
			s.cand = append(s.cand, j)
		case x == 0:
			zero = append(zero, j)
		default:
			neg = append(neg, j)
		}
	}
	x := func(j int) float64 { return p.x[s.col[j]] }
	byValue := func(a, b int) int {
		if c := cmp.Compare(x(b), x(a)); c != 0 {
			return c
		}
		return cmp.Compare(s.red[b], s.red[a])
	}
	slices.SortStableFunc(s.cand, byValue)
	for _, j := range s.cand {
		if s.st[j] == -1 {
			take(j)
		}
	}
	s.cand = s.cand[:0]
	for _, j := range zero {
		if s.st[j] == -1 && s.fits(j) {
			s.cand = append(s.cand, j)
		}
	}
	slices.SortStableFunc(s.cand, byValue)
	s.cand = append(s.cand, neg...)
	slices.SortStableFunc(s.cand[len(s.cand)-len(neg):], byValue)
	for _, j := range s.cand {
		if s.st[j] == -1 {
			take(j)
		}
	}
	for _, j := range s.fillOrder {
		if s.st[j] == -1 && s.md.benefit[j] > 0 {
			take(j)
		}
	}
	if s.feasible() {
		s.offer()
	}
	s.undo(mark)
}

// fixLocal fixes out at the node every available item that, forced in,
// would take the Lagrangian bound l below the incumbent. Call it right
// after lagrange; the caller undoes.
func (s *search) fixLocal(l float64) {
	md := s.md
	floor := s.incVal - md.tol
	for _, j := range s.free {
		if s.avail[j] && s.st[j] == -1 && l-(s.bestG[md.group[j]]-s.red[j]) < floor {
			s.out(j)
		}
	}
}

// learn records the bound lost by branching item j up or down from a node
// with bound b where the relaxation had x_j = x.
func (s *search) learn(j int, up bool, b, cb, x float64) {
	if math.IsInf(cb, -1) || math.IsInf(b, 0) {
		return
	}
	dist := x
	k := 2 * j
	if up {
		dist, k = 1-x, k+1
	}
	if dist < 1e-7 {
		return
	}
	side := k & 1
	if s.pcCnt[k] > 0 {
		s.pcMean[side] -= s.pcSum[k] / float64(s.pcCnt[k])
	} else {
		s.pcN[side]++
	}
	s.pcSum[k] += max(b-cb, 0) / dist
	s.pcCnt[k]++
	s.pcMean[side] += s.pcSum[k] / float64(s.pcCnt[k])
}

// branchItem picks the item to branch on at a node with bound b, or
// returns −1 if the relaxation is integral and −2 if strong branching
// shows that neither child can improve on the incumbent. It scores each
// fractional free item by pseudo-costs (the product of the expected bound
// losses down and up); items not yet branched on both ways are first
// measured by strong branching (solving both children), up to strongMax
// of them per node.
func (s *search) branchItem(b float64) int {
	p := s.lp
	type cand struct {
		j int
		x float64
	}
	var cs []cand
	for c, j := range s.free {
		if s.st[j] != -1 {
			continue
		}
		if x := p.x[c]; min(x, 1-x) > 1e-7 {
			cs = append(cs, cand{j, x})
		}
	}
	if len(cs) == 0 {
		return -1
	}
	const strongMax = 8
	strong := 0
	for _, c := range cs {
		if strong == strongMax || (s.pcCnt[2*c.j] > 0 && s.pcCnt[2*c.j+1] > 0) {
			continue
		}
		if !s.deadline.IsZero() && time.Now().After(s.deadline) {
			break // the node's caller stops at the next tick
		}
		strong++
		var cb [2]float64
		for side := range 2 {
			mark := len(s.trail)
			cb[side] = math.Inf(-1)
			ok := false
			if side == 1 {
				ok = s.in(c.j)
			} else {
				ok = s.out(c.j)
			}
			if ok {
				if st, bb := s.relax(); st != lpInfeasible {
					cb[side] = bb
				}
			}
			s.undo(mark)
			s.learn(c.j, side == 1, b, max(cb[side], b-1e6*max(1, math.Abs(b))), c.x)
		}
		if s.hasInc && cb[0] < s.incVal-s.md.tol && cb[1] < s.incVal-s.md.tol {
			return -2
		}
	}
	var avg [2]float64
	for i := range avg {
		avg[i] = 1
		if s.pcN[i] > 0 {
			avg[i] = s.pcMean[i] / float64(s.pcN[i])
		}
	}
	br, best := -1, 0.0
	for _, c := range cs {
		j, x := c.j, c.x
		pd, pu := avg[0], avg[1]
		if k := 2 * j; s.pcCnt[k] > 0 {
			pd = s.pcSum[k] / float64(s.pcCnt[k])
		}
		if k := 2*j + 1; s.pcCnt[k] > 0 {
			pu = s.pcSum[k] / float64(s.pcCnt[k])
		}
		score := max(pd*x, 1e-9) * max(pu*(1-x), 1e-9)
		if br < 0 || score > best {
			br, best = j, score
		}
	}
	return br
}
