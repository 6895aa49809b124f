package selection

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/investment"
)

// bruteForce enumerates every subset of p's items (with pruning on budgets
// and groups only) and returns the best feasible one under the package's
// tie rule, or ok = false when none is feasible. Items are visited in ID
// order, "in" before "out", so the first of several equal sets found is the
// one the tie rule prefers; later sets replace it only when better by more
// than the tolerance.
func bruteForce(p Problem) (ids []string, benefit float64, ok bool) {
	items := slices.Clone(p.Items)
	slices.SortFunc(items, func(a, b Item) int { return cmp.Compare(a.ID, b.ID) })
	years, _ := p.Budget.Years()
	ny := years.Len()
	pence := func(m investment.Money) int64 { v, _ := m.Pence(); return v }
	cost := func(it Item, y int) int64 { return pence(it.Costs.In(years.At(y))) }
	rows := ny * (1 + len(p.Streams))
	budget := make([]int64, rows)
	for y := range ny {
		budget[y] = pence(p.Budget.In(years.At(y)))
	}
	sidx := map[string]int{}
	for s, st := range p.Streams {
		sidx[st.Name] = s
		for y := range ny {
			budget[ny*(s+1)+y] = pence(st.Budget.In(years.At(y)))
		}
	}
	tol := 1.0
	for _, it := range items {
		tol += math.Abs(it.Benefit)
	}
	tol *= 1e-9
	n := len(items)
	in := make([]bool, n)
	used := make([]int64, rows)
	groups := map[string]bool{}
	var best []bool
	bestVal := math.Inf(-1)
	index := map[string]int{}
	for i, it := range items {
		index[it.ID] = i
	}
	var rec func(i int, val float64)
	rec = func(i int, val float64) {
		if i == n {
			for j, it := range items {
				if it.Mandatory && !in[j] {
					return
				}
				if in[j] {
					for _, d := range it.Requires {
						if !in[index[d]] {
							return
						}
					}
				}
			}
			if best == nil || val > bestVal+tol {
				best, bestVal = slices.Clone(in), val
			}
			return
		}
		it := items[i]
		fits := it.Group == "" || !groups[it.Group]
		for y := 0; y < ny && fits; y++ {
			c := cost(it, y)
			if used[y]+c > budget[y] {
				fits = false
			}
			if s, ok := sidx[it.Stream]; ok && it.Stream != "" && used[ny*(s+1)+y]+c > budget[ny*(s+1)+y] {
				fits = false
			}
		}
		if fits {
			in[i] = true
			if it.Group != "" {
				groups[it.Group] = true
			}
			for y := range ny {
				c := cost(it, y)
				used[y] += c
				if s, ok := sidx[it.Stream]; ok && it.Stream != "" {
					used[ny*(s+1)+y] += c
				}
			}
			rec(i+1, val+it.Benefit)
			for y := range ny {
				c := cost(it, y)
				used[y] -= c
				if s, ok := sidx[it.Stream]; ok && it.Stream != "" {
					used[ny*(s+1)+y] -= c
				}
			}
			if it.Group != "" {
				groups[it.Group] = false
			}
			in[i] = false
		}
		if !it.Mandatory {
			rec(i+1, val)
		}
	}
	rec(0, 0)
	if best == nil {
		return nil, 0, false
	}
	for j, b := range best {
		if b {
			ids = append(ids, items[j].ID)
			benefit += items[j].Benefit
		}
	}
	return ids, benefit, true
}

// randomProblem draws a small problem: up to 3 years, an optional
// ring-fenced stream, exclusive groups, dependencies on earlier-drawn items
// (so never cyclic), a few mandatory items, benefits that are sometimes
// whole numbers (to make ties) and sometimes negative.
func randomProblem(r *rand.Rand, n int) Problem {
	ny := 1 + r.IntN(3)
	var p Problem
	whole := r.IntN(2) == 0
	hasStream := r.IntN(3) == 0
	ngroups := r.IntN(4)
	totals := make([]int64, ny)
	for i := range n {
		it := Item{ID: fmt.Sprintf("i%02d", r.IntN(100))}
		var costs []investment.Money
		for slices.ContainsFunc(p.Items, func(o Item) bool { return o.ID == it.ID }) {
			it.ID = fmt.Sprintf("i%02d", r.IntN(100))
		}
		for y := range ny {
			c := int64(r.IntN(21)) * 100
			if r.IntN(4) == 0 {
				c = 0
			}
			totals[y] += c
			costs = append(costs, investment.FromPence(c))
		}
		it.Costs = investment.FlowFrom(2025, costs...)
		if whole {
			it.Benefit = float64(r.IntN(11))
		} else {
			it.Benefit = math.Round(r.Float64()*100000) / 1000
		}
		if r.IntN(10) == 0 {
			it.Benefit = -float64(r.IntN(5))
		}
		if ngroups > 0 && r.IntN(5) < 2 {
			it.Group = fmt.Sprintf("g%d", r.IntN(ngroups))
		}
		if i > 0 && r.IntN(5) == 0 {
			it.Requires = append(it.Requires, p.Items[r.IntN(i)].ID)
		}
		if r.IntN(12) == 0 {
			it.Mandatory = true
		}
		if hasStream && r.IntN(2) == 0 {
			it.Stream = "fund"
		}
		p.Items = append(p.Items, it)
	}
	frac := 0.2 + 0.5*r.Float64()
	budget, stream := make([]investment.Money, ny), make([]investment.Money, ny)
	for y := range ny {
		budget[y] = investment.FromPence(int64(float64(totals[y]) * frac))
		stream[y] = investment.FromPence(int64(float64(totals[y]) * frac * 0.4))
	}
	p.Budget = investment.FlowFrom(2025, budget...)
	if hasStream {
		p.Streams = append(p.Streams, Stream{Name: "fund", Budget: investment.FlowFrom(2025, stream...)})
	}
	return p
}

// checkAgainstBruteForce runs Select on p and compares with bruteForce.
func checkAgainstBruteForce(t *testing.T, name string, p Problem) {
	t.Helper()
	sel, err := Select(context.Background(), p, nil)
	wantIDs, wantBen, feasible := bruteForce(p)
	if !feasible {
		if !errors.Is(err, ErrInfeasible) && !errors.Is(err, ErrMandatoryConflict) {
			t.Fatalf("%s: no feasible selection by enumeration, Select = %v, %v", name, sel.IDs, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("%s: Select: %v (enumeration found %v)", name, err, wantIDs)
	}
	if !sel.Optimal {
		t.Fatalf("%s: not proven optimal", name)
	}
	if math.Abs(sel.Benefit-wantBen) > 1e-9*(1+math.Abs(wantBen)) {
		t.Fatalf("%s: benefit %v, want %v (ids %v, want %v)", name, sel.Benefit, wantBen, sel.IDs, wantIDs)
	}
	if diff := gocmp.Diff(wantIDs, sel.IDs, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("%s: chosen ids (-want +got):\n%s", name, diff)
	}
	years, _ := p.Budget.Years()
	if r, ok := sel.Slack.Years(); !ok || r != years {
		t.Fatalf("%s: slack %v is not over the budget years %v", name, sel.Slack, years)
	}
	for y, s := range sel.Slack.ByYear() {
		if s.Sign() < 0 {
			t.Fatalf("%s: negative slack %v in %v", name, s, y)
		}
	}
	// A search stopped early keeps a feasible selection and a valid bound.
	for _, limit := range []int64{1, 3} {
		part, err := Select(context.Background(), p, &Options{NodeLimit: limit})
		if err != nil {
			t.Fatalf("%s: node limit %d: %v", name, limit, err)
		}
		tol := part.Tolerance
		if part.Benefit > wantBen+tol || part.Bound < wantBen-tol || part.Gap < 0 || (part.Optimal && part.Benefit < wantBen-tol) {
			t.Fatalf("%s: node limit %d: benefit %v bound %v optimal %v, optimum %v", name, limit, part.Benefit, part.Bound, part.Optimal, wantBen)
		}
		if !feasibleSelection(p, part.IDs) {
			t.Fatalf("%s: node limit %d: infeasible selection %v", name, limit, part.IDs)
		}
	}
}

// feasibleSelection checks ids against every constraint of p directly.
func feasibleSelection(p Problem, ids []string) bool {
	chosen := map[string]bool{}
	for _, id := range ids {
		chosen[id] = true
	}
	groups := map[string]int{}
	years, _ := p.Budget.Years()
	ny := years.Len()
	spend := make([]investment.Money, ny)
	stream := map[string][]investment.Money{}
	for _, it := range p.Items {
		if it.Mandatory && !chosen[it.ID] {
			return false
		}
		if !chosen[it.ID] {
			continue
		}
		for _, d := range it.Requires {
			if !chosen[d] {
				return false
			}
		}
		if it.Group != "" {
			groups[it.Group]++
			if groups[it.Group] > 1 {
				return false
			}
		}
		for y := range ny {
			c := it.Costs.In(years.At(y))
			spend[y] = spend[y].Add(c)
			if it.Stream != "" {
				if stream[it.Stream] == nil {
					stream[it.Stream] = make([]investment.Money, ny)
				}
				stream[it.Stream][y] = stream[it.Stream][y].Add(c)
			}
		}
	}
	for y := range ny {
		if spend[y].Compare(p.Budget.In(years.At(y))) > 0 {
			return false
		}
	}
	for _, st := range p.Streams {
		for y, v := range stream[st.Name] {
			if v.Compare(st.Budget.In(years.At(y))) > 0 {
				return false
			}
		}
	}
	return true
}

// TestSelectMatchesEnumeration compares Select with exhaustive enumeration
// on thousands of random small problems.
func TestSelectMatchesEnumeration(t *testing.T) {
	r := rand.New(rand.NewPCG(20250401, 1))
	for _, set := range []struct {
		name          string
		count, short  int
		least, spread int
	}{
		{"instance", 2000, 300, 1, 14},
		{"large instance", 100, 20, 15, 6},
	} {
		count := set.count
		if testing.Short() {
			count = set.short
		}
		for i := range count {
			n := set.least + r.IntN(set.spread)
			checkAgainstBruteForce(t, fmt.Sprintf("%s %d (n=%d)", set.name, i, n), randomProblem(r, n))
		}
	}
}
