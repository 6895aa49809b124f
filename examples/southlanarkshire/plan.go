package main

import (
	"fmt"
	"time"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/investment"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
)

func plan(r *report) error {
	r.section("2. Plan — what can we afford, and what should we fund?")
	b, err := mediumTermPlan().Budget()
	if err != nil {
		return err
	}
	r.state.budget = b
	financialPlanTable(r, b)
	if err := planOptions(r); err != nil {
		return err
	}
	return strategicPlan(r)
}

// strategicPlan assembles the plan the board approves: its period,
// priorities, localities, the options it funds and its financial plan, and
// checks it against the 2014 Act.
func strategicPlan(r *report) error {
	p := commissioning.Plan{
		Title:    "Strategic Commissioning Plan 2022–2025",
		Area:     sl.PartnershipCode,
		Approved: time.Date(2022, time.March, 21, 0, 0, 0, 0, time.UTC),
		Period:   investment.NewYears(2022, 3),
		Priorities: []commissioning.Priority{
			{ID: "prevention", Title: "Early intervention, prevention and inequalities", Outcomes: []string{"NO-1", "NO-5", "NO-6"}},
			{ID: "mental-health", Title: "Mental health and addictions", Outcomes: []string{"NO-1", "NO-3", "NO-7"}},
			{ID: "day-to-day", Title: "Sustaining and improving day-to-day services", Outcomes: []string{"NO-2", "NO-4", "NO-9"}},
		},
		Options: r.state.chosen,
		Finance: mediumTermPlan(),
	}
	p.Localities = r.state.localities
	if err := p.Validate(); err != nil {
		return err
	}
	r.printf("The plan: %s, approved %s, %d priorities, %d localities (the 2014 Act asks for at least two),\n",
		p.Title, p.Approved.Format("2 January 2006"), len(p.Priorities), len(p.Localities))
	r.printf("%d options funded; national outcomes its priorities link to: %v; not linked: %v\n",
		len(p.Options), p.LinkedOutcomes(), p.UnlinkedOutcomes())
	return nil
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
func group0(m investment.Money) string { return fmt.Sprintf("% k", m) }
