package investmenttest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

// printT stands in for *testing.T and prints what a test would report.
type printT struct{}

func (printT) Helper() {}

func (printT) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

func ExampleAssertConserves() {
	budget := investment.MustGBP("100")
	parts, _ := budget.Allocate(1, 1, 1)
	fmt.Println(parts, investmenttest.AssertConserves(printT{}, budget, parts))

	// Rounding each third separately loses a penny.
	naive := []investment.Money{investment.MustGBP("33.33"), investment.MustGBP("33.33"), investment.MustGBP("33.33")}
	fmt.Println(investmenttest.AssertConserves(printT{}, budget, naive))
	// Output:
	// [£33.34 £33.33 £33.33] true
	// AssertConserves: parts sum to £99.99, want £100.00: short by £0.01 (3 parts)
	// false
}

func ExampleAssertNonNegative() {
	parts := []investment.Money{investment.MustGBP("250"), investment.MustGBP("0"), investment.MustGBP("-12.50")}
	fmt.Println(investmenttest.AssertNonNegative(printT{}, parts))
	// Output:
	// AssertNonNegative: part 2 is -£12.50, below £0.00 by £12.50
	// false
}

func ExampleAssertWithin() {
	// Locality allocations against the caps each locality agreed.
	allocations := []investment.Money{investment.MustGBP("1,200,000"), investment.MustGBP("950,000.01")}
	caps := []investment.Money{investment.MustGBP("1,250,000"), investment.MustGBP("950,000")}
	fmt.Println(investmenttest.AssertWithin(printT{}, allocations, caps))
	// Output:
	// AssertWithin: part 1 is £950,000.01, over its cap £950,000.00 by £0.01
	// false
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
