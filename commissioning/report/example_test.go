package report_test

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/opencommissioning/scp/commissioning/report"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
)

func ExampleAmount() {
	m := investment.MustGBP
	fmt.Println(report.Amount(m("1,234,567"), investment.Thousand))
	fmt.Println(report.Amount(m("-1,234,567"), investment.Thousand))
	fmt.Println(report.Amount(m("-1,234,567"), investment.Million))
	fmt.Println(report.Amount(m("0"), investment.Pound))
	// Output:
	// 1,235
	// (1,235)
	// (1.2)
	// –
}

// An allocation to the penny, published in £000 with the rounding line
// that makes the column add up.
func ExampleAllocation() {
	total := investment.MustGBP("1,000,000")
	weights := []float64{1, 1, 1}
	parts, err := total.Allocate(weights...)
	if err != nil {
		fmt.Println(err)
		return
	}
	areas := []needs.Area{{Code: "S99000001", Name: "North"}, {Code: "S99000002", Name: "East"}, {Code: "S99000003", Name: "West"}}
	t, err := report.Allocation("Investment by locality", areas, "weight", weights, parts, investment.Thousand)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := t.Text()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(s)
	// Output:
	// Investment by locality
	//
	// locality  weight  allocation £   £000
	// North          1    333,333.34    333
	// East           1    333,333.33    333
	// West           1    333,333.33    333
	// Rounding                     –      1
	//                   ------------  -----
	// Total          3  1,000,000.00  1,000
}

// The medium-term financial plan as a board paper prints it, and as a
// workbook whose gap is a formula.
func ExampleFinancialPlan() {
	m := investment.MustGBP
	plan := &investment.FinancialPlan{
		Name:  "Financial plan, £000",
		Years: investment.NewYears(2024, 2),
		Streams: []investment.Stream{{ID: "pooled", Kind: investment.HealthBoard,
			Amounts: investment.FlowFrom(2024, m("1,000,400"), m("1,020,000"))}},
		Lines: []investment.Line{{ID: "care", CareGroup: investment.OlderPeople, Base: m("990,600"),
			Mix: investment.Only(investment.Pay)}},
		Savings: []investment.Saving{{ID: "s", Year: 2024, Amount: m("10,300"), Lines: []string{"care"}}},
	}
	b, err := plan.Budget()
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := report.FinancialPlan(b, investment.Thousand)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := t.Text()
	fmt.Print(s)

	var xlsx bytes.Buffer
	if err := report.WriteWorkbook(&xlsx, t); err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(&xlsx)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	gap, _ := f.GetCellFormula(report.SheetName(t), report.SheetCell(9, 0))
	fmt.Println("\nworkbook gap 2024/25: =" + gap)
	// Output:
	// Financial plan, £000
	//
	// £000                              2024/25  2025/26  2 years
	// Recurring budget brought forward      991      980    1,971
	// Pay, price and rate uplifts             –        –        –
	// Cost and demand pressures               –        –        –
	// Savings                              (10)        –     (10)
	// Rounding                              (1)        –      (1)
	//                                   -------  -------  -------
	// Net expenditure                       980      980    1,960
	// Funding                             1,000    1,020    2,020
	//   of which set-aside                    –        –        –
	// Drawn from reserves                     –        –        –
	// Contributed to reserves                 –        –        –
	//                                   -------  -------  -------
	// Funding gap                          (20)     (40)     (60)
	//
	// Funding gap = net expenditure − funding − reserves drawn + reserves contributed; a gap in brackets is a surplus.
	//
	// workbook gap 2024/25: =B7-B8-B10+B11
}
