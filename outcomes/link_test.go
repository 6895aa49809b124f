package outcomes

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
)

func testModel(t *testing.T) *LogicModel {
	t.Helper()
	f, err := NewFramework("t", NationalOutcomes(), CoreIndicators(), []Priority{
		{ID: "P-home", Outcomes: []string{"NO-2"}, Indicators: []string{"NI-18"}},
		{ID: "P-carers", Outcomes: []string{"NO-6"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	lines := []Line{
		{ID: "reablement", Cost: investment.MustGBP("600000")},
		{ID: "carers", Cost: investment.MustGBP("90000")},
		{ID: "unused", Cost: investment.MustGBP("1000")},
	}
	links := []Link{
		{ID: "L1", Line: "reablement", Activity: "reablement visits", Output: "600 people reabled", Target: "NI-12",
			Effect: Effect{Central: 40, Low: 20, High: 60}, Attribution: 0.5, Lag: 1},
		{ID: "L2", Line: "reablement", Activity: "home care review", Output: "300 reviews", Target: "NI-12",
			Effect: PointEffect(10), Attribution: 1, Lag: 2},
		{ID: "L3", Line: "reablement", Target: "NI-18", Effect: Effect{Central: 2, Low: -1, High: 3}, Attribution: 0.5},
		{ID: "L4", Line: "carers", Target: "NO-6", Effect: PointEffect(0.3), Attribution: 0.6},
	}
	m, err := NewLogicModel(f, lines, links)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestContributions(t *testing.T) {
	m := testModel(t)
	want := []Contribution{
		{Line: "reablement", Target: "NI-12", Effect: Effect{30, 20, 40}, Lag: 2, Links: 2},
		{Line: "reablement", Target: "NI-18", Effect: Effect{1, -0.5, 1.5}, Lag: 0, Links: 1},
		{Line: "carers", Target: "NO-6", Effect: Effect{0.18, 0.18, 0.18}, Lag: 0, Links: 1},
	}
	if d := cmp.Diff(want, m.Contributions()); d != "" {
		t.Errorf("Contributions (-want +got):\n%s", d)
	}
	if e := m.EffectAt("NI-12", 1); e != (Effect{20, 10, 30}) {
		t.Errorf("EffectAt(NI-12, 1) = %v, want {20 10 30}", e)
	}
	if e := m.EffectAt("NI-12", 0); e != (Effect{}) {
		t.Errorf("EffectAt(NI-12, 0) = %v, want zero", e)
	}
	if _, ok := m.Contribution("carers", "NI-12"); ok {
		t.Error("Contribution found a missing link")
	}
}

func TestUnitCost(t *testing.T) {
	m := testModel(t)
	u, err := m.UnitCost("reablement", "NI-12")
	if err != nil {
		t.Fatal(err)
	}
	want := UnitCost{Line: "reablement", Target: "NI-12",
		Central: investment.MustGBP("20000"), Best: investment.MustGBP("15000"), Worst: investment.MustGBP("30000")}
	if d := cmp.Diff(want, u); d != "" {
		t.Errorf("UnitCost (-want +got):\n%s", d)
	}
	u, err = m.UnitCost("reablement", "NI-18")
	if err != nil || !u.WorstUnbounded || !u.Central.Equal(investment.MustGBP("600000")) {
		t.Errorf("UnitCost with a range through zero = %+v, %v", u, err)
	}
	// £90,000 / 0.18 = £500,000 exactly, where float64 division would not be.
	u, _ = m.UnitCost("carers", "NO-6")
	if !u.Central.Equal(investment.MustGBP("500000")) {
		t.Errorf("UnitCost(carers) = %v, want £500,000.00", u.Central)
	}
	if _, err := m.UnitCost("carers", "NI-12"); !isErr(err, ErrUnknownID) {
		t.Errorf("UnitCost without link: %v", err)
	}
	// £100 / 3 rounds half away from zero to the penny.
	got, _ := CostPer(investment.MustGBP("100"), 3)
	if !got.Equal(investment.MustGBP("33.33")) {
		t.Errorf("CostPer(100, 3) = %v", got)
	}
	got, _ = CostPer(investment.MustGBP("-0.05"), 2)
	if !got.Equal(investment.MustGBP("-0.03")) {
		t.Errorf("CostPer(-0.05, 2) = %v, want -£0.03", got)
	}
	for _, e := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if _, err := CostPer(investment.MustGBP("1"), e); err == nil {
			t.Errorf("CostPer(£1, %v) gave no error", e)
		}
	}
	if _, err := CostPer(investment.MustGBP("1"), 0); !isErr(err, ErrNonPositiveEffect) {
		t.Errorf("CostPer(£1, 0): %v", err)
	}
}

func TestOrphans(t *testing.T) {
	m := testModel(t)
	o := m.Orphans()
	want := Orphans{
		Lines:      []string{"unused"},
		Priorities: []string{"P-carers"},
		// NO-2 is reached through NI-18 and priority P-home; NO-6 directly.
		Outcomes: []string{"NO-1", "NO-3", "NO-4", "NO-5", "NO-7", "NO-8", "NO-9"},
	}
	if d := cmp.Diff(want, o); d != "" {
		t.Errorf("Orphans (-want +got):\n%s", d)
	}
	err := m.Check()
	var oe *OrphanError
	if !isErr(err, ErrOrphan) || !errors.As(err, &oe) {
		t.Fatalf("Check() = %v, want an *OrphanError", err)
	}
	if d := cmp.Diff([]string{"unused"}, oe.Lines); d != "" {
		t.Errorf("OrphanError.Lines (-want +got):\n%s", d)
	}
	// A link with zero attribution reaches nothing.
	m2, err := NewLogicModel(nil, []Line{{ID: "a"}}, []Link{{ID: "k", Line: "a", Target: "NO-1", Effect: PointEffect(1)}})
	if err != nil {
		t.Fatal(err)
	}
	if o := m2.Orphans(); len(o.Lines) != 1 {
		t.Errorf("zero attribution: orphans %+v", o)
	}
	m3, _ := NewLogicModel(nil, []Line{{ID: "a"}}, []Link{{ID: "k", Line: "a", Target: "NO-1", Effect: PointEffect(1), Attribution: 1}})
	if err := m3.Check(); err != nil {
		t.Errorf("Check() = %v, want nil", err)
	}
}

func TestLogicModelErrors(t *testing.T) {
	line := Line{ID: "a", Cost: investment.MustGBP("10")}
	ok := Link{ID: "k", Line: "a", Target: "NO-1", Effect: PointEffect(1), Attribution: 0.5}
	with := func(f func(*Link)) []Link { k := ok; f(&k); return []Link{k} }
	tests := []struct {
		name  string
		lines []Line
		links []Link
		want  error
		field string
	}{
		{"duplicate line id", []Line{line, line}, nil, ErrDuplicateID, "id"},
		{"empty line id", []Line{{}}, nil, ErrEmptyID, "id"},
		{"negative cost", []Line{{ID: "a", Cost: investment.MustGBP("-1")}}, nil, ErrNegative, "cost"},
		{"duplicate link id", []Line{line}, []Link{ok, ok}, ErrDuplicateID, "id"},
		{"link to unknown outcome", []Line{line}, with(func(k *Link) { k.Target = "NO-10" }), ErrUnknownID, "target"},
		{"link to unknown line", []Line{line}, with(func(k *Link) { k.Line = "b" }), ErrUnknownID, "line"},
		{"NaN effect", []Line{line}, with(func(k *Link) { k.Effect.Central = math.NaN() }), ErrNotFinite, "effect.central"},
		{"infinite high", []Line{line}, with(func(k *Link) { k.Effect.High = math.Inf(1) }), ErrNotFinite, "effect.high"},
		{"low above central", []Line{line}, with(func(k *Link) { k.Effect.Low = 2 }), ErrRange, "effect.low"},
		{"high below central", []Line{line}, with(func(k *Link) { k.Effect.High = 0 }), ErrRange, "effect.high"},
		{"attribution above 1", []Line{line}, with(func(k *Link) { k.Attribution = 1.01 }), ErrShare, "attribution"},
		{"attribution negative", []Line{line}, with(func(k *Link) { k.Attribution = -0.2 }), ErrShare, "attribution"},
		{"negative lag", []Line{line}, with(func(k *Link) { k.Lag = -1 }), ErrNegative, "lag"},
		{"empty link id", []Line{line}, with(func(k *Link) { k.ID = "" }), ErrEmptyID, "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewLogicModel(nil, tt.lines, tt.links)
			var ie *InputError
			if !isErr(err, tt.want) || !errors.As(err, &ie) || ie.Field != tt.field {
				t.Fatalf("NewLogicModel error = %v, want %v on field %s", err, tt.want, tt.field)
			}
		})
	}
}
