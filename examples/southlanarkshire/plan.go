package main

import (
	"github.com/opencommissioning/scp/investment"
)

func plan(r *report) error {
	r.section("2. Plan — what can we afford, and what should we fund?")
	b, err := mediumTermPlan().Budget()
	if err != nil {
		return err
	}
	r.state.budget = b
	financialPlanTable(r, b)
	return planOptions(r)
}

// financialPlanTable prints the medium-term financial plan as a board paper
// shows it, in £000, with the funding gap each year.
func financialPlanTable(r *report, b *investment.Budget) {
	r.printf("Medium-term financial plan (constructed figures), £000\n\n")
	r.printf("%-28s", "")
	for y := range b.Years.All() {
		r.printf("%12v", y)
	}
	r.printf("%12s\n", "3 years")
	row := func(label string, get func(investment.YearTotals) investment.Money) {
		r.printf("%-28s", label)
		for _, t := range b.Totals {
			r.printf("%12s", group0(get(t)))
		}
		r.printf("%12s\n", group0(get(b.Total)))
	}
	row("Funding", func(t investment.YearTotals) investment.Money { return t.Funding })
	row("  of which set-aside", func(t investment.YearTotals) investment.Money { return t.SetAsideFunding })
	row("Recurring budget b/f", func(t investment.YearTotals) investment.Money { return t.Base })
	row("Pay, price and rate uplifts", func(t investment.YearTotals) investment.Money { return t.Uplift })
	row("Pressures", func(t investment.YearTotals) investment.Money { return t.Pressures })
	row("Savings", func(t investment.YearTotals) investment.Money { return t.Savings.Neg() })
	row("Net expenditure", func(t investment.YearTotals) investment.Money { return t.Net })
	row("Reserves drawn", func(t investment.YearTotals) investment.Money { return t.Drawdown })
	row("Funding gap (+ shortfall)", func(t investment.YearTotals) investment.Money { return t.Gap })
	row("General reserve c/f", func(t investment.YearTotals) investment.Money { return t.GeneralReserves })
	r.printf("\n")

	// Net expenditure by care group in the last year, as published: the
	// rounded lines need not add up, so a rounding line is shown.
	n := b.Years.Len() - 1
	parts := make([]investment.Money, len(b.ByCareGroup))
	for i, g := range b.ByCareGroup {
		parts[i] = g.Years[n].Net
	}
	t := investment.RoundTable(investment.Thousand, parts...)
	r.printf("Net expenditure by care group, %v, £000\n\n", b.Years.Last)
	for i, g := range b.ByCareGroup {
		r.printf("  %-34s %9s\n", g.Title, group0(t.Parts[i]))
	}
	r.printf("  %-34s %9s\n", "Rounding", group0(t.Rounding))
	r.printf("  %-34s %9s\n\n", "Total", group0(t.Total))
}

// group0 writes an amount in £000 with thousands separators and no pound
// sign, rounding half away from zero: £1,234,567 is "1,235".
func group0(m investment.Money) string {
	s := m.Format(investment.Thousand) // "£1,235k" or "-£1,235k"
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 'k':
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA3: // the pound sign
			i++
		default:
			out = append(out, s[i])
		}
	}
	return string(out)
}
