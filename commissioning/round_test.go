package commissioning_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/outcomes"
	"github.com/shopspring/decimal"
)

func runRound(t *testing.T, in commissioning.Inputs) *commissioning.Round {
	t.Helper()
	r, err := commissioning.Run(context.Background(), in)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return r
}

// checkGate checks a gate's refusal: a *GateError at the stage, wrapping
// the reason, its message prefixed once.
func checkGate(t *testing.T, err error, stage commissioning.Stage, reason error, where string) {
	t.Helper()
	var ge *commissioning.GateError
	if !errors.As(err, &ge) {
		t.Fatalf("error %v is not a *GateError", err)
	}
	got := struct {
		Stage commissioning.Stage
		Where string
		Is    bool
	}{ge.Stage, ge.Where, errors.Is(err, reason)}
	want := got
	want.Stage, want.Where, want.Is = stage, where, true
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("gate error (-want +got):\n%s", d)
	}
	if p := fault.Prefixed(err.Error(), "commissioning"); p != nil {
		t.Error(p)
	}
}

func TestPlanGate(t *testing.T) {
	in := twoLocalities()
	if _, err := in.Plan(context.Background(), nil); err == nil {
		t.Fatal("Plan without an assessment succeeded")
	} else {
		checkGate(t, err, commissioning.StagePlan, commissioning.ErrNoAssessment, "")
	}
	a, err := in.Analyse(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// An assessment made before a third locality was added covers two.
	in.Localities = append(in.Localities, needs.Area{Code: "L3"})
	_, err = in.Plan(context.Background(), a)
	checkGate(t, err, commissioning.StagePlan, commissioning.ErrNotCovered, "localities L3")
}

func TestDoGate(t *testing.T) {
	in := twoLocalities()
	if _, err := in.Do(nil, nil); err == nil {
		t.Fatal("Do without a plan succeeded")
	} else {
		checkGate(t, err, commissioning.StageDo, commissioning.ErrNoStrategy, "")
	}
	// A stated budget beyond the fund and headroom opens a gap.
	in.Investment = commissioning.InvestmentBudget{Fund: "fund", Amounts: investment.FlowFrom(2024, investment.MustGBP("200,000"), investment.MustGBP("200,000"), investment.MustGBP("200,000"))}
	_, err := commissioning.Run(context.Background(), in)
	checkGate(t, err, commissioning.StageDo, commissioning.ErrUnbalanced, "2024/25 gap £46,000.00")

	in.Decisions = append(in.Decisions, commissioning.Decision{Date: time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC),
		Stage: commissioning.StagePlan, Summary: "Gap accepted", Subject: commissioning.SubjectGap, Years: []investment.FinancialYear{2024}})
	_, err = commissioning.Run(context.Background(), in)
	checkGate(t, err, commissioning.StageDo, commissioning.ErrDecisionReason, "2024/25 decision of 21 March 2024")

	in.Decisions[len(in.Decisions)-1].Reason = "closed from the general reserve in year"
	r := runRound(t, in)
	if r.Cycle.Stage != commissioning.StageReview {
		t.Errorf("stage %v, want Review", r.Cycle.Stage)
	}
}

func TestReviewGate(t *testing.T) {
	in := twoLocalities()
	_, err := in.Review(nil, nil)
	checkGate(t, err, commissioning.StageReview, commissioning.ErrNoCommitments, "")
	_, err = in.Review(nil, &commissioning.Commitments{})
	checkGate(t, err, commissioning.StageReview, commissioning.ErrNoCommitments, "")
}

func TestCommitmentsConserve(t *testing.T) {
	r := runRound(t, twoLocalities())
	c := r.Commitments
	if !c.Total.Equal(r.Strategy.Choice.Spend) {
		t.Errorf("commitments %v, selection spends %v", c.Total, r.Strategy.Choice.Spend)
	}
	for _, it := range c.Items {
		sum := it.ByLocality[0].Amounts
		for _, la := range it.ByLocality[1:] {
			var err error
			if sum, err = la.Amounts.Add(sum); err != nil {
				t.Fatal(err)
			}
		}
		if !sum.Equal(it.Amounts) {
			t.Errorf("%s: localities sum to %v, commitment %v", it.ID, sum, it.Amounts)
		}
	}
	for y := range c.Years.All() {
		exact, tab, _ := c.LocalityTable(y, investment.Thousand)
		shown := tab.Rounding
		for _, p := range tab.Parts {
			shown = shown.Add(p)
		}
		if !shown.Equal(tab.Total) || !investment.Sum(exact...).Round(investment.Thousand).Equal(tab.Total) {
			t.Errorf("%v: table %v + rounding %v does not add up to %v", y, tab.Parts, tab.Rounding, tab.Total)
		}
	}
}

func TestValidatePasses(t *testing.T) {
	in := twoLocalities()
	// The annual report needs every reported core indicator in the year.
	for _, ind := range outcomes.CoreIndicators() {
		if !ind.NotReported && ind.ID != "NI-12" {
			in.Actuals.Measures = append(in.Actuals.Measures, outcomes.Measure{Indicator: ind.ID, Area: "P", Year: 2024, Value: 50})
		}
	}
	if got := commissioning.Validate(runRound(t, in)); got != nil {
		t.Errorf("Validate = %v, want no failures", got)
	}
}

func TestValidateEachRule(t *testing.T) {
	tests := []struct {
		name   string
		change func(*commissioning.Inputs)
		want   []commissioning.Failure
	}{
		{"one locality", func(in *commissioning.Inputs) {
			in.Localities = in.Localities[:1]
			in.Arrangements = in.Arrangements[:1]
			in.Services[0].Capacity = in.Services[0].Capacity[:1]
			in.Options[3].Locality = ""
		}, []commissioning.Failure{{Rule: "localities", Where: "localities", Detail: "1 given"}}},
		{"no arrangements", func(in *commissioning.Inputs) { in.Arrangements[1].Summary = " " },
			[]commissioning.Failure{{Rule: "locality-arrangements", Where: "locality L2", Detail: "no arrangements stated"}}},
		{"outcome missing", func(in *commissioning.Inputs) { in.Outcomes = []string{"NO-3", "NO-7"} },
			[]commissioning.Failure{{Rule: "national-outcomes", Where: "NO-8", Detail: "no priority, plan outcome or chosen option contributes to it"}}},
		{"no set-aside", func(in *commissioning.Inputs) {
			in.Finance.Streams = in.Finance.Streams[:2]
			in.Finance.Lines = in.Finance.Lines[:3]
		}, []commissioning.Failure{
			{Rule: "set-aside", Where: "finance.streams 2024/25", Detail: "no set-aside funding"},
			{Rule: "set-aside", Where: "finance.streams 2025/26", Detail: "no set-aside funding"},
			{Rule: "set-aside", Where: "finance.streams 2026/27", Detail: "no set-aside funding"},
			{Rule: "set-aside", Where: "finance.lines", Detail: "no line of set-aside services"},
		}},
		{"short period", func(in *commissioning.Inputs) { in.Period.Last = 2025 },
			[]commissioning.Failure{
				{Rule: "financial-plan", Where: "period", Detail: "2024/25–2025/26 is 2 years"},
				{Rule: "financial-plan", Where: "finance.years", Detail: "2024/25–2026/27, plan period 2024/25–2025/26"},
			}},
		{"no report value", func(in *commissioning.Inputs) {
			in.Actuals.Measures = slicesWithout(in.Actuals.Measures, "NI-3")
		}, []commissioning.Failure{{Rule: "report-performance", Where: "NI-3 2024/25", Detail: "no value for the year under review"}}},
		{"decision without reason", func(in *commissioning.Inputs) {
			in.Decisions = append(in.Decisions, commissioning.Decision{Date: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC),
				Stage: commissioning.StageDo, Summary: "Care home contract let", Significant: true})
		}, []commissioning.Failure{{Rule: "report-decisions", Where: "decision of 1 June 2024", Detail: `"Care home contract let" has no reason`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := completeInputs()
			tt.change(&in)
			r := &commissioning.Round{Inputs: in}
			if tt.name != "short period" && tt.name != "one locality" { // the Plan stage refuses these
				r = runRound(t, in)
			}
			got := commissioning.Validate(r)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Validate (-want +got):\n%s", d)
			}
		})
	}
}

// TestValidateAll checks that every failure is reported together.
func TestValidateAll(t *testing.T) {
	in := completeInputs()
	in.Arrangements = nil
	in.Outcomes = nil
	in.Finance.Streams = in.Finance.Streams[:2]
	in.Finance.Lines = in.Finance.Lines[:3]
	r := runRound(t, in)
	var got []string
	for _, f := range commissioning.Validate(r) {
		got = append(got, f.Rule+" "+f.Where)
	}
	want := []string{"locality-arrangements locality L1", "locality-arrangements locality L2",
		"national-outcomes NO-3", "national-outcomes NO-7", "national-outcomes NO-8",
		"set-aside finance.streams 2024/25", "set-aside finance.streams 2025/26", "set-aside finance.streams 2026/27",
		"set-aside finance.lines"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Validate (-want +got):\n%s", d)
	}
}

func completeInputs() commissioning.Inputs {
	in := twoLocalities()
	for _, ind := range outcomes.CoreIndicators() {
		if !ind.NotReported && ind.ID != "NI-12" {
			in.Actuals.Measures = append(in.Actuals.Measures, outcomes.Measure{Indicator: ind.ID, Area: "P", Year: 2024, Value: 50})
		}
	}
	return in
}

func slicesWithout(ms []outcomes.Measure, ind string) []outcomes.Measure {
	var out []outcomes.Measure
	for _, m := range ms {
		if m.Indicator != ind {
			out = append(out, m)
		}
	}
	return out
}

func TestDiff(t *testing.T) {
	base := runRound(t, twoLocalities())
	if d := commissioning.Diff(base, base); !cmp.Equal(d, commissioning.RoundDiff{}) {
		t.Errorf("Diff of a round with itself = %+v", d)
	}
	more, err := commissioning.Rerun(context.Background(), base,
		commissioning.ScaleStream("council", decimal.RequireFromString("0.02")),
		commissioning.SetMeasures(outcomes.Measure{Indicator: "NI-12", Area: "P", Year: 2024, Value: 11700}))
	if err != nil {
		t.Fatal(err)
	}
	if more.Assessment != base.Assessment {
		t.Error("a financial change recomputed the assessment")
	}
	d := commissioning.Diff(base, more)
	m := investment.MustGBP
	var gap, council []commissioning.MoneyChange
	for _, c := range d.Money {
		switch {
		case c.Kind == "gap-before":
			gap = append(gap, c)
		case c.Kind == "stream" && c.Key == "council":
			council = append(council, c)
		}
	}
	want := []commissioning.MoneyChange{
		{Kind: "gap-before", Year: 2024, Before: m("-24,000"), After: m("-84,000"), Change: m("-60,000")},
		{Kind: "gap-before", Year: 2025, Before: m("-74,480"), After: m("-135,680"), Change: m("-61,200")},
		{Kind: "gap-before", Year: 2026, Before: m("-121,369.60"), After: m("-183,769.60"), Change: m("-62,400")},
	}
	if diff := cmp.Diff(want, gap); diff != "" {
		t.Errorf("gap before investment (-want +got):\n%s", diff)
	}
	if len(council) != 3 || !council[0].Change.Equal(m("60,000")) {
		t.Errorf("council stream changes = %+v", council)
	}
	wantIDs := struct{ Added, Removed []string }{[]string{"falls"}, nil}
	if diff := cmp.Diff(wantIDs, struct{ Added, Removed []string }{d.ChosenAdded, d.ChosenRemoved}); diff != "" {
		t.Errorf("chosen (-want +got):\n%s", diff)
	}
	wantInd := []commissioning.StatusChange{{Indicator: "NI-12", Area: "P", BeforeValue: 12100, AfterValue: 11700, BeforeStatus: "red", AfterStatus: "green"}}
	if diff := cmp.Diff(wantInd, d.Indicators); diff != "" {
		t.Errorf("indicators (-want +got):\n%s", diff)
	}
}

func TestRoundJSON(t *testing.T) {
	in := twoLocalities()
	in.Simulation = &commissioning.Simulation{Draws: 200, Seed: 7, Percentiles: []float64{5, 50, 95},
		Inputs: []commissioning.Input{{Name: "uptake", Lines: commissioning.Benefits, Dist: mustTriangular(0.7, 1, 1.1)}}}
	r := runRound(t, in)
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back := new(commissioning.Round)
	if err := json.Unmarshal(data, back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(r, back); d != "" {
		t.Errorf("round after JSON (-want +got):\n%s", d)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(data) {
		t.Error("a round read back writes different JSON")
	}
	p50, ok := r.Strategy.Simulation.Options[1].Percentile(50)
	if !ok || p50.IsZero() {
		t.Errorf("median NPSV %v, %v", p50, ok)
	}

	bad := strings.Replace(string(data), `"horizon":`, `"horizont":`, 1)
	err = json.Unmarshal([]byte(bad), new(commissioning.Round))
	var fe *commissioning.FieldError
	if !errors.As(err, &fe) || !errors.Is(err, fault.ErrUnknownField) || fe.Field != "inputs.horizont" || fault.Prefixed(err.Error(), "commissioning") != nil {
		t.Errorf("misspelt field: %v", err)
	}
	inData, err := json.Marshal(r.Inputs)
	if err != nil {
		t.Fatal(err)
	}
	bad = strings.Replace(string(inData), `"arrangements":[{`, `"arrangements":[{"x":1,`, 1)
	err = json.Unmarshal([]byte(bad), new(commissioning.Inputs))
	if !errors.As(err, &fe) || fe.Field != "arrangements[1].x" {
		t.Errorf("misspelt field of the inputs: %v", err)
	}
}

func mustTriangular(lo, mode, hi float64) commissioning.Distribution {
	d, err := commissioning.NewTriangular(lo, mode, hi)
	if err != nil {
		panic(err)
	}
	return d
}

func TestNext(t *testing.T) {
	r := runRound(t, twoLocalities())
	next, err := commissioning.Next(r)
	if err != nil {
		t.Fatal(err)
	}
	got := struct {
		Round   int
		Year    investment.FinancialYear
		Carried []commissioning.Finding
		Known   int
	}{next.Round, next.Year, next.Carried, len(next.Measures)}
	want := got
	want.Round, want.Year, want.Carried, want.Known = 2, 2025, r.Review.Findings, 1
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Next (-want +got):\n%s", d)
	}
	if len(r.Review.Findings) == 0 {
		t.Error("no findings to carry")
	}
	r2 := runRound(t, next)
	if d := cmp.Diff(r.Review.Findings, r2.Assessment.Carried); d != "" {
		t.Errorf("carried findings (-want +got):\n%s", d)
	}
}

func TestAnalyse(t *testing.T) {
	in := twoLocalities()
	a, err := in.Analyse(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Two localities and the partnership over 2024–2026 and the horizon.
	if got, want := len(a.Population), 3*4; got != want {
		t.Errorf("%d population rows, want %d", got, want)
	}
	l1, _ := a.PopulationOf("L1", 2024)
	l2, _ := a.PopulationOf("L2", 2024)
	p, _ := a.PopulationOf("P", 2024)
	if l1.Total+l2.Total != p.Total || l1.Total != 100*1.9*needs.NumAges {
		t.Errorf("population 2024: L1 %v + L2 %v, partnership %v", l1.Total, l2.Total, p.Total)
	}
	if got, want := len(a.Demand), 2*4; got != want {
		t.Errorf("%d demand rows, want %d", got, want)
	}
	for _, d := range a.Demand {
		if d.Gap != d.Demand-d.Capacity {
			t.Errorf("%s %d: gap %v ≠ demand %v − capacity %v", d.Area, d.Year, d.Gap, d.Demand, d.Capacity)
		}
	}
	f := a.Forecasts[0]
	if f.Points[0].Year != 2024 || f.Points[len(f.Points)-1].Year != 2026 || f.Points[0].Lower >= f.Points[0].Mean {
		t.Errorf("forecast points %+v", f.Points)
	}
	var sum investment.Money
	for _, c := range a.Spend.Cells {
		sum = sum.Add(c.Amount)
	}
	if !sum.Equal(a.Spend.Total) || !a.Spend.Total.Equal(investment.MustGBP("9,800,000")) {
		t.Errorf("spend map cells %v, total %v", sum, a.Spend.Total)
	}
}

func TestStrategy(t *testing.T) {
	r := runRound(t, twoLocalities())
	s := r.Strategy
	var last float64
	for _, f := range s.Frontier {
		if !f.Feasible || f.Benefit < last {
			t.Errorf("frontier point %+v falls below %v", f, last)
		}
		last = f.Benefit
	}
	// Levels built from the options: reablement alone, then with the hub
	// (the better score per pound), then with falls too.
	var levels []float64
	var sets [][]string
	for _, f := range s.Frontier {
		levels = append(levels, f.Level)
		sets = append(sets, f.Options)
	}
	wantLevels := []float64{0.463, 0.5, 0.8334, 1, 1.142, 1.5}
	if d := cmp.Diff(wantLevels, levels); d != "" {
		t.Errorf("frontier levels (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"bau", "hub", "reablement"}, sets[2]); d != "" {
		t.Errorf("options at level %v (-want +got):\n%s", levels[2], d)
	}
	var order []string
	for _, ro := range s.Ranked(commissioning.ByBCR) {
		order = append(order, ro.Option)
	}
	if d := cmp.Diff([]string{"reablement", "falls", "hub"}, order); d != "" {
		t.Errorf("ranked by BCR (-want +got):\n%s", d)
	}
	// The fund is the reserve's drawdown, the headroom the surplus before it.
	if got := s.Budget.Fund.In(2024).Add(s.Budget.Headroom.In(2024)); !got.Equal(s.Budget.Available.In(2024)) {
		t.Errorf("available %v ≠ fund + headroom %v", s.Budget.Available.In(2024), got)
	}
	// The plan with investment draws the fund for what it spends.
	b := s.Finance
	if !b.Totals[0].Drawdown.Equal(investment.MustGBP("270,000")) {
		t.Errorf("drawdown %v, want the £270,000 spent", b.Totals[0].Drawdown)
	}
	in := twoLocalities()
	in.Investment.Fund = "nowhere"
	_, err := commissioning.Run(context.Background(), in)
	var fe *commissioning.FieldError
	if !errors.As(err, &fe) || fe.Field != "investment.fund" || !errors.Is(err, commissioning.ErrUnknownFund) {
		t.Errorf("unknown fund: %v", err)
	}
	in = twoLocalities()
	in.Choice.By = commissioning.ByBCR
	if _, err := commissioning.Run(context.Background(), in); !errors.Is(err, commissioning.ErrChoice) {
		t.Errorf("choice by BCR: %v", err)
	}
}

func TestAllocationWeights(t *testing.T) {
	base := runRound(t, twoLocalities())
	r, err := commissioning.Rerun(context.Background(), base, commissioning.SetLocalityWeights(
		commissioning.LocalityWeight{Locality: "L1", Weight: 1}, commissioning.LocalityWeight{Locality: "L2", Weight: 3}))
	if err != nil {
		t.Fatal(err)
	}
	exact, _, _ := r.Commitments.LocalityTable(2024, investment.Thousand)
	// Reablement £150,000 a quarter and three quarters; the hub is in L2.
	want := []investment.Money{investment.MustGBP("37,500"), investment.MustGBP("232,500")}
	if d := cmp.Diff(want, exact); d != "" {
		t.Errorf("2024/25 by locality (-want +got):\n%s", d)
	}
	_, err = commissioning.Rerun(context.Background(), base, commissioning.SetLocalityWeights(commissioning.LocalityWeight{Locality: "L9", Weight: 1}))
	if !errors.Is(err, commissioning.ErrUnknownLocality) {
		t.Errorf("unknown locality: %v", err)
	}
}

func TestZeroRoundJSON(t *testing.T) {
	for _, v := range []any{commissioning.Round{}, commissioning.Inputs{}, commissioning.Assessment{}, commissioning.Strategy{},
		commissioning.Commitments{}, commissioning.Review{}, commissioning.RoundDiff{}} {
		data, err := json.Marshal(v)
		if err != nil {
			t.Errorf("%T: %v", v, err)
			continue
		}
		p := reflectNew(v)
		if err := json.Unmarshal(data, p); err != nil {
			t.Errorf("%T %s: %v", v, data, err)
		}
	}
}

// reflectNew returns a pointer to a new zero value of v's type.
func reflectNew(v any) any { return reflect.New(reflect.TypeOf(v)).Interface() }

func TestPlanGateDemand(t *testing.T) {
	in := twoLocalities()
	a, err := in.Analyse(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// An assessment whose demand for care at home misses L2.
	var kept []commissioning.DemandRow
	for _, d := range a.Demand {
		if d.Area != "L2" {
			kept = append(kept, d)
		}
	}
	a.Demand = kept
	_, err = in.Plan(context.Background(), a)
	checkGate(t, err, commissioning.StagePlan, commissioning.ErrNotCovered, "localities L2")
}

// TestRerunReuse checks what a re-run reuses: the appraisals after a
// financial change, fresh ones after an option's cost changes, and a fresh
// assessment after a prevalence changes.
func TestRerunReuse(t *testing.T) {
	ctx := context.Background()
	base := runRound(t, twoLocalities())
	fin, err := commissioning.Rerun(ctx, base, commissioning.ScaleStream("council", decimal.RequireFromString("0.02")))
	if err != nil {
		t.Fatal(err)
	}
	if &fin.Strategy.Appraisals[0] != &base.Strategy.Appraisals[0] {
		t.Error("a financial change appraised the options again")
	}
	dearer, err := commissioning.Rerun(ctx, base, commissioning.ScaleOptionCosts("falls", commissioning.Revenue, decimal.NewFromInt(2)))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := base.Strategy.Appraisal("falls")
	b, _ := dearer.Strategy.Appraisal("falls")
	if !b.PVRevenue.Equal(a.PVRevenue.MulInt(2)) {
		t.Errorf("falls revenue PV %v after doubling, was %v", b.PVRevenue, a.PVRevenue)
	}
	sicker, err := commissioning.Rerun(ctx, base, commissioning.ScaleCondition("dementia", 1.1))
	if err != nil {
		t.Fatal(err)
	}
	x, _ := base.Assessment.CasesOf("dementia", "L1", 2024)
	y, _ := sicker.Assessment.CasesOf("dementia", "L1", 2024)
	if sicker.Assessment == base.Assessment || math.Abs(y.Cases-1.1*x.Cases) > 1e-9*x.Cases {
		t.Errorf("dementia cases %v after ×1.1, were %v", y.Cases, x.Cases)
	}
	// Full runs of the changed inputs give the same rounds.
	full, err := commissioning.Run(ctx, fin.Inputs)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(full, fin); d != "" {
		t.Errorf("re-run and full run differ (-full +rerun):\n%s", d)
	}
}

func TestReviewYears(t *testing.T) {
	in := twoLocalities()
	in.Year = 2025
	m := investment.MustGBP
	in.Actuals.Spend = []commissioning.ActualSpend{{Line: "care-l2", Year: 2024, Amount: m("2,142,000")},
		{Line: "care-l2", Amount: m("2,100,000")}}
	r := runRound(t, in)
	rv := r.Review
	lines := len(r.Strategy.Finance.Lines)
	if len(rv.Spend) != 2*lines || len(rv.Totals) != 2 {
		t.Fatalf("%d spend rows and %d totals, want %d and 2", len(rv.Spend), len(rv.Totals), 2*lines)
	}
	var got []commissioning.LineVariance
	for _, v := range rv.Spend {
		if v.HasActual {
			got = append(got, v)
		}
	}
	want := []commissioning.LineVariance{
		{Line: "care-l2", Year: 2024, Budget: m("2,142,000"), Actual: m("2,142,000"), HasActual: true},
		{Line: "care-l2", Year: 2025, Budget: m("2,184,840"), Actual: m("2,100,000"), Variance: m("-84,840"), HasActual: true},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("spend with outturn (-want +got):\n%s", d)
	}
	if !rv.Totals[1].Variance.Equal(m("-84,840")) {
		t.Errorf("2025/26 total variance %v", rv.Totals[1].Variance)
	}
	in.Actuals.Spend = append(in.Actuals.Spend, commissioning.ActualSpend{Line: "care-l1", Year: 2026, Amount: m("1")})
	_, err := commissioning.Run(context.Background(), in)
	var fe *commissioning.FieldError
	if !errors.As(err, &fe) || fe.Field != "actuals.spend[3].year" || !errors.Is(err, commissioning.ErrPeriod) {
		t.Errorf("outturn after the year under review: %v", err)
	}
}

func TestRunRecordsCycle(t *testing.T) {
	r := runRound(t, twoLocalities())
	var got []string
	for _, a := range r.Cycle.Artefacts {
		got = append(got, a.Stage.String()+" "+a.Name)
	}
	want := []string{"Analyse assessment", "Plan strategy", "Do commitments", "Review review"}
	if d := cmp.Diff(want, got); d != "" || r.Cycle.Stage != commissioning.StageReview || len(r.Cycle.Decisions) != 1 {
		t.Errorf("cycle %+v (-want +got):\n%s", r.Cycle, d)
	}
	// A Do gate refusal leaves the round at Plan.
	in := twoLocalities()
	in.Investment.Amounts = investment.FlowFrom(2024, investment.MustGBP("500,000"), investment.MustGBP("500,000"), investment.MustGBP("500,000"))
	r, err := commissioning.Run(context.Background(), in)
	if err == nil || r.Cycle.Stage != commissioning.StagePlan || r.Commitments != nil {
		t.Errorf("after a refused Do: stage %v, commitments %v, error %v", r.Cycle.Stage, r.Commitments, err)
	}
}

// TestDiffShortListAndTargets changes the short list and a target.
func TestDiffShortListAndTargets(t *testing.T) {
	base := runRound(t, twoLocalities())
	next, err := commissioning.Rerun(context.Background(), base, func(in *commissioning.Inputs) error {
		in.Options = in.Options[:3] // the hub leaves the short list
		in.Scoring.Scores = in.Scoring.Scores[:2]
		in.Targets[0].Trajectory.Target.Value = 10800
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	d := commissioning.Diff(base, next)
	got := struct {
		Removed, ChosenAdded, ChosenRemoved []string
		Targets                             []commissioning.ValueChange
	}{d.ShortListRemoved, d.ChosenAdded, d.ChosenRemoved, d.Targets}
	want := got
	want.Removed, want.ChosenAdded, want.ChosenRemoved = []string{"hub"}, []string{"falls"}, []string{"hub"}
	want.Targets = []commissioning.ValueChange{
		{Indicator: "NI-12", Area: "P", Year: 2024, Before: 11700, After: 11600},
		{Indicator: "NI-12", Area: "P", Year: 2025, Before: 11400, After: 11200},
		{Indicator: "NI-12", Area: "P", Year: 2026, Before: 11100, After: 10800},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Diff (-want +got):\n%s", diff)
	}
}

// TestTamperedArtefacts feeds the later stages artefacts read from
// elsewhere that do not fit the inputs: errors, never a panic.
func TestTamperedArtefacts(t *testing.T) {
	in := twoLocalities()
	r := runRound(t, in)
	if _, err := in.Review(&commissioning.Strategy{}, r.Commitments); !errors.Is(err, commissioning.ErrNoStrategy) {
		t.Errorf("strategy without finance: %v", err)
	}
	c := *r.Commitments
	c.Items = append([]commissioning.Commitment(nil), c.Items...)
	for i := range c.Items {
		if c.Items[i].Option == "reablement" { // area-wide, shared by the commitments
			c.Items[i].ByLocality = c.Items[i].ByLocality[:1]
		}
	}
	if _, err := in.Review(r.Strategy, &c); !errors.Is(err, commissioning.ErrNotCovered) {
		t.Errorf("commitment shared between too few localities: %v", err)
	}
	s := *r.Strategy
	s.Choice.Options = []string{"nowhere"}
	if got, err := in.Do(r.Assessment, &s); err != nil || len(got.Items) != 0 {
		t.Errorf("Do of an unknown option: %v, %v", got, err)
	}
}
