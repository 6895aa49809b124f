package outcomes

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// enumValue is implemented by the enumerated types of this package: int8
// values with a Valid method and a String unique among the valid values.
type enumValue interface {
	~int8
	String() string
	Valid() bool
}

// textCase is one value of an enumerated type and its text form.
type textCase[T enumValue] struct {
	v    T
	text string
}

// checkEnumText checks that every value writes its text, that the text
// parses back, that JSON carries the text as a string, and that unknown
// text and undefined values are a *NameError wrapping the sentinel.
func checkEnumText[T interface {
	enumValue
	MarshalText() ([]byte, error)
}](t *testing.T, typ string, cases []textCase[T], parse func(string) (T, error), sentinel error) {
	t.Helper()
	for _, c := range cases {
		if got := c.v.String(); got != c.text {
			t.Errorf("%s(%d).String() = %q, want %q", typ, int8(c.v), got, c.text)
		}
		b, err := c.v.MarshalText()
		if err != nil || string(b) != c.text {
			t.Errorf("%s(%d).MarshalText() = %q, %v, want %q", typ, int8(c.v), b, err, c.text)
		}
		if got, err := parse(c.text); err != nil || got != c.v {
			t.Errorf("Parse%s(%q) = %v, %v, want %v", typ, c.text, got, err, c.v)
		}
		j, err := json.Marshal(c.v)
		if err != nil {
			t.Fatalf("json.Marshal(%s %v): %v", typ, c.v, err)
		}
		if want, _ := json.Marshal(c.text); string(j) != string(want) {
			t.Errorf("json.Marshal(%s %v) = %s, want %s", typ, c.v, j, want)
		}
		var back T
		if err := json.Unmarshal(j, &back); err != nil || back != c.v {
			t.Errorf("json.Unmarshal(%s) = %v, %v, want %v", j, back, err, c.v)
		}
	}
	checkNameError := func(what string, err error, text string) {
		t.Helper()
		var ne *NameError
		switch {
		case !isErr(err, sentinel) || !isErr(err, ErrUnknownName):
			t.Errorf("%s: error %v, want %v and %v", what, err, sentinel, ErrUnknownName)
		case !errors.As(err, &ne) || ne.Type != typ || ne.Text != text:
			t.Errorf("%s: error %#v, want a *NameError for %s %q", what, err, typ, text)
		}
	}
	_, err := parse("no such " + typ)
	checkNameError("parse", err, "no such "+typ)
	var v T
	checkNameError("json.Unmarshal", json.Unmarshal([]byte(`"no such thing"`), &v), "no such thing")
	if err := json.Unmarshal([]byte(`1`), &v); err == nil {
		t.Errorf("json.Unmarshal(1) into %s: no error; numbers are not a %s", typ, typ)
	}
	_, err = T(100).MarshalText()
	checkNameError("MarshalText", err, fmt.Sprintf("%s(100)", typ))
	if _, err := json.Marshal(T(-1)); !errors.Is(err, sentinel) {
		t.Errorf("json.Marshal(%s(-1)) error %v, want %v", typ, err, sentinel)
	}
}

func TestEnumText(t *testing.T) {
	t.Run("Direction", func(t *testing.T) {
		checkEnumText(t, "Direction", []textCase[Direction]{
			{HigherIsBetter, "higher is better"}, {LowerIsBetter, "lower is better"}, {Neither, "neither"},
		}, ParseDirection, ErrDirection)
	})
	t.Run("Scale", func(t *testing.T) {
		checkEnumText(t, "Scale", []textCase[Scale]{
			{Percent, "%"}, {Per1000, "per 1,000"}, {Per100000, "per 100,000"}, {Count, "count"}, {Pounds, "£"},
		}, ParseScale, ErrScale)
	})
	t.Run("Basis", func(t *testing.T) {
		checkEnumText(t, "Basis", []textCase[Basis]{
			{Unspecified, "unspecified"}, {Survey, "survey"}, {Data, "data"},
		}, ParseBasis, ErrUnknownName)
	})
	t.Run("Target", func(t *testing.T) {
		checkEnumText(t, "Target", []textCase[Target]{
			{NoTarget, "none"}, {OutcomeTarget, "outcome"}, {IndicatorTarget, "indicator"}, {PriorityTarget, "priority"},
		}, ParseTarget, ErrUnknownName)
	})
	t.Run("Shape", func(t *testing.T) {
		checkEnumText(t, "Shape", []textCase[Shape]{{Linear, "linear"}, {Compound, "compound"}}, ParseShape, ErrShape)
	})
	t.Run("Status", func(t *testing.T) {
		checkEnumText(t, "Status", []textCase[Status]{{Green, "green"}, {Amber, "amber"}, {Red, "red"}}, ParseStatus, ErrUnknownName)
	})
	t.Run("Verdict", func(t *testing.T) {
		checkEnumText(t, "Verdict", []textCase[Verdict]{
			{Stable, "stable"}, {Improving, "improving"}, {Worsening, "worsening"},
		}, ParseVerdict, ErrUnknownName)
	})
	t.Run("Dominance", func(t *testing.T) {
		checkEnumText(t, "Dominance", []textCase[Dominance]{
			{Efficient, "efficient"}, {StronglyDominated, "strongly dominated"}, {ExtendedlyDominated, "extendedly dominated"},
		}, ParseDominance, ErrUnknownName)
	})
	t.Run("Quadrant", func(t *testing.T) {
		checkEnumText(t, "Quadrant", []textCase[Quadrant]{
			{MoreCostlyMoreEffective, "more costly, more effective"}, {Dominant, "dominant"},
			{Dominated, "dominated"}, {LessCostlyLessEffective, "less costly, less effective"},
		}, ParseQuadrant, ErrUnknownName)
	})
	t.Run("Reductions", func(t *testing.T) {
		checkEnumText(t, "Reductions", []textCase[Reductions]{{Sequential, "sequential"}, {Additive, "additive"}}, ParseReductions, ErrUnknownName)
	})
	t.Run("Assumption", func(t *testing.T) {
		checkEnumText(t, "Assumption", []textCase[Assumption]{
			{QuantityAssumption, "quantity"}, {ProxyAssumption, "financial proxy"}, {DeadweightAssumption, "deadweight"},
			{DisplacementAssumption, "displacement"}, {AttributionAssumption, "attribution"},
			{DropOffAssumption, "drop-off"}, {DurationAssumption, "duration"},
		}, ParseAssumption, ErrUnknownName)
	})
}

func TestNameErrorMessage(t *testing.T) {
	_, err := ParseShape("spiral")
	if got, want := err.Error(), `outcomes: Shape "spiral": bad trajectory shape`; got != want {
		t.Errorf("ParseShape error %q, want %q", got, want)
	}
	_, err = ParseStatus("purple")
	if got, want := err.Error(), `outcomes: Status "purple": unknown name`; got != want {
		t.Errorf("ParseStatus error %q, want %q", got, want)
	}
}

// jsonFixtures builds one value of every artefact of the package, through
// its constructors, for the round-trip tests.
type jsonFixtures struct {
	curve      *Curve
	local      *Framework
	model      *LogicModel
	national   *LogicModel
	measures   *Measures
	table      Table
	linear     Trajectory
	compound   Trajectory
	assessed   []Assessment
	trend      Trend
	sroi       SROI
	valuation  Valuation
	sens       []Sensitivity
	comparison Comparison
	unitCost   UnitCost
}

func newJSONFixtures(t *testing.T) jsonFixtures {
	t.Helper()
	var fx jsonFixtures
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	fy := investment.MustParseFinancialYear
	gbp := investment.MustGBP

	// A CEAC of three alternatives over 40 seeded draws, at λ values with
	// pence, so that probabilities and mean NMBs have long decimal forms.
	r := rand.New(rand.NewPCG(7, 11))
	draws := []Draws{{ID: "usual care"}, {ID: "reablement"}, {ID: "telecare"}}
	for k := range 40 {
		_ = k
		for a := range draws {
			draws[a].Costs = append(draws[a].Costs, float64(int64(100_000*(a+1))+r.Int64N(500_000))/100)
			draws[a].Effects = append(draws[a].Effects, 0.1*float64(a)+r.NormFloat64()*0.05)
		}
	}
	var err error
	fx.curve, err = CEAC(draws, []investment.Money{gbp("0"), gbp("13333.33"), gbp("20000"), gbp("30000.5")})
	must(err)

	local := Outcome{ID: "SL-1", Title: "Unpaid carers have a life alongside caring"}
	fx.local, err = NewFramework("South Lanarkshire", append(NationalOutcomes(), local),
		append(CoreIndicators(), Indicator{ID: "SL-I1", Title: "Carers' breaks", Scale: Count, Direction: HigherIsBetter}),
		[]Priority{
			{ID: "P-carers", Title: "Support for unpaid carers", Outcomes: []string{"NO-6", "SL-1"}, Indicators: []string{"NI-8", "SL-I1"}},
			{ID: "P-unscheduled", Outcomes: []string{"NO-2"}},
			{ID: "P-empty"},
		})
	must(err)

	lines := []Line{
		{ID: "reablement", Title: "Reablement at home", Cost: gbp("1250000.505")},
		{ID: "carers", Cost: gbp("300000")},
		{ID: "idle", Title: "Unlinked line", Cost: gbp("0")},
	}
	links := []Link{
		{ID: "L1", Line: "reablement", Activity: "reablement visits", Output: "600 people reabled", Target: "NI-19",
			Effect: Effect{Central: 60, Low: 30, High: 90}, Attribution: 0.6, Lag: 1},
		{ID: "L2", Line: "reablement", Target: "NO-2", Effect: PointEffect(0.1), Attribution: 1.0 / 3},
		{ID: "L3", Line: "carers", Target: "SL-I1", Effect: Effect{Central: 120, Low: -10, High: 200}, Attribution: 0.5},
	}
	fx.model, err = NewLogicModel(fx.local, lines, links)
	must(err)
	fx.national, err = NewLogicModel(nil, lines[:1], links[:2])
	must(err)
	fx.unitCost, err = fx.model.UnitCost("carers", "SL-I1")
	must(err)

	fx.measures, err = NewMeasures(fx.local, []Measure{
		{Indicator: "NI-12", Area: "S37000028", Year: fy("2022/23"), Value: 11654.2, Source: "PHS Core Suite, 2024"},
		{Indicator: "NI-12", Area: "S37000028", Year: fy("2023/24"), Value: -0.0},
		{Indicator: "SL-I1", Area: "S37000028", Year: fy("2023/24"), Value: 1e-17},
	})
	must(err)

	fx.table, err = Frontier([]Alternative{
		{ID: "A", Cost: gbp("10000"), Effect: 1},
		{ID: "B", Cost: gbp("12000"), Effect: 0.9},
		{ID: "C", Cost: gbp("22000"), Effect: 1.3},
		{ID: "D", Cost: gbp("25000.01"), Effect: 1.6},
	})
	must(err)

	fx.linear, err = NewTrajectory(Point{fy("2022/23"), 12000}, Point{fy("2025/26"), 10800}, Linear)
	must(err)
	fx.compound, err = NewTrajectory(Point{fy("2019/20"), 0.3}, Point{fy("2029/30"), 0.7}, Compound)
	must(err)
	fx.assessed, err = fx.linear.AssessAll(LowerIsBetter,
		[]Point{{fy("2023/24"), 11650}, {fy("2024/25"), 11450}, {fy("2025/26"), 11300}},
		Tolerance{Green: 0.01, Amber: 0.03, Relative: true})
	must(err)
	fx.trend, err = FitTrend([]Point{{fy("2019/20"), 80.1}, {fy("2020/21"), 79.2}, {fy("2021/22"), 77.9}, {fy("2022/23"), 78.3}}, HigherIsBetter, TrendOptions{Flat: 0.1})
	must(err)

	rate := decimal.RequireFromString("0.035")
	fx.sroi = SROI{Inputs: gbp("10000"), Rate: &rate, Reductions: Additive, Impacts: []Impact{
		{ID: "carers", Outcome: "NO-6", Quantity: 12, Proxy: gbp("850.25"), Deadweight: 0.2, Displacement: 0.05, Attribution: 0.1, DropOff: 0.3, Duration: 3},
		{ID: "falls", Outcome: "NI-16", Quantity: 3, Proxy: gbp("2300"), Deadweight: 0.1, Duration: 1},
	}}
	fx.valuation, err = fx.sroi.Value()
	must(err)
	fx.sens, err = fx.sroi.Sensitivity(SensitivityOptions{})
	must(err)
	fx.comparison, err = ICER(gbp("-500"), 0.1)
	must(err)
	return fx
}

// TestJSONRoundTrip marshals every artefact, reads it back into a new
// value of its type, and checks that nothing was lost: the value is equal
// (by its Equal method or field by field) and marshals to the same bytes.
func TestJSONRoundTrip(t *testing.T) {
	fx := newJSONFixtures(t)
	tests := []struct {
		name string
		v    any
	}{
		{"Curve", fx.curve},
		{"Framework/national", National()},
		{"Framework/local", fx.local},
		{"Framework/empty", mustFramework(t, "empty")},
		{"LogicModel/local", fx.model},
		{"LogicModel/national", fx.national},
		{"Measures", fx.measures},
		{"Measures/empty", mustMeasures(t)},
		{"Table", fx.table},
		{"Trajectory/linear", fx.linear},
		{"Trajectory/compound", fx.compound},
		{"Assessments", fx.assessed},
		{"Tolerance", Tolerance{Green: 0.5, Amber: 2}},
		{"Trend", fx.trend},
		{"SROI", fx.sroi},
		{"SROI/default rate", SROI{Inputs: investment.MustGBP("1"), Impacts: fx.sroi.Impacts}},
		{"Valuation", fx.valuation},
		{"Sensitivity", fx.sens},
		{"Comparison", fx.comparison},
		{"Contributions", fx.model.Contributions()},
		{"UnitCost", fx.unitCost},
		{"Orphans", fx.model.Orphans()},
		{"Indicators", append(CoreIndicators(), MSGIndicators()...)},
		{"Periods", []Period{{Utility: 0.8, Years: 10}, {Utility: -0.25, Years: 0.5}}},
		{"Draws", Draws{ID: "A", Costs: []float64{1.005}, Effects: []float64{0.1}}},
		{"Point", Point{Year: investment.MustParseFinancialYear("2024/25"), Value: 1.0 / 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			p := reflect.New(reflect.TypeOf(tt.v))
			if err := json.Unmarshal(b, p.Interface()); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", b, err)
			}
			got := p.Elem().Interface()
			if d := cmp.Diff(tt.v, got, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("round trip (-want +got):\n%s", d)
			}
			b2, err := json.Marshal(got)
			if err != nil {
				t.Fatalf("json.Marshal of the copy: %v", err)
			}
			if string(b2) != string(b) {
				t.Errorf("marshalled again:\n%s\nfirst:\n%s", b2, b)
			}
		})
	}
}

func mustFramework(t *testing.T, name string) *Framework {
	t.Helper()
	f, err := NewFramework(name, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func mustMeasures(t *testing.T) *Measures {
	t.Helper()
	m, err := NewMeasures(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestJSONDecodedWorks checks that decoded values with unexported state
// answer as the originals do, not only that they compare equal.
func TestJSONDecodedWorks(t *testing.T) {
	fx := newJSONFixtures(t)
	var c Curve
	decode(t, fx.curve, &c)
	for i := range fx.curve.Len() {
		if c.Lambda(i).Compare(fx.curve.Lambda(i)) != 0 || c.Optimal(i) != fx.curve.Optimal(i) {
			t.Errorf("point %d: λ %v optimal %d, want %v, %d", i, c.Lambda(i), c.Optimal(i), fx.curve.Lambda(i), fx.curve.Optimal(i))
		}
		if d := cmp.Diff(fx.curve.Probabilities(i), c.Probabilities(i)); d != "" {
			t.Errorf("point %d probabilities (-want +got):\n%s", i, d)
		}
	}
	var m LogicModel
	decode(t, fx.model, &m)
	if m.Framework().Kind("SL-I1") != IndicatorTarget {
		t.Errorf("decoded framework Kind(SL-I1) = %v, want indicator", m.Framework().Kind("SL-I1"))
	}
	if d := cmp.Diff(fx.model.Contributions(), m.Contributions()); d != "" {
		t.Errorf("contributions (-want +got):\n%s", d)
	}
	if d := cmp.Diff(fx.model.Orphans(), m.Orphans()); d != "" {
		t.Errorf("orphans (-want +got):\n%s", d)
	}
	if p, ok := m.Framework().Priority("P-carers"); !ok || len(p.Indicators) != 2 {
		t.Errorf("decoded Priority(P-carers) = %+v, %v", p, ok)
	}
	var ms Measures
	decode(t, fx.measures, &ms)
	if v, ok := ms.Get("NI-12", "S37000028", investment.MustParseFinancialYear("2022/23")); !ok || v.Value != 11654.2 {
		t.Errorf("decoded Get = %+v, %v", v, ok)
	}
}

func decode(t *testing.T, v, into any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, into); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
}

// TestJSONForm pins the shape of the JSON for the types whose form is
// chosen here rather than read from struct fields.
func TestJSONForm(t *testing.T) {
	c, err := CEAC([]Draws{
		{ID: "A", Costs: []float64{0, 0}, Effects: []float64{0, 0}},
		{ID: "B", Costs: []float64{1000, 3000}, Effects: []float64{0.1, 0.1}},
	}, []investment.Money{investment.MustGBP("20000")})
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMeasures(nil, []Measure{{Indicator: "NI-1", Area: "S1", Year: investment.MustParseFinancialYear("2023/24"), Value: 91.5}})
	if err != nil {
		t.Fatal(err)
	}
	tr, err := NewTrajectory(Point{investment.MustParseFinancialYear("2022/23"), 1}, Point{investment.MustParseFinancialYear("2024/25"), 2}, Compound)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"Curve", c, `{"ids":["A","B"],"points":[{"lambda":"20000.00","probabilities":[0.5,0.5],"meanNMB":[0,0]}]}`},
		{"Measures", m, `[{"indicator":"NI-1","area":"S1","year":"2023/24","value":91.5}]`},
		{"Trajectory", tr, `{"baseline":{"year":"2022/23","value":1},"target":{"year":"2024/25","value":2},"shape":"compound"}`},
		{"Indicator", CoreIndicators()[11], `{"id":"NI-12","title":"Emergency admission rate (adults)","scale":"per 100,000","direction":"lower is better","basis":"data"}`},
		{"Framework", mustFramework(t, "empty"), `{"name":"empty"}`},
		{"LogicModel", mustModel(t), `{"framework":{"name":"one","outcomes":[{"id":"O","title":"Outcome"}]},"lines":[{"id":"L","cost":"10.00"}],"links":[{"id":"K","line":"L","target":"O","effect":{"central":1,"low":0.5,"high":2},"attribution":0.5}]}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if string(b) != tt.want {
			t.Errorf("%s: json.Marshal =\n%s\nwant\n%s", tt.name, b, tt.want)
		}
	}
}

func mustModel(t *testing.T) *LogicModel {
	t.Helper()
	f, err := NewFramework("one", []Outcome{{ID: "O", Title: "Outcome"}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewLogicModel(f, []Line{{ID: "L", Cost: investment.MustGBP("10")}},
		[]Link{{ID: "K", Line: "L", Target: "O", Effect: Effect{Central: 1, Low: 0.5, High: 2}, Attribution: 0.5}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestJSONBadInput checks that invalid JSON input is refused with the
// package's errors, as the constructors would refuse the same values.
func TestJSONBadInput(t *testing.T) {
	const (
		ind  = `{"id":"I","title":"t","scale":"%","direction":"higher is better"}`
		tra  = `{"baseline":{"year":"2022/23","value":1},"target":{"year":"2024/25","value":2},"shape":`
		fw   = `{"name":"f","outcomes":[{"id":"O","title":"o"}],"indicators":[` + ind + `]}`
		pt   = `{"lambda":"100","probabilities":[0.25,0.75],"meanNMB":[1,2]}`
		line = `{"id":"L","cost":"100"}`
	)
	tests := []struct {
		name  string
		into  any
		json  string
		want  error
		input bool // an *InputError is expected
	}{
		{"Status unknown", new(Assessment), `{"year":"2023/24","status":"purple"}`, ErrUnknownName, false},
		{"Status as number", new(Status), `2`, nil, false},
		{"Verdict unknown", new(Trend), `{"verdict":"sideways"}`, ErrUnknownName, false},
		{"Dominance unknown", new(Table), `{"rows":[{"id":"A","cost":"1","effect":1,"dominance":"dominated"}]}`, ErrUnknownName, false},
		{"Quadrant unknown", new(Comparison), `{"quadrant":"north-east"}`, ErrUnknownName, false},
		{"Reductions unknown", new(SROI), `{"reductions":"multiplicative"}`, ErrUnknownName, false},
		{"Assumption unknown", new([]Sensitivity), `[{"assumption":"weather"}]`, ErrUnknownName, false},
		{"Basis unknown", new(Indicator), `{"basis":"guesswork"}`, ErrUnknownName, false},
		{"Target unknown", new(Target), `"line"`, ErrUnknownName, false},

		{"Trajectory shape unknown", new(Trajectory), tra + `"spiral"}`, ErrShape, false},
		{"Trajectory years reversed", new(Trajectory), `{"baseline":{"year":"2024/25","value":1},"target":{"year":"2022/23","value":2}}`, ErrYear, false},
		{"Trajectory missing", new(Trajectory), `{}`, ErrYear, false},
		{"Trajectory baseline year missing", new(Trajectory), `{"target":{"year":"2024/25","value":2}}`, ErrYear, false},
		{"Trajectory compound through zero", new(Trajectory), `{"baseline":{"year":"2022/23","value":0},"target":{"year":"2024/25","value":2},"shape":"compound"}`, ErrShape, false},
		{"Trajectory bad year", new(Trajectory), `{"baseline":{"year":"2022/24","value":1}}`, investment.ErrSyntax, false},
		{"Tolerance green above amber", new(Tolerance), `{"green":0.05,"amber":0.01}`, ErrTolerance, false},
		{"Tolerance negative", new(Tolerance), `{"green":-1,"amber":0}`, ErrTolerance, false},

		{"Framework duplicate id", new(Framework), `{"name":"f","outcomes":[{"id":"O"}],"indicators":[{"id":"O","scale":"%","direction":"neither"}]}`, ErrDuplicateID, true},
		{"Framework empty id", new(Framework), `{"name":"f","outcomes":[{"title":"no id"}]}`, ErrEmptyID, true},
		{"Framework direction unknown", new(Framework), `{"name":"f","indicators":[{"id":"I","scale":"%","direction":"up"}]}`, ErrDirection, false},
		{"Framework scale unknown", new(Framework), `{"name":"f","indicators":[{"id":"I","scale":"per mille","direction":"neither"}]}`, ErrScale, false},
		{"Framework scale missing", new(Framework), `{"name":"f","indicators":[{"id":"I","direction":"neither"}]}`, ErrScale, true},
		{"Framework direction missing", new(Framework), `{"name":"f","indicators":[{"id":"I","scale":"%"}]}`, ErrDirection, true},
		{"Framework priority unknown outcome", new(Framework), `{"name":"f","priorities":[{"id":"P","outcomes":["NO-1"]}]}`, ErrUnknownID, true},
		{"Framework priority names outcome as indicator", new(Framework), `{"name":"f","outcomes":[{"id":"O"}],"priorities":[{"id":"P","indicators":["O"]}]}`, ErrUnknownID, true},

		{"LogicModel attribution above 1", new(LogicModel), `{"framework":` + fw + `,"lines":[` + line + `],"links":[{"id":"K","line":"L","target":"O","attribution":1.2}]}`, ErrShare, true},
		{"LogicModel unknown target", new(LogicModel), `{"framework":` + fw + `,"lines":[` + line + `],"links":[{"id":"K","line":"L","target":"NO-1"}]}`, ErrUnknownID, true},
		{"LogicModel unknown line", new(LogicModel), `{"lines":[` + line + `],"links":[{"id":"K","line":"M","target":"NO-1"}]}`, ErrUnknownID, true},
		{"LogicModel negative cost", new(LogicModel), `{"lines":[{"id":"L","cost":"-1"}]}`, ErrNegative, true},
		{"LogicModel negative lag", new(LogicModel), `{"lines":[` + line + `],"links":[{"id":"K","line":"L","target":"NO-1","lag":-1}]}`, ErrNegative, true},
		{"LogicModel effect range", new(LogicModel), `{"lines":[` + line + `],"links":[{"id":"K","line":"L","target":"NO-1","effect":{"central":1,"low":2,"high":3}}]}`, ErrRange, true},
		{"LogicModel duplicate line", new(LogicModel), `{"lines":[` + line + `,` + line + `]}`, ErrDuplicateID, true},
		{"LogicModel bad framework", new(LogicModel), `{"framework":{"name":"f","outcomes":[{"id":""}]}}`, ErrEmptyID, true},
		{"LogicModel money as float text", new(LogicModel), `{"lines":[{"id":"L","cost":"1e400"}]}`, investment.ErrSyntax, false},

		{"Measures duplicate", new(Measures), `[{"indicator":"I","area":"A","year":"2023/24","value":1},{"indicator":"I","area":"A","year":"2023/24","value":2}]`, ErrDuplicateID, true},
		{"Measures empty area", new(Measures), `[{"indicator":"I","year":"2023/24","value":1}]`, ErrEmptyID, true},
		{"Measures year missing", new(Measures), `[{"indicator":"I","area":"A","value":1}]`, ErrYear, true},
		{"Measures empty indicator", new(Measures), `[{"area":"A","year":"2023/24","value":1}]`, ErrEmptyID, true},
		{"Measures not an array", new(Measures), `{"indicator":"I"}`, nil, false},

		{"Curve no ids", new(Curve), `{"ids":[],"points":[` + pt + `]}`, ErrNoAlternatives, false},
		{"Curve no points", new(Curve), `{"ids":["A","B"]}`, ErrLambda, false},
		{"Curve empty id", new(Curve), `{"ids":["A",""],"points":[` + pt + `]}`, ErrEmptyID, true},
		{"Curve duplicate id", new(Curve), `{"ids":["A","A"],"points":[` + pt + `]}`, ErrDuplicateID, true},
		{"Curve negative lambda", new(Curve), `{"ids":["A","B"],"points":[{"lambda":"-1","probabilities":[0.25,0.75],"meanNMB":[1,2]}]}`, ErrLambda, true},
		{"Curve too few probabilities", new(Curve), `{"ids":["A","B"],"points":[{"lambda":"1","probabilities":[1],"meanNMB":[1,2]}]}`, ErrRange, true},
		{"Curve too many NMBs", new(Curve), `{"ids":["A","B"],"points":[{"lambda":"1","probabilities":[0.5,0.5],"meanNMB":[1,2,3]}]}`, ErrRange, true},
		{"Curve probability above 1", new(Curve), `{"ids":["A","B"],"points":[{"lambda":"1","probabilities":[1.5,-0.5],"meanNMB":[1,2]}]}`, ErrShare, true},
		{"Curve probabilities short of 1", new(Curve), `{"ids":["A","B"],"points":[` + pt + `,{"lambda":"2","probabilities":[0.25,0.5],"meanNMB":[1,2]}]}`, ErrRange, true},
		{"Curve bad lambda", new(Curve), `{"ids":["A","B"],"points":[{"lambda":"twenty","probabilities":[0.5,0.5],"meanNMB":[1,2]}]}`, investment.ErrSyntax, false},
		{"Curve infinite NMB", new(Curve), `{"ids":["A","B"],"points":[{"lambda":"1","probabilities":[0.5,0.5],"meanNMB":[1e400,2]}]}`, nil, false},
		{"Curve truncated", new(Curve), `{"ids":["A","B"],"points":[`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.json), tt.into)
			if err == nil {
				t.Fatalf("json.Unmarshal(%s) = nil error, want %v", tt.json, tt.want)
			}
			if tt.want != nil && !isErr(err, tt.want) {
				t.Errorf("json.Unmarshal(%s) error %v, want %v", tt.json, err, tt.want)
			}
			var ie *InputError
			if tt.input && !errors.As(err, &ie) {
				t.Errorf("error %v is not an *InputError", err)
			}
		})
	}
}

// TestJSONBadInputLeavesValue checks that a failed decode does not change
// the value decoded into, and that JSON null is a no-op.
func TestJSONBadInputLeavesValue(t *testing.T) {
	fx := newJSONFixtures(t)
	c := *fx.curve
	if err := c.UnmarshalJSON([]byte(`{"ids":["A"],"points":[]}`)); err == nil {
		t.Fatal("no error")
	}
	if err := c.UnmarshalJSON([]byte(` null `)); err != nil {
		t.Fatal(err)
	}
	if !c.Equal(fx.curve) {
		t.Error("a failed or null decode changed the curve")
	}
	f := *fx.local
	if err := f.UnmarshalJSON([]byte(`{"name":"x","outcomes":[{"id":""}]}`)); err == nil {
		t.Fatal("no error")
	}
	if !f.Equal(fx.local) {
		t.Error("a failed decode changed the framework")
	}
	tr := fx.linear
	if err := tr.UnmarshalJSON([]byte(`{}`)); err == nil {
		t.Fatal("no error")
	}
	if tr != fx.linear {
		t.Error("a failed decode changed the trajectory")
	}
}

func TestEqual(t *testing.T) {
	fx := newJSONFixtures(t)
	other, err := CEAC([]Draws{{ID: "A", Costs: []float64{1}, Effects: []float64{1}}}, []investment.Money{investment.MustGBP("1")})
	if err != nil {
		t.Fatal(err)
	}
	ms2, err := NewMeasures(nil, []Measure{{Indicator: "I", Area: "A", Year: investment.MustParseFinancialYear("2020/21"), Value: 1}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		eq   bool
		want bool
	}{
		{"Curve self", fx.curve.Equal(fx.curve), true},
		{"Curve other", fx.curve.Equal(other), false},
		{"Curve nil", fx.curve.Equal(nil), false},
		{"Curve both nil", (*Curve)(nil).Equal(nil), true},
		{"Framework national twice", National().Equal(National()), true},
		{"Framework local vs national", fx.local.Equal(National()), false},
		{"Framework nil", fx.local.Equal(nil), false},
		{"LogicModel self", fx.model.Equal(fx.model), true},
		{"LogicModel other framework", fx.model.Equal(fx.national), false},
		{"LogicModel nil", (*LogicModel)(nil).Equal(fx.model), false},
		{"Measures self", fx.measures.Equal(fx.measures), true},
		{"Measures other", fx.measures.Equal(ms2), false},
		{"Measures both nil", (*Measures)(nil).Equal(nil), true},
	}
	for _, tt := range tests {
		if tt.eq != tt.want {
			t.Errorf("%s: Equal = %v, want %v", tt.name, tt.eq, tt.want)
		}
	}
	// Money compares by value: £1.5 and £1.50 are the same cost.
	f := mustFramework(t, "f")
	a, _ := NewLogicModel(f, []Line{{ID: "L", Cost: investment.MustGBP("1.5")}}, nil)
	b, _ := NewLogicModel(f, []Line{{ID: "L", Cost: investment.MustGBP("1.50")}}, nil)
	c, _ := NewLogicModel(f, []Line{{ID: "L", Cost: investment.MustGBP("1.51")}}, nil)
	if !a.Equal(b) || a.Equal(c) {
		t.Errorf("LogicModel.Equal on costs: £1.5 = £1.50 %v, £1.5 = £1.51 %v", a.Equal(b), a.Equal(c))
	}
}
