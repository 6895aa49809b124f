package selection

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

func TestFrontierMatchesEnumeration(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	levels := []float64{0, 0.3, 0.6, 0.9, 1, 1.4, 2}
	for i := range 60 {
		p := randomProblem(r, 4+r.IntN(8))
		pts, err := Frontier(context.Background(), p, levels, nil)
		if err != nil {
			continue // invalid at every level (a mandatory conflict)
		}
		prev := math.Inf(-1)
		years, _ := p.Budget.Years()
		for k, pt := range pts {
			q := p
			q.Budget, _ = scaleFlow(p.Budget, years, levels[k])
			if !pt.Budget.Equal(q.Budget) {
				t.Fatalf("instance %d level %v: budget %v, want %v", i, pt.Level, pt.Budget, q.Budget)
			}
			q.Streams = nil
			for _, st := range p.Streams {
				b, _ := scaleFlow(st.Budget, years, levels[k])
				q.Streams = append(q.Streams, Stream{Name: st.Name, Budget: b})
			}
			_, want, feasible := bruteForce(q)
			if feasible != pt.Feasible {
				t.Fatalf("instance %d level %v: feasible %v, enumeration says %v", i, pt.Level, pt.Feasible, feasible)
			}
			if !feasible {
				continue
			}
			if math.Abs(pt.Selection.Benefit-want) > 1e-9*(1+math.Abs(want)) {
				t.Fatalf("instance %d level %v: benefit %v, want %v", i, pt.Level, pt.Selection.Benefit, want)
			}
			if levels[k] >= 0 && pt.Selection.Benefit < prev-1e-9 {
				t.Fatalf("instance %d: frontier falls from %v to %v at level %v", i, prev, pt.Selection.Benefit, pt.Level)
			}
			prev = pt.Selection.Benefit
		}
	}
}

func TestScaleBudgetRoundsDown(t *testing.T) {
	tests := []struct {
		amount string
		level  float64
		want   string
	}{
		{"10.01", 0.5, "5.00"}, // £5.005 rounds down
		{"10.00", 0.5, "5.00"},
		{"1000000", 1.1, "1100000.00"}, // the decimal 1.1, not the binary 1.100000000000000088…
		{"1000000", 0.7, "700000.00"},  // the decimal 0.7, not the binary 0.6999999999999999556…
		{"0.99", 0.333, "0.32"},        // £0.32967 down to pence
		{"99999999999.99", 1, "99999999999.99"},
		{"0", 3, "0"},
	}
	for _, tc := range tests {
		got, err := scaleBudget([]investment.Money{investment.MustGBP(tc.amount)}, tc.level)
		if err != nil || got[0].Compare(investment.MustGBP(tc.want)) != 0 {
			t.Errorf("scaleBudget(%s, %v) = %v, %v; want %s", tc.amount, tc.level, got, err, tc.want)
		}
	}
}

func ExampleSelect_infeasible() {
	p := Problem{
		Budget: gbp("100", "100"),
		Items: []Item{
			{ID: "statutory", Costs: gbp("60", "120"), Benefit: 1, Mandatory: true},
		},
	}
	_, err := Select(context.Background(), p, nil)
	fmt.Println(err)
	// Output:
	// selection: mandatory items need £120.00 in 2026/27 but the overall budget is £100.00
}
