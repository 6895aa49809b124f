package investment_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// The Green Book's discount factors, as its annex A6 tables print them.
func ExampleSchedule_Factor() {
	gb := investment.GreenBook()
	for _, year := range []int{0, 10, 30, 31, 75} {
		fmt.Printf("year %2d: %s\n", year, gb.Factor(year).StringFixed(4))
	}
	fmt.Println("health, year 10:", investment.GreenBookHealth().Factor(10).StringFixed(6))
	// Output:
	// year  0: 1.0000
	// year 10: 0.7089
	// year 30: 0.3563
	// year 31: 0.3459
	// year 75: 0.0942
	// health, year 10: 0.861667
}

// A community hub costs £1.2m to build in year 0 and £150,000 a year to run,
// and saves £400,000 a year of hospital bed days, for ten years.
func ExampleSchedule_PresentValue() {
	costs := []investment.Money{investment.MustGBP("1200000")}
	benefits := []investment.Money{investment.MustGBP("0")}
	for range 10 {
		costs = append(costs, investment.MustGBP("150000"))
		benefits = append(benefits, investment.MustGBP("400000"))
	}
	gb := investment.GreenBook()
	pvc := gb.PresentValue(investment.NewFlow(costs...))
	pvb := gb.PresentValue(investment.NewFlow(benefits...))
	bcr, _ := pvb.Ratio(pvc)
	fmt.Println("PV costs:   ", pvc)
	fmt.Println("PV benefits:", pvb)
	fmt.Println("NPSV:       ", pvb.Sub(pvc))
	fmt.Printf("BCR:         %.2f\n", bcr)
	// Output:
	// PV costs:    £2,447,490.80
	// PV benefits: £3,326,642.13
	// NPSV:        £879,151.33
	// BCR:         1.36
}

// Flows anchored to financial years are added by year and discounted to a
// common base year.
func ExampleSchedule_PresentValueAt() {
	build := investment.NewFlow(investment.MustGBP("-500000"), investment.MustGBP("-250000")).Anchor(2025)
	run := investment.NewFlow(investment.MustGBP("90000"), investment.MustGBP("90000"), investment.MustGBP("90000")).Anchor(2026)
	net, err := build.Add(run)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(net)
	pv, err := investment.GreenBook().PresentValueAt(net, 2024)
	fmt.Println(pv, err)
	_, err = investment.GreenBook().PresentValueAt(net, 2026)
	fmt.Println(errors.Is(err, investment.ErrBeforeBase))
	// Output:
	// [-£500,000.00 -£160,000.00 £90,000.00 £90,000.00] from 2025/26
	// -£472,848.86 <nil>
	// true
}

// A schedule of one's own: the bands must be in order, and rates above −100%.
func ExampleNewSchedule() {
	s, err := investment.NewSchedule(
		investment.Band{From: 0, Rate: decimal.RequireFromString("0.035")},
		investment.Band{From: 11, Rate: decimal.RequireFromString("0.03")},
	)
	fmt.Println(s, err)
	_, err = investment.NewSchedule(
		investment.Band{From: 0, Rate: decimal.RequireFromString("0.035")},
		investment.Band{From: 0, Rate: decimal.RequireFromString("0.03")},
	)
	fmt.Println(err)
	fmt.Println(errors.Is(err, investment.ErrBandOrder))
	// Output:
	// 3.5% from year 0, 3% from year 11 <nil>
	// investment: band 2: year 0 starts two bands: discount bands out of order
	// true
}

// Microsoft's example for the spreadsheet NPV function: the first value is
// discounted by a whole year.
func ExampleSpreadsheetNPV() {
	npv, err := investment.SpreadsheetNPV(decimal.RequireFromString("0.10"),
		investment.MustGBP("-10000"), investment.MustGBP("3000"), investment.MustGBP("4200"), investment.MustGBP("6800"))
	fmt.Println(npv, err)
	// Output:
	// £1,188.44 <nil>
}

// The annuity factor and equivalent annual cost of £1m over ten years.
func ExampleSchedule_EquivalentAnnualCost() {
	gb := investment.GreenBook()
	fmt.Println("annuity factor:", gb.AnnuityFactor(10).StringFixed(6))
	eac, err := gb.EquivalentAnnualCost(investment.MustGBP("1000000"), 10)
	fmt.Println("equivalent annual cost:", eac, err)
	// Output:
	// annuity factor: 8.316605
	// equivalent annual cost: £120,241.37 <nil>
}

// IRR says when a flow has several rates of return instead of picking one.
func ExampleIRR() {
	f := investment.NewFlow(investment.MustGBP("-70000"), investment.MustGBP("12000"), investment.MustGBP("15000"),
		investment.MustGBP("18000"), investment.MustGBP("21000"), investment.MustGBP("26000"))
	r, err := investment.IRR(f)
	fmt.Printf("%.2f%% %v\n", 100*r, err)

	two := investment.NewFlow(investment.MustGBP("-100"), investment.MustGBP("230"), investment.MustGBP("-132"))
	_, err = investment.IRR(two)
	var several *investment.MultipleRootsError
	if errors.As(err, &several) {
		fmt.Printf("%d rates: %.1f%% and %.1f%%\n", len(several.Roots), 100*several.Roots[0], 100*several.Roots[1])
	}
	// Output:
	// 8.66% <nil>
	// 2 rates: 10.0% and 20.0%
}

// Microsoft's example for the spreadsheet MIRR function.
func ExampleMIRR() {
	f := investment.NewFlow(investment.MustGBP("-120000"), investment.MustGBP("39000"), investment.MustGBP("30000"),
		investment.MustGBP("21000"), investment.MustGBP("37000"), investment.MustGBP("46000"))
	r, err := investment.MIRR(f, 0.10, 0.12)
	fmt.Printf("%.2f%% %v\n", 100*r, err)
	// Output:
	// 12.61% <nil>
}

// Microsoft's example for the spreadsheet XNPV and XIRR functions: amounts
// on irregular dates, discounted by actual days over 365.
func ExampleXIRR() {
	amounts := []investment.Money{investment.MustGBP("-10000"), investment.MustGBP("2750"),
		investment.MustGBP("4250"), investment.MustGBP("3250"), investment.MustGBP("2750")}
	date := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	dates := []time.Time{date("2008-01-01"), date("2008-03-01"), date("2008-10-30"), date("2009-02-15"), date("2009-04-01")}
	npv, err := investment.XNPV(0.09, amounts, dates)
	fmt.Println("XNPV at 9%:", npv, err)
	r, err := investment.XIRR(amounts, dates)
	fmt.Printf("XIRR: %.9f %v\n", r, err)
	_, err = investment.XIRR(amounts, dates[:4])
	fmt.Println(errors.Is(err, investment.ErrLength))
	// Output:
	// XNPV at 9%: £2,086.65 <nil>
	// XIRR: 0.373362534 <nil>
	// true
}

// Flows add by year offset; Scale applies an uplift such as optimism bias.
func ExampleFlow_Add() {
	capital := investment.NewFlow(investment.MustGBP("1000000"), investment.MustGBP("500000"))
	running := investment.NewFlow(investment.MustGBP("0"), investment.MustGBP("80000"), investment.MustGBP("80000"))
	total, _ := capital.Scale(decimal.RequireFromString("1.24")).Add(running)
	fmt.Println(total)
	fmt.Println(total.Total())
	// Output:
	// [£1,240,000.00 £700,000.00 £80,000.00]
	// £2,020,000.00
}

// A flow round-trips through JSON with its amounts as strings.
// An anchored flow is written by financial year, a flow by year offset as
// a list.
func ExampleFlow_MarshalJSON() {
	f := investment.FlowFrom(2025, investment.MustGBP("-100"), investment.MustGBP("60.5"))
	data, _ := json.Marshal(f)
	fmt.Println(string(data))
	data, _ = json.Marshal(investment.NewFlow(investment.MustGBP("-100"), investment.MustGBP("60.5")))
	fmt.Println(string(data))
	// Output:
	// {"2025/26":"-100.00","2026/27":"60.50"}
	// {"amounts":["-100.00","60.50"]}
}

// Money over financial years: a council's funding from 2024/25, a year set
// on its own, and the amounts over a budget's years.
func ExampleFlowFrom() {
	m := investment.MustGBP
	funding := investment.FlowFrom(investment.MustParseFinancialYear("2024/25"), m("400,000"), m("410,000"))
	fmt.Println(funding)
	fmt.Println(funding.In(2025))
	funding = funding.With(2027, m("430,000"))
	for y, a := range funding.ByYear() {
		fmt.Println(y, a)
	}
	fmt.Println(funding.Over(investment.NewYears(2023, 3)))
	// Output:
	// [£400,000.00 £410,000.00] from 2024/25
	// £410,000.00
	// 2024/25 £400,000.00
	// 2025/26 £410,000.00
	// 2026/27 £0.00
	// 2027/28 £430,000.00
	// [£0.00 £400,000.00 £410,000.00]
}
