package selection

import (
	"container/heap"
	"math"
)

// bnode is a node of the search tree: the decision that made it from its
// parent (item+1 fixed in, −(item+1) fixed out, 0 at the root), the bound
// it inherits, and what pseudo-costs learn when it is solved.
type bnode struct {
	parent *bnode
	dec    int32
	bound  float64
	seq    int64
	// Branching record: the parent's bound and the item's value there.
	item   int32 // −1 when not a branching child
	up     bool
	pbound float64
	px     float64
}

// openNodes is a max-heap of nodes by bound, ties by creation order.
type openNodes []*bnode

func (h openNodes) Len() int { return len(h) }
func (h openNodes) Less(i, j int) bool {
	if h[i].bound != h[j].bound {
		return h[i].bound > h[j].bound
	}
	return h[i].seq < h[j].seq
}
func (h openNodes) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *openNodes) Push(x any)   { *h = append(*h, x.(*bnode)) }
func (h *openNodes) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

// child makes a node below parent with decision dec.
func (s *search) child(parent *bnode, dec int32, bound float64) *bnode {
	s.seq++
	return &bnode{parent: parent, dec: dec, bound: bound, seq: s.seq, item: -1}
}

// decide applies one decision; it reports false on a contradiction.
func (s *search) decide(dec int32) bool {
	switch {
	case dec > 0:
		return s.in(int(dec - 1))
	case dec < 0:
		return s.out(int(-dec - 1))
	}
	return true
}

// enter undoes everything below the search root and applies the decisions
// on the path to n.
func (s *search) enter(n *bnode) bool {
	s.undo(0)
	var path []int32
	for p := n; p != nil; p = p.parent {
		if p.dec != 0 {
			path = append(path, p.dec)
		}
	}
	for i := len(path) - 1; i >= 0; i-- {
		if !s.decide(path[i]) {
			return false
		}
	}
	return true
}

// run is the branch and bound: best-first over open nodes, each popped node
// followed by a plunge (one child at once, the other kept open) until the
// plunge is pruned. If the search stops, run returns the
// largest bound of the nodes left open (−Inf when none was), otherwise
// −Inf.
func (s *search) run() float64 {
	var open openNodes
	heap.Push(&open, s.child(nil, 0, math.Inf(1)))
	for open.Len() > 0 {
		top := open[0]
		if s.hasInc && top.bound < s.incVal-s.md.tol {
			break // every open node is worse than the incumbent
		}
		heap.Pop(&open)
		if !s.enter(top) {
			continue
		}
		cur := top
		for cur != nil {
			if s.tick() {
				heap.Push(&open, cur)
				s.undo(0)
				if s.heur {
					return math.Inf(-1)
				}
				return open[0].bound
			}
			cur = s.process(cur, &open)
		}
	}
	s.undo(0)
	return math.Inf(-1)
}

// process solves node n (already entered), offers what it finds, and
// either returns the child to plunge into (entered, with its sibling
// pushed open) or nil when n is finished.
//
// It is long because it is the search kernel's one step per node: bound,
// prune, rounding, branching choice and plunge read and update the same
// node state in sequence, and are clearest (and cheapest) read in order.
func (s *search) process(n *bnode, open *openNodes) *bnode {
	status, b := s.relax()
	if n.item >= 0 {
		cb := b
		if status == lpInfeasible {
			cb = n.pbound - 1e6*max(1, math.Abs(n.pbound))
		}
		s.learn(int(n.item), n.up, n.pbound, cb, n.px)
	}
	if status == lpInfeasible || s.prunable(b) {
		return nil
	}
	if status == lpOptimal {
		s.round()
		if s.prunable(b) {
			return nil
		}
	}
	if s.hasInc {
		mark := len(s.trail)
		s.fixLocal(b)
		if len(s.trail) > mark {
			// Record the fixings as decisions so the node can be re-entered.
			fixed := append([]int(nil), s.trail[mark:]...)
			s.undo(mark)
			for _, j := range fixed {
				if s.st[j] == -1 {
					n = s.child(n, -int32(j+1), b)
					s.out(j)
				}
			}
			status, b = s.relax()
			if status == lpInfeasible || s.prunable(b) {
				return nil
			}
		}
	}
	p := s.lp
	br := -1
	var xbr float64
	if status == lpOptimal {
		copy(s.xsave, p.x[:len(s.free)]) // strong branching moves the basis
		br = s.branchItem(b)
		if br == -2 {
			return nil
		}
		if br >= 0 {
			xbr = s.xsave[s.col[br]]
		}
	}
	if br < 0 {
		// Integral (or unsolved): the rounded relaxation, if a selection.
		mark := len(s.trail)
		ok := true
		for c, j := range s.free {
			if s.st[j] == -1 && status == lpOptimal && p.x[c] > 0.5 {
				ok = ok && s.in(j)
			}
		}
		if ok && status == lpOptimal && s.feasible() {
			s.offer()
		}
		s.undo(mark)
		if s.prunable(b) {
			return nil
		}
		for _, j := range s.free {
			if s.st[j] == -1 {
				br = j
				break
			}
		}
		if br < 0 {
			if s.feasible() {
				s.offer()
			}
			return nil
		}
		xbr = 0.5
	}
	up := s.child(n, int32(br+1), b)
	down := s.child(n, -int32(br+1), b)
	for _, c := range []*bnode{up, down} {
		c.item, c.pbound, c.px = int32(br), b, xbr
	}
	up.up = true
	// Plunge: in the exact search into the child that takes the item (it
	// proves the peers' instances with about half the nodes of the nearer
	// child); in core searches, which only look for selections, into the
	// child nearer the relaxation's value.
	first, second := up, down
	if s.heur && xbr < 0.5 {
		first, second = down, up
	}
	heap.Push(open, second)
	mark := len(s.trail)
	if !s.decide(first.dec) {
		s.undo(mark)
		return nil
	}
	return first
}
