package main

import (
	"context"
	"strings"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/commissioning/pbma"
	"github.com/opencommissioning/scp/investment"
)

// appraisalYears is the length of every option's appraisal: the three
// years of the plan and seven after, in 2022/23 prices.
const appraisalYears = 10

// level returns a flow of amount a year in years from..appraisalYears−1.
func level(amount string, from int) investment.Flow {
	ms := make([]investment.Money, appraisalYears)
	for t := from; t < appraisalYears; t++ {
		ms[t] = investment.MustGBP(amount)
	}
	return investment.NewFlow(ms...)
}

// once returns a flow of amount in year 0 alone.
func once(amount string) investment.Flow { return investment.NewFlow(investment.MustGBP(amount)) }

// shortList is the options on the short list for the plan's transformation
// fund. Costs and monetised benefits (avoided hospital and care-home days,
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

// fund is the transformation fund the options compete for in each year of
// the plan, and the ring-fenced alcohol and drug money (constructed).
func fund() (overall, adp investment.Flow) {
	m := investment.MustGBP
	overall = investment.FlowFrom(2022, m("4,500,000"), m("4,000,000"), m("4,000,000"))
	adp = investment.FlowFrom(2022, m("400,000"), m("400,000"), m("400,000"))
	return overall, adp
}

func planOptions(r *report) error {
	opts := shortList()
	if _, err := commissioning.NewShortList("bau", opts...); err != nil {
		return err
	}
	appraiser := commissioning.Appraiser{} // Green Book: 3.5% a year
	aps, err := appraiser.Appraise(opts...)
	if err != nil {
		return err
	}
	r.state.options = opts
	r.state.appraisals = aps

	r.printf("Economic case of the short list: 10 years at the Green Book's 3.5%%, optimism bias applied (constructed costs and benefits)\n\n")
	r.printf("%-18s %12s %12s %12s %6s %10s\n", "option", "PV costs", "PV benefits", "NPSV", "BCR", "switch")
	for _, a := range aps {
		if a.ID == "bau" {
			continue
		}
		sw, _ := a.Switch(commissioning.Benefits, -1)
		r.printf("%-18s %12s %12s %12s %6.2f %9.1f%%\n", a.ID, a.PVCosts.FormatIn(investment.Pound),
			a.PVBenefits.FormatIn(investment.Pound), a.NPSV.FormatIn(investment.Pound), a.BCR, -100*sw.Change)
	}
	r.printf("(switch: the fall in benefits that would make the option not worth doing)\n\n")

	if err := scoreOptions(r, opts, aps); err != nil {
		return err
	}
	if err := chooseOptions(r, opts); err != nil {
		return err
	}
	if err := simulateOptions(r, opts); err != nil {
		return err
	}
	return marginalAnalysis(r)
}

// scoreOptions ranks the options on what money does not capture, with
// criteria weights from the board's pairwise judgements (AHP).
func scoreOptions(r *report, opts []commissioning.Option, aps []commissioning.Appraisal) error {
	// Pairwise judgements of the criteria: value for money, fit with the
	// three headline priorities, effect on inequalities, delivery risk.
	pairs, err := mcda.Pairwise(4, 2, 3, 4, 2, 3, 2)
	if err != nil {
		return err
	}
	pr, err := mcda.AHP(pairs)
	if err != nil {
		return err
	}
	// Scores out of 5 for priority fit, inequalities and delivery risk
	// (constructed, as a workshop would give them).
	scores := map[string][3]float64{
		"reablement": {5, 3, 2}, "telecare": {4, 2, 3}, "falls": {4, 3, 1}, "dementia-pds": {4, 3, 2},
		"mh-hub-small": {5, 4, 2}, "mh-hub-large": {5, 5, 4}, "adp-outreach": {5, 5, 3},
		"carers-breaks": {4, 4, 1}, "hospital-at-home": {5, 3, 4},
	}
	m := mcda.Matrix{Criteria: []mcda.Criterion{
		{ID: "NPSV £m", Direction: mcda.HigherIsBetter, Swing: pr.Weights[0]},
		{ID: "priority fit", Direction: mcda.HigherIsBetter, Swing: pr.Weights[1]},
		{ID: "inequalities", Direction: mcda.HigherIsBetter, Swing: pr.Weights[2]},
		{ID: "delivery risk", Direction: mcda.LowerIsBetter, Swing: pr.Weights[3]},
	}}
	for i, o := range opts {
		s, ok := scores[o.ID]
		if !ok {
			continue
		}
		m.Alternatives = append(m.Alternatives, mcda.Alternative{ID: o.ID,
			Performance: []float64{aps[i].NPSV.Float64() / 1e6, s[0], s[1], s[2]}})
	}
	rank, err := mcda.WeightedSum{}.Rank(m)
	if err != nil {
		return err
	}
	r.printf("Multi-criteria scores: weights by AHP from pairwise judgements (CR %.3f%s)\n\n", pr.CR, map[bool]string{true: ", revisit", false: ", acceptable"}[pr.Inconsistent])
	r.printf("  weights:")
	for i, c := range m.Criteria {
		r.printf("  %s %.3f", c.ID, pr.Weights[i])
	}
	r.printf("\n\n")
	for _, id := range rank.Order() {
		res, _ := rank.Result(id)
		r.printf("  %d. %-18s %5.1f\n", res.Rank, id, res.Score)
	}
	r.printf("\n")
	return nil
}

// chooseOptions finds the set of options with the greatest total NPSV that
// fits the fund in every year, the ring-fenced money, the exclusive group
// and the dependencies, proven optimal.
func chooseOptions(r *report, opts []commissioning.Option) error {
	overall, adp := fund()
	sel, err := commissioning.Select(context.Background(), opts, overall, commissioning.Constraints{
		Streams: map[string]investment.Flow{"adp": adp},
	})
	if err != nil {
		return err
	}
	r.state.chosen = sel.IDs
	r.printf("Best affordable set (exact branch and bound, %s): %s\n", map[bool]string{true: "proven optimal", false: "not proven optimal"}[sel.Optimal], strings.Join(sel.IDs, ", "))
	total, err := investment.MustGBP("1").MulFloat(sel.Benefit)
	if err != nil {
		return err
	}
	r.printf("Total NPSV %s\n\n", total.FormatIn(investment.Pound))
	r.printf("%-10s %12s %12s %12s\n", "year", "fund", "spend", "unspent")
	i := 0
	for y := range investment.NewYears(2022, 3).All() {
		r.printf("%-10v %12s %12s %12s\n", y, overall.In(y).FormatIn(investment.Pound), sel.Spend[i].FormatIn(investment.Pound), sel.Slack[i].FormatIn(investment.Pound))
		i++
	}
	r.printf("\n")
	return nil
}

// simulateOptions puts uncertainty on the benefits and on capital costs and
// reports how likely each chosen option is to be worth doing.
func simulateOptions(r *report, opts []commissioning.Option) error {
	realisation, err := commissioning.NewPERT(0.5, 0.95, 1.2)
	if err != nil {
		return err
	}
	overrun, err := commissioning.NewPERT(0.95, 1.05, 1.6)
	if err != nil {
		return err
	}
	uptake, err := commissioning.NewTriangular(0.7, 1, 1.1)
	if err != nil {
		return err
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
	res, err := commissioning.Appraiser{}.Simulate(context.Background(), opts, commissioning.Simulation{
		Inputs: inputs, Draws: 10000, Seed: 2022, Percentiles: []float64{5, 95},
	})
	if err != nil {
		return err
	}
	r.printf("Monte Carlo: %d draws, seed %d; benefit realisation PERT(0.5, 0.95, 1.2) per option,\n", res.Draws, res.Seed)
	r.printf("capital overrun PERT(0.95, 1.05, 1.6), uptake triangular(0.7, 1, 1.1) shared\n\n")
	r.printf("%-18s %12s %12s %12s %10s\n", "option", "mean NPSV", "5th pct", "95th pct", "P(NPSV>0)")
	for _, o := range res.Options {
		if o.ID == "bau" {
			continue
		}
		r.printf("%-18s %12s %12s %12s %9.1f%%\n", o.ID, o.Mean.FormatIn(investment.Pound),
			o.Percentiles[0].NPSV.FormatIn(investment.Pound), o.Percentiles[1].NPSV.FormatIn(investment.Pound), 100*o.ProbPositive)
	}
	r.printf("\n")
	return nil
}

// marginalAnalysis asks, within older people's services, whether moving
// money from the hit list to the wish list would buy more benefit
// (benefit in points on the board's 0–100 scale; constructed).
func marginalAnalysis(r *report) error {
	m := investment.MustGBP
	e := pbma.Exercise{
		Programmes: []pbma.Programme{
			{ID: "older-people", Spend: m("121,500,000")},
			{ID: "community-health", Spend: m("131,600,000")},
		},
		WishList: []pbma.Proposal{
			{ID: "anticipatory-care", Programme: "older-people", Cost: m("400,000"), Benefit: 36},
			{ID: "night-nursing", Programme: "community-health", Cost: m("250,000"), Benefit: 15},
			{ID: "day-opportunities", Programme: "older-people", Cost: m("300,000"), Benefit: 9},
		},
		HitList: []pbma.Disinvestment{
			{ID: "duplicate-assessments", Programme: "older-people", Saving: m("350,000"), BenefitLost: 4},
			{ID: "low-use-clinics", Programme: "community-health", Saving: m("280,000"), BenefitLost: 7},
			{ID: "respite-beds", Programme: "older-people", Saving: m("500,000"), BenefitLost: 30},
		},
	}
	rec, err := pbma.Analyse(e)
	if err != nil {
		return err
	}
	r.printf("Programme budgeting and marginal analysis (constructed wish and hit lists)\n\n")
	for _, s := range rec.Shifts {
		var from []string
		for _, rel := range s.Releases {
			from = append(from, rel.Disinvestment)
		}
		r.printf("  fund %-18s %10s  (%.1f points per £100k) from %s\n", s.Proposal, s.Amount.FormatIn(investment.Pound),
			1e5*s.BenefitPerPound, strings.Join(from, ", "))
	}
	for _, u := range rec.Unfunded {
		r.printf("  leave %-17s unfunded: %s\n", u.Proposal, u.Reason)
	}
	r.printf("  released %s, invested %s, unallocated %s; benefit +%.0f −%.0f points\n\n",
		rec.Released.FormatIn(investment.Pound), rec.Invested.FormatIn(investment.Pound), rec.Unallocated.FormatIn(investment.Pound),
		rec.BenefitGained, rec.BenefitLost)
	return nil
}
