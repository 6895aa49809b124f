package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
	"github.com/opencommissioning/scp/outcomes"
)

// PaperOptions adjusts the board paper [BoardPaper] makes of a round.
type PaperOptions struct {
	// Unit is the unit of the money tables; the zero value means £000.
	Unit investment.Unit
	// Subtitle is printed under the title.
	Subtitle string
	// Units names the unit of each history's forecast chart by history id
	// (such as "people"); a history without one is labelled with its title.
	Units map[string]string
	// Outturn holds, by history id, what was observed after the history
	// ended, drawn over its forecast.
	Outturn map[string][]Point
	// Tornado, when not empty, are the inputs varied one at a time for the
	// chosen option of the greatest NPSV.
	Tornado []commissioning.Input
}

// BoardPaper makes the board paper of a round of the cycle: a section per
// stage with its tables and charts (population pyramid and projection by
// locality, a fan chart of each forecast with its 80% and 95% intervals;
// the financial plan, reserves, budget chart, spend by care group,
// locality and stream, economic case, scores, selection, NPSV
// distribution and tornado; the commitments by locality; the indicators
// against their trajectories and the findings), the statutory checklist
// from commissioning.Validate and the decisions log of the cycle. The
// round must have reached its Review. Add sections or blocks to the
// document before writing it.
func BoardPaper(r *commissioning.Round, o PaperOptions) (*Document, error) {
	if r == nil || r.Assessment == nil || r.Strategy == nil || r.Commitments == nil || r.Review == nil {
		return nil, fmt.Errorf("report: round: %w", ErrIncomplete)
	}
	if o.Unit == investment.Penny {
		o.Unit = investment.Thousand
	}
	p := &paper{r: r, o: o, titles: map[string]string{}, names: map[string]string{}}
	for _, op := range r.Inputs.Options {
		p.titles[op.ID] = op.Title
	}
	for _, l := range r.Inputs.Localities {
		p.names[l.Code] = l.Name
	}
	if r.Inputs.Finance != nil {
		for _, s := range r.Inputs.Finance.Streams {
			p.names[s.ID] = s.Name
		}
	}
	doc := &Document{Title: r.Inputs.Name, Subtitle: o.Subtitle, Date: r.Strategy.Plan.Approved,
		Sections: []Section{p.analyse(), p.plan(), p.do(), p.review()}, Checklist: checklist(r)}
	for _, d := range r.Cycle.Decisions {
		doc.Decisions = append(doc.Decisions, Decision{Date: d.Date, Stage: d.Stage.String(), Decision: d.Summary, By: d.By, Rationale: d.Reason})
	}
	if p.err != nil {
		return nil, p.err
	}
	return doc, nil
}

// MoneyTables returns the document's tables that hold money, for a
// workbook.
func (d *Document) MoneyTables() []*Table {
	var ts []*Table
	for _, t := range d.Tables() {
		if slices.ContainsFunc(t.Columns, func(c Column) bool { return c.Kind == Money }) {
			ts = append(ts, t)
		}
	}
	return ts
}

// paper builds a board paper and keeps the first error met.
type paper struct {
	r      *commissioning.Round
	o      PaperOptions
	err    error
	titles map[string]string // option id → title
	names  map[string]string // locality code or stream id → name
}

func (p *paper) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

func (p *paper) table(t *Table, err error) Block { p.fail(err); return TableBlock(t) }

func (p *paper) chart(c *Chart, err error) Block { p.fail(err); return ChartBlock(c) }

func (p *paper) analyse() Section {
	in, a := &p.r.Inputs, p.r.Assessment
	if len(a.Years) == 0 || in.Population == nil {
		p.fail(fmt.Errorf("report: round: assessment without years or population: %w", ErrIncomplete))
		return Section{Stage: "Analyse", Title: "Needs"}
	}
	first, last := a.Years[0], a.Years[len(a.Years)-1]
	blocks := []Block{
		p.chart(PopulationPyramid("pyramid", fmt.Sprintf("Population by age and sex, %d against %d", last, first),
			in.Population, in.Partnership.Code, last, first)),
		p.chart(ProjectionChart("localities", fmt.Sprintf("People aged 75 and over by locality, %d–%d", first, last),
			in.Population, in.Localities, needs.Band{Lo: 75, Hi: needs.Open}, first, last)),
	}
	for _, h := range in.History {
		fan, err := fanOf(h, p.o.Outturn[h.ID])
		if err != nil {
			p.fail(err)
			break
		}
		unit, ok := p.o.Units[h.ID]
		if !ok {
			unit = h.Title
		}
		blocks = append(blocks, p.chart(FanChart("forecast-"+h.ID, h.Title+": forecast", unit, fan)))
	}
	return Section{Stage: "Analyse", Title: "Who lives here, and what will they need?", Blocks: blocks}
}

// fanOf fits the history's model again to draw its 80% and 95%
// intervals over six years.
func fanOf(h commissioning.History, outturn []Point) (Fan, error) {
	s := forecast.Series{Start: h.Start, Values: h.Values}
	method := forecast.Auto
	if h.Method != "" {
		var err error
		if method, err = forecast.ParseMethod(h.Method); err != nil {
			return Fan{}, fmt.Errorf("report: history %s: %w", h.ID, err)
		}
	}
	m, err := forecast.Fit(s, method, &forecast.Options{Seed: h.Seed})
	if err != nil {
		return Fan{}, fmt.Errorf("report: history %s: %w", h.ID, err)
	}
	fc, err := m.Forecast(6, 80, 95)
	if err != nil {
		return Fan{}, fmt.Errorf("report: history %s: %w", h.ID, err)
	}
	return Fan{History: s, Forecast: fc, Outturn: outturn}, nil
}

func (p *paper) plan() Section {
	s, u := p.r.Strategy, p.o.Unit
	var appraised []commissioning.Appraisal
	for _, a := range s.Appraisals {
		if a.ID != p.r.Inputs.BAU {
			appraised = append(appraised, a)
		}
	}
	blocks := []Block{
		p.table(FinancialPlan(s.Finance, u)), p.table(Reserves(s.Finance, u)),
		p.chart(BudgetChart("budget", "Funding, reserves and the gap by year", s.Finance, p.names)),
		p.table(SpendByCareGroup(s.Finance, u)), p.table(SpendByLocality(s.Finance, u, p.names)),
		p.table(SpendByStream(s.Finance, u, p.names)),
		p.table(EconomicCase(appraised, p.titles, u)),
		p.table(Scores(s.Scores, s.Weights, p.titles)),
		p.table(Selection(p.r.Inputs.Options, s.Choice.Options, s.Budget.Available, p.titles, u)),
	}
	if s.Simulation != nil {
		blocks = append(blocks, p.chart(NPSVDistribution("npsv", "Net present social value under uncertainty", *s.Simulation, nil)))
	}
	if len(p.o.Tornado) > 0 {
		t, err := p.tornado()
		p.fail(err)
		if err == nil {
			blocks = append(blocks, p.chart(TornadoChart("tornado", p.titles[t.Option]+": one-way sensitivity of the NPSV", t)))
		}
	}
	return Section{Stage: "Plan", Title: "What can we afford, and what should we fund?", Blocks: blocks}
}

// tornado varies the inputs of the chosen option of the greatest NPSV.
func (p *paper) tornado() (commissioning.Tornado, error) {
	s := p.r.Strategy
	for _, ro := range s.Ranked(commissioning.ByNPSV) {
		i := slices.IndexFunc(p.r.Inputs.Options, func(o commissioning.Option) bool { return o.ID == ro.Option })
		if i < 0 || !slices.Contains(s.Choice.Options, ro.Option) {
			continue
		}
		t, err := p.r.Inputs.Appraiser.Tornado(p.r.Inputs.Options[i], p.o.Tornado...)
		if err != nil {
			return t, fmt.Errorf("report: tornado: %w", err)
		}
		return t, nil
	}
	return commissioning.Tornado{}, fmt.Errorf("report: tornado: no option chosen: %w", ErrNoData)
}

func (p *paper) do() Section {
	c := p.r.Commitments
	y := c.Years.First
	exact, _, _ := c.LocalityTable(y, investment.Thousand)
	areas := make([]needs.Area, len(c.Localities))
	for i, code := range c.Localities {
		areas[i] = needs.Area{Code: code, Name: p.names[code]}
	}
	return Section{Stage: "Do", Title: "Directions and contracts, allocated to the localities", Blocks: []Block{
		P("Every penny of the commitments is allocated; the published column adds up through its rounding line."),
		p.table(Allocation(fmt.Sprintf("Commitments in %v by locality", y), areas, "", nil, exact, p.o.Unit)),
	}}
}

func (p *paper) review() Section {
	rv := p.r.Review
	inds := p.indicators()
	blocks := []Block{
		p.table(Indicators(inds)),
		p.chart(RAGDashboard("rag", fmt.Sprintf("Indicators against their trajectories, %v", rv.Year), inds)),
	}
	for _, f := range rv.Findings {
		blocks = append(blocks, P(fmt.Sprintf("Finding for the next round (%s, %s): %s", f.Kind, f.Subject, f.Text)))
	}
	return Section{Stage: "Review", Title: fmt.Sprintf("%v: outcomes against trajectories", rv.Year), Blocks: blocks}
}

// indicators sets each reviewed measure against its trajectory, with the
// core indicators' titles, scales and directions.
func (p *paper) indicators() []Indicator {
	core := map[string]outcomes.Indicator{}
	for _, ind := range outcomes.CoreIndicators() {
		core[ind.ID] = ind
	}
	var inds []Indicator
	for _, m := range p.r.Review.Measures {
		ind, ok := core[m.Indicator]
		title, unit := ind.Title, ind.Scale.String()
		if !ok {
			title, unit = m.Indicator, ""
		}
		target := outcomes.Point{Year: m.Assessment.Year, Value: m.Assessment.Expected}
		for _, tp := range p.r.Strategy.Trajectories {
			if tp.Indicator == m.Indicator && len(tp.Points) > 0 {
				target = tp.Points[len(tp.Points)-1]
			}
		}
		inds = append(inds, Indicator{ID: m.Indicator, Title: title, Unit: unit, Direction: ind.Direction,
			Value: m.Assessment.Actual, Assessment: m.Assessment, Target: target})
	}
	return inds
}

// checklist sets the round against the statutory rules of
// commissioning.Rules, as commissioning.Validate finds them.
func checklist(r *commissioning.Round) []Check {
	fails := commissioning.Validate(r)
	var out []Check
	for _, rule := range commissioning.Rules() {
		c := Check{Requirement: rule.Text, Source: rule.Source, Met: true, Evidence: "no failure found"}
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
