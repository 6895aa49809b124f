package selection

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
)

// gbp returns the amounts in pounds as a flow from 2025/26.
func gbp(s ...string) investment.Flow { return gbpFrom(2025, s...) }

// gbpFrom returns the amounts in pounds as a flow from first.
func gbpFrom(first investment.FinancialYear, s ...string) investment.Flow {
	out := make([]investment.Money, len(s))
	for i, v := range s {
		out[i] = investment.MustGBP(v)
	}
	return investment.FlowFrom(first, out...)
}

// oneYear builds a one-year problem with budget b and items (id, cost, benefit).
func oneYear(b string, items ...Item) Problem {
	return Problem{Budget: gbp(b), Items: items}
}

func item(id, cost string, benefit float64) Item {
	return Item{ID: id, Costs: gbp(cost), Benefit: benefit}
}

func TestSelectSmallCases(t *testing.T) {
	tests := []struct {
		name    string
		p       Problem
		wantIDs []string
		wantBen float64
	}{
		{
			name:    "classic knapsack: value 220 from items of weight 20 and 30 (Martello and Toth 1990, ch. 2 style)",
			p:       oneYear("50", item("a", "10", 60), item("b", "20", 100), item("c", "30", 120)),
			wantIDs: []string{"b", "c"}, wantBen: 220,
		},
		{
			name:    "exactly two optimal sets {c,d} and {a,b} worth 10: the tie goes to the set with the first ID",
			p:       oneYear("10", item("c", "5", 5), item("d", "5", 5), item("a", "6", 7), item("b", "4", 3)),
			wantIDs: []string{"a", "b"}, wantBen: 10,
		},
		{
			name:    "nothing fits",
			p:       oneYear("1", item("a", "2", 5), item("b", "3", 6)),
			wantIDs: nil, wantBen: 0,
		},
		{
			name: "exclusive group: one variant only",
			p: oneYear("100",
				Item{ID: "small", Costs: gbp("30"), Benefit: 40, Group: "beds"},
				Item{ID: "large", Costs: gbp("60"), Benefit: 70, Group: "beds"},
				item("other", "40", 30)),
			wantIDs: []string{"large", "other"}, wantBen: 100,
		},
		{
			name: "dependency: the enabling item with negative benefit is worth taking",
			p: oneYear("10",
				Item{ID: "hub", Costs: gbp("4"), Benefit: -1},
				Item{ID: "spoke", Costs: gbp("4"), Benefit: 8, Requires: []string{"hub"}},
				item("alone", "6", 6)),
			wantIDs: []string{"hub", "spoke"}, wantBen: 7,
		},
		{
			name: "mandatory item taken although poor value",
			p: oneYear("10",
				Item{ID: "statutory", Costs: gbp("6"), Benefit: 1, Mandatory: true},
				item("good", "6", 9), item("fair", "4", 3)),
			wantIDs: []string{"fair", "statutory"}, wantBen: 4,
		},
		{
			name:    "pence matter: £10.01 does not fit £10.00",
			p:       oneYear("10.00", item("a", "10.01", 5), item("b", "9.99", 1)),
			wantIDs: []string{"b"}, wantBen: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Select(context.Background(), tc.p, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := gocmp.Diff(tc.wantIDs, got.IDs); diff != "" {
				t.Errorf("IDs (-want +got):\n%s", diff)
			}
			if math.Abs(got.Benefit-tc.wantBen) > 1e-9 || !got.Optimal || got.Gap != 0 {
				t.Errorf("Benefit %v Optimal %v Gap %v, want %v true 0", got.Benefit, got.Optimal, got.Gap, tc.wantBen)
			}
			wantIDs, wantBen, _ := bruteForce(tc.p)
			if !slices.Equal(wantIDs, got.IDs) || math.Abs(wantBen-got.Benefit) > 1e-9 {
				t.Errorf("enumeration gives %v (%v), Select %v (%v)", wantIDs, wantBen, got.IDs, got.Benefit)
			}
		})
	}
}

// TestTwoOptimalSets checks by enumeration that the tie case has exactly
// two optimal sets.
func TestTwoOptimalSets(t *testing.T) {
	items := []Item{item("c", "5", 5), item("d", "5", 5), item("a", "6", 7), item("b", "4", 3)}
	var best []string
	top, count := math.Inf(-1), 0
	for mask := range 1 << len(items) {
		cost, ben := 0, 0.0
		var ids []string
		for i, it := range items {
			if mask&(1<<i) != 0 {
				p, _ := it.Costs.At(0).Pence()
				cost += int(p)
				ben += it.Benefit
				ids = append(ids, it.ID)
			}
		}
		switch {
		case cost > 1000:
		case ben > top:
			top, count, best = ben, 1, ids
		case ben == top:
			count++
		}
	}
	if top != 10 || count != 2 {
		t.Fatalf("enumeration: best %v reached by %d sets (one is %v), want 10 by 2", top, count, best)
	}
}

// TestSelectTieIndependentOfOrder shuffles the items of the two-optima case.
func TestSelectTieIndependentOfOrder(t *testing.T) {
	base := []Item{item("c", "5", 5), item("d", "5", 5), item("a", "6", 7), item("b", "4", 3)}
	perm := [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 3, 1}}
	for _, pm := range perm {
		var items []Item
		for _, i := range pm {
			items = append(items, base[i])
		}
		got, err := Select(context.Background(), oneYear("10", items...), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.IDs, []string{"a", "b"}) {
			t.Errorf("order %v: IDs %v, want [a b]", pm, got.IDs)
		}
	}
}

func TestSelectStreamsAndSpend(t *testing.T) {
	p := Problem{
		Budget:  gbp("100", "100"),
		Streams: []Stream{{Name: "primary care fund", Budget: gbp("30", "30")}},
		Items: []Item{
			{ID: "gp-a", Costs: gbp("20", "20"), Benefit: 50, Stream: "primary care fund"},
			{ID: "gp-b", Costs: gbp("20", "20"), Benefit: 45, Stream: "primary care fund"},
			{ID: "ward", Costs: gbp("50", "60"), Benefit: 40},
		},
	}
	got, err := Select(context.Background(), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := Selection{
		IDs: []string{"gp-a", "ward"}, Benefit: 90,
		Spend: gbp("70", "80"), Slack: gbp("30", "20"),
		Streams: []StreamSpend{{Name: "primary care fund", Spend: gbp("20", "20"), Slack: gbp("10", "10")}},
		Optimal: true, Bound: 90,
	}
	opts := gocmp.Options{
		gocmp.Comparer(func(a, b investment.Money) bool { return a.Compare(b) == 0 }),
		gocmp.FilterPath(func(p gocmp.Path) bool {
			switch p.Last().String() {
			case ".Tolerance", ".RootBound", ".Nodes":
				return true
			}
			return false
		}, gocmp.Ignore()),
	}
	if diff := gocmp.Diff(want, got, opts); diff != "" {
		t.Errorf("Select (-want +got):\n%s", diff)
	}
	// Selections round-trip through JSON, money as strings.
	data, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var back Selection
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(got, back, opts[0]); diff != "" {
		t.Errorf("JSON round trip (-before +after):\n%s", diff)
	}
}

// TestSelectPeerN20 reproduces the proven optimum of the performance peers'
// 20-option instance (HiGHS, CBC and GLPK all agree: 9,235.058, 4 chosen;
// shared/peers/README.md, portfolio selection baselines).
func TestSelectPeerN20(t *testing.T) {
	got, err := Select(context.Background(), loadPeer(t, 20), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Optimal || math.Abs(got.Benefit-9235.058) > 1e-6 || len(got.IDs) != 4 {
		t.Errorf("Select(portfolio_n20) = %.3f with %d chosen, optimal %v; want 9,235.058 with 4, optimal", got.Benefit, len(got.IDs), got.Optimal)
	}
}

func TestSelectLimits(t *testing.T) {
	p := loadPeer(t, 200)
	got, err := Select(context.Background(), p, &Options{NodeLimit: 50})
	if err != nil {
		t.Fatal(err)
	}
	if got.Optimal {
		t.Fatalf("50 nodes proved n=200 optimal; the test expects a stopped search")
	}
	// The peers' proven optimum is 140,423.618: the answer is no better and
	// the bound no lower.
	if got.Benefit > 140423.618+1e-6 || got.Bound < 140423.618-1e-6 || got.Gap < 0 || got.Bound > got.RootBound+1e-9 {
		t.Errorf("stopped search: benefit %.3f bound %.3f root %.3f gap %v", got.Benefit, got.Bound, got.RootBound, got.Gap)
	}
	if math.Abs(got.Gap-(got.Bound-got.Benefit)) > 1e-9 || math.Abs(got.RelGap-got.Gap/got.Benefit) > 1e-12 {
		t.Errorf("Gap %v RelGap %v for bound %v benefit %v", got.Gap, got.RelGap, got.Bound, got.Benefit)
	}
	// Node limits are reproducible.
	again, _ := Select(context.Background(), p, &Options{NodeLimit: 50})
	if !slices.Equal(got.IDs, again.IDs) || got.Benefit != again.Benefit || got.Bound != again.Bound {
		t.Errorf("same node limit, different answers: %v vs %v", got.Benefit, again.Benefit)
	}
	// A time limit stops too.
	tl, err := Select(context.Background(), loadPeer(t, 2000), &Options{TimeLimit: 50 * time.Millisecond})
	if err != nil || tl.Optimal || len(tl.IDs) == 0 {
		t.Errorf("time-limited n=2000: optimal %v, %d ids, err %v", tl.Optimal, len(tl.IDs), err)
	}
}

func TestSelectContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Select(ctx, loadPeer(t, 20), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err %v", err)
	}
	// Cancel during the search: the progress callback cancels.
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	calls := 0
	sel, err := Select(ctx, loadPeer(t, 2000), &Options{Progress: func(pr Progress) {
		calls++
		if pr.Benefit > pr.RootBound+1e-6 {
			t.Errorf("progress: benefit %v above root bound %v", pr.Benefit, pr.RootBound)
		}
		cancel()
	}})
	if !errors.Is(err, context.Canceled) || calls == 0 || sel.Optimal || len(sel.IDs) == 0 {
		t.Errorf("cancel in progress: err %v, calls %d, optimal %v, %d ids", err, calls, sel.Optimal, len(sel.IDs))
	}
}

func TestWeightedBenefit(t *testing.T) {
	got, err := WeightedBenefit([]float64{1, 20000, 0.5}, []float64{1.5e6, 3.2, 60})
	if err != nil || math.Abs(got-(1.5e6+64000+30)) > 1e-6 {
		t.Errorf("WeightedBenefit = %v, %v", got, err)
	}
}

// TestSelectCostsByFinancialYear checks that an item's costs are read by
// financial year over the budget years only: a year the flow does not
// cover costs £0, and amounts outside the budget years are not read.
func TestSelectCostsByFinancialYear(t *testing.T) {
	p := Problem{Budget: gbp("10", "10"), Items: []Item{
		{ID: "early", Costs: gbpFrom(2024, "-100", "6"), Benefit: 5}, // 2024/25 is outside the budget
		{ID: "late", Costs: gbpFrom(2026, "7"), Benefit: 4},
		{ID: "after", Costs: gbpFrom(2027, "50"), Benefit: 1},
		{ID: "free", Benefit: 0.5},
		{ID: "both", Costs: gbp("5", "5"), Benefit: 3},
	}}
	got, err := Select(context.Background(), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.IDs, []string{"after", "early", "free", "late"}) || got.Benefit != 10.5 || !got.Optimal {
		t.Errorf("Select = %v (%v, optimal %v), want [after early free late] (10.5)", got.IDs, got.Benefit, got.Optimal)
	}
	if !got.Spend.Equal(gbp("6", "7")) || !got.Slack.Equal(gbp("4", "3")) {
		t.Errorf("spend %v, slack %v; want %v and %v", got.Spend, got.Slack, gbp("6", "7"), gbp("4", "3"))
	}
	checkAgainstBruteForce(t, "costs by financial year", p)
}
