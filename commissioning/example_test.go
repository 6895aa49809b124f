package commissioning_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
)

func flow(amounts ...string) investment.Flow {
	ms := make([]investment.Money, len(amounts))
	for i, a := range amounts {
		ms[i] = investment.MustGBP(a)
	}
	return investment.NewFlow(ms...)
}

// A scheme costing £100,000 now and returning £30,000 a year for five
// years, at the Green Book's 3.5%.
func ExampleAppraiser_Appraise() {
	scheme := commissioning.Option{
		ID:       "scheme",
		Capital:  flow("100000"),
		Benefits: flow("0", "30000", "30000", "30000", "30000", "30000"),
	}
	aps, err := commissioning.Appraiser{}.Appraise(scheme)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := aps[0]
	fmt.Println("PV benefits:", a.PVBenefits)
	fmt.Println("NPSV:", a.NPSV)
	fmt.Printf("BCR: %.4f\n", a.BCR)
	b, _ := a.Switch(commissioning.Benefits, -1)
	c, _ := a.Switch(commissioning.Costs, -1)
	fmt.Printf("benefits may fall %.2f%%, costs may rise %.2f%%\n", -100*b.Change, 100*c.Change)
	fmt.Println("equivalent annual cost:", a.EAC)
	// Output:
	// PV benefits: £135,451.57
	// NPSV: £35,451.57
	// BCR: 1.3545
	// benefits may fall 26.17%, costs may rise 35.45%
	// equivalent annual cost: £22,148.14
}

// A project that is 30% non-standard and 70% standard buildings.
func ExampleOptimismBias_Rate() {
	b := commissioning.OptimismBias{Shares: []commissioning.Share{
		{Category: commissioning.NonStandardBuildings, Share: 0.3},
		{Category: commissioning.StandardBuildings, Share: 0.7},
	}}
	r, err := b.Rate(commissioning.CapitalCost)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("capital cost bias %s%%\n", r.Shift(2))
	// Output: capital cost bias 32.1%
}

// £100m of non-standard building, with 92% of the 51% upper bound
// mitigated, plus £7m spent on the mitigation.
func ExampleOptimismBias_Adjust() {
	b := commissioning.OptimismBias{
		Shares:     []commissioning.Share{{Category: commissioning.NonStandardBuildings, Share: 1}},
		Mitigation: 0.92,
	}
	adjusted, err := b.Adjust(investment.MustGBP("100000000"), commissioning.CapitalCost)
	if err != nil {
		fmt.Println(err)
		return
	}
	total := adjusted.Add(investment.MustGBP("7000000"))
	fmt.Println(adjusted.Round(investment.Million).FormatIn(investment.Million), total.Round(investment.Million).FormatIn(investment.Million))
	// Output: £104.000m £111.000m
}

func ExampleDistributionalWeight() {
	w, err := commissioning.DistributionalWeight(20000, 40000, commissioning.DefaultEta)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.6f\n", w)
	_, err = commissioning.DistributionalWeight(0, 40000, commissioning.DefaultEta)
	fmt.Println(errors.Is(err, commissioning.ErrIncome))
	// Output:
	// 2.462289
	// true
}

func ExamplePlan_Validate() {
	p := commissioning.Plan{
		Title:  "Strategic Commissioning Plan 2022–2025",
		Period: investment.NewYears(investment.MustParseFinancialYear("2022/23"), 3),
		Priorities: []commissioning.Priority{
			{ID: "mh", Title: "Mental health and addictions", Outcomes: []string{"NO-1", "NO-7"}},
		},
		Localities: []needs.Area{{Code: "S37000028-CLY", Name: "Clydesdale"}},
	}
	fmt.Println(p.Validate())
	p.Localities = append(p.Localities, needs.Area{Code: "S37000028-EK", Name: "East Kilbride"})
	fmt.Println(p.Validate())
	fmt.Println("not linked:", p.UnlinkedOutcomes())
	// Output:
	// commissioning: localities: 1 given: a strategic plan needs at least two localities
	// <nil>
	// not linked: [NO-2 NO-3 NO-4 NO-5 NO-6 NO-8 NO-9]
}

func ExampleCycle() {
	var c commissioning.Cycle
	c.Attach("Joint Strategic Needs Assessment", "paper 7", time.Date(2021, 9, 1, 0, 0, 0, 0, time.UTC))
	_ = c.Advance()
	_ = c.Log(time.Date(2022, 3, 21, 0, 0, 0, 0, time.UTC), "Integration Joint Board", "plan approved", "hub-small")
	fmt.Println(c.Stage, len(c.Decisions), c.Decisions[0].Stage)
	_ = c.Advance()
	_ = c.Advance()
	fmt.Println(c.Stage, c.Advance())
	// Output:
	// Plan 1 Plan
	// Review commissioning: stage: cycle already at review
}

func ExampleLongList_ShortList() {
	l := commissioning.LongList{BAU: "bau", Candidates: []commissioning.Candidate{
		{Option: "bau", Filters: []commissioning.Filter{{Dimension: commissioning.Scope, Verdict: commissioning.CarriedForward, Reason: "benchmark"}}},
		{Option: "hub", Filters: []commissioning.Filter{{Dimension: commissioning.Solution, Verdict: commissioning.Preferred, Reason: "meets the objectives"}}},
		{Option: "outsource", Filters: []commissioning.Filter{{Dimension: commissioning.Delivery, Verdict: commissioning.Discounted, Reason: "no provider"}}},
	}}
	s, err := l.ShortList([]commissioning.Option{{ID: "bau"}, {ID: "hub"}, {ID: "outsource"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range s.Options {
		fmt.Println(o.ID)
	}
	_, err = commissioning.NewShortList("bau", commissioning.Option{ID: "hub"})
	fmt.Println(errors.Is(err, commissioning.ErrNoBAU))
	// Output:
	// bau
	// hub
	// true
}

func ExampleAppraiser_Tornado() {
	scheme := commissioning.Option{
		ID:       "scheme",
		Capital:  flow("100000"),
		Benefits: flow("0", "30000", "30000", "30000", "30000", "30000"),
	}
	t, err := commissioning.Appraiser{}.Tornado(scheme,
		commissioning.Input{Name: "benefits", Lines: commissioning.Benefits, Low: 0.8, High: 1.1},
		commissioning.Input{Name: "capital", Lines: commissioning.Capital, Low: 0.9, High: 1.4},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range t.Bars {
		fmt.Printf("%-8s %v to %v\n", b.Input, b.AtLow, b.AtHigh)
	}
	// Output:
	// capital  £45,451.57 to -£4,548.43
	// benefits £8,361.26 to £48,996.73
}

func ExampleAppraiser_TwoWay() {
	scheme := commissioning.Option{
		ID:       "scheme",
		Capital:  flow("100000"),
		Benefits: flow("0", "30000", "30000", "30000", "30000", "30000"),
	}
	g, err := commissioning.Appraiser{}.TwoWay(scheme,
		commissioning.Input{Name: "capital", Lines: commissioning.Capital},
		commissioning.Input{Name: "benefits", Lines: commissioning.Benefits},
		[]float64{1, 1.3}, []float64{0.8, 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, row := range g.NPSV {
		fmt.Println(g.XValues[i], row)
	}
	// Output:
	// 1 [£8,361.26 £35,451.57]
	// 1.3 [-£21,638.74 £5,451.57]
}

func ExampleAppraiser_Simulate() {
	opts := []commissioning.Option{
		{ID: "home care", Revenue: flow("0", "50000", "50000"), Benefits: flow("0", "70000", "70000")},
		{ID: "day centre", Capital: flow("60000"), Benefits: flow("0", "55000", "55000")},
	}
	overrun, _ := commissioning.NewPERT(0.9, 1, 1.6)
	uptake, _ := commissioning.NewTriangular(0.5, 1, 1.2)
	sim := commissioning.Simulation{
		Inputs: []commissioning.Input{
			{Name: "build over-run", Option: "day centre", Lines: commissioning.Capital, Dist: overrun},
			{Name: "uptake", Lines: commissioning.Benefits, Dist: uptake},
		},
		Draws: 20000,
		Seed:  2022,
	}
	r, err := commissioning.Appraiser{}.Simulate(context.Background(), opts, sim)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range r.Options {
		fmt.Printf("%-10s mean %s  P(best) %.2f  P(NPSV > 0) %.2f\n",
			o.ID, o.Mean.Round(investment.Thousand).FormatIn(investment.Thousand), o.ProbBest, o.ProbPositive)
	}
	// Output:
	// home care  mean £25k  P(best) 0.28  P(NPSV > 0) 0.87
	// day centre mean £29k  P(best) 0.72  P(NPSV > 0) 0.94
}

func ExampleSelect() {
	year := investment.MustParseFinancialYear
	opts := []commissioning.Option{
		{ID: "bau", Mandatory: true, Revenue: flow("100", "100"), Benefits: flow("120", "120")},
		{ID: "hub-small", Group: "hub", Capital: flow("200"), Benefits: flow("0", "260")},
		{ID: "hub-large", Group: "hub", Capital: flow("400"), Benefits: flow("0", "480")},
		{ID: "app", Requires: []string{"hub-small"}, Revenue: flow("0", "50"), Benefits: flow("0", "90")},
	}
	budget := investment.FlowFrom(year("2024/25"), investment.MustGBP("350"), investment.MustGBP("200"))
	s, err := commissioning.Select(context.Background(), opts, budget, commissioning.Constraints{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.IDs, s.Optimal, s.Spend)
	// Output: [app bau hub-small] true [£300.00 £150.00] from 2024/25
}

func ExampleAppraiser_Compare() {
	bau := commissioning.Option{ID: "bau", Revenue: flow("100000", "100000"), Benefits: flow("100000", "100000")}
	hub := commissioning.Option{ID: "hub", Capital: flow("150000"), Revenue: flow("50000", "50000"), Benefits: flow("100000", "300000")}
	s, err := commissioning.NewShortList("bau", bau, hub)
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, err := commissioning.Appraiser{}.Compare(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		fmt.Printf("%s: NPSV %v, over business as usual %v\n", c.Appraisal.ID, c.Appraisal.NPSV, c.ExtraNPSV)
	}
	// Output:
	// bau: NPSV £0.00, over business as usual £0.00
	// hub: NPSV £141,545.89, over business as usual £141,545.89
}
