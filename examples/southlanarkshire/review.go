package main

import (
	"math"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/opencommissioning/scp/outcomes"
)

// review sets the year's performance against the national indicators and
// values what the investment buys.
func review(r *report) error {
	r.section("4. Review — are people's outcomes improving, and what did the money buy?")
	if err := indicators(r); err != nil {
		return err
	}
	if err := logicModel(r); err != nil {
		return err
	}
	if err := dementiaFrontier(r); err != nil {
		return err
	}
	return carersSROI(r)
}

// indicators computes two core integration indicators from the population
// and constructed activity, and rates each against its trajectory.
func indicators(r *report) error {
	fy := investment.MustParseFinancialYear
	pop := r.state.pop

	// NI-11: premature mortality, deaths under 75 per 100,000, directly
	// age-standardised to the European Standard Population 2013. Deaths by
	// age are constructed from a Gompertz curve for the example.
	esp, err := needs.ESP2013().Within(needs.Band{Lo: 0, Hi: 74})
	if err != nil {
		return err
	}
	strata := make([]needs.Stratum, len(esp.Bands))
	for i, b := range esp.Bands {
		n, err := pop.Count(sl.PartnershipCode, baseYear, needs.All, b)
		if err != nil {
			return err
		}
		mid := float64(b.Lo+b.Hi) / 2
		deaths := n * 0.00004 * math.Exp(0.085*mid)
		strata[i] = needs.Stratum{Events: float64(int(deaths + 0.5)), Population: n}
	}
	ni11, err := esp.Rate(strata, 100000, 0.95)
	if err != nil {
		return err
	}

	// NI-12: emergency admissions per 100,000 adults, crude.
	proj, err := needs.Project(pop, []needs.Rates{sl.EmergencyAdmissions()}, []string{sl.PartnershipCode}, []int{baseYear})
	if err != nil {
		return err
	}
	admissions, err := proj.Total(sl.EmergencyAdmissions().Condition(), sl.PartnershipCode, baseYear, needs.All)
	if err != nil {
		return err
	}
	adults, err := pop.Count(sl.PartnershipCode, baseYear, needs.All, needs.Band{Lo: 18, Hi: needs.Open})
	if err != nil {
		return err
	}
	ni12, err := needs.CrudeRate(float64(int(admissions+0.5)), adults, 100000, 0.95)
	if err != nil {
		return err
	}

	r.printf("Core integration indicators, 2022/23 (constructed activity on the embedded population)\n\n")
	rows := []struct {
		id       string
		est      needs.Estimate
		baseline float64
		target   float64
	}{
		{"NI-11", ni11, 470, 400},
		{"NI-12", ni12, ni12.Value * 1.04, ni12.Value * 0.92},
	}
	framework := outcomes.CoreIndicators()
	title := map[string]outcomes.Indicator{}
	for _, ind := range framework {
		title[ind.ID] = ind
	}
	tol := outcomes.Tolerance{Green: 0.01, Amber: 0.03, Relative: true}
	for _, row := range rows {
		ind := title[row.id]
		tr, err := outcomes.NewTrajectory(outcomes.Point{Year: fy("2019/20"), Value: row.baseline},
			outcomes.Point{Year: fy("2024/25"), Value: row.target}, outcomes.Linear)
		if err != nil {
			return err
		}
		a, err := tr.Assess(ind.Direction, outcomes.Point{Year: fy("2022/23"), Value: row.est.Value}, tol)
		if err != nil {
			return err
		}
		r.printf("  %s %s\n", ind.ID, ind.Title)
		r.printf("        %.1f per 100,000 (95%% CI %.1f–%.1f) against %.1f on the trajectory to %.0f in 2024/25: %v\n",
			row.est.Value, row.est.Lower, row.est.Upper, a.Expected, row.target, a.Status)
	}
	r.printf("\n")
	return nil
}

// logicModel links the funded options to the outcomes and indicators they
// are expected to move, and prices each unit of effect.
func logicModel(r *report) error {
	cost := map[string]investment.Money{}
	for _, o := range r.state.options {
		cost[o.ID] = o.Costs(0)
	}
	lines := []outcomes.Line{
		{ID: "reablement", Title: "Reablement at home", Cost: cost["reablement"]},
		{ID: "falls", Title: "Community falls prevention", Cost: cost["falls"]},
		{ID: "carers-breaks", Title: "Short breaks for unpaid carers", Cost: cost["carers-breaks"]},
		{ID: "mh-hub-small", Title: "Mental health and wellbeing hub", Cost: cost["mh-hub-small"]},
	}
	links := []outcomes.Link{
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
	}
	m, err := outcomes.NewLogicModel(nil, lines, links)
	if err != nil {
		return err
	}
	if err := m.Check(); err != nil {
		return err
	}
	r.printf("Logic model: funded lines → activity → output → outcome or indicator (constructed effects)\n\n")
	for _, c := range m.Contributions() {
		u, err := m.UnitCost(c.Line, c.Target)
		if err != nil {
			return err
		}
		r.printf("  %-14s → %-5s effect %5.1f (%.1f–%.1f), lag %d, cost a unit %s\n",
			c.Line, c.Target, c.Effect.Central, c.Effect.Low, c.Effect.High, c.Lag, u.Central.FormatIn(investment.Pound))
	}
	r.printf("  (NI-19 bed days per 1,000 aged 75+; NI-16 falls per 1,000 aged 65+; NI-1, NI-8, NI-18 percentage points)\n\n")
	return nil
}

// dementiaFrontier compares ways of supporting people after a dementia
// diagnosis by cost per QALY (constructed costs and effects per person).
func dementiaFrontier(r *report) error {
	gbp := investment.MustGBP
	tab, err := outcomes.Frontier([]outcomes.Alternative{
		{ID: "usual care", Cost: gbp("0"), Effect: 0},
		{ID: "link worker", Cost: gbp("1,100"), Effect: 0.08},
		{ID: "group support", Cost: gbp("1,900"), Effect: 0.09},
		{ID: "link + carer", Cost: gbp("2,600"), Effect: 0.16},
		{ID: "specialist team", Cost: gbp("6,800"), Effect: 0.19},
	})
	if err != nil {
		return err
	}
	r.printf("Post-diagnostic dementia support per person: incremental cost-effectiveness (constructed)\n\n")
	for _, row := range tab.Rows {
		switch {
		case row.Dominance != outcomes.Efficient:
			r.printf("  %-16s %v by %s\n", row.ID, row.Dominance, row.DominatedBy)
		case row.Comparator == "":
			r.printf("  %-16s reference\n", row.ID)
		default:
			r.printf("  %-16s ICER %s a QALY against %s\n", row.ID, row.ICER.FormatIn(investment.Pound), row.Comparator)
		}
	}
	for _, lambda := range []string{"20,000", "30,000"} {
		best, err := tab.Optimal(gbp(lambda))
		if err != nil {
			return err
		}
		r.printf("  at £%s a QALY: %s\n", lambda, best.ID)
	}
	r.printf("\n")
	return nil
}

// carersSROI values the short breaks for unpaid carers by social return on
// investment (Cabinet Office guide, 2012; constructed quantities and proxies).
func carersSROI(r *report) error {
	var inputs investment.Money
	for _, o := range r.state.options {
		if o.ID == "carers-breaks" {
			inputs = o.Costs(0)
		}
	}
	s := outcomes.SROI{
		Inputs: inputs,
		Impacts: []outcomes.Impact{
			{ID: "carer wellbeing", Quantity: 650, Proxy: investment.MustGBP("1,200"),
				Deadweight: 0.2, Attribution: 0.25, DropOff: 0.3, Duration: 3},
			{ID: "breakdowns avoided", Quantity: 12, Proxy: investment.MustGBP("14,000"),
				Deadweight: 0.3, Attribution: 0.3, DropOff: 0.5, Duration: 2},
		},
	}
	v, err := s.Value()
	if err != nil {
		return err
	}
	r.printf("Social return on investment of short breaks for unpaid carers (constructed)\n\n")
	for k, y := range v.ByYear {
		r.printf("  year %d value %s\n", k+1, y.Round(investment.Penny))
	}
	r.printf("  present value %s on inputs of %s: SROI %.2f : 1, payback %.2f years\n",
		v.PresentValue, v.Inputs, v.Ratio, v.Payback)
	return nil
}
