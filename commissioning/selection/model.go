package selection

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// model is the validated integer form of a Problem. Items are renumbered in
// ascending ID order (the canonical order); rows are the budget constraints:
// first the overall budget of each year, then each stream's budget of each
// year. Every amount is int64 pence. Building it is the one place where
// the problem's money by financial year becomes the arrays of the search.
type model struct {
	n, m    int
	ids     []string // canonical order
	orig    []int    // canonical index -> index in Problem.Items
	cost    []int64  // n*m, item-major: cost[j*m+r]
	budget  []int64  // m, the budgets as given
	cap     []int64  // m, what is left after the items fixed in at the root
	rowYear []int    // m, year index of the row
	rowStrm []int    // m, stream index of the row, -1 for the overall budget
	benefit []float64
	group   []int   // item -> group
	members [][]int // group -> items, canonical order
	named   int     // groups [0, named) are named groups, the rest singletons
	gname   []string
	req     [][]int // item -> transitive requirements (not itself), ascending
	deps    [][]int // item -> items that transitively require it, ascending
	withReq []int   // items that require others, ascending
	state   []int8  // root state: -1 free, 0 out, 1 in
	scale   float64 // Σ|benefit|, at least 1
	tol     float64 // pruning tolerance, 1e-9·scale
	p       *Problem
	years   investment.Years // the budget years, those of p.Budget
	streams []string
}

// compile validates p and builds its model, with the mandatory items (and
// what they require) fixed in. Errors come in input order, so the first
// problem in the input is the one reported.
func compile(p *Problem) (*model, error) {
	years, ok := p.Budget.Years()
	if !ok {
		return nil, &BudgetError{Err: fmt.Errorf("%v has no financial years (empty, or without a first year): %w", p.Budget, ErrNoYears)}
	}
	md, streamIdx, err := newModel(p, years)
	if err != nil {
		return nil, err
	}
	byID, canon, err := md.order()
	if err != nil {
		return nil, err
	}
	direct, err := md.items(streamIdx, byID, canon)
	if err != nil {
		return nil, err
	}
	if err := md.checkTotals(); err != nil {
		return nil, err
	}
	if err := md.closures(direct); err != nil {
		return nil, err
	}
	md.buildGroups()
	md.scale = 1
	for _, b := range md.benefit {
		md.scale += math.Abs(b)
	}
	md.tol = 1e-9 * md.scale
	if err := md.fixMandatory(); err != nil {
		return nil, err
	}
	return md, nil
}

// newModel checks the budgets of p over the budget years and lays out the
// budget rows: each year's overall budget, then each stream's. It returns
// the model and each stream's position by name.
func newModel(p *Problem, years investment.Years) (*model, map[string]int, error) {
	ny := years.Len()
	budget, err := budgetPence(p.Budget, years, "")
	if err != nil {
		return nil, nil, err
	}
	streamIdx := make(map[string]int, len(p.Streams))
	streamBud := make([][]int64, len(p.Streams))
	streams := make([]string, len(p.Streams))
	for s, st := range p.Streams {
		if st.Name == "" {
			return nil, nil, &BudgetError{Position: s + 1, Err: fmt.Errorf("stream name: %w", ErrEmptyID)}
		}
		if _, dup := streamIdx[st.Name]; dup {
			return nil, nil, &BudgetError{Stream: st.Name, Err: fmt.Errorf("stream name: %w", ErrDuplicateID)}
		}
		streamIdx[st.Name] = s
		streams[s] = st.Name
		if streamBud[s], err = budgetPence(st.Budget, years, st.Name); err != nil {
			return nil, nil, err
		}
	}
	n := len(p.Items)
	m := ny * (1 + len(p.Streams))
	md := &model{n: n, m: m, p: p, years: years, streams: streams}
	md.rowYear = make([]int, m)
	md.rowStrm = make([]int, m)
	md.budget = make([]int64, m)
	for y := range ny {
		md.rowYear[y], md.rowStrm[y], md.budget[y] = y, -1, budget[y]
	}
	for s := range p.Streams {
		for y := range ny {
			r := ny*(s+1) + y
			md.rowYear[r], md.rowStrm[r], md.budget[r] = y, s, streamBud[s][y]
		}
	}
	return md, streamIdx, nil
}

// order checks the item identifiers and sets the canonical order. It
// returns each identifier's input position and, by input position, each
// item's canonical index.
func (md *model) order() (byID map[string]int, canon []int, err error) {
	p := md.p
	byID = make(map[string]int, md.n)
	for i := range p.Items {
		it := &p.Items[i]
		if it.ID == "" {
			return nil, nil, &ItemError{Position: i + 1, Field: "ID", Err: ErrEmptyID}
		}
		if first, dup := byID[it.ID]; dup {
			return nil, nil, &ItemError{Position: i + 1, ID: it.ID, Field: "ID", Err: fmt.Errorf("also item %d: %w", first+1, ErrDuplicateID)}
		}
		byID[it.ID] = i
	}
	md.orig = make([]int, md.n)
	for i := range md.orig {
		md.orig[i] = i
	}
	slices.SortFunc(md.orig, func(a, b int) int { return cmp.Compare(p.Items[a].ID, p.Items[b].ID) })
	canon = make([]int, md.n)
	md.ids = make([]string, md.n)
	for j, i := range md.orig {
		canon[i] = j
		md.ids[j] = p.Items[i].ID
	}
	return byID, canon, nil
}

// items checks the items' fields in input order and fills in costs and
// benefits. It returns each item's direct requirements, canonical indices
// ascending.
func (md *model) items(streamIdx, byID map[string]int, canon []int) ([][]int, error) {
	p, n, m, ny := md.p, md.n, md.m, md.years.Len()
	md.cost = make([]int64, n*m)
	md.benefit = make([]float64, n)
	direct := make([][]int, n) // canonical -> canonical direct requirements
	total := 0.0               // Σ |benefit|, bounded by MaxBenefit
	for i := range p.Items {
		it := &p.Items[i]
		j := canon[i]
		ierr := func(field string, e error) error { return &ItemError{Position: i + 1, ID: it.ID, Field: field, Err: e} }
		if math.IsNaN(it.Benefit) || math.IsInf(it.Benefit, 0) {
			return nil, ierr("Benefit", fmt.Errorf("%v: %w", it.Benefit, ErrNotFinite))
		}
		if total += math.Abs(it.Benefit); total > MaxBenefit {
			return nil, ierr("Benefit", fmt.Errorf("%v: benefits of the items so far add up to more than %v: %w", it.Benefit, MaxBenefit, ErrNotFinite))
		}
		md.benefit[j] = it.Benefit
		if _, anchored := it.Costs.First(); !anchored && it.Costs.Len() > 0 {
			return nil, ierr("Costs", fmt.Errorf("%v has no first year: %w", it.Costs, ErrNotAnchored))
		}
		s := -1
		if it.Stream != "" {
			var ok bool
			if s, ok = streamIdx[it.Stream]; !ok {
				return nil, ierr("Stream", fmt.Errorf("funding stream %q: %w", it.Stream, ErrUnknownID))
			}
		}
		for y := range ny {
			c := it.Costs.In(md.years.At(y))
			pc, err := toPence(c)
			if err == nil && pc < 0 {
				err = ErrNegative
			}
			if err != nil {
				return nil, ierr("Costs", fmt.Errorf("%v in %v: %w", c, md.years.At(y), err))
			}
			md.cost[j*m+y] = pc
			if s >= 0 {
				md.cost[j*m+ny*(s+1)+y] = pc
			}
		}
		for _, d := range it.Requires {
			k, ok := byID[d]
			if !ok {
				return nil, ierr("Requires", fmt.Errorf("required item %q: %w", d, ErrUnknownID))
			}
			direct[j] = append(direct[j], canon[k])
		}
		slices.Sort(direct[j])
		direct[j] = slices.Compact(direct[j])
	}
	return direct, nil
}

// checkTotals checks that each year's total cost stays well inside int64.
func (md *model) checkTotals() error {
	for r := range md.m {
		var tot int64
		for j := range md.n {
			tot += md.cost[j*md.m+r]
			if tot > math.MaxInt64/4 {
				return &BudgetError{Year: md.years.At(md.rowYear[r]), Stream: md.streamName(r),
					Err: fmt.Errorf("total cost of all items: %w", ErrRange)}
			}
		}
	}
	return nil
}

// budgetPence returns the budget b of a stream (empty for the overall
// budget) in pence for each of the budget years, which b must cover.
func budgetPence(b investment.Flow, years investment.Years, stream string) ([]int64, error) {
	if r, ok := b.Years(); !ok || !r.Contains(years.First) || !r.Contains(years.Last) {
		missing := years.First
		if ok && r.Contains(missing) {
			missing = r.Last.Add(1)
		}
		return nil, &BudgetError{Year: missing, Stream: stream, Err: fmt.Errorf("%v does not cover the budget years %v: %w", b, years, ErrBudgetLength)}
	}
	out := make([]int64, years.Len())
	for y := range out {
		a := b.In(years.At(y))
		p, err := toPence(a)
		if err == nil && p < 0 {
			err = ErrNegative
		}
		if err != nil {
			return nil, &BudgetError{Year: years.At(y), Stream: stream, Err: fmt.Errorf("%v: %w", a, err)}
		}
		out[y] = p
	}
	return out, nil
}

func (md *model) streamName(r int) string {
	if s := md.rowStrm[r]; s >= 0 {
		return md.streams[s]
	}
	return ""
}

// closures finds a dependency cycle (reported in canonical order of
// discovery) or builds the transitive requirements and dependents.
func (md *model) closures(direct [][]int) error {
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, md.n)
	var path []int
	var visit func(j int) error
	visit = func(j int) error {
		color[j] = grey
		path = append(path, j)
		for _, k := range direct[j] {
			switch color[k] {
			case grey:
				start := slices.Index(path, k)
				cyc := make([]string, 0, len(path)-start+1)
				for _, q := range path[start:] {
					cyc = append(cyc, md.ids[q])
				}
				return &CycleError{Cycle: append(cyc, md.ids[k])}
			case white:
				if err := visit(k); err != nil {
					return err
				}
			}
		}
		path = path[:len(path)-1]
		color[j] = black
		return nil
	}
	for j := range md.n {
		if color[j] == white {
			if err := visit(j); err != nil {
				return err
			}
		}
	}
	// The graph is acyclic: closures by memoised depth-first search.
	md.req = make([][]int, md.n)
	done := make([]bool, md.n)
	var clo func(j int) []int
	clo = func(j int) []int {
		if done[j] {
			return md.req[j]
		}
		var out []int
		for _, k := range direct[j] {
			out = append(out, k)
			out = append(out, clo(k)...)
		}
		slices.Sort(out)
		out = slices.Compact(out)
		md.req[j], done[j] = out, true
		return out
	}
	md.deps = make([][]int, md.n)
	for j := range md.n {
		if len(clo(j)) > 0 {
			md.withReq = append(md.withReq, j)
		}
		for _, k := range clo(j) {
			md.deps[k] = append(md.deps[k], j) // j ascending, so deps stay sorted
		}
	}
	return nil
}

func (md *model) buildGroups() {
	byName := map[string][]int{}
	var names []string
	for j := range md.n {
		g := md.p.Items[md.orig[j]].Group
		if g == "" {
			continue
		}
		if _, ok := byName[g]; !ok {
			names = append(names, g)
		}
		byName[g] = append(byName[g], j)
	}
	slices.Sort(names)
	md.group = make([]int, md.n)
	for gi, g := range names {
		for _, j := range byName[g] {
			md.group[j] = gi
		}
		md.members = append(md.members, byName[g])
		md.gname = append(md.gname, g)
	}
	md.named = len(names)
	for j := range md.n {
		if md.p.Items[md.orig[j]].Group == "" {
			md.group[j] = len(md.members)
			md.members = append(md.members, []int{j})
			md.gname = append(md.gname, "")
		}
	}
}

// fixMandatory checks the mandatory items for conflicts and budget, fixes
// them in with what they require, and fixes out every item that can never
// be chosen: one whose requirements clash in a group, or that cannot fit in
// what is left of the budgets.
func (md *model) fixMandatory() error {
	md.state = make([]int8, md.n)
	for j := range md.state {
		md.state[j] = -1
	}
	// The needed set: mandatory items and their requirements; who forces whom.
	forcedBy := make([]int, md.n)
	for j := range forcedBy {
		forcedBy[j] = -1
	}
	for j := range md.n {
		if !md.p.Items[md.orig[j]].Mandatory {
			continue
		}
		if forcedBy[j] < 0 {
			forcedBy[j] = j
		}
		for _, k := range md.req[j] {
			if forcedBy[k] < 0 {
				forcedBy[k] = j
			}
		}
	}
	for g := range md.named {
		first := -1
		for _, j := range md.members[g] {
			if forcedBy[j] < 0 {
				continue
			}
			if first >= 0 {
				return &ConflictError{Group: md.gname[g], First: md.ids[first], Second: md.ids[j], Mandatory: md.ids[forcedBy[j]]}
			}
			first = j
		}
	}
	md.cap = slices.Clone(md.budget)
	need := make([]int64, md.m)
	for j := range md.n {
		if forcedBy[j] >= 0 {
			for r := range md.m {
				need[r] += md.cost[j*md.m+r]
			}
		}
	}
	for r := range md.m {
		if need[r] > md.budget[r] {
			return &InfeasibleError{Year: md.years.At(md.rowYear[r]), Stream: md.streamName(r),
				Need: investment.FromPence(need[r]), Budget: investment.FromPence(md.budget[r])}
		}
	}
	for j := range md.n {
		if forcedBy[j] >= 0 {
			md.fixIn(j)
		}
	}
	// Items that can never be chosen.
	seen := make([]int, len(md.members)) // seen[g] == j+1: group g met in j's closure
	for j := range md.n {
		if md.state[j] >= 0 {
			continue
		}
		bad := false
		clos := append([]int{j}, md.req[j]...)
		for _, k := range clos {
			g := md.group[k]
			if seen[g] == j+1 || md.state[k] == 0 {
				bad = true
				break
			}
			seen[g] = j + 1
		}
		for r := 0; r < md.m && !bad; r++ {
			var c int64
			for _, k := range clos {
				if md.state[k] != 1 {
					c += md.cost[k*md.m+r]
				}
			}
			bad = c > md.cap[r]
		}
		if bad {
			md.fixOut(j)
		}
	}
	return nil
}

// fixIn fixes j in at the root with its requirements, and its group mates
// out. The caller guarantees consistency.
func (md *model) fixIn(j int) {
	if md.state[j] == 1 {
		return
	}
	md.state[j] = 1
	for r := range md.m {
		md.cap[r] -= md.cost[j*md.m+r]
	}
	for _, k := range md.req[j] {
		md.fixIn(k)
	}
	for _, k := range md.members[md.group[j]] {
		if k != j {
			md.fixOut(k)
		}
	}
}

// fixOut fixes j out at the root, with every item that requires it.
func (md *model) fixOut(j int) {
	if md.state[j] == 0 {
		return
	}
	md.state[j] = 0
	for _, d := range md.deps[j] {
		md.fixOut(d)
	}
}
