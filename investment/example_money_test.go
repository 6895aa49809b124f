package investment_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

func ExampleGBP() {
	for _, s := range []string{"1234.56", "-0.01", "1,234.56", "£1,234.56", "(£250)", "1.2.3"} {
		m, err := investment.GBP(s)
		if err != nil {
			fmt.Println(errors.Is(err, investment.ErrSyntax), err)
			continue
		}
		fmt.Println(m)
	}
	// Output:
	// £1,234.56
	// -£0.01
	// £1,234.56
	// £1,234.56
	// -£250.00
	// true investment: GBP("1.2.3"): unexpected '.' in fraction: invalid syntax
}

func ExampleMoney_Mul() {
	// A 3% uplift compounding for three years is exact: no penny is lost.
	budget := investment.MustGBP("10,000,000")
	uplift := decimal.RequireFromString("1.03")
	for range 3 {
		budget = budget.Mul(uplift)
	}
	fmt.Println(budget)
	// Output: £10,927,270.00
}

// The fmt verbs print the figures of a board table: a column in £000 with
// accounting negatives, and a headline in £m.
func ExampleMoney_Format() {
	rows := []struct {
		name string
		m    investment.Money
	}{
		{"Net expenditure", investment.MustGBP("384,903,098.69")},
		{"Funding", investment.MustGBP("-378,620,000")},
		{"Savings to find", investment.MustGBP("-1,452,500")},
	}
	fmt.Printf("%-16s %12s\n", "2023/24", "£000")
	for _, r := range rows {
		fmt.Printf("%-16s %# 12k\n", r.name, r.m)
	}
	fmt.Printf("%v | %d | %.1m | % f | %+.0f\n", rows[0].m, rows[0].m, rows[0].m, rows[0].m, rows[0].m)
	// Output:
	// 2023/24                  £000
	// Net expenditure       384,903
	// Funding             (378,620)
	// Savings to find       (1,453)
	// £384,903,098.69 | £384,903,099 | £384.9m | 384,903,098.69 | +£384,903,099
}

func ExampleMoney_FormatIn() {
	m := investment.MustGBP("1234567.891")
	for _, u := range []investment.Unit{investment.Penny, investment.Pound, investment.Thousand, investment.Million} {
		fmt.Printf("%-4s %s\n", u, m.FormatIn(u))
	}
	// Output:
	// p    £1,234,567.89
	// £    £1,234,568
	// £000 £1,235k
	// £m   £1.235m
}

func ExampleMoney_Round() {
	m := investment.MustGBP("2.345")
	fmt.Println(m.Round(investment.Penny), m.RoundHalfEven(investment.Penny))
	// Output: £2.35 £2.34
}

func ExampleMoney_Allocate() {
	// £100 shared equally three ways: the odd penny goes to the first part.
	parts, err := investment.MustGBP("100").Allocate(1, 1, 1)
	if err != nil {
		panic(err)
	}
	fmt.Println(parts, investment.Sum(parts...))
	// Output: [£33.34 £33.33 £33.33] £100.00
}

func ExampleMoney_AllocateBy() {
	// A saving of £50,000 shared across three budget lines in proportion
	// to their budgets.
	budgets := []investment.Money{
		investment.MustGBP("1,200,000"),
		investment.MustGBP("650,000"),
		investment.MustGBP("150,000"),
	}
	parts, err := investment.MustGBP("50,000").AllocateBy(budgets...)
	if err != nil {
		panic(err)
	}
	fmt.Println(parts)
	// Output: [£30,000.00 £16,250.00 £3,750.00]
}

func ExampleRoundTable() {
	// Two lines of £1,234.4k and £2,345.4k published in £000.
	t := investment.RoundTable(investment.Thousand,
		investment.MustGBP("1,234,400"), investment.MustGBP("2,345,400"))
	for _, p := range t.Parts {
		fmt.Println(p.In(investment.Thousand))
	}
	fmt.Println("rounding", t.Rounding.In(investment.Thousand))
	fmt.Println("total", t.Total.In(investment.Thousand))
	// Output:
	// 1234
	// 2345
	// rounding 1
	// total 3580
}

func ExampleRoundToTotal() {
	parts := investment.RoundToTotal(investment.Thousand,
		investment.MustGBP("1,234,400"), investment.MustGBP("2,345,400"))
	fmt.Println(parts)
	// Output: [£1,235,000.00 £2,345,000.00]
}

func ExampleMoney_MarshalJSON() {
	b, _ := json.Marshal(map[string]investment.Money{"budget": investment.MustGBP("1234.5")})
	fmt.Println(string(b))
	var m investment.Money
	_ = json.Unmarshal([]byte(`123456789012345.67`), &m) // a float64 would lose the pence
	fmt.Println(m)
	// Output:
	// {"budget":"1234.50"}
	// £123,456,789,012,345.67
}

func ExampleFinancialYearOf() {
	d := time.Date(2022, time.March, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(investment.FinancialYearOf(d), investment.FinancialYearOf(d.AddDate(0, 0, 1)))
	// Output: 2021/22 2022/23
}

func ExampleParseFinancialYear() {
	y, err := investment.ParseFinancialYear("2022/23")
	fmt.Println(y, y.Start().Format("2 Jan 2006"), y.End().Format("2 Jan 2006"), err)
	_, err = investment.ParseFinancialYear("2022/24")
	fmt.Println(err)
	// Output:
	// 2022/23 1 Apr 2022 31 Mar 2023 <nil>
	// investment: ParseFinancialYear("2022/24"): 24 does not follow 2022: invalid syntax
}

func ExampleYears_All() {
	plan := investment.NewYears(2022, 3)
	for y := range plan.All() {
		fmt.Println(y)
	}
	fmt.Println(plan)
	// Output:
	// 2022/23
	// 2023/24
	// 2024/25
	// 2022/23–2024/25
}
