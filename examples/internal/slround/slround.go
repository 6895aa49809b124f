// Package slround holds the inputs of the worked example's round of the
// commissioning cycle for South Lanarkshire Health and Social Care
// Partnership, as data: the embedded population of package
// needs/southlanarkshire, and a financial plan, options, scores, targets
// and actuals constructed for the example at the partnership's scale
// (they are not the Integration Joint Board's published figures). The
// programs examples/southlanarkshire and examples/whatif run it.
package slround

import (
	"time"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/opencommissioning/scp/outcomes"
	"github.com/shopspring/decimal"
)

// Inputs returns the round's inputs, with the Monte Carlo analysis of the
// options (10,000 draws) when simulate is true.
func Inputs(simulate bool) (commissioning.Inputs, error) {
	pop, err := sl.Population()
	if err != nil {
		return commissioning.Inputs{}, err
	}
	locs := sl.Localities()
	loc := make([]string, len(locs))
	arr := make([]commissioning.Arrangement, len(locs))
	for i, l := range locs {
		loc[i] = l.Code
		arr[i] = commissioning.Arrangement{Locality: l.Code,
			Summary: "locality planning group of GP clusters, social work, community health teams, carers and the third sector (constructed)"}
	}
	scoring, err := scoring()
	if err != nil {
		return commissioning.Inputs{}, err
	}
	in := commissioning.Inputs{
		Name:         "Strategic Commissioning Plan 2022–2025",
		Round:        1,
		Partnership:  needs.Area{Code: sl.PartnershipCode, Name: sl.PartnershipName},
		HealthBoard:  "NHS Lanarkshire",
		Council:      "South Lanarkshire Council",
		Localities:   locs,
		Arrangements: arr,
		Period:       investment.NewYears(2022, 3),
		Horizon:      2030,
		Population:   pop,
		Conditions:   []needs.Rates{sl.Dementia()},
		Services: []commissioning.Service{{ID: "care-at-home", Title: "Care at home", Unit: "hours a week",
			Rates: sl.HomeCareHours(), Trend: 0.01, BaseYear: 2022,
			// The hours commissioned in 2022, held flat (constructed).
			Capacity: []needs.Level{{Area: loc[0], Value: 5951}, {Area: loc[1], Value: 7618}, {Area: loc[2], Value: 8499}, {Area: loc[3], Value: 4704}}}},
		History: []commissioning.History{{ID: "population", Title: "Partnership population (NRS mid-year estimates)", Area: sl.PartnershipCode, Start: 2001, Seed: 2022,
			// National Records of Scotland mid-year estimates, South
			// Lanarkshire, 2001–2019 (NRS, Mid-year population estimates:
			// time series data).
			Values: []float64{302340, 302770, 303480, 305660, 306850, 308450, 310370, 311310,
				312180, 313180, 313900, 314330, 314810, 315300, 316230, 317100, 318200, 319020, 320530}},
			{ID: "care-at-home-hours", Title: "Care at home delivered, thousand hours a year (constructed)", Area: sl.PartnershipCode, Start: 2012, Seed: 2022,
				Values: []float64{1180, 1204, 1221, 1253, 1268, 1297, 1322, 1340, 1296, 1371}}},
		Finance: financialPlan(loc),
		Investment: commissioning.InvestmentBudget{Fund: "transformation", Headroom: true,
			Streams: []commissioning.StreamBudget{{Stream: "adp", Amounts: flat("400,000")}}},
		Priorities: []commissioning.Priority{
			{ID: "prevention", Title: "Early intervention, prevention and inequalities", Outcomes: []string{"NO-1", "NO-5", "NO-6"}},
			{ID: "mental-health", Title: "Mental health and addictions", Outcomes: []string{"NO-1", "NO-3", "NO-7"}},
			{ID: "day-to-day", Title: "Sustaining and improving day-to-day services", Outcomes: []string{"NO-2", "NO-4", "NO-9"}},
		},
		// The workforce plan carries the plan's contribution to NO-8.
		Outcomes:   []string{"NO-8"},
		BAU:        "bau",
		Options:    shortList(),
		Scoring:    scoring,
		Choice:     commissioning.Choice{By: commissioning.ByMCDA, FrontierLevels: []float64{1}, FrontierFromOptions: true},
		Targets:    targets(),
		Links:      links(),
		Measures:   history(),
		Allocation: commissioning.Allocation{Band: needs.Band{Lo: 75, Hi: needs.Open}},
		Routes: []commissioning.Route{
			{Option: "adp-outreach", Kind: commissioning.Contract, To: []string{"third-sector provider (to be procured)"}},
			{Option: "telecare", Kind: commissioning.Direction, To: []string{"South Lanarkshire Council"}},
			{Option: "hospital-at-home", Kind: commissioning.Direction, To: []string{"NHS Lanarkshire"}},
		},
		Actuals:   actuals(),
		Decisions: decisions(),
	}
	if simulate {
		if in.Simulation, err = simulation(in.Options); err != nil {
			return commissioning.Inputs{}, err
		}
	}
	return in, nil
}

// flat returns amount in each year of the plan.
func flat(amount string) investment.Flow {
	m := investment.MustGBP(amount)
	return investment.FlowFrom(2022, m, m, m)
}

// financialPlan is the partnership's three-year financial plan for
// 2022/23 to 2024/25 at the partnership's scale (constructed), with a
// transformation fund for the options and recovery savings towards
// balance.
func financialPlan(loc []string) *investment.FinancialPlan {
	m := investment.MustGBP
	d := decimal.RequireFromString
	years := func(a, b, c string) investment.Flow { return investment.FlowFrom(2022, m(a), m(b), m(c)) }
	var uplifts []investment.Uplift
	rates := []struct {
		kind investment.UpliftKind
		r    [3]string
	}{
		{investment.Pay, [3]string{"0.05", "0.035", "0.03"}},
		{investment.NonPay, [3]string{"0.025", "0.02", "0.02"}},
		{investment.ProviderRates, [3]string{"0.068", "0.045", "0.035"}}, // living wage and care home contract
		{investment.Prescribing, [3]string{"0.045", "0.04", "0.04"}},
	}
	for _, k := range rates {
		for i, r := range k.r {
			uplifts = append(uplifts, investment.Uplift{Kind: k.kind, Year: investment.FinancialYear(2022 + i), Rate: d(r)})
		}
	}
	homeCare := investment.Mix{investment.ProviderRates: d("0.6"), investment.Pay: d("0.4")}
	staffed := investment.Mix{investment.Pay: d("0.8"), investment.NonPay: d("0.2")}
	return &investment.FinancialPlan{
		Name:  "South Lanarkshire medium-term financial plan 2022/23 to 2024/25 (constructed)",
		Years: investment.NewYears(2022, 3),
		Streams: []investment.Stream{
			{ID: "nhs-lanarkshire", Name: "NHS Lanarkshire (delegated)", Kind: investment.HealthBoard,
				Amounts: years("408,500,000", "421,000,000", "433,600,000")},
			{ID: "council", Name: "South Lanarkshire Council", Kind: investment.Council,
				Amounts: years("173,000,000", "177,500,000", "182,000,000")},
			{ID: "set-aside", Name: "Set-aside (large hospital services)", Kind: investment.SetAside,
				Amounts: years("80,900,000", "83,500,000", "86,100,000")},
			{ID: "adp", Name: "Alcohol and drug partnership (ring-fenced)", Kind: investment.RingFenced,
				For: []investment.CareGroup{investment.Addictions}, Amounts: years("4,200,000", "4,200,000", "4,200,000")},
		},
		Lines: []investment.Line{
			{ID: "home-care-cly", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: loc[0], Base: m("11,900,000"), Mix: homeCare},
			{ID: "home-care-ek", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: loc[1], Base: m("15,200,000"), Mix: homeCare},
			{ID: "home-care-ham", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: loc[2], Base: m("17,000,000"), Mix: homeCare},
			{ID: "home-care-rc", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: loc[3], Base: m("9,400,000"), Mix: homeCare},
			{ID: "care-homes", Name: "Care homes", CareGroup: investment.OlderPeople, Base: m("68,500,000"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "mental-health", Name: "Adult mental health", CareGroup: investment.MentalHealth, Base: m("38,700,000"), Mix: staffed},
			{ID: "learning-disability", Name: "Learning disability", CareGroup: investment.LearningDisability, Base: m("64,200,000"),
				Mix: investment.Mix{investment.ProviderRates: d("0.7"), investment.Pay: d("0.3")}},
			{ID: "physical-disability", Name: "Physical disability", CareGroup: investment.PhysicalDisability, Base: m("14,800,000"), Mix: homeCare},
			{ID: "addictions", Name: "Alcohol and drugs", CareGroup: investment.Addictions, Stream: "adp", Base: m("4,000,000"), Mix: staffed},
			{ID: "carers", Name: "Support for unpaid carers", CareGroup: investment.Carers, Base: m("3,600,000"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "gp-services", Name: "GP services", CareGroup: investment.PrimaryCare, Base: m("62,300,000"), Mix: investment.Only(investment.NonPay)},
			{ID: "prescribing", Name: "Prescribing", CareGroup: investment.PrimaryCare, Base: m("79,900,000"), Mix: investment.Only(investment.Prescribing)},
			{ID: "community-health", Name: "Community health services", CareGroup: investment.OtherServices, Base: m("131,600,000"), Mix: staffed},
			{ID: "hosted", Name: "Hosted services", CareGroup: investment.Hosted, Base: m("26,400,000"), Mix: staffed},
			{ID: "support", Name: "Management and support", CareGroup: investment.Support, Base: m("11,800,000"), Mix: staffed},
			{ID: "unscheduled-care", Name: "Unscheduled care (set-aside)", CareGroup: investment.SetAsideServices, Stream: "set-aside", Base: m("77,000,000"), Mix: staffed},
		},
		Uplifts: uplifts,
		Pressures: []investment.Pressure{
			{ID: "demography-2022", Kind: investment.Demographic, Year: 2022, Amount: m("2,400,000"),
				Lines: []string{"home-care-cly", "home-care-ek", "home-care-ham", "home-care-rc", "care-homes"}},
			{ID: "demography-2023", Kind: investment.Demographic, Year: 2023, Amount: m("2,600,000"),
				Lines: []string{"home-care-cly", "home-care-ek", "home-care-ham", "home-care-rc", "care-homes"}},
			{ID: "demography-2024", Kind: investment.Demographic, Year: 2024, Amount: m("2,800,000"),
				Lines: []string{"home-care-cly", "home-care-ek", "home-care-ham", "home-care-rc", "care-homes"}},
			{ID: "ld-transitions", Kind: investment.NewBurden, Year: 2023, Amount: m("1,100,000"), Lines: []string{"learning-disability"}},
		},
		Savings: []investment.Saving{
			{ID: "prescribing-efficiency", Year: 2022, Amount: m("2,500,000"), Lines: []string{"prescribing"}},
			{ID: "prescribing-efficiency-2", Year: 2023, Amount: m("1,500,000"), Lines: []string{"prescribing"}},
			{ID: "recovery-2023", Name: "Recovery plan: service redesign", Year: 2023, Amount: m("3,800,000"), Lines: []string{"community-health", "hosted", "support"}},
			{ID: "recovery-2024", Name: "Recovery plan: commissioning review", Year: 2024, Amount: m("4,000,000"), Lines: []string{"care-homes", "learning-disability"}},
			{ID: "vacancy-factor", Year: 2022, Amount: m("1,200,000"), Lines: []string{"community-health", "hosted"}, OneOff: true},
		},
		Reserves: []investment.Reserve{
			{ID: "contingency", Name: "General (contingency) reserve", Kind: investment.General, Opening: m("9,800,000"),
				Drawdown: investment.FlowFrom(2023, m("3,000,000"), m("3,000,000"))},
			{ID: "transformation", Name: "Transformation fund (earmarked)", Kind: investment.Earmarked, Purpose: "the options of the strategic plan",
				Opening: m("12,500,000"), Drawdown: years("4,500,000", "4,000,000", "4,000,000")},
			{ID: "adp-carry-forward", Name: "Alcohol and drug partnership (earmarked)", Kind: investment.Earmarked, Opening: m("1,300,000")},
		},
	}

}

// appraisalYears is the length of every option's appraisal: the three
// years of the plan and seven after, in 2022/23 prices.
const appraisalYears = 10

// level returns a flow of amount a year in years from..appraisalYears−1.
func level(amount string, from int) investment.Flow {
	ms := make([]investment.Money, appraisalYears)
	for t := from; t < appraisalYears; t++ {
		ms[t] = investment.MustGBP(amount)
	}
	return investment.FlowFrom(2022, ms...)
}

// once returns a flow of amount in year 0 alone.
func once(amount string) investment.Flow {
	return investment.FlowFrom(2022, investment.MustGBP(amount))
}

// shortList is the options on the short list for the transformation fund.
// Costs and monetised benefits (avoided hospital and care-home days,
// valued at unit costs) are constructed for the example.
func shortList() []commissioning.Option {
	const fy = 2022
	return []commissioning.Option{
		{ID: "bau", Title: "Business as usual", Mandatory: true, FirstYear: fy},
		{ID: "reablement", Title: "Reablement at home in every locality", Priority: "day-to-day", FirstYear: fy,
			Revenue: level("1,100,000", 0), Benefits: level("1,650,000", 1), Outcomes: []string{"NO-2", "NO-4", "NO-9"}},
		{ID: "telecare", Title: "Digital telecare with responder service", Priority: "day-to-day", FirstYear: fy,
			Requires: []string{"reablement"},
			Capital:  once("600,000"), Revenue: level("150,000", 0), Benefits: level("420,000", 1), Outcomes: []string{"NO-2", "NO-7"},
			Bias: commissioning.OptimismBias{Shares: []commissioning.Share{{Category: commissioning.EquipmentDevelopment, Share: 1}}, Mitigation: 0.8}},
		{ID: "falls", Title: "Community falls prevention", Priority: "prevention", FirstYear: fy,
			Revenue: level("380,000", 0), Benefits: level("560,000", 1), Outcomes: []string{"NO-1", "NO-7"}},
		{ID: "dementia-pds", Title: "Post-diagnostic dementia support", Priority: "prevention", FirstYear: fy,
			Revenue: level("450,000", 0), Benefits: level("600,000", 1), Outcomes: []string{"NO-2", "NO-4", "NO-6"}},
		{ID: "mh-hub-small", Title: "Mental health and wellbeing hub, one site", Priority: "mental-health", Group: "mh-hub", FirstYear: fy,
			Revenue: level("700,000", 0), Benefits: level("980,000", 1), Outcomes: []string{"NO-1", "NO-3", "NO-5"}},
		{ID: "mh-hub-large", Title: "Mental health and wellbeing hubs, four localities", Priority: "mental-health", Group: "mh-hub", FirstYear: fy,
			Capital: once("1,500,000"), Revenue: level("1,100,000", 0), Benefits: level("1,750,000", 1), Outcomes: []string{"NO-1", "NO-3", "NO-5"},
			Bias: commissioning.OptimismBias{Shares: []commissioning.Share{{Category: commissioning.StandardBuildings, Share: 1}}, Mitigation: 0.5}},
		{ID: "adp-outreach", Title: "Assertive outreach for people who use drugs", Priority: "mental-health", Stream: "adp", FirstYear: fy,
			Revenue: level("350,000", 0), Benefits: level("520,000", 1), Outcomes: []string{"NO-1", "NO-5", "NO-7"}},
		{ID: "carers-breaks", Title: "Short breaks for unpaid carers", Priority: "prevention", FirstYear: fy,
			Revenue: level("300,000", 0), Benefits: level("450,000", 1), Outcomes: []string{"NO-6"}},
		{ID: "hospital-at-home", Title: "Hospital at home for frail older people", Priority: "day-to-day", FirstYear: fy,
			Revenue: level("1,400,000", 0), Benefits: level("1,800,000", 1), Outcomes: []string{"NO-2", "NO-9"}},
	}
}

// scoring is the multi-criteria analysis: swing weights from the board's
// pairwise judgements of value for money, fit with the three headline
// priorities, effect on inequalities and delivery risk (AHP), and scores
// out of 5 as a workshop would give them (constructed).
func scoring() (commissioning.Scoring, error) {
	pairs, err := mcda.Pairwise(4, 2, 3, 4, 2, 3, 2)
	if err != nil {
		return commissioning.Scoring{}, err
	}
	pr, err := mcda.AHP(pairs)
	if err != nil {
		return commissioning.Scoring{}, err
	}
	w := pr.Weights
	s := commissioning.Scoring{NPSVSwing: 100 * w[0], Criteria: []commissioning.ScoringCriterion{
		{ID: "priority fit", Direction: mcda.HigherIsBetter, Swing: 100 * w[1]},
		{ID: "inequalities", Direction: mcda.HigherIsBetter, Swing: 100 * w[2]},
		{ID: "delivery risk", Direction: mcda.LowerIsBetter, Swing: 100 * w[3]},
	}}
	for _, o := range []struct {
		id     string
		scores []float64
	}{
		{"reablement", []float64{5, 3, 2}}, {"telecare", []float64{4, 2, 3}}, {"falls", []float64{4, 3, 1}},
		{"dementia-pds", []float64{4, 3, 2}}, {"mh-hub-small", []float64{5, 4, 2}}, {"mh-hub-large", []float64{5, 5, 4}},
		{"adp-outreach", []float64{5, 5, 3}}, {"carers-breaks", []float64{4, 4, 1}}, {"hospital-at-home", []float64{5, 3, 4}},
	} {
		s.Scores = append(s.Scores, commissioning.OptionScores{Option: o.id, Values: o.scores})
	}
	return s, nil
}

// simulation puts uncertainty on the benefits and on capital costs.
func simulation(opts []commissioning.Option) (*commissioning.Simulation, error) {
	realisation, err := commissioning.NewPERT(0.5, 0.95, 1.2)
	if err != nil {
		return nil, err
	}
	overrun, err := commissioning.NewPERT(0.95, 1.05, 1.6)
	if err != nil {
		return nil, err
	}
	uptake, err := commissioning.NewTriangular(0.7, 1, 1.1)
	if err != nil {
		return nil, err
	}
	var inputs []commissioning.Input
	for _, o := range opts {
		if o.ID == "bau" {
			continue
		}
		inputs = append(inputs, commissioning.Input{Name: o.ID + " benefit realisation", Option: o.ID, Lines: commissioning.Benefits, Dist: realisation})
		if o.Capital.Len() > 0 {
			inputs = append(inputs, commissioning.Input{Name: o.ID + " capital overrun", Option: o.ID, Lines: commissioning.Capital, Dist: overrun})
		}
	}
	inputs = append(inputs, commissioning.Input{Name: "uptake", Lines: commissioning.Benefits, Dist: uptake})
	return &commissioning.Simulation{Inputs: inputs, Draws: 10000, Seed: 2022, Percentiles: []float64{5, 50, 95}}, nil
}

// targets are the trajectories of two core integration indicators for the
// partnership (constructed baselines and targets).
func targets() []commissioning.Target {
	tol := outcomes.Tolerance{Green: 0.01, Amber: 0.03, Relative: true}
	return []commissioning.Target{
		{Indicator: "NI-11", Area: sl.PartnershipCode, Direction: outcomes.LowerIsBetter, Tolerance: tol,
			Trajectory: outcomes.Trajectory{Baseline: outcomes.Point{Year: 2019, Value: 470}, Target: outcomes.Point{Year: 2024, Value: 400}, Shape: outcomes.Linear}},
		{Indicator: "NI-12", Area: sl.PartnershipCode, Direction: outcomes.LowerIsBetter, Tolerance: tol,
			Trajectory: outcomes.Trajectory{Baseline: outcomes.Point{Year: 2019, Value: 14604}, Target: outcomes.Point{Year: 2024, Value: 12919}, Shape: outcomes.Linear}},
	}
}

// links are the logic model of the options: what each buys and the
// indicators it is expected to move (constructed effects).
func links() []outcomes.Link {
	return []outcomes.Link{
		{ID: "L1", Line: "reablement", Activity: "reablement episodes", Output: "900 people reabled a year",
			Target: "NI-19", Effect: outcomes.Effect{Central: 60, Low: 30, High: 90}, Attribution: 0.6, Lag: 1},
		{ID: "L2", Line: "reablement", Activity: "reablement episodes", Output: "900 people reabled a year",
			Target: "NI-18", Effect: outcomes.Effect{Central: 3, Low: 1.5, High: 4}, Attribution: 0.5},
		{ID: "L3", Line: "falls", Activity: "strength and balance classes", Output: "1,200 people a year",
			Target: "NI-16", Effect: outcomes.Effect{Central: 2.5, Low: 1, High: 4}, Attribution: 0.7, Lag: 1},
		{ID: "L4", Line: "carers-breaks", Activity: "short breaks", Output: "650 breaks a year",
			Target: "NI-8", Effect: outcomes.Effect{Central: 3, Low: 1.5, High: 4}, Attribution: 0.5},
		{ID: "L5", Line: "mh-hub-small", Activity: "drop-in and crisis support", Output: "2,500 contacts a year",
			Target: "NI-1", Effect: outcomes.Effect{Central: 2, Low: 0.5, High: 3}, Attribution: 0.4, Lag: 1},
		{ID: "L6", Line: "hospital-at-home", Activity: "acute care at home", Output: "1,100 admissions avoided a year",
			Target: "NI-12", Effect: outcomes.Effect{Central: 340, Low: 200, High: 450}, Attribution: 0.8},
	}
}

// history holds the two targeted indicators for 2017/18 to 2021/22
// (constructed).
func history() []outcomes.Measure {
	var out []outcomes.Measure
	ni11 := []float64{482, 476, 470, 455, 441}
	ni12 := []float64{14820, 14710, 14604, 12980, 13850}
	for i := range ni11 {
		y := investment.FinancialYear(2017 + i)
		out = append(out, outcomes.Measure{Indicator: "NI-11", Area: sl.PartnershipCode, Year: y, Value: ni11[i], Source: "constructed"},
			outcomes.Measure{Indicator: "NI-12", Area: sl.PartnershipCode, Year: y, Value: ni12[i], Source: "constructed"})
	}
	return out
}

// actuals are the outturn of 2022/23: spend on the lines that moved, and
// the reported core integration indicators (constructed).
func actuals() commissioning.Actuals {
	m := investment.MustGBP
	a := commissioning.Actuals{Spend: []commissioning.ActualSpend{
		{Line: "home-care-cly", Amount: m("13,105,000")}, {Line: "home-care-ek", Amount: m("16,420,000")},
		{Line: "home-care-ham", Amount: m("18,310,000")}, {Line: "home-care-rc", Amount: m("10,060,000")},
		{Line: "care-homes", Amount: m("72,940,000")}, {Line: "prescribing", Amount: m("81,350,000")},
		{Line: "investment:reablement", Amount: m("1,020,000")}, {Line: "investment:adp-outreach", Amount: m("350,000")},
	}}
	values := map[string]float64{"NI-1": 91.2, "NI-2": 78.4, "NI-3": 67.9, "NI-4": 70.1, "NI-5": 72.6, "NI-6": 66.8,
		"NI-7": 75.3, "NI-8": 29.7, "NI-9": 79.8, "NI-11": 331.6, "NI-12": 14042.5, "NI-13": 112340, "NI-14": 103,
		"NI-15": 88.9, "NI-16": 23.1, "NI-17": 76.2, "NI-18": 63.8, "NI-19": 612, "NI-20": 24.5}
	for _, ind := range outcomes.CoreIndicators() {
		if v, ok := values[ind.ID]; ok {
			a.Measures = append(a.Measures, outcomes.Measure{Indicator: ind.ID, Area: sl.PartnershipCode, Year: 2022, Value: v, Source: "constructed"})
		}
	}
	return a
}

// decisions is the board's decisions log for the round.
func decisions() []commissioning.Decision {
	day := func(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }
	return []commissioning.Decision{
		{Date: day(2022, time.March, 21), Stage: commissioning.StagePlan, By: "Integration Joint Board",
			Summary: "Strategic Commissioning Plan 2022–2025 approved", Reason: "it answers the needs assessed within the resources available",
			Subject: commissioning.SubjectApproval, Significant: true},
		{Date: day(2022, time.March, 21), Stage: commissioning.StagePlan, By: "Integration Joint Board",
			Summary: "Residual funding gaps of the plan accepted", Reason: "the recovery plan's second phase will close them; progress reported quarterly",
			Subject: commissioning.SubjectGap, Significant: true},
		{Date: day(2022, time.June, 28), Stage: commissioning.StageDo, By: "Integration Joint Board",
			Summary: "Directions issued to NHS Lanarkshire and South Lanarkshire Council", Reason: "to deliver the options funded in the plan",
			Significant: true},
	}
}
