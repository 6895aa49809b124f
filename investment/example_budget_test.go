package investment_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/opencommissioning/scp/investment"
)

// partnershipPlan is an illustrative medium-term financial plan for a
// partnership with four localities, named by code. The figures are constructed for the
// example, not taken from any published plan.
func partnershipPlan() *investment.FinancialPlan {
	m := investment.MustGBP
	d := decimal.RequireFromString
	years := func(a, b, c string) investment.Flow { return investment.FlowFrom(2022, m(a), m(b), m(c)) }
	var uplifts []investment.Uplift
	for k, rs := range map[investment.UpliftKind][3]string{
		investment.Pay:           {"0.05", "0.03", "0.02"},
		investment.NonPay:        {"0.02", "0.02", "0.02"},
		investment.ProviderRates: {"0.07", "0.045", "0.03"}, // care home contract and living wage
		investment.Prescribing:   {"0.04", "0.035", "0.035"},
	} {
		for i, r := range rs {
			uplifts = append(uplifts, investment.Uplift{Kind: k, Year: investment.FinancialYear(2022 + i), Rate: d(r)})
		}
	}
	return &investment.FinancialPlan{
		Name:  "Medium-term financial plan 2022/23 to 2024/25",
		Years: investment.NewYears(2022, 3),
		Streams: []investment.Stream{
			{ID: "health-board", Kind: investment.HealthBoard, Amounts: years("210,000,000", "214,200,000", "218,484,000")},
			{ID: "council", Kind: investment.Council, Amounts: years("118,000,000", "119,180,000", "120,371,800")},
			{ID: "set-aside", Kind: investment.SetAside, Amounts: years("42,000,000", "42,840,000", "43,696,800")},
			{ID: "adp", Kind: investment.RingFenced, For: []investment.CareGroup{investment.Addictions},
				Amounts: years("2,400,000", "2,400,000", "2,400,000")},
		},
		Lines: []investment.Line{
			{ID: "care-homes-clydesdale", CareGroup: investment.OlderPeople, Locality: "S37000028-CLY",
				Base: m("24,500,000"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "care-homes-east-kilbride", CareGroup: investment.OlderPeople, Locality: "S37000028-EK",
				Base: m("31,200,000"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "care-at-home-hamilton", CareGroup: investment.OlderPeople, Locality: "S37000028-HAM",
				Base: m("22,800,000"), Mix: investment.Mix{investment.Pay: d("0.85"), investment.NonPay: d("0.15")}},
			{ID: "community-mh-rutherglen", CareGroup: investment.MentalHealth, Locality: "S37000028-RC",
				Base: m("14,600,000"), Mix: investment.Mix{investment.Pay: d("0.75"), investment.NonPay: d("0.25")}},
			{ID: "learning-disability", CareGroup: investment.LearningDisability,
				Base: m("41,300,000"), Mix: investment.Mix{investment.ProviderRates: d("0.7"), investment.Pay: d("0.3")}},
			{ID: "addictions", CareGroup: investment.Addictions, Stream: "adp",
				Base: m("2,300,000"), Mix: investment.Only(investment.Pay)},
			{ID: "prescribing", CareGroup: investment.PrimaryCare,
				Base: m("72,500,000"), Mix: investment.Only(investment.Prescribing)},
			{ID: "primary-care", CareGroup: investment.PrimaryCare,
				Base: m("104,900,000"), Mix: investment.Mix{investment.Pay: d("0.6"), investment.NonPay: d("0.4")}},
			{ID: "unscheduled-care", CareGroup: investment.SetAsideServices, Stream: "set-aside",
				Base: m("41,200,000"), Mix: investment.Mix{investment.Pay: d("0.7"), investment.NonPay: d("0.3")}},
		},
		Uplifts: uplifts,
		Pressures: []investment.Pressure{
			{ID: "over-85s-2022", Kind: investment.Demographic, Year: 2022, Amount: m("1,800,000"),
				Lines: []string{"care-homes-clydesdale", "care-homes-east-kilbride", "care-at-home-hamilton"}},
			{ID: "over-85s-2023", Kind: investment.Demographic, Year: 2023, Amount: m("1,900,000"),
				Lines: []string{"care-homes-clydesdale", "care-homes-east-kilbride", "care-at-home-hamilton"}},
			{ID: "over-85s-2024", Kind: investment.Demographic, Year: 2024, Amount: m("2,000,000"),
				Lines: []string{"care-homes-clydesdale", "care-homes-east-kilbride", "care-at-home-hamilton"}},
			{ID: "winter-2022", Kind: investment.OtherPressure, Year: 2022, Amount: m("750,000"),
				Lines: []string{"care-at-home-hamilton"}, OneOff: true},
		},
		Savings: []investment.Saving{
			{ID: "prescribing-efficiency", Year: 2022, Amount: m("2,000,000"), Lines: []string{"prescribing"}},
			{ID: "ld-review", Year: 2023, Amount: m("1,250,000"), Lines: []string{"learning-disability"}},
			{ID: "vacancy-management", Year: 2022, Amount: m("500,000"),
				Lines: []string{"care-at-home-hamilton", "community-mh-rutherglen"}, OneOff: true},
		},
		Reserves: []investment.Reserve{
			{ID: "contingency", Kind: investment.General, Opening: m("6,500,000"),
				Drawdown: investment.FlowFrom(2022, m("2,000,000"), m("2,000,000"))},
			{ID: "adp-carry-forward", Kind: investment.Earmarked, Opening: m("600,000")},
		},
	}
}

// A three-year plan whose costs outrun its funding: the gap each year is
// what remains after the planned savings and reserve drawdowns, in £000
// as a board paper shows it.
func ExampleFinancialPlan_Budget() {
	b, err := partnershipPlan().Budget()
	if err != nil {
		fmt.Println(err)
		return
	}
	row := func(label string, get func(investment.YearTotals) investment.Money) {
		fmt.Printf("%-22s", label)
		for _, yt := range b.Totals {
			fmt.Printf("%12s", get(yt).FormatIn(investment.Thousand))
		}
		fmt.Printf("%12s\n", get(b.Total).FormatIn(investment.Thousand))
	}
	fmt.Printf("%-22s%12v%12v%12v%12s\n", "£000", b.Years.At(0), b.Years.At(1), b.Years.At(2), "total")
	row("Funding", func(t investment.YearTotals) investment.Money { return t.Funding })
	row("Base budget", func(t investment.YearTotals) investment.Money { return t.Base })
	row("Uplifts", func(t investment.YearTotals) investment.Money { return t.Uplift })
	row("Pressures", func(t investment.YearTotals) investment.Money { return t.Pressures })
	row("Savings", func(t investment.YearTotals) investment.Money { return t.Savings.Neg() })
	row("Net expenditure", func(t investment.YearTotals) investment.Money { return t.Net })
	row("Reserves drawn", func(t investment.YearTotals) investment.Money { return t.Drawdown })
	row("Funding gap", func(t investment.YearTotals) investment.Money { return t.Gap })
	row("General reserve c/f", func(t investment.YearTotals) investment.Money { return t.GeneralReserves })

	// The care groups in the last year, rounded for publication: the
	// rounded lines need not add up, so the table shows a rounding line.
	last := b.Totals[len(b.Totals)-1]
	parts := make([]investment.Money, len(b.ByCareGroup))
	for i, r := range b.ByCareGroup {
		parts[i] = r.Years[len(r.Years)-1].Net
	}
	table := investment.RoundTable(investment.Thousand, parts...)
	fmt.Printf("\nNet expenditure %v (£000)\n", last.Year)
	for i, r := range b.ByCareGroup {
		fmt.Printf("  %-30s %9s\n", r.Title, table.Parts[i].In(investment.Thousand))
	}
	fmt.Printf("  %-30s %9s\n", "Rounding", table.Rounding.In(investment.Thousand))
	fmt.Printf("  %-30s %9s\n", "Total", table.Total.In(investment.Thousand))
	// Output:
	// £000                       2022/23     2023/24     2024/25       total
	// Funding                  £372,400k   £378,620k   £384,953k £1,135,973k
	// Base budget              £355,300k   £371,991k   £384,903k £1,112,194k
	// Uplifts                   £16,891k    £12,263k     £9,799k    £38,952k
	// Pressures                  £2,550k     £1,900k     £2,000k     £6,450k
	// Savings                   -£2,500k    -£1,250k         £0k    -£3,750k
	// Net expenditure          £372,241k   £384,903k   £396,702k £1,153,845k
	// Reserves drawn             £2,000k     £2,000k         £0k     £4,000k
	// Funding gap               -£2,160k     £4,283k    £11,749k    £13,873k
	// General reserve c/f        £4,500k     £2,500k     £2,500k     £2,500k
	//
	// Net expenditure 2024/25 (£000)
	//   Older people                       95032
	//   Mental health                      15952
	//   Learning disability                45674
	//   Addictions                          2537
	//   Primary care and prescribing      192580
	//   Set-aside                          44928
	//   Rounding                              -1
	//   Total                             396702
}

// Uplifts compound year on year, each year's uplift rounded to the penny:
// £10,000,000 at 3% a year for three years is £10,927,270.00.
func ExampleFinancialPlan_Budget_uplift() {
	p := &investment.FinancialPlan{
		Years: investment.NewYears(2022, 3),
		Streams: []investment.Stream{{ID: "council", Kind: investment.Council,
			Amounts: investment.FlowFrom(2022, investment.MustGBP("10,500,000"), investment.MustGBP("10,500,000"), investment.MustGBP("10,500,000"))}},
		Lines: []investment.Line{{ID: "care-at-home", CareGroup: investment.OlderPeople,
			Base: investment.MustGBP("10,000,000"), Mix: investment.Only(investment.ProviderRates)}},
	}
	for y := range p.Years.All() {
		p.Uplifts = append(p.Uplifts, investment.Uplift{Kind: investment.ProviderRates, Year: y, Rate: decimal.RequireFromString("0.03")})
	}
	b, err := p.Budget()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range b.Lines[0].Years {
		fmt.Printf("%v %s + %s = %s\n", s.Year, s.Base, s.Uplift, s.Net)
	}
	// Output:
	// 2022/23 £10,000,000.00 + £300,000.00 = £10,300,000.00
	// 2023/24 £10,300,000.00 + £309,000.00 = £10,609,000.00
	// 2024/25 £10,609,000.00 + £318,270.00 = £10,927,270.00
}

// Validate reports every problem, each saying where it is; errors.Is and
// errors.As pick out the kind of problem and its figures.
func ExampleFinancialPlan_Validate() {
	p := partnershipPlan()
	p.Lines[3].Mix = investment.Mix{investment.Pay: decimal.RequireFromString("0.75"), investment.NonPay: decimal.RequireFromString("0.2")}
	p.Reserves[0].Drawdown = p.Reserves[0].Drawdown.With(2024, investment.MustGBP("3,000,000"))
	p.Savings[0].Lines = []string{"prescribing-gp"}

	err := p.Validate()
	fmt.Println(err)
	var over *investment.OverdrawError
	if errors.As(err, &over) {
		fmt.Println("short by", over.Drawdown.Sub(over.Available))
	}
	fmt.Println(errors.Is(err, investment.ErrMixSum), errors.Is(err, investment.ErrRateTooLow))
	// Output:
	// investment: lines[4].mix (line "community-mh-rutherglen"): shares sum to 0.95: cost-mix shares do not sum to 1
	// investment: savings[1].lines (saving "prescribing-efficiency"): line "prescribing-gp": unknown id
	// investment: reserves[1].drawdown[2024/25] (reserve "contingency"): drawing £3,000,000.00 from £2,500,000.00 available, short by £500,000.00: drawdown exceeds reserve balance
	// short by £500,000.00
	// true false
}

func ExampleBudget_Year() {
	b, err := partnershipPlan().Budget()
	if err != nil {
		fmt.Println(err)
		return
	}
	y, _ := b.Year(investment.MustParseFinancialYear("2023/24"))
	fmt.Println("net expenditure", y.Net)
	fmt.Println("funding        ", y.Funding, "of which set-aside", y.SetAsideFunding)
	fmt.Println("gap            ", y.Gap)
	// Output:
	// net expenditure £384,903,098.69
	// funding         £378,620,000.00 of which set-aside £42,840,000.00
	// gap             £4,283,098.69
}

// Column gives a figure of the budget as money over the plan's years: here
// the funding gap by year, in £000.
func ExampleBudget_Column() {
	b, err := partnershipPlan().Budget()
	if err != nil {
		fmt.Println(err)
		return
	}
	gap := b.Column(func(t investment.YearTotals) investment.Money { return t.Gap })
	for y, m := range gap.ByYear() {
		fmt.Printf("%v % 8k\n", y, m)
	}
	fmt.Printf("total   % 8k\n", gap.Total())
	// Output:
	// 2022/23   -2,160
	// 2023/24    4,283
	// 2024/25   11,749
	// total     13,873
}
