package markov_test

import (
	"context"
	"fmt"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes/markov"
	"github.com/shopspring/decimal"
)

// model is a small three-state model: a new treatment halves progression
// from Well to Ill for £1,200 a year more.
func model() *markov.Model {
	m := &markov.Model{
		States:         []string{"Well", "Ill", "Dead"},
		Dead:           []string{"Dead"},
		Initial:        []float64{1, 0, 0},
		Cycles:         20,
		Correction:     markov.HalfCycle,
		CostSchedule:   investment.Constant(decimal.RequireFromString("0.035")),
		EffectSchedule: investment.Constant(decimal.RequireFromString("0.035")),
		Parameters: []markov.Parameter{
			{Name: "progress", Value: 0.1, Dist: markov.Distribution{Kind: markov.Beta, A: 20, B: 180}},
			{Name: "hr", Value: 0.5, Dist: markov.Distribution{Kind: markov.LogNormal, A: -0.693, B: 0.2}},
			{Name: "uIll", Value: 0.6, Dist: markov.Distribution{Kind: markov.Beta, A: 60, B: 40}},
		},
	}
	prog, hr, uIll := m.MustIndex("progress"), m.MustIndex("hr"), m.MustIndex("uIll")
	strategy := func(id string, treated bool, extra float64) markov.Strategy {
		return markov.Strategy{
			ID: id,
			Transition: func(_ int, p []float64, P []float64) {
				q := p[prog]
				if treated {
					q = markov.ApplyHR(q, p[hr])
				}
				copy(P, []float64{
					markov.Rest, q, 0.01,
					0, markov.Rest, 0.15,
					0, 0, 1,
				})
			},
			Costs: []markov.Cost{{Category: "care", States: markov.Fixed(300+extra, 4000+extra, 0)}},
			Utility: markov.Values{Func: func(_ int, p, v []float64) {
				v[0], v[1], v[2] = 0.95, p[uIll], 0
			}},
		}
	}
	m.Strategies = []markov.Strategy{strategy("usual care", false, 0), strategy("new", true, 1200)}
	return m
}

func ExampleModel_Run() {
	res, err := model().Run()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range res.Outcomes {
		fmt.Printf("%-10s cost £%.2f  QALYs %.4f  life-years %.4f\n", o.ID, o.TotalCost, o.TotalQALYs, o.TotalLifeYears)
	}
	tab, err := res.Table(markov.QALYs)
	if err != nil {
		fmt.Println(err)
		return
	}
	row, _ := tab.Row("new")
	fmt.Printf("ICER of new against %s: %v per QALY\n", row.Comparator, row.ICER)
	// Output:
	// usual care cost £15076.23  QALYs 7.9752  life-years 9.6091
	// new        cost £24617.84  QALYs 9.6722  life-years 10.9910
	// ICER of new against usual care: £5,622.61 per QALY
}

func ExampleModel_Simulate() {
	m := model()
	psa, err := m.Simulate(context.Background(), markov.Simulation{
		Draws: 2000, Seed: 1,
		Lambdas: []investment.Money{investment.MustGBP("5000"), investment.MustGBP("20000")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := range psa.CEAC.Len() {
		p := psa.CEAC.Probabilities(i)
		fmt.Printf("at %v: P(new is cost-effective) = %.3f, best on average: %s\n",
			psa.CEAC.Lambda(i), p[1], psa.IDs[psa.CEAC.Optimal(i)])
	}
	l := investment.MustGBP("9000")
	evpi, _ := psa.EVPI(markov.QALYs, l)
	hr, _ := psa.EVPPI(markov.QALYs, l, "hr")
	fmt.Printf("at £9,000: EVPI £%.0f, EVPPI of the hazard ratio £%.0f per person\n", evpi, hr)
	// Output:
	// at £5,000.00: P(new is cost-effective) = 0.335, best on average: usual care
	// at £20,000.00: P(new is cost-effective) = 0.989, best on average: new
	// at £9,000: EVPI £343, EVPPI of the hazard ratio £317 per person
}

func ExampleBudgetImpact() {
	m := model()
	mix, err := markov.Uptake([]float64{1, 0}, 1, []float64{0.1, 0.25, 0.4}, 5)
	if err != nil {
		fmt.Println(err)
		return
	}
	b := markov.BudgetImpact{
		Model:    m,
		First:    investment.MustParseFinancialYear("2025/26"),
		Entrants: []float64{500, 120, 120, 120, 120},
		Current:  [][]float64{{1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 0}},
		New:      mix,
		Counting: markov.StartOfCycle,
	}
	tab, err := b.Run()
	if err != nil {
		fmt.Println(err)
		return
	}
	for y, fy := range tab.Years {
		fmt.Printf("%v  current %12v  new %12v  impact %11v\n", fy,
			markov.YearTotal(tab.Current, y), markov.YearTotal(tab.New, y), markov.YearTotal(tab.Impact, y))
	}
	fmt.Printf("total    current %12v  new %12v  impact %11v\n",
		markov.Total(tab.Current), markov.Total(tab.New), markov.Total(tab.Impact))
	// Output:
	// 2025/26  current  £150,000.00  new  £210,000.00  impact  £60,000.00
	// 2026/27  current  £369,500.00  new  £455,893.59  impact  £86,393.59
	// 2027/28  current  £582,855.00  new  £713,959.35  impact £131,104.35
	// 2028/29  current  £788,040.95  new  £958,057.31  impact £170,016.36
	// 2029/30  current  £983,661.45  new £1,188,403.58  impact £204,742.13
	// total    current £2,874,057.40  new £3,526,313.83  impact £652,256.43
}
