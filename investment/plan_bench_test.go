package investment_test

import (
	"fmt"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

// largePlan is a plan of n lines over three years, each with a mixed cost,
// and a pressure and a saving spread over every tenth block of lines.
func largePlan(n int) *investment.FinancialPlan {
	p := richPlan()
	proto := p.Lines
	p.Lines = make([]investment.Line, 0, n)
	for i := range n {
		l := proto[i%len(proto)]
		l.ID = fmt.Sprintf("line-%05d", i)
		l.Locality = fmt.Sprintf("locality-%d", i%7)
		l.AllowNegative = l.AllowNegative || l.Base.IsNegative()
		p.Lines = append(p.Lines, l)
	}
	p.Pressures, p.Savings = nil, nil
	for b := 0; b+10 <= n; b += 10 {
		var ids []string
		for i := b; i < b+10; i++ {
			if !p.Lines[i].Base.IsNegative() {
				ids = append(ids, p.Lines[i].ID)
			}
		}
		y := investment.FinancialYear(2022 + (b/10)%3)
		p.Pressures = append(p.Pressures, investment.Pressure{ID: fmt.Sprintf("p%d", b), Kind: investment.Demographic, Year: y, Amount: gbp("12345.67"), Lines: ids})
		p.Savings = append(p.Savings, investment.Saving{ID: fmt.Sprintf("s%d", b), Year: y, Amount: gbp("2345.67"), Lines: ids, OneOff: b%20 == 0})
	}
	return p
}

func BenchmarkPlanBudget(b *testing.B) {
	for _, n := range []int{100, 1000} {
		p := largePlan(n)
		if _, err := p.Budget(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Budget(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestLargePlanConserves(t *testing.T) {
	b, err := largePlan(500).Budget()
	if err != nil {
		t.Fatal(err)
	}
	assertConserved(t, b)
}
