package investmenttest_test

import (
	"errors"
	"fmt"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

// printT stands in for *testing.T and prints what a test would report.
type printT struct{}

func (printT) Helper() {}

func (printT) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

// The localities of a partnership, by GSS code.
var localities = []string{"S37000028-CLY", "S37000028-EK", "S37000028-HAM"}

func ExampleAssertConserves() {
	budget := investment.MustGBP("100")
	amounts, _ := budget.Allocate(1, 1, 1)
	shares := investmenttest.Labelled(localities, amounts)
	fmt.Println(amounts, investmenttest.AssertConserves(printT{}, budget, shares))

	// Rounding each third separately loses a penny.
	third := investment.MustGBP("33.33")
	naive := investmenttest.Labelled(localities, []investment.Money{third, third, third})
	fmt.Println(investmenttest.AssertConserves(printT{}, budget, naive))
	// Output:
	// [£33.34 £33.33 £33.33] true
	// AssertConserves: parts sum to £99.99, want £100.00: short by £0.01 (3 parts)
	// false
}

// Conserves is the same check as a plain function, for test styles that
// do not hand over a *testing.T.
func ExampleConserves() {
	third := investment.MustGBP("33.33")
	err := investmenttest.Conserves(investment.MustGBP("100"), []investmenttest.Part{
		investmenttest.P("S37000028-CLY", third),
		investmenttest.P("S37000028-EK", third),
		investmenttest.P("S37000028-HAM", third),
	})
	fmt.Println(err)
	// Output:
	// investmenttest: Conserves: parts sum to £99.99, want £100.00: short by £0.01 (3 parts)
}

func ExampleAssertNonNegative() {
	lines := investmenttest.FromMap(map[string]investment.Money{
		"care-homes":   investment.MustGBP("250"),
		"day-services": investment.MustGBP("0"),
		"respite":      investment.MustGBP("-12.50"),
	})
	fmt.Println(investmenttest.AssertNonNegative(printT{}, lines))
	// Output:
	// AssertNonNegative: part "respite" is -£12.50, below £0.00 by £12.50
	// false
}

func ExampleNonNegative() {
	err := investmenttest.NonNegative(investmenttest.Labelled(localities,
		[]investment.Money{investment.MustGBP("-1"), investment.MustGBP("2"), investment.MustGBP("-0.01")}))
	fmt.Println(err)
	var f *investmenttest.Failure
	if errors.As(err, &f) {
		fmt.Println("first at", f.Label)
	}
	// Output:
	// investmenttest: NonNegative: part "S37000028-CLY" is -£1.00, below £0.00 by £1.00
	// investmenttest: NonNegative: part "S37000028-HAM" is -£0.01, below £0.00 by £0.01
	// first at S37000028-CLY
}

func ExampleAssertWithin() {
	// Locality allocations against the caps each locality agreed.
	allocations := []investmenttest.Part{
		investmenttest.P("S37000028-CLY", investment.MustGBP("1,200,000")),
		investmenttest.P("S37000028-EK", investment.MustGBP("950,000.01")),
	}
	caps := []investmenttest.Part{
		investmenttest.P("S37000028-EK", investment.MustGBP("950,000")),
		investmenttest.P("S37000028-CLY", investment.MustGBP("1,250,000")),
	}
	fmt.Println(investmenttest.AssertWithin(printT{}, allocations, caps))
	// Output:
	// AssertWithin: part "S37000028-EK" is £950,000.01, over its cap £950,000.00 by £0.01
	// false
}

func ExampleWithin() {
	err := investmenttest.Within(
		[]investmenttest.Part{investmenttest.P("S37000028-HAM", investment.MustGBP("10"))},
		[]investmenttest.Part{investmenttest.P("S37000028-CLY", investment.MustGBP("10"))})
	fmt.Println(err)
	// Output:
	// investmenttest: Within: part "S37000028-HAM" has no cap
}

// budget is a small financial plan's budget for the examples.
func budget() *investment.Budget {
	m := investment.MustGBP
	p := &investment.FinancialPlan{
		Years: investment.NewYears(2023, 2),
		Streams: []investment.Stream{
			{ID: "nhs", Kind: investment.HealthBoard, Amounts: investment.FlowFrom(2023, m("600"), m("610"))},
			{ID: "council", Kind: investment.Council, Amounts: investment.FlowFrom(2023, m("400"), m("405"))},
		},
		Lines: []investment.Line{
			{ID: "care-homes", CareGroup: investment.OlderPeople, Locality: "S37000028-CLY", Base: m("700"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "community-mh", CareGroup: investment.MentalHealth, Locality: "S37000028-EK", Base: m("300"), Mix: investment.Only(investment.Pay)},
		},
		Uplifts: []investment.Uplift{
			{Kind: investment.ProviderRates, Year: 2023, Rate: decimal.RequireFromString("0.05")},
			{Kind: investment.Pay, Year: 2024, Rate: decimal.RequireFromString("0.03")},
		},
	}
	b, err := p.Budget()
	if err != nil {
		panic(err)
	}
	return b
}

// A whole budget's roll-ups checked at once: lines, care groups,
// localities and streams each sum to the year's net, and the gap follows.
// A budget altered by hand no longer rolls up, and the check says where.
func ExampleAssertBudgetRollsUp() {
	b := budget()
	fmt.Println(investmenttest.AssertBudgetRollsUp(printT{}, b))

	b.ByLocality[1].Years[0].Net = b.ByLocality[1].Years[0].Net.Sub(investment.MustGBP("0.01"))
	fmt.Println(investmenttest.AssertBudgetRollsUp(printT{}, b))
	// Output:
	// true
	// AssertBudgetRollsUp: 2023/24: localities' net: parts sum to £1,034.99, want £1,035.00: short by £0.01 (2 parts) (the year's net)
	// AssertBudgetRollsUp: locality "S37000028-EK" years' net: parts sum to £608.99, want £609.00: short by £0.01 (2 parts) (its total net)
	// false
}

func ExampleBudgetRollsUp() {
	b := budget()
	b.Totals[1].Gap = investment.Money{}
	err := investmenttest.BudgetRollsUp(b)
	fmt.Println(err)
	// Output:
	// investmenttest: BudgetRollsUp: 2024/25: gap £0.00 is not net − funding − (drawdown − contribution) = £29.00
	// investmenttest: BudgetRollsUp: years' gap: parts sum to £35.00, want £64.00: short by £29.00 (2 parts) (the plan's gap)
}

func ExampleEquateMoney() {
	want := []investment.Money{investment.MustGBP("1.5"), investment.MustGBP("2")}
	got := []investment.Money{investment.MustGBP("1.50"), investment.MustGBP("2.00")}
	fmt.Println(cmp.Equal(want, got, investmenttest.EquateMoney()))
	// Output: true
}

func ExampleEquateMoneyWithin() {
	want := map[string]investment.Money{"older people": investment.MustGBP("10,927,270.00")}
	got := map[string]investment.Money{"older people": investment.MustGBP("10,927,270.01")}
	fmt.Println(cmp.Equal(want, got, investmenttest.EquateMoneyWithin(0)))
	fmt.Println(cmp.Equal(want, got, investmenttest.EquateMoneyWithin(1)))
	// Output:
	// false
	// true
}
