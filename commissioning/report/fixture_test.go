package report

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/opencommissioning/scp/outcomes"
)

// testPlan is a small three-year financial plan whose figures do not
// round to whole thousands, so that its tables need rounding lines.
func testPlan() *investment.FinancialPlan {
	m := investment.MustGBP
	return &investment.FinancialPlan{
		Name:  "Test partnership financial plan",
		Years: investment.NewYears(2024, 3),
		Streams: []investment.Stream{
			{ID: "nhs", Name: "Health board", Kind: investment.HealthBoard, Amounts: investment.FlowFrom(2024, m("10,400,400.40"), m("10,700,700.70"), m("11,000,499.99"))},
			{ID: "council", Name: "Council", Kind: investment.Council, Amounts: investment.FlowFrom(2024, m("6,200,600.60"), m("6,300,300.30"), m("6,400,400.45"))},
		},
		Lines: []investment.Line{
			{ID: "home-care-north", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: "S99000001", Base: m("4,300,400.40"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "home-care-south", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: "S99000002", Base: m("3,700,600.60"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "mental-health", Name: "Mental health", CareGroup: investment.MentalHealth, Base: m("4,100,700.70"), Mix: investment.Only(investment.Pay)},
			{ID: "community", Name: "Community health", CareGroup: investment.OtherServices, Base: m("4,400,300.30"), Mix: investment.Only(investment.Pay)},
		},
		Uplifts: []investment.Uplift{
			{Kind: investment.Pay, Year: 2024, Rate: dec("0.031")}, {Kind: investment.Pay, Year: 2025, Rate: dec("0.029")}, {Kind: investment.Pay, Year: 2026, Rate: dec("0.027")},
			{Kind: investment.ProviderRates, Year: 2024, Rate: dec("0.045")}, {Kind: investment.ProviderRates, Year: 2025, Rate: dec("0.041")}, {Kind: investment.ProviderRates, Year: 2026, Rate: dec("0.037")},
		},
		Pressures: []investment.Pressure{{ID: "demography", Kind: investment.Demographic, Year: 2025, Amount: m("250,250.25"), Lines: []string{"home-care-north", "home-care-south"}}},
		Savings:   []investment.Saving{{ID: "redesign", Year: 2024, Amount: m("180,180.18"), Lines: []string{"community"}}},
		Reserves: []investment.Reserve{{ID: "general", Name: "General reserve", Kind: investment.General, Opening: m("900,000"),
			Drawdown: investment.FlowFrom(2025, m("300,000"), m("300,000"))}},
	}
}

// testAreas are the two localities of the test plan.
var testAreas = []needs.Area{{Code: "S99000001", Name: "North"}, {Code: "S99000002", Name: "South"}}

// testOptions is a short list with business as usual.
func testOptions() []commissioning.Option {
	m := investment.MustGBP
	level := func(a string, from, n int) investment.Flow {
		ms := make([]investment.Money, n)
		for t := from; t < n; t++ {
			ms[t] = m(a)
		}
		return investment.NewFlow(ms...)
	}
	return []commissioning.Option{
		{ID: "bau", Title: "Business as usual", Mandatory: true, FirstYear: 2024},
		{ID: "reablement", Title: "Reablement", FirstYear: 2024, Revenue: level("500,000", 0, 6), Benefits: level("720,000", 1, 6)},
		{ID: "falls", Title: "Falls prevention", FirstYear: 2024, Revenue: level("200,000", 0, 6), Benefits: level("260,000", 1, 6)},
		{ID: "telecare", Title: "Telecare", FirstYear: 2024, Capital: investment.NewFlow(m("300,000")), Revenue: level("80,000", 0, 6), Benefits: level("150,000", 1, 6)},
	}
}

// fixtures are the library results the tests publish, computed once.
type fixtures struct {
	budget     *investment.Budget
	options    []commissioning.Option
	appraisals []commissioning.Appraisal
	simulation commissioning.SimulationResult
	tornado    commissioning.Tornado
	alts       []outcomes.Alternative
	frontier   outcomes.Table
	curve      *outcomes.Curve
	matrix     mcda.Matrix
	ranking    mcda.Ranking
	history    forecast.Series
	forecast   *forecast.Forecast
	pop        *needs.Population
	indicators []Indicator
	allocation []investment.Money
	weights    []float64
}

var (
	fixOnce sync.Once
	fix     fixtures
	fixErr  error
)

// load returns the fixtures, failing the test if any cannot be computed.
func load(t testing.TB) *fixtures {
	t.Helper()
	fixOnce.Do(func() { fixErr = fix.compute() })
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return &fix
}

func (f *fixtures) compute() error {
	var err error
	if f.budget, err = testPlan().Budget(); err != nil {
		return err
	}
	f.options = testOptions()
	if f.appraisals, err = (commissioning.Appraiser{}).Appraise(f.options...); err != nil {
		return err
	}
	pert, err := commissioning.NewPERT(0.6, 1, 1.2)
	if err != nil {
		return err
	}
	f.simulation, err = commissioning.Appraiser{}.Simulate(context.Background(), f.options, commissioning.Simulation{
		Inputs: []commissioning.Input{{Name: "benefits", Lines: commissioning.Benefits, Dist: pert}}, Draws: 400, Seed: 7, KeepDraws: true})
	if err != nil {
		return err
	}
	if f.tornado, err = (commissioning.Appraiser{}).Tornado(f.options[1],
		commissioning.Input{Name: "benefits", Lines: commissioning.Benefits, Low: 0.6, High: 1.2},
		commissioning.Input{Name: "revenue", Lines: commissioning.Revenue, Low: 0.9, High: 1.3}); err != nil {
		return err
	}
	gbp := investment.MustGBP
	f.alts = []outcomes.Alternative{{ID: "usual", Cost: gbp("0"), Effect: 0}, {ID: "nurse", Cost: gbp("900"), Effect: 0.05},
		{ID: "group", Cost: gbp("1,500"), Effect: 0.055}, {ID: "team", Cost: gbp("3,000"), Effect: 0.12}}
	if f.frontier, err = outcomes.Frontier(f.alts); err != nil {
		return err
	}
	if f.curve, err = testCurve(f.alts); err != nil {
		return err
	}
	f.matrix = mcda.Matrix{Criteria: []mcda.Criterion{{ID: "value", Direction: mcda.HigherIsBetter, Swing: 0.6}, {ID: "risk", Direction: mcda.LowerIsBetter, Swing: 0.4}},
		Alternatives: []mcda.Alternative{{ID: "reablement", Performance: []float64{2.1, 3}}, {ID: "falls", Performance: []float64{0.4, 1}}, {ID: "telecare", Performance: []float64{0.3, 2}}}}
	if f.ranking, err = (mcda.WeightedSum{}).Rank(f.matrix); err != nil {
		return err
	}
	f.history = forecast.Series{Start: 2010, Values: []float64{100, 103, 105, 108, 112, 113, 117, 120, 122, 126}}
	f.forecast = &forecast.Forecast{Model: "test drift", Mean: []float64{129, 132, 135},
		Intervals: []forecast.Interval{{Level: 80, Lower: []float64{126, 127, 128}, Upper: []float64{132, 137, 142}},
			{Level: 95, Lower: []float64{124, 124, 124}, Upper: []float64{134, 140, 146}}}}
	if f.pop, err = sl.Population(); err != nil {
		return err
	}
	f.indicators, err = testIndicators()
	if err != nil {
		return err
	}
	f.weights = []float64{3, 4}
	f.allocation, err = investment.MustGBP("1,234,567.89").Allocate(f.weights...)
	return err
}

// testCurve draws costs and effects around each alternative's values with
// one seeded stream and returns the acceptability curve.
func testCurve(alts []outcomes.Alternative) (*outcomes.Curve, error) {
	const n = 300
	rng := rand.New(rand.NewPCG(1, 2))
	draws := make([]outcomes.Draws, len(alts))
	for i, a := range alts {
		draws[i] = outcomes.Draws{ID: a.ID, Costs: make([]float64, n), Effects: make([]float64, n)}
		for k := range n {
			draws[i].Costs[k] = a.Cost.Float64() * (1 + 0.2*rng.NormFloat64())
			draws[i].Effects[k] = a.Effect * (1 + 0.3*rng.NormFloat64())
		}
	}
	var lambdas []investment.Money
	for l := int64(0); l <= 40000; l += 5000 {
		lambdas = append(lambdas, investment.FromPence(100*l))
	}
	return outcomes.CEAC(draws, lambdas)
}

// testIndicators are two indicators assessed against linear trajectories.
func testIndicators() ([]Indicator, error) {
	fy := investment.MustParseFinancialYear
	tol := outcomes.Tolerance{Green: 0.01, Amber: 0.03, Relative: true}
	var out []Indicator
	for _, c := range []struct {
		id, title  string
		dir        outcomes.Direction
		v, lo, hi  float64
		base, goal float64
	}{
		{"NI-11", "Premature mortality", outcomes.LowerIsBetter, 420, 400, 440, 470, 400},
		{"NI-2", "Supported to live independently", outcomes.HigherIsBetter, 79, 77.5, 80.5, 80, 84},
	} {
		tr, err := outcomes.NewTrajectory(outcomes.Point{Year: fy("2020/21"), Value: c.base}, outcomes.Point{Year: fy("2025/26"), Value: c.goal}, outcomes.Linear)
		if err != nil {
			return nil, err
		}
		a, err := tr.Assess(c.dir, outcomes.Point{Year: fy("2024/25"), Value: c.v}, tol)
		if err != nil {
			return nil, err
		}
		out = append(out, Indicator{ID: c.id, Title: c.title, Unit: "per 100,000", Direction: c.dir, Value: c.v, Lower: c.lo, Upper: c.hi, Assessment: a, Target: tr.Target})
	}
	return out, nil
}

// testTables returns every table of the fixtures.
func testTables(t testing.TB) []*Table {
	t.Helper()
	f := load(t)
	k := investment.Thousand
	names := map[string]string{"S99000001": "North", "S99000002": "South"}
	var ts []*Table
	add := func(tb *Table, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, tb)
	}
	add(FinancialPlan(f.budget, k))
	add(Reserves(f.budget, k))
	add(SpendByCareGroup(f.budget, k))
	add(SpendByLocality(f.budget, k, names))
	add(SpendByStream(f.budget, k, map[string]string{"nhs": "Health board"}))
	add(EconomicCase(f.appraisals, nil, k))
	add(MCDAScores(f.matrix, f.ranking))
	add(Selection(f.options, []string{"bau", "reablement", "telecare"}, investment.FlowFrom(2024, investment.MustGBP("900,000"), investment.MustGBP("700,000")), nil, investment.Pound))
	add(Allocation("Allocation by need", testAreas, "need", f.weights, f.allocation, k))
	add(Indicators(f.indicators))
	return ts
}

// testCharts returns every chart of the fixtures, by id.
func testCharts(t testing.TB) []*Chart {
	t.Helper()
	f := load(t)
	var cs []*Chart
	add := func(c *Chart, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	add(FanChart("fan", "Demand forecast", "referrals a year", Fan{History: f.history, Forecast: f.forecast, Outturn: []Point{{2020, 128}}}))
	add(PopulationPyramid("pyramid", "Population by age and sex", f.pop, sl.PartnershipCode, 2030, 2022))
	add(BudgetChart("budget", "Budget by stream and year", f.budget, map[string]string{"nhs": "Health board", "council": "Council"}))
	add(TornadoChart("tornado", "Reablement: one-way sensitivity", f.tornado))
	add(CEPlane("ce-plane", "Cost-effectiveness plane", "QALYs", f.alts, f.frontier, investment.MustGBP("20,000")))
	add(AcceptabilityCurve("ceac", "Acceptability curve", "QALYs", f.curve))
	add(NPSVDistribution("npsv", "NPSV under uncertainty", f.simulation, nil))
	add(RAGDashboard("rag", "Indicators against trajectories", f.indicators))
	add(ProjectionChart("localities", "People aged 75+ by locality", f.pop, sl.Localities(), needs.Band{Lo: 75, Hi: needs.Open}, 2022, 2030))
	return cs
}

// testDocument is a document with every table and chart of the fixtures.
func testDocument(t testing.TB) *Document {
	t.Helper()
	ts, cs := testTables(t), testCharts(t)
	d := &Document{Title: "Test board paper", Subtitle: "Fixtures", Date: time.Date(2024, time.March, 20, 0, 0, 0, 0, time.UTC),
		Checklist: []Check{{Requirement: "At least two localities", Source: "Act", Met: true, Evidence: "2"}, {Requirement: "Plan balances", Source: "Guidance", Evidence: "gap in 2026/27"}},
		Decisions: []Decision{{Date: time.Date(2024, time.March, 20, 0, 0, 0, 0, time.UTC), Stage: "Plan", Decision: "Approve <the plan> & fund", By: "Board", Rationale: "Affordable"}}}
	d.Sections = []Section{
		{Stage: "Analyse", Title: "Need", Blocks: []Block{P("People & places: \"quotes\" <b>not bold</b>."), ChartBlock(cs[0]), ChartBlock(cs[1]), ChartBlock(cs[8])}},
		{Stage: "Plan", Title: "Money", Blocks: []Block{TableBlock(ts[0]), TableBlock(ts[1]), ChartBlock(cs[2]), TableBlock(ts[2]), TableBlock(ts[3]), TableBlock(ts[4]),
			TableBlock(ts[5]), TableBlock(ts[6]), TableBlock(ts[7]), ChartBlock(cs[3]), ChartBlock(cs[6])}},
		{Stage: "Do", Title: "Allocation", Blocks: []Block{TableBlock(ts[8])}},
		{Stage: "Review", Title: "Outcomes", Blocks: []Block{TableBlock(ts[9]), ChartBlock(cs[7]), ChartBlock(cs[4]), ChartBlock(cs[5])}},
	}
	return d
}
