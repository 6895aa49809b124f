package outcomes

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The nine outcomes of SSI 2014/343, (the Public Bodies (Joint Working)
// (National Health and Wellbeing Outcomes) (Scotland) Regulations 2014), verbatim.
func TestNationalOutcomesVerbatim(t *testing.T) {
	os := NationalOutcomes()
	if len(os) != 9 {
		t.Fatalf("got %d outcomes, want 9", len(os))
	}
	checks := map[int]string{
		0: "People are able to look after and improve their own health and wellbeing and live in good health for longer.",
		5: "People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and well-being.",
		8: "Resources are used effectively and efficiently in the provision of health and social care services.",
	}
	for i, want := range checks {
		if os[i].Title != want {
			t.Errorf("outcome %d = %q, want %q", i+1, os[i].Title, want)
		}
	}
	for i, o := range os {
		if want := "NO-" + string(rune('1'+i)); o.ID != want {
			t.Errorf("outcome %d id = %q, want %q", i, o.ID, want)
		}
	}
	os[0].Title = "changed"
	if NationalOutcomes()[0].Title == "changed" {
		t.Error("NationalOutcomes shares its slice between calls")
	}
}

func TestNationalOutcome(t *testing.T) {
	for _, want := range NationalOutcomes() {
		got, ok := NationalOutcome(want.ID)
		if !ok || got != want {
			t.Errorf("NationalOutcome(%q) = %v, %v; want %v, true", want.ID, got, ok, want)
		}
	}
	for _, id := range []string{"", "NO-0", "NO-10", "no-1", "NO-01", "1", "NI-1"} {
		if got, ok := NationalOutcome(id); ok {
			t.Errorf("NationalOutcome(%q) = %v, true; want none", id, got)
		}
	}
}

func TestCoreIndicators(t *testing.T) {
	inds := CoreIndicators()
	if len(inds) != 23 {
		t.Fatalf("got %d indicators, want 23", len(inds))
	}
	var notReported []string
	for i, ind := range inds {
		want := "NI-" + itoa(i+1)
		if ind.ID != want {
			t.Errorf("indicator %d id = %q, want %q", i, ind.ID, want)
		}
		if wantBasis := map[bool]Basis{true: Survey, false: Data}[i < 10]; ind.Basis != wantBasis {
			t.Errorf("%s basis = %v, want %v", ind.ID, ind.Basis, wantBasis)
		}
		if ind.NotReported {
			notReported = append(notReported, ind.ID)
		}
	}
	if d := cmp.Diff([]string{"NI-10", "NI-21", "NI-22", "NI-23"}, notReported); d != "" {
		t.Errorf("not reported (-want +got):\n%s", d)
	}
	// Spot checks against the Core Suite of Integration Indicators
	// (Scottish Government and COSLA, 2015).
	tests := []struct {
		id    string
		scale Scale
		dir   Direction
	}{
		{"NI-1", Percent, HigherIsBetter},
		{"NI-11", Per100000, LowerIsBetter},
		{"NI-12", Per100000, LowerIsBetter},
		{"NI-14", Per1000, LowerIsBetter},
		{"NI-15", Percent, HigherIsBetter},
		{"NI-16", Per1000, LowerIsBetter},
		{"NI-19", Per1000, LowerIsBetter},
		{"NI-23", Pounds, Neither},
	}
	f := National()
	for _, tt := range tests {
		ind, ok := f.Indicator(tt.id)
		if !ok || ind.Scale != tt.scale || ind.Direction != tt.dir {
			t.Errorf("Indicator(%q) = %+v, %v; want scale %v, direction %v", tt.id, ind, ok, tt.scale, tt.dir)
		}
	}
	if n := len(MSGIndicators()); n != 6 {
		t.Errorf("got %d MSG indicators, want 6", n)
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestFrameworkLookups(t *testing.T) {
	local := []Outcome{{ID: "LO-1", Title: "Carers have a life alongside caring"}}
	pri := []Priority{
		{ID: "P-carers", Title: "Support for unpaid carers", Outcomes: []string{"NO-6", "LO-1"}, Indicators: []string{"NI-8"}},
		{ID: "P-prevention", Title: "Early intervention and prevention", Outcomes: []string{"NO-1"}},
	}
	f, err := NewFramework("South Lanarkshire", append(NationalOutcomes(), local...), CoreIndicators(), pri)
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind("LO-1") != OutcomeTarget || f.Kind("NI-8") != IndicatorTarget || f.Kind("P-carers") != PriorityTarget || f.Kind("X") != NoTarget {
		t.Error("Kind misreports ids")
	}
	if o, ok := f.Outcome("LO-1"); !ok || o.Title != local[0].Title {
		t.Errorf("Outcome(LO-1) = %+v, %v", o, ok)
	}
	if _, ok := f.Outcome("NI-8"); ok {
		t.Error("Outcome(NI-8) found an indicator")
	}
	p, _ := f.Priority("P-carers")
	p.Indicators[0] = "changed"
	if p2, _ := f.Priority("P-carers"); p2.Indicators[0] != "NI-8" {
		t.Error("Priority returns shared slices")
	}
	pri[0].Indicators[0] = "changed"
	if p2, _ := f.Priority("P-carers"); p2.Indicators[0] != "NI-8" {
		t.Error("NewFramework keeps the caller's slices")
	}
	if d := cmp.Diff([]string{"P-prevention"}, f.PrioritiesWithoutIndicators()); d != "" {
		t.Errorf("PrioritiesWithoutIndicators (-want +got):\n%s", d)
	}
	n := 0
	for range f.Outcomes() {
		n++
	}
	if n != 10 {
		t.Errorf("Outcomes() yields %d, want 10", n)
	}
}

func TestFrameworkErrors(t *testing.T) {
	good := Indicator{ID: "L-1", Title: "x", Scale: Percent, Direction: HigherIsBetter}
	tests := []struct {
		name  string
		os    []Outcome
		inds  []Indicator
		ps    []Priority
		want  error
		field string
	}{
		{"empty outcome id", []Outcome{{Title: "x"}}, nil, nil, ErrEmptyID, "id"},
		{"duplicate outcome id", []Outcome{{ID: "A"}, {ID: "A"}}, nil, nil, ErrDuplicateID, "id"},
		{"indicator id clashes with outcome", []Outcome{{ID: "L-1"}}, []Indicator{good}, nil, ErrDuplicateID, "id"},
		{"indicator without direction", nil, []Indicator{{ID: "L-2", Scale: Percent}}, nil, ErrDirection, "direction"},
		{"indicator without scale", nil, []Indicator{{ID: "L-2", Direction: LowerIsBetter}}, nil, ErrScale, "scale"},
		{"priority names unknown outcome", nil, []Indicator{good}, []Priority{{ID: "P", Outcomes: []string{"NO-99"}}}, ErrUnknownID, "outcomes[1]"},
		{"priority names an outcome as indicator", []Outcome{{ID: "A"}}, nil, []Priority{{ID: "P", Indicators: []string{"A"}}}, ErrUnknownID, "indicators[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewFramework("t", tt.os, tt.inds, tt.ps)
			var ie *InputError
			if !isErr(err, tt.want) || !errors.As(err, &ie) || ie.Field != tt.field {
				t.Fatalf("NewFramework error = %v, want %v on field %s", err, tt.want, tt.field)
			}
			if !strings.HasPrefix(err.Error(), "outcomes: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestDirectionAndScaleText(t *testing.T) {
	for d := HigherIsBetter; d <= Neither; d++ {
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Direction
		if err := got.UnmarshalText(b); err != nil || got != d {
			t.Errorf("round trip of %v = %v, %v", d, got, err)
		}
	}
	for s := Percent; s <= Pounds; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Scale
		if err := got.UnmarshalText(b); err != nil || got != s {
			t.Errorf("round trip of %v = %v, %v", s, got, err)
		}
	}
	if _, err := ParseDirection("up"); !isErr(err, ErrDirection) {
		t.Errorf("ParseDirection(up) error = %v", err)
	}
	if _, err := ParseScale("per mille"); !isErr(err, ErrScale) {
		t.Errorf("ParseScale error = %v", err)
	}
	if _, err := Direction(0).MarshalText(); !isErr(err, ErrDirection) {
		t.Errorf("marshalling the zero Direction: %v", err)
	}
}

// The rate shape of the core indicators (events / population × base):
// 1,234 admissions over 250,000 adults is 493.6 per 100,000.
func TestScaleRate(t *testing.T) {
	got, err := Per100000.Rate(1234, 250000)
	if err != nil || abs(got-493.6) > 1e-9 {
		t.Errorf("Rate = %v, %v; want 493.6", got, err)
	}
	for _, tt := range []struct {
		e, p float64
		want error
	}{{1, 0, ErrZeroPopulation}, {-1, 10, ErrNegative}, {nan(), 10, ErrNotFinite}} {
		if _, err := Per1000.Rate(tt.e, tt.p); !isErr(err, tt.want) {
			t.Errorf("Rate(%v, %v) error = %v, want %v", tt.e, tt.p, err, tt.want)
		}
	}
}
