package selection

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

// problemFromBytes decodes a small problem (up to 10 items, 2 years) from
// fuzz input: per item 6 bytes (two costs, benefit, group, dependency,
// flags), then the budgets from the first two bytes.
func problemFromBytes(data []byte) Problem {
	var p Problem
	if len(data) < 2 {
		return p
	}
	p.Budget = investment.FlowFromPence(int64(data[0])*10, int64(data[1])*10).Anchor(2030)
	data = data[2:]
	for i := 0; len(data) >= 6 && i < 10; i++ {
		d := data[:6]
		data = data[6:]
		it := Item{
			ID:      fmt.Sprintf("x%d", (i*7)%10),
			Costs:   investment.FlowFromPence(int64(d[0])*3, int64(d[1])*3).Anchor(2030),
			Benefit: float64(int8(d[2])) / 4,
		}
		if d[3]%4 != 0 {
			it.Group = fmt.Sprintf("g%d", d[3]%3)
		}
		if i > 0 && d[4]%3 == 0 {
			it.Requires = []string{p.Items[int(d[4])%i].ID}
		}
		it.Mandatory = d[5]%11 == 0
		p.Items = append(p.Items, it)
	}
	return p
}

// FuzzSelect checks Select against enumeration, and that the answer is a
// feasible selection whose spend adds up, on problems decoded from bytes.
func FuzzSelect(f *testing.F) {
	f.Add([]byte{100, 100, 10, 10, 40, 0, 1, 1, 20, 5, 30, 1, 1, 1})
	f.Add([]byte{50, 20, 10, 10, 8, 1, 1, 1, 10, 10, 8, 1, 3, 1, 10, 10, 8, 2, 3, 11})
	f.Add([]byte{255, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
	f.Add([]byte{0, 0, 0, 0, 10, 0, 0, 11})
	f.Fuzz(func(t *testing.T, data []byte) {
		p := problemFromBytes(data)
		sel, err := Select(context.Background(), p, nil)
		if p.Budget.Len() != 2 {
			if !errors.Is(err, ErrNoYears) {
				t.Fatalf("no budget: err %v", err)
			}
			return
		}
		ids, ben, ok := bruteForce(p)
		switch {
		case !ok:
			if err == nil {
				t.Fatalf("enumeration finds nothing feasible, Select chose %v", sel.IDs)
			}
			return
		case err != nil:
			t.Fatalf("Select: %v; enumeration chose %v", err, ids)
		}
		if !sel.Optimal || math.Abs(sel.Benefit-ben) > 1e-9 || !slices.Equal(sel.IDs, ids) {
			t.Fatalf("Select = %v (%v, optimal %v), enumeration %v (%v)", sel.IDs, sel.Benefit, sel.Optimal, ids, ben)
		}
		if r, ok := sel.Spend.Years(); !ok || r != investment.NewYears(2030, 2) {
			t.Fatalf("spend %v is not over the budget years", sel.Spend)
		}
		for y := range investment.NewYears(2030, 2).All() {
			spend, slack, budget := sel.Spend.In(y), sel.Slack.In(y), p.Budget.In(y)
			if spend.Add(slack).Compare(budget) != 0 || slack.Sign() < 0 {
				t.Fatalf("%v: spend %v + slack %v ≠ budget %v", y, spend, slack, budget)
			}
		}
	})
}
