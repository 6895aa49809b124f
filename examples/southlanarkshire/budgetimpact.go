package main

import (
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/opencommissioning/scp/outcomes/markov"
	"github.com/shopspring/decimal"
)

// fallsBudgetImpact builds the budget impact of the community falls
// prevention option over the three years of the plan and seven after, with
// open cohorts of people aged 75 and over who come to the service after a
// fall, and returns it with the entrants of each year. The cohort model and
// its figures are constructed for the example.
func fallsBudgetImpact() (*markov.BudgetImpact, error) {
	pop, err := sl.Population()
	if err != nil {
		return nil, err
	}
	const years, firstYear = 10, 2022
	// Entrants: a constructed 6% of residents aged 75+ each year come to
	// the service after a fall (projected population at 30 June).
	entrants := make([]float64, years)
	for y := range entrants {
		n, err := pop.Count(sl.PartnershipCode, firstYear+y, needs.All, needs.Band{Lo: 75, Hi: needs.Open})
		if err != nil {
			return nil, err
		}
		entrants[y] = 0.06 * n
	}
	// States: at home, in the year after an injurious fall, in a care home,
	// dead. Prevention cuts injurious falls by a relative risk of 0.75
	// (constructed) for £350 per person in the first year.
	trans := func(rr float64) markov.TransitionFunc {
		return func(_ int, _ []float64, P []float64) {
			copy(P, []float64{
				markov.Rest, markov.ApplyRR(0.20, rr), 0.03, 0.08,
				markov.Rest, 0, 0.15, 0.15,
				0, 0, markov.Rest, 0.25,
				0, 0, 0, 1,
			})
		}
	}
	costs := func(programme float64) []markov.Cost {
		return []markov.Cost{
			{Category: "falls service", States: markov.ByCycle(func(k int, v []float64) {
				if k == 1 {
					v[0], v[1] = programme, programme
				}
			})},
			{Category: "hospital", Moves: markov.Moves{Func: func(_ int, _ []float64, c []float64) {
				c[1] = 6000 // an injurious fall: emergency admission
			}}},
			{Category: "home care", States: markov.Fixed(0, 3100, 0, 0)},
			{Category: "care home", States: markov.Fixed(0, 0, 38000, 0)},
		}
	}
	zero := investment.Constant(decimal.Zero)
	m := &markov.Model{
		States: []string{"home", "after a fall", "care home", "dead"}, Dead: []string{"dead"},
		Initial: []float64{1, 0, 0, 0}, Cycles: years, Correction: markov.HalfCycle,
		CostSchedule: zero, EffectSchedule: zero,
		Strategies: []markov.Strategy{
			{ID: "usual care", Transition: trans(1), Costs: costs(0)},
			{ID: "falls prevention", Transition: trans(0.75), Costs: costs(350)},
		},
	}
	current := make([][]float64, years)
	for y := range current {
		current[y] = []float64{1, 0}
	}
	uptake, err := markov.Uptake(current[0], 1, []float64{0.2, 0.4, 0.6}, years)
	if err != nil {
		return nil, err
	}
	return &markov.BudgetImpact{Model: m, First: investment.FinancialYear(firstYear), Entrants: entrants,
		Current: current, New: uptake, Counting: markov.LifeTable}, nil
}

// budgetImpact prints the budget impact of community falls prevention.
func (p *printer) budgetImpact() {
	p.section("Budget impact of community falls prevention (constructed)")
	b, err := fallsBudgetImpact()
	if err != nil {
		p.fail(err)
		return
	}
	tab, err := b.Run()
	if err != nil {
		p.fail(err)
		return
	}
	p.printf("Each year a constructed 6%% of residents aged 75+ come to services after a fall; each year's\n" +
		"entrants are followed through a four-state model (home, after a fall, care home, dead) from their\n" +
		"entry year. Uptake of falls prevention rises 20%%, 40%%, 60%% and stays. Costs are undiscounted;\n" +
		"the last four columns split the impact by category.\n\n")
	k := func(m investment.Money) string { return m.FormatIn(investment.Thousand) }
	p.printf("%-8s %8s %14s %14s %13s", "year", "entrants", "current", "with option", "impact")
	for _, c := range tab.Categories {
		p.printf(" %13s", c)
	}
	p.printf("\n")
	for y, fy := range tab.Years {
		p.printf("%-8v %8.0f %14s %14s %13s", fy, b.Entrants[y], k(markov.YearTotal(tab.Current, y)),
			k(markov.YearTotal(tab.New, y)), k(markov.YearTotal(tab.Impact, y)))
		for c := range tab.Categories {
			p.printf(" %13s", k(tab.Impact[y][c]))
		}
		p.printf("\n")
	}
	var plan investment.Money
	for y := range 3 {
		plan = plan.Add(markov.YearTotal(tab.Impact, y))
	}
	p.printf("%-8s %8s %14s %14s %13s\n", "total", "", k(markov.Total(tab.Current)),
		k(markov.Total(tab.New)), k(markov.Total(tab.Impact)))
	p.printf("\nImpact over the three years of the plan: %s; over ten years: %s (to the penny, years add to the total).\n",
		plan, markov.Total(tab.Impact))
}
