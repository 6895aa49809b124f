package commissioning_test

import (
	"context"
	"fmt"
	"time"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/outcomes"
	"github.com/shopspring/decimal"
)

// twoLocalities builds the inputs of a small partnership, "P", with two
// localities, "L1" and "L2", a three-year plan from 2024/25, one
// condition, one service, a financial plan with a transformation fund and
// three options besides business as usual. Every figure is made up.
func twoLocalities() commissioning.Inputs {
	pop := needs.New()
	for _, l := range []struct {
		code string
		size float64
	}{{"L1", 100}, {"L2", 60}} {
		for y := 2024; y <= 2027; y++ {
			grow := 1 + 0.01*float64(y-2024)
			f, m := make([]float64, needs.NumAges), make([]float64, needs.NumAges)
			for a := range f {
				old := 1.0
				if a >= 65 {
					old = grow * grow // the old grow faster
				}
				f[a] = l.size * grow * old
				m[a] = 0.9 * l.size * grow * old
			}
			_ = pop.Set(l.code, y, needs.Female, f)
			_ = pop.Set(l.code, y, needs.Male, m)
		}
	}
	_ = pop.Sum("P", "Partnership", "L1", "L2")
	older := []needs.Band{{Lo: 65, Hi: 74}, {Lo: 75, Hi: 84}, {Lo: 85, Hi: needs.Open}}
	dementia := needs.MustRates(needs.RatesSpec{Condition: "dementia", Kind: needs.Prevalence, Bands: older,
		Female: []float64{0.02, 0.07, 0.25}, Male: []float64{0.02, 0.06, 0.2}, Provenance: needs.Provenance{Source: "made up"}})
	care := needs.MustRates(needs.RatesSpec{Condition: "home care hours", Kind: needs.Activity, Unit: "hours a week", Bands: older,
		Female: []float64{0.1, 0.5, 2}, Male: []float64{0.1, 0.4, 1.6}, Provenance: needs.Provenance{Source: "made up"}})
	m := investment.MustGBP
	fy := investment.FinancialYear(2024)
	years := func(a, b, c string) investment.Flow { return investment.FlowFrom(fy, m(a), m(b), m(c)) }
	level := func(amount string, from int) investment.Flow {
		ms := make([]investment.Money, 6)
		for t := from; t < 6; t++ {
			ms[t] = m(amount)
		}
		return investment.FlowFrom(fy, ms...)
	}
	staff := investment.Only(investment.Pay)
	return commissioning.Inputs{
		Name:        "Strategic plan 2024–27",
		Partnership: needs.Area{Code: "P", Name: "Partnership"},
		HealthBoard: "Health board", Council: "Council",
		Localities: []needs.Area{{Code: "L1", Name: "North"}, {Code: "L2", Name: "South"}},
		Arrangements: []commissioning.Arrangement{{Locality: "L1", Summary: "locality group of GPs, social work and the third sector"},
			{Locality: "L2", Summary: "locality group of GPs, social work and the third sector"}},
		Period:     investment.NewYears(fy, 3),
		Horizon:    2027,
		Population: pop,
		Conditions: []needs.Rates{dementia},
		Services: []commissioning.Service{{ID: "home-care", Unit: "hours a week", Rates: care,
			Capacity: []needs.Level{{Area: "L1", Value: 3150}, {Area: "L2", Value: 1900}}}},
		History: []commissioning.History{{ID: "admissions", Area: "P", Start: 2014, Method: "Drift",
			Values: []float64{610, 622, 630, 645, 652, 668, 671, 690, 701, 712}}},
		Finance: &investment.FinancialPlan{
			Name: "Financial plan 2024–27", Years: investment.NewYears(fy, 3),
			Streams: []investment.Stream{
				{ID: "nhs", Kind: investment.HealthBoard, Amounts: years("6,000,000", "6,150,000", "6,300,000")},
				{ID: "council", Kind: investment.Council, Amounts: years("3,000,000", "3,060,000", "3,120,000")},
				{ID: "set-aside", Kind: investment.SetAside, Amounts: years("1,000,000", "1,020,000", "1,040,000")},
			},
			Lines: []investment.Line{
				{ID: "care-l1", CareGroup: investment.OlderPeople, Locality: "L1", Base: m("3,500,000"), Mix: staff},
				{ID: "care-l2", CareGroup: investment.OlderPeople, Locality: "L2", Base: m("2,100,000"), Mix: staff},
				{ID: "community", CareGroup: investment.OtherServices, Base: m("3,200,000"), Mix: staff},
				{ID: "hospital", CareGroup: investment.SetAsideServices, Stream: "set-aside", Base: m("1,000,000"), Mix: investment.Only(investment.NotUplifted)},
			},
			Uplifts: []investment.Uplift{{Kind: investment.Pay, Year: 2024, Rate: decimal.RequireFromString("0.02")},
				{Kind: investment.Pay, Year: 2025, Rate: decimal.RequireFromString("0.02")},
				{Kind: investment.Pay, Year: 2026, Rate: decimal.RequireFromString("0.02")}},
			Reserves: []investment.Reserve{{ID: "fund", Name: "Transformation fund", Kind: investment.Earmarked,
				Opening: m("900,000"), Drawdown: years("300,000", "300,000", "300,000")}},
		},
		Investment: commissioning.InvestmentBudget{Fund: "fund", Headroom: true},
		Priorities: []commissioning.Priority{
			{ID: "home", Title: "Care at home", Outcomes: []string{"NO-2", "NO-4", "NO-9"}},
			{ID: "well", Title: "Prevention", Outcomes: []string{"NO-1", "NO-5", "NO-6"}},
		},
		Outcomes: []string{"NO-3", "NO-7", "NO-8"},
		BAU:      "bau",
		Options: []commissioning.Option{
			{ID: "bau", Mandatory: true, FirstYear: fy},
			{ID: "reablement", Title: "Reablement", Priority: "home", FirstYear: fy,
				Revenue: level("150,000", 0), Benefits: level("230,000", 1), Outcomes: []string{"NO-2"}},
			{ID: "falls", Title: "Falls prevention", Priority: "well", FirstYear: fy,
				Revenue: level("100,000", 0), Benefits: level("135,000", 1), Outcomes: []string{"NO-1"}},
			{ID: "hub", Title: "Wellbeing hub", Priority: "well", Locality: "L2", FirstYear: fy,
				Revenue: level("120,000", 0), Benefits: level("150,000", 1), Outcomes: []string{"NO-5"}},
		},
		Scoring: commissioning.Scoring{NPSVSwing: 60,
			Criteria: []commissioning.ScoringCriterion{{ID: "fit", Direction: mcda.HigherIsBetter, Swing: 40}},
			Scores: []commissioning.OptionScores{{Option: "reablement", Values: []float64{4}},
				{Option: "falls", Values: []float64{3}}, {Option: "hub", Values: []float64{5}}}},
		Choice: commissioning.Choice{By: commissioning.ByMCDA, FrontierLevels: []float64{0.5, 1, 1.5}, FrontierFromOptions: true},
		Targets: []commissioning.Target{{Indicator: "NI-12", Area: "P",
			Trajectory: outcomes.Trajectory{Baseline: outcomes.Point{Year: 2023, Value: 12000}, Target: outcomes.Point{Year: 2026, Value: 11100}, Shape: outcomes.Linear},
			Direction:  outcomes.LowerIsBetter, Tolerance: outcomes.Tolerance{Green: 0.01, Amber: 0.03, Relative: true}}},
		Allocation: commissioning.Allocation{Band: needs.Band{Lo: 75, Hi: needs.Open}},
		Actuals: commissioning.Actuals{
			Spend:    []commissioning.ActualSpend{{Line: "care-l1", Amount: m("3,640,000")}, {Line: "investment:reablement", Amount: m("150,000")}},
			Measures: []outcomes.Measure{{Indicator: "NI-12", Area: "P", Year: 2024, Value: 12100}},
		},
		Decisions: []commissioning.Decision{
			{Date: time.Date(2024, time.March, 20, 0, 0, 0, 0, time.UTC), Stage: commissioning.StagePlan, By: "Integration Joint Board",
				Summary: "Plan approved", Reason: "meets the needs assessed", Subject: commissioning.SubjectApproval, Significant: true},
		},
	}
}

// A two-locality round of the cycle, end to end: the gap of care at home
// found at Analyse, the options chosen by MCDA score within the
// transformation fund at Plan, directions allocated to the localities to
// the penny at Do, and the review of the first year with a scenario.
func ExampleRun() {
	ctx := context.Background()
	r, err := commissioning.Run(ctx, twoLocalities())
	if err != nil {
		fmt.Println(err)
		return
	}
	a := r.Assessment
	for _, d := range a.Demand {
		if d.Year == 2026 {
			fmt.Printf("%s %d: home care demand %.0f, capacity %.0f, gap %.0f hours a week\n", d.Area, d.Year, d.Demand, d.Capacity, d.Gap)
		}
	}
	s := r.Strategy
	for _, ro := range s.Ranked(commissioning.ByMCDA) {
		fmt.Printf("%d. %-10s MCDA %5.1f  NPSV %s\n", ro.Rank, ro.Option, ro.Score, ro.NPSV)
	}
	fmt.Println("available for investment:", s.Budget.Available)
	fmt.Println("chosen:", s.Choice.Options, "spending", s.Choice.Spend)
	fmt.Println("gap after investment:", s.Budget.GapAfter)
	for _, it := range r.Commitments.Items {
		fmt.Printf("%s to %v: %s\n", it.ID, it.To, it.Amounts)
	}
	exact, table, _ := r.Commitments.LocalityTable(2024, investment.Thousand)
	fmt.Println("2024/25 by locality:", exact, "published £000:", table.Parts, "rounding", table.Rounding, "total", table.Total)
	for _, ms := range r.Review.Measures {
		fmt.Printf("%s %v: %.0f against %.0f, %v\n", ms.Indicator, ms.Assessment.Year, ms.Assessment.Actual, ms.Assessment.Expected, ms.Assessment.Status)
	}
	failures := map[string]int{}
	for _, f := range commissioning.Validate(r) {
		failures[f.Rule]++
	}
	fmt.Println("statutory failures:", failures)

	more, err := commissioning.Rerun(ctx, r, commissioning.ScaleStream("council", decimal.RequireFromString("0.02")))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := commissioning.Diff(r, more)
	fmt.Println("council +2%: options added", d.ChosenAdded, "removed", d.ChosenRemoved)
	for _, c := range d.Money {
		if c.Kind == "gap" {
			fmt.Printf("gap %v: %s → %s\n", c.Year, c.Before, c.After)
		}
	}
	// Output:
	// L1 2026: home care demand 3305, capacity 3150, gap 155 hours a week
	// L2 2026: home care demand 1983, capacity 1900, gap 83 hours a week
	// 1. reablement MCDA  80.0  NPSV £211,204.19
	// 2. hub        MCDA  40.0  NPSV £15,451.57
	// 3. falls      MCDA  13.0  NPSV £58,026.83
	// available for investment: [£324,000.00 £374,480.00 £421,369.60] from 2024/25
	// chosen: [bau hub reablement] spending [£270,000.00 £270,000.00 £270,000.00] from 2024/25
	// gap after investment: [-£24,000.00 -£74,480.00 -£121,369.60] from 2024/25
	// direction:hub to [Health board Council]: [£120,000.00 £120,000.00 £120,000.00] from 2024/25
	// direction:reablement to [Health board Council]: [£150,000.00 £150,000.00 £150,000.00] from 2024/25
	// 2024/25 by locality: [£93,750.00 £176,250.00] published £000: [£94,000.00 £176,000.00] rounding £0.00 total £270,000.00
	// NI-12 2024/25: 12100 against 11700, red
	// statutory failures: map[report-performance:18]
	// council +2%: options added [falls] removed []
	// gap 2024/25: -£24,000.00 → -£14,000.00
	// gap 2025/26: -£74,480.00 → -£65,680.00
	// gap 2026/27: -£121,369.60 → -£113,769.60
}
