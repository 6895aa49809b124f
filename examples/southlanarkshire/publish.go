package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/commissioning/mcda"
	pub "github.com/opencommissioning/scp/commissioning/report"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/opencommissioning/scp/outcomes"
)

// published holds what the stages compute for the published report alone.
type published struct {
	history      forecast.Series
	model        *forecast.Model
	matrix       mcda.Matrix
	ranking      mcda.Ranking
	inputs       []commissioning.Input
	simulation   commissioning.SimulationResult
	indicators   []indicator
	alternatives []outcomes.Alternative
	frontier     outcomes.Table
}

// indicator is one indicator's estimate and its assessment.
type indicator struct {
	ind    outcomes.Indicator
	est    needs.Estimate
	a      outcomes.Assessment
	target outcomes.Point
}

// publish writes the board paper as report.html and report.md (with its
// charts under charts/) and the financial plan as financial-plan.xlsx in
// dir, and returns the paths written.
func publish(r *report, dir string) ([]string, error) {
	doc, tables, err := boardPaper(r)
	if err != nil {
		return nil, err
	}
	files, err := doc.WriteFiles(dir)
	if err != nil {
		return nil, err
	}
	xlsx := filepath.Join(dir, "financial-plan.xlsx")
	f, err := os.Create(xlsx)
	if err != nil {
		return nil, err
	}
	err = pub.WriteWorkbook(f, tables...)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return []string{files.HTML, files.Markdown, xlsx}, err
}

// boardPaper builds the document from the figures of the stages, and the
// tables of the financial plan and allocations for the workbook.
func boardPaper(r *report) (*pub.Document, []*pub.Table, error) {
	s, p := r.state, r.state.published
	var errs []error
	must := func(t *pub.Table, err error) *pub.Table { errs = append(errs, err); return t }
	chart := func(c *pub.Chart, err error) pub.Block { errs = append(errs, err); return pub.ChartBlock(c) }
	names := map[string]string{}
	for _, a := range s.localities {
		names[a.Code] = a.Name
	}
	streams := map[string]string{}
	for _, st := range mediumTermPlan().Streams {
		streams[st.ID] = st.Name
	}
	titles := map[string]string{}
	var appraised []commissioning.Appraisal
	for i, o := range s.options {
		titles[o.ID] = o.Title
		if o.ID != "bau" {
			appraised = append(appraised, s.appraisals[i])
		}
	}
	k := investment.Thousand
	plan := must(pub.FinancialPlan(s.budget, k))
	groups := must(pub.SpendByCareGroup(s.budget, k))
	places := must(pub.SpendByLocality(s.budget, k, names))
	byStream := must(pub.SpendByStream(s.budget, k, streams))
	reserves := must(pub.Reserves(s.budget, k))
	overall, _ := fund()
	chosen := must(pub.Selection(s.options, s.chosen, overall, titles, k))
	alloc := must(pub.Allocation("Chosen investment 2022/23 allocated by residents aged 75+", s.localities, "residents 75+",
		s.over75, s.allocation, k))
	inds := indicatorsOf(p.indicators)
	fc, err := p.model.Forecast(8, 80, 95)
	errs = append(errs, err)
	var outturn []pub.Point
	for y := 2020; y <= 2024; y++ {
		if v, ok := sl.PublicTotal(y); ok {
			outturn = append(outturn, pub.Point{X: float64(y), Y: float64(v)})
		}
	}
	tornado, err := tornadoOf(s.options)
	errs = append(errs, err)
	curve, err := dementiaCurve(p.alternatives)
	errs = append(errs, err)

	doc := &pub.Document{
		Title:    "South Lanarkshire Health and Social Care Partnership — strategic commissioning 2022–25",
		Subtitle: "Board paper: one round of the commissioning cycle on embedded data. Figures marked constructed are built for the example and are not official statistics.",
		Date:     time.Date(2022, time.March, 21, 0, 0, 0, 0, time.UTC),
		Sections: []pub.Section{
			{Stage: "Analyse", Title: "Who lives here, and what will they need?", Blocks: []pub.Block{
				pub.P("Population at 30 June; partnership totals are National Records of Scotland mid-year estimates, locality splits constructed."),
				chart(pub.PopulationPyramid("pyramid", "Partnership population by age and sex, 2030 against 2022", s.pop, sl.PartnershipCode, 2030, baseYear)),
				chart(pub.ProjectionChart("localities", "People aged 75 and over by locality, 2022–2030", s.pop, s.localities,
					needs.Band{Lo: 75, Hi: needs.Open}, baseYear, horizonYear)),
				chart(pub.FanChart("population-forecast", "Partnership population: forecast from the 2001–2019 estimates", "people",
					pub.Fan{History: p.history, Forecast: fc, Outturn: outturn})),
			}},
			{Stage: "Plan", Title: "What can we afford, and what should we fund?", Blocks: []pub.Block{
				pub.TableBlock(plan), pub.TableBlock(reserves),
				chart(pub.BudgetChart("budget", "Funding, reserves and the gap by year", s.budget, streams)),
				pub.TableBlock(groups), pub.TableBlock(places), pub.TableBlock(byStream),
				pub.TableBlock(must(pub.EconomicCase(appraised, titles, k))),
				pub.TableBlock(must(pub.MCDAScores(p.matrix, p.ranking))),
				pub.TableBlock(chosen),
				chart(pub.NPSVDistribution("npsv", "Net present social value under uncertainty", p.simulation, nil)),
				chart(pub.TornadoChart("tornado", "Reablement at home: one-way sensitivity of the NPSV", tornado)),
			}},
			{Stage: "Do", Title: "Allocate the investment to localities", Blocks: []pub.Block{
				pub.P("The allocation conserves every penny; the published column adds up through its rounding line."),
				pub.TableBlock(alloc),
			}},
			{Stage: "Review", Title: "Are outcomes improving, and what did the money buy?", Blocks: []pub.Block{
				pub.TableBlock(must(pub.Indicators(inds))),
				chart(pub.RAGDashboard("rag", "Core integration indicators against their trajectories, 2022/23", inds)),
				chart(pub.CEPlane("ce-plane", "Post-diagnostic dementia support: cost-effectiveness plane (constructed)", "QALYs",
					p.alternatives, p.frontier, investment.MustGBP("20,000"))),
				chart(pub.AcceptabilityCurve("ceac", "Post-diagnostic dementia support: acceptability (constructed draws)", "QALYs", curve)),
			}},
		},
		Checklist: checklist(r),
		Decisions: []pub.Decision{
			{Date: time.Date(2022, time.March, 21, 0, 0, 0, 0, time.UTC), Stage: "Plan", By: "Integration Joint Board",
				Decision:  "Approve the Strategic Commissioning Plan 2022–2025 and its medium-term financial plan",
				Rationale: "Three headline priorities; savings are still to be found for the gaps left after reserves in 2023/24 and 2024/25"},
			{Date: time.Date(2022, time.March, 21, 0, 0, 0, 0, time.UTC), Stage: "Plan", By: "Integration Joint Board",
				Decision:  fmt.Sprintf("Fund %d options from the transformation fund", len(s.chosen)),
				Rationale: "The affordable set with the greatest net present social value, proven optimal"},
			{Date: time.Date(2022, time.April, 1, 0, 0, 0, 0, time.UTC), Stage: "Do", By: "Chief Officer",
				Decision:  "Allocate the 2022/23 investment to the four localities by residents aged 75 and over",
				Rationale: "Older residents drive the demand for care at home"},
		},
	}
	for _, e := range errs {
		if e != nil {
			return nil, nil, e
		}
	}
	return doc, []*pub.Table{plan, reserves, groups, places, byStream, chosen, alloc}, nil
}

// indicatorsOf sets each indicator's estimate against its trajectory.
func indicatorsOf(rows []indicator) []pub.Indicator {
	var out []pub.Indicator
	for _, r := range rows {
		out = append(out, pub.Indicator{ID: r.ind.ID, Title: r.ind.Title, Unit: "per 100,000", Direction: r.ind.Direction,
			Value: r.est.Value, Lower: r.est.Lower, Upper: r.est.Upper, Assessment: r.a, Target: r.target})
	}
	return out
}

// tornadoOf varies the inputs of reablement at home one at a time over
// the ranges of the Monte Carlo inputs.
func tornadoOf(opts []commissioning.Option) (commissioning.Tornado, error) {
	for _, o := range opts {
		if o.ID == "reablement" {
			return commissioning.Appraiser{}.Tornado(o,
				commissioning.Input{Name: "benefit realisation", Lines: commissioning.Benefits, Low: 0.5, High: 1.2},
				commissioning.Input{Name: "uptake", Lines: commissioning.Benefits, Low: 0.7, High: 1.1},
				commissioning.Input{Name: "revenue cost", Lines: commissioning.Revenue, Low: 0.9, High: 1.25},
				commissioning.Input{Name: "first-year benefits", Lines: commissioning.Benefits, Years: []int{1}, Low: 0, High: 1.5})
		}
	}
	return commissioning.Tornado{}, fmt.Errorf("no reablement option")
}

// dementiaCurve draws costs and effects of the dementia support
// alternatives around their point values (constructed: normal, 15% of the
// cost and 25% of the effect a standard deviation, one seeded stream) and
// returns their acceptability curve from £0 to £60,000 a QALY.
func dementiaCurve(alts []outcomes.Alternative) (*outcomes.Curve, error) {
	const n = 2000
	rng := rand.New(rand.NewPCG(2022, 11))
	draws := make([]outcomes.Draws, len(alts))
	for i, a := range alts {
		draws[i] = outcomes.Draws{ID: a.ID, Costs: make([]float64, n), Effects: make([]float64, n)}
	}
	for k := range n {
		z := rng.NormFloat64() // shared: the alternatives are valued on the same people
		for i, a := range alts {
			draws[i].Costs[k] = a.Cost.Float64() * (1 + 0.15*rng.NormFloat64())
			draws[i].Effects[k] = a.Effect * (1 + 0.25*(0.5*z+0.866*rng.NormFloat64()))
		}
	}
	var lambdas []investment.Money
	for l := int64(0); l <= 60000; l += 2000 {
		lambdas = append(lambdas, investment.FromPence(100*l))
	}
	return outcomes.CEAC(draws, lambdas)
}

// checklist sets the paper against what the Public Bodies (Joint Working)
// (Scotland) Act 2014 asks of a strategic plan.
func checklist(r *report) []pub.Check {
	s := r.state
	const act = "Public Bodies (Joint Working) (Scotland) Act 2014, strategic plans"
	gapClosed := true
	for _, t := range s.budget.Totals {
		gapClosed = gapClosed && t.Gap.Sign() <= 0
	}
	conserved := investment.Sum(s.allocation...).Equal(s.year1)
	return []pub.Check{
		{Requirement: "The area is divided into at least two localities", Source: act, Met: len(s.localities) >= 2,
			Evidence: fmt.Sprintf("%d localities", len(s.localities))},
		{Requirement: "The plan sets out how the national health and wellbeing outcomes are to be achieved", Source: act, Met: len(s.chosen) > 0,
			Evidence: "Priorities and funded options linked to national outcomes"},
		{Requirement: "The plan states the money for the integrated functions", Source: act, Met: s.budget != nil,
			Evidence: "Medium-term financial plan and its funding gap"},
		{Requirement: "The medium-term financial plan balances in every year", Source: "Integrated resources advisory group guidance", Met: gapClosed,
			Evidence: "Funding gap after reserves, by year"},
		{Requirement: "Allocations to localities conserve every penny", Source: "Financial regulations", Met: conserved,
			Evidence: fmt.Sprintf("%s allocated to %d localities", s.year1, len(s.allocation))},
	}
}
