package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/commissioning"
	pub "github.com/opencommissioning/scp/commissioning/report"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/opencommissioning/scp/outcomes"
)

// publish writes the round's board paper as report.html and report.md
// (with its charts under charts/) and its financial plan and allocations
// as financial-plan.xlsx in dir, and returns the paths written.
func publish(r *commissioning.Round, dir string) ([]string, error) {
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

// paper collects the tables and charts of the board paper and the first
// error met building them.
type paper struct {
	r      *commissioning.Round
	err    error
	titles map[string]string // option id → title
	names  map[string]string // locality or stream id → name
}

func (p *paper) table(t *pub.Table, err error) pub.Block {
	if p.err == nil {
		p.err = err
	}
	return pub.TableBlock(t)
}

func (p *paper) chart(c *pub.Chart, err error) pub.Block {
	if p.err == nil {
		p.err = err
	}
	return pub.ChartBlock(c)
}

// boardPaper builds the document from the round, and the tables of the
// financial plan and the allocations for the workbook.
func boardPaper(r *commissioning.Round) (*pub.Document, []*pub.Table, error) {
	if r.Assessment == nil || r.Strategy == nil || r.Commitments == nil || r.Review == nil {
		return nil, nil, fmt.Errorf("the round did not reach its Review")
	}
	p := &paper{r: r, titles: map[string]string{}, names: map[string]string{}}
	for _, o := range r.Inputs.Options {
		p.titles[o.ID] = o.Title
	}
	for _, l := range r.Inputs.Localities {
		p.names[l.Code] = l.Name
	}
	for _, s := range r.Inputs.Finance.Streams {
		p.names[s.ID] = s.Name
	}
	doc := &pub.Document{
		Title:    r.Inputs.Name,
		Subtitle: "Board paper: one round of the commissioning cycle on embedded data. Figures marked constructed are built for the example and are not official statistics.",
		Date:     r.Strategy.Plan.Approved,
		Sections: []pub.Section{p.analyse(), p.plan(), p.do(), p.review()},
	}
	doc.Checklist = checklist(r)
	for _, d := range r.Cycle.Decisions {
		doc.Decisions = append(doc.Decisions, pub.Decision{Date: d.Date, Stage: d.Stage.String(), Decision: d.Summary, By: d.By, Rationale: d.Reason})
	}
	if p.err != nil {
		return nil, nil, p.err
	}
	var tables []*pub.Table
	for _, t := range doc.Tables() {
		if slices.Contains([]string{"financial-plan", "reserves", "spend-by-care-group", "spend-by-locality", "spend-by-stream", "selection", "allocation"}, t.ID) {
			tables = append(tables, t)
		}
	}
	return doc, tables, nil
}

func (p *paper) analyse() pub.Section {
	in, a := &p.r.Inputs, p.r.Assessment
	first, last := a.Years[0], a.Years[len(a.Years)-1]
	blocks := []pub.Block{
		pub.P("Population at 30 June; partnership totals are National Records of Scotland mid-year estimates, locality splits constructed."),
		p.chart(pub.PopulationPyramid("pyramid", fmt.Sprintf("Partnership population by age and sex, %d against %d", last, first),
			in.Population, in.Partnership.Code, last, first)),
		p.chart(pub.ProjectionChart("localities", fmt.Sprintf("People aged 75 and over by locality, %d–%d", first, last),
			in.Population, in.Localities, needs.Band{Lo: 75, Hi: needs.Open}, first, last)),
	}
	for _, h := range in.History {
		fan, err := fanOf(h)
		if err != nil {
			p.err = err
			break
		}
		blocks = append(blocks, p.chart(pub.FanChart("forecast-"+h.ID, h.Title+": forecast", unitOf(h), fan)))
	}
	return pub.Section{Stage: "Analyse", Title: "Who lives here, and what will they need?", Blocks: blocks}
}

// unitOf returns the unit of a history for its chart's axis: people for
// a population, else what follows the last comma of its title ("Care at
// home delivered, thousand hours a year (constructed)" is in "thousand
// hours a year").
func unitOf(h commissioning.History) string {
	if h.ID == "population" {
		return "people"
	}
	t, _, _ := strings.Cut(h.Title, " (")
	if i := strings.LastIndex(t, ", "); i >= 0 {
		return t[i+2:]
	}
	return t
}

// fanOf fits the history's model again to draw its 80% and 95%
// intervals, with the published outturn of the partnership population.
func fanOf(h commissioning.History) (pub.Fan, error) {
	s := forecast.Series{Start: h.Start, Values: h.Values}
	method := forecast.Auto
	if h.Method != "" {
		var err error
		if method, err = forecast.ParseMethod(h.Method); err != nil {
			return pub.Fan{}, err
		}
	}
	m, err := forecast.Fit(s, method, &forecast.Options{Seed: h.Seed})
	if err != nil {
		return pub.Fan{}, err
	}
	fc, err := m.Forecast(6, 80, 95)
	if err != nil {
		return pub.Fan{}, err
	}
	f := pub.Fan{History: s, Forecast: fc}
	if h.ID == "population" {
		for y := h.Start + len(h.Values); y < h.Start+len(h.Values)+6; y++ {
			if v, ok := sl.PublicTotal(y); ok {
				f.Outturn = append(f.Outturn, pub.Point{X: float64(y), Y: float64(v)})
			}
		}
	}
	return f, nil
}

func (p *paper) plan() pub.Section {
	s := p.r.Strategy
	k := investment.Thousand
	var appraised []commissioning.Appraisal
	for _, a := range s.Appraisals {
		if a.ID != p.r.Inputs.BAU {
			appraised = append(appraised, a)
		}
	}
	blocks := []pub.Block{
		p.table(pub.FinancialPlan(s.Finance, k)), p.table(pub.Reserves(s.Finance, k)),
		p.chart(pub.BudgetChart("budget", "Funding, reserves and the gap by year", s.Finance, p.names)),
		p.table(pub.SpendByCareGroup(s.Finance, k)), p.table(pub.SpendByLocality(s.Finance, k, p.names)),
		p.table(pub.SpendByStream(s.Finance, k, p.names)),
		p.table(pub.EconomicCase(appraised, p.titles, k)),
		p.table(pub.Scores(s.Scores, s.Weights, p.titles)),
		p.table(pub.Selection(p.r.Inputs.Options, s.Choice.Options, s.Budget.Available, p.titles, k)),
	}
	if s.Simulation != nil {
		blocks = append(blocks, p.chart(pub.NPSVDistribution("npsv", "Net present social value under uncertainty", *s.Simulation, nil)))
	}
	if t, err := p.tornado(); err == nil {
		blocks = append(blocks, p.chart(pub.TornadoChart("tornado", p.titles[t.Option]+": one-way sensitivity of the NPSV", t)))
	} else {
		p.err = err
	}
	return pub.Section{Stage: "Plan", Title: "What can we afford, and what should we fund?", Blocks: blocks}
}

// tornado varies the chosen option of the greatest NPSV one input at a
// time: its benefits, its revenue costs and its first year's benefits.
func (p *paper) tornado() (commissioning.Tornado, error) {
	s := p.r.Strategy
	for _, ro := range s.Ranked(commissioning.ByNPSV) {
		if !slices.Contains(s.Choice.Options, ro.Option) {
			continue
		}
		i := slices.IndexFunc(p.r.Inputs.Options, func(o commissioning.Option) bool { return o.ID == ro.Option })
		return p.r.Inputs.Appraiser.Tornado(p.r.Inputs.Options[i],
			commissioning.Input{Name: "benefit realisation", Lines: commissioning.Benefits, Low: 0.5, High: 1.2},
			commissioning.Input{Name: "revenue cost", Lines: commissioning.Revenue, Low: 0.9, High: 1.25},
			commissioning.Input{Name: "first-year benefits", Lines: commissioning.Benefits, Years: []int{1}, Low: 0, High: 1.5})
	}
	return commissioning.Tornado{}, fmt.Errorf("no option chosen")
}

func (p *paper) do() pub.Section {
	c := p.r.Commitments
	y := c.Years.First
	exact, _, _ := c.LocalityTable(y, investment.Thousand)
	areas := make([]needs.Area, len(c.Localities))
	for i, code := range c.Localities {
		areas[i] = needs.Area{Code: code, Name: p.names[code]}
	}
	return pub.Section{Stage: "Do", Title: "Directions and contracts, allocated to the localities", Blocks: []pub.Block{
		pub.P("Every penny of the commitments is allocated; the published column adds up through its rounding line."),
		p.table(pub.Allocation(fmt.Sprintf("Commitments in %v by locality", y), areas, "", nil, exact, investment.Thousand)),
	}}
}

func (p *paper) review() pub.Section {
	rv, s := p.r.Review, p.r.Strategy
	core := map[string]outcomes.Indicator{}
	for _, ind := range outcomes.CoreIndicators() {
		core[ind.ID] = ind
	}
	var inds []pub.Indicator
	for _, m := range rv.Measures {
		ind := core[m.Indicator]
		title := ind.Title
		if title == "" {
			title = m.Indicator
		}
		target := outcomes.Point{Year: m.Assessment.Year, Value: m.Assessment.Expected}
		for _, tp := range s.Trajectories {
			if tp.Indicator == m.Indicator && len(tp.Points) > 0 {
				target = tp.Points[len(tp.Points)-1]
			}
		}
		inds = append(inds, pub.Indicator{ID: m.Indicator, Title: title, Unit: ind.Scale.String(), Direction: ind.Direction,
			Value: m.Assessment.Actual, Assessment: m.Assessment, Target: target})
	}
	alts, tab, curve, err := dementiaSupport()
	if err != nil {
		p.err = err
	}
	blocks := []pub.Block{
		p.table(pub.Indicators(inds)),
		p.chart(pub.RAGDashboard("rag", fmt.Sprintf("Indicators against their trajectories, %v", rv.Year), inds)),
	}
	for _, f := range rv.Findings {
		blocks = append(blocks, pub.P(fmt.Sprintf("Finding for the next round (%s, %s): %s", f.Kind, f.Subject, f.Text)))
	}
	return pub.Section{Stage: "Review", Title: fmt.Sprintf("%v: outcomes against trajectories", rv.Year), Blocks: append(blocks,
		p.chart(pub.CEPlane("ce-plane", "Post-diagnostic dementia support: cost-effectiveness plane (constructed)", "QALYs",
			alts, tab, investment.MustGBP("20,000"))),
		p.chart(pub.AcceptabilityCurve("ceac", "Post-diagnostic dementia support: acceptability (constructed draws)", "QALYs", curve)),
	)}
}

// dementiaSupport compares ways of supporting people after a dementia
// diagnosis (constructed costs and QALYs per person) and draws costs and
// effects around them (normal, 15% of the cost and 25% of the effect a
// standard deviation, one seeded stream) for their acceptability curve
// from £0 to £60,000 a QALY.
func dementiaSupport() ([]outcomes.Alternative, outcomes.Table, *outcomes.Curve, error) {
	gbp := investment.MustGBP
	alts := []outcomes.Alternative{
		{ID: "usual care", Cost: gbp("0"), Effect: 0}, {ID: "link worker", Cost: gbp("1,100"), Effect: 0.08},
		{ID: "group support", Cost: gbp("1,900"), Effect: 0.09}, {ID: "link + carer", Cost: gbp("2,600"), Effect: 0.16},
		{ID: "specialist team", Cost: gbp("6,800"), Effect: 0.19},
	}
	tab, err := outcomes.Frontier(alts)
	if err != nil {
		return nil, tab, nil, err
	}
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
	curve, err := outcomes.CEAC(draws, lambdas)
	return alts, tab, curve, err
}

// checklist sets the round against the statutory rules it is checked by.
func checklist(r *commissioning.Round) []pub.Check {
	fails := commissioning.Validate(r)
	var out []pub.Check
	for _, rule := range commissioning.Rules() {
		c := pub.Check{Requirement: rule.Text, Source: rule.Source, Met: true, Evidence: "no failure found"}
		var why []string
		for _, f := range fails {
			if f.Rule == rule.ID {
				why = append(why, f.Where+": "+f.Detail)
			}
		}
		if len(why) > 0 {
			c.Met, c.Evidence = false, strings.Join(why, "; ")
		}
		out = append(out, c)
	}
	return out
}
