package selection

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/opencommissioning/scp/investment"
)

// Options limit and observe a [Select] call. The zero Options (or nil) runs
// to a proven optimum with no progress reports.
type Options struct {
	// NodeLimit stops the search after this many branch-and-bound nodes
	// (0: no limit). The result is then the best selection found, with the
	// bound still open; a node limit keeps results reproducible.
	NodeLimit int64 `json:"nodeLimit,omitempty"`
	// TimeLimit stops the search after this wall time (0: no limit). The
	// result depends on machine speed.
	TimeLimit time.Duration `json:"timeLimit,omitempty"`
	// Progress, if set, is called from the calling goroutine when a better
	// selection is found and every 16,384 nodes. A function has no JSON
	// form, so it is left out of the encoding.
	Progress func(Progress) `json:"-"`
}

// Progress reports the state of a running search.
type Progress struct {
	Nodes     int64         `json:"nodes"`     // nodes explored so far
	Benefit   float64       `json:"benefit"`   // benefit of the best selection so far
	RootBound float64       `json:"rootBound"` // the bound at the root: no selection is better
	Elapsed   time.Duration `json:"elapsed"`   // since Select started
}

// Selection is the answer to a [Problem]: what to fund and what it spends.
// Money is exact: spend and slack are anchored flows over the budget years
// (those of Problem.Budget). Benefit, Bound and the gaps are in the unit of
// the items' benefits, a score rather than money (see [Item]).
//
// In JSON a Selection is an object with camelCase fields, spend and slack
// by financial year; reading one ([Selection.UnmarshalJSON]) refuses
// fields it does not know.
type Selection struct {
	IDs     []string        `json:"ids"`               // chosen items, ascending
	Benefit float64         `json:"benefit"`           // Σ benefit of the chosen items, summed in ID order
	Spend   investment.Flow `json:"spend"`             // overall spend in each budget year
	Slack   investment.Flow `json:"slack"`             // overall budget minus spend in each budget year
	Streams []StreamSpend   `json:"streams,omitempty"` // one per Problem.Streams, in that order

	// Optimal reports that no selection has a benefit above Benefit+Tolerance.
	Optimal bool `json:"optimal"`
	// Bound is the best upper bound proven on the benefit of any selection:
	// equal to Benefit when Optimal.
	Bound float64 `json:"bound"`
	// Gap is Bound − Benefit; RelGap is Gap/|Benefit| (Gap when Benefit is 0).
	Gap    float64 `json:"gap"`
	RelGap float64 `json:"relGap"`
	// Tolerance is the absolute tolerance of the proof: 1e-9 × (1 + Σ|benefit|).
	Tolerance float64 `json:"tolerance"`
	// RootBound is the linear-programming bound before branching.
	RootBound float64 `json:"rootBound"`
	// Nodes counts the branch-and-bound nodes explored.
	Nodes int64 `json:"nodes"`
}

// StreamSpend is the spend and slack of one ring-fenced stream in each
// budget year, as anchored flows.
type StreamSpend struct {
	Name  string          `json:"name"`  // the stream's name
	Spend investment.Flow `json:"spend"` // the chosen items' spend from the stream
	Slack investment.Flow `json:"slack"` // the stream's budget minus its spend
}

// Select chooses the items of p that maximise total benefit within every
// budget, exclusive group, dependency and mandatory flag, by exact branch
// and bound (see the package documentation). opt may be nil.
//
// Invalid problems return an error wrapped in [ItemError], [BudgetError],
// [CycleError] or [ConflictError]; mandatory items that do not fit return
// an [InfeasibleError]. A stopped search (node or time limit) returns the
// best selection found with Optimal false and its proven Bound. A cancelled
// context returns that selection too, with the context's error.
func Select(ctx context.Context, p Problem, opt *Options) (Selection, error) {
	if opt == nil {
		opt = &Options{}
	}
	if opt.NodeLimit < 0 || opt.TimeLimit < 0 {
		return Selection{}, fmt.Errorf("selection: node limit %d, time limit %v: %w", opt.NodeLimit, opt.TimeLimit, ErrBadOption)
	}
	if err := ctx.Err(); err != nil {
		return Selection{}, fmt.Errorf("selection: %w", err)
	}
	start := time.Now()
	md, err := compile(&p)
	if err != nil {
		return Selection{}, err
	}
	s := solve(ctx, md, opt, start)
	if s.err != nil {
		return s.selection(), fmt.Errorf("selection: search stopped: %w", s.err)
	}
	return s.selection(), nil
}

var debugf func(string, ...any)

// The ladder of core searches (see the package documentation): problems
// with more than ladderFree·coreSize items free at the root search cores
// of coreSize items first, widened by half each round, for coreBudget
// nodes each, until coreStale rounds in a row bring no gain or until the
// core would hold half of the free items.
const (
	coreSize   = 50
	ladderFree = 8
	coreBudget = 20000
	coreStale  = 2
)

// solve runs the whole method on a compiled model.
func solve(ctx context.Context, md *model, opt *Options, start time.Time) *search {
	mu, lag := md.multipliers()
	rootBen := 0.0
	for j := range md.n {
		if md.state[j] == 1 {
			rootBen += md.benefit[j]
		}
	}
	rootBound := rootBen + lag
	sr := &searches{ctx: ctx, opt: opt, start: start, mu: mu, rootBound: rootBound}
	configure := sr.configure
	s := configure(newSearch(md, md.state), false)
	s.greedy()
	budget := int64(100)
	coreN := coreSize
	stale := 0 // core rounds in a row that did not improve
	ladder := len(s.free) > ladderFree*coreSize
	for round := 0; ; round++ {
		if md.fixByReducedCost(mu, rootBound, s.inc, s.incVal) {
			s = configure(newSearch(md, md.state), false)
		}
		if debugf != nil {
			debugf("%v round %d: nodes %d incumbent %.3f root bound %.3f free %d core %d", time.Since(start), round, s.nodes, s.incVal, rootBound, len(s.free), coreN)
		}
		before := s.incVal
		if opt.TimeLimit > 0 && time.Since(start) > opt.TimeLimit {
			s.stopped, s.open = true, math.Inf(1)
			break
		}
		if ladder && len(s.free) > 2*coreN && stale < coreStale {
			// Many close calls: search a core of the closest ones, the rest
			// held as the relaxation has them, to improve the incumbent;
			// widen the core each round. The node budget is fixed, so the
			// ladder costs at most a few core budgets when it does not pay.
			core := configure(newSearch(md, md.coreState(mu, coreN)), true)
			core.roundLimit = core.nodes + int64(coreBudget)
			core.run()
			if debugf != nil {
				debugf("core finished %v nodes %d", !core.stopped, core.nodes)
			}
			s = configure(newSearch(md, md.state), false)
			if core.stopped && !core.roundStop {
				s.stopped, s.err, s.open = true, core.err, math.Inf(1)
				break
			}
			coreN += coreN / 2
			if s.incVal <= before+md.tol {
				stale++
			} else {
				stale = 0
			}
			continue
		}
		// Exact search, restarted (with fresh fixing) while it improves.
		s.roundLimit = s.nodes + budget
		open := s.run()
		if s.roundStop && s.incVal > before+md.tol {
			budget *= 2
			s = configure(newSearch(md, md.state), false)
			continue
		}
		if s.roundStop {
			s = configure(newSearch(md, md.state), false)
			open = s.run()
		}
		s.open = open
		break
	}
	s.rootBound = rootBound
	if s.stopped {
		s.open = min(max(s.open, s.incVal), rootBound)
	}
	return s
}

// searches is what the searches of one solve share: the settings, the
// root multipliers and bound, the current search and the last exact one.
type searches struct {
	ctx        context.Context
	opt        *Options
	start      time.Time
	mu         []float64
	rootBound  float64
	cur, exact *search
}

// configure makes s the current search, carrying over the incumbent and
// node count of the previous one. Pseudo-costs carry over from the
// previous search of the same kind: a core search learns on a restricted
// problem, which would mislead the exact search.
func (sr *searches) configure(s *search, heur bool) *search {
	opt, start := sr.opt, sr.start
	s.heur = heur
	s.setOrder(sr.mu)
	s.ctx = sr.ctx
	s.nodeLimit = opt.NodeLimit
	if opt.TimeLimit > 0 {
		s.deadline = start.Add(opt.TimeLimit)
	}
	if opt.Progress != nil {
		rootBound := sr.rootBound
		report := func() {
			opt.Progress(Progress{Nodes: s.nodes, Benefit: s.incVal, RootBound: rootBound, Elapsed: time.Since(start)})
		}
		s.onTick, s.improved = report, report
	}
	learnt := sr.exact
	if heur {
		learnt = sr.cur
	}
	if learnt != nil {
		copy(s.pcSum, learnt.pcSum) // what branching has learnt carries over
		copy(s.pcCnt, learnt.pcCnt)
		s.pcMean, s.pcN = learnt.pcMean, learnt.pcN
	}
	if cur := sr.cur; cur != nil {
		s.nodes = cur.nodes
		copy(s.inc, cur.inc)
		s.incVal, s.hasInc = cur.incVal, cur.hasInc
	}
	sr.cur = s
	if !heur {
		sr.exact = s
	}
	return s
}

// setOrder sets the fill order of the rounding heuristic: free items by
// decreasing benefit per unit of μ-weighted cost μ·a (counting what they
// require), ties in ID order.
func (s *search) setOrder(mu []float64) {
	md := s.md
	w := func(j int) float64 {
		v := 0.0
		for r := range md.m {
			v += mu[r] * float64(md.cost[j*md.m+r])
		}
		return v
	}
	eff := make([]float64, md.n)
	s.fillOrder = s.fillOrder[:0]
	for _, j := range s.free {
		c, wj := md.benefit[j], w(j)
		for _, k := range md.req[j] {
			if s.st[k] == -1 {
				c += md.benefit[k]
				wj += w(k)
			}
		}
		if c <= 0 {
			continue
		}
		e := math.Inf(1)
		if wj > 0 {
			e = c / wj
		}
		eff[j] = e
		s.fillOrder = append(s.fillOrder, j)
	}
	slices.SortStableFunc(s.fillOrder, func(a, b int) int { return -cmp.Compare(eff[a], eff[b]) })
}

// greedy builds a first selection: items in fill order, each taken (with
// what it requires) if it fits.
func (s *search) greedy() {
	for _, j := range s.fillOrder {
		if s.st[j] != -1 {
			continue
		}
		mark := len(s.trail)
		if !s.in(j) {
			s.undo(mark)
		}
	}
	if s.feasible() {
		s.offer()
	}
	s.undo(0)
}

// fixByReducedCost fixes at the root every free item whose value is
// settled by the Lagrangian bound (base at multipliers mu) against the
// incumbent inc of value z: forcing the other value leaves no selection
// within the tolerance of z. It reports whether anything was fixed.
func (md *model) fixByReducedCost(mu []float64, base float64, inc []bool, z float64) bool {
	floor := z - md.tol
	ng := len(md.members)
	best := make([]float64, ng)
	second := make([]float64, ng)
	arg := make([]int, ng)
	red := make([]float64, md.n)
	for g, mem := range md.members {
		arg[g] = -1
		for _, j := range mem {
			if md.state[j] != -1 {
				continue
			}
			r := md.reduced(mu, j)
			red[j] = r
			if r > best[g] {
				best[g], second[g], arg[g] = r, best[g], j
			} else if r > second[g] {
				second[g] = r
			}
		}
	}
	var out, in []int
	for j := range md.n {
		if md.state[j] != -1 {
			continue
		}
		g := md.group[j]
		b1 := base - (best[g] - red[j])
		for _, k := range md.req[j] {
			if md.state[k] == -1 {
				b1 -= best[md.group[k]] - red[k]
			}
		}
		if b1 < floor && !inc[j] {
			out = append(out, j)
		}
		if arg[g] == j && base-best[g]+second[g] < floor && inc[j] {
			in = append(in, j)
		}
	}
	for _, j := range out {
		md.fixOut(j)
	}
	for _, j := range in {
		if md.state[j] == -1 {
			md.fixIn(j)
		}
	}
	return len(out)+len(in) > 0
}

// coreState returns the root state with all but the size free items of
// smallest reduced-cost magnitude fixed as the Lagrangian relaxation at mu
// has them: a heuristic restriction, used only to find good selections.
func (md *model) coreState(mu []float64, size int) []int8 {
	st := slices.Clone(md.state)
	var free []int
	score := make([]float64, md.n)
	for _, mem := range md.members {
		bi, bv := -1, 0.0
		for _, j := range mem {
			if st[j] != -1 {
				continue
			}
			r := md.reduced(mu, j)
			score[j] = math.Abs(r)
			if r > bv {
				bi, bv = j, r
			}
		}
		for _, j := range mem {
			if st[j] != -1 {
				continue
			}
			free = append(free, j)
			if bi >= 0 && j != bi {
				score[j] = min(score[j], bv-md.reduced(mu, j))
			}
		}
	}
	slices.SortStableFunc(free, func(a, b int) int { return cmp.Compare(score[a], score[b]) })
	left := slices.Clone(md.cap)
	inCore := make([]bool, md.n)
	for _, j := range free[:min(size, len(free))] {
		inCore[j] = true
	}
	// Outside the core, the items the relaxation takes most surely (largest
	// reduced benefit) claim the budget first.
	rest := slices.Clone(free[min(size, len(free)):])
	slices.SortStableFunc(rest, func(a, b int) int { return cmp.Compare(md.reduced(mu, b), md.reduced(mu, a)) })
	for _, j := range rest {
		if st[j] != -1 || inCore[j] {
			continue
		}
		if md.reduced(mu, j) > 0 && len(md.req[j]) == 0 {
			// In if it is its group's best, else out.
			best := true
			for _, k := range md.members[md.group[j]] {
				if k != j && st[k] != 0 && md.reduced(mu, k) > md.reduced(mu, j) {
					best = false
				}
			}
			for r := range md.m {
				if md.cost[j*md.m+r] > left[r] {
					best = false
				}
			}
			if best {
				for r := range md.m {
					left[r] -= md.cost[j*md.m+r]
				}
				st[j] = 1
				for _, k := range md.members[md.group[j]] {
					if k != j && !inCore[k] {
						st[k] = 0
					}
				}
				continue
			}
		}
		st[j] = 0
	}
	return st
}

// selection reports the incumbent.
func (s *search) selection() Selection {
	md := s.md
	ny := md.years.Len()
	sel := Selection{Tolerance: md.tol, Nodes: s.nodes, RootBound: s.rootBound}
	spend := make([]int64, md.m)
	for j := range md.n {
		if !s.inc[j] {
			continue
		}
		sel.IDs = append(sel.IDs, md.ids[j])
		sel.Benefit += md.benefit[j]
		for r := range md.m {
			spend[r] += md.cost[j*md.m+r]
		}
	}
	money := func(r0 int) (sp, sl investment.Flow) {
		slack := make([]int64, ny)
		for y := range slack {
			slack[y] = md.budget[r0+y] - spend[r0+y]
		}
		return investment.FlowFromPence(spend[r0 : r0+ny]...).Anchor(md.years.First),
			investment.FlowFromPence(slack...).Anchor(md.years.First)
	}
	sel.Spend, sel.Slack = money(0)
	for i, name := range md.streams {
		sp, sl := money(ny * (i + 1))
		sel.Streams = append(sel.Streams, StreamSpend{Name: name, Spend: sp, Slack: sl})
	}
	sel.Optimal = !s.stopped || s.open <= s.incVal+md.tol
	if sel.Optimal {
		sel.Bound = sel.Benefit
	} else {
		sel.Bound = max(s.open, sel.Benefit)
	}
	sel.Gap = sel.Bound - sel.Benefit
	sel.RelGap = sel.Gap
	if sel.Benefit != 0 {
		sel.RelGap = sel.Gap / math.Abs(sel.Benefit)
	}
	return sel
}
