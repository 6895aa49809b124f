package commissioning

import (
	"strings"
	"testing"
)

// roundTrip checks that every value from first to last writes its name,
// that the name and its upper-case form parse back, and that the value
// after last is invalid and refused as text.
func roundTrip[T interface {
	~int
	String() string
	Valid() bool
	MarshalText() ([]byte, error)
}](t *testing.T, first, last T, parse func(string) (T, error), sentinel error) {
	t.Helper()
	for v := first; v <= last; v++ {
		b, err := v.MarshalText()
		if !v.Valid() || err != nil || string(b) != v.String() {
			t.Errorf("%d: Valid %v, MarshalText %q, %v; String %q", v, v.Valid(), b, err, v.String())
		}
		for _, text := range []string{v.String(), " " + strings.ToUpper(v.String()) + " "} {
			if got, err := parse(text); err != nil || got != v {
				t.Errorf("parse(%q) = %v, %v; want %v", text, got, err, v)
			}
		}
	}
	if bad := last + 1; bad.Valid() {
		t.Errorf("%v is valid", bad)
	} else if _, err := bad.MarshalText(); !isErr(err, sentinel) {
		t.Errorf("%v.MarshalText: error %v, want %v", bad, err, sentinel)
	}
	if _, err := parse("no such name"); !isErr(err, sentinel) {
		t.Errorf("parse(no such name): error %v, want %v", err, sentinel)
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	roundTrip(t, StageAnalyse, StageReview, ParseStage, ErrUnknownStage)
	roundTrip(t, Fixed, Uniform, ParseKind, ErrUnknownKind)
	roundTrip(t, NonStandardBuildings, Outsourcing, ParseCategory, ErrUnknownCategory)
	roundTrip(t, WorksDuration, CapitalCost, ParseMeasure, ErrNotApplicable)
	roundTrip(t, Scope, Funding, ParseDimension, ErrUnknownDimension)
	roundTrip(t, Preferred, Discounted, ParseVerdict, ErrUnknownVerdict)
	if Dimension(0).Valid() || Verdict(0).Valid() || Category(0).Valid() {
		t.Error("the zero Dimension, Verdict or Category is valid")
	}
	if got := Stage(7).String(); got != "Stage(7)" {
		t.Errorf("Stage(7).String() = %q", got)
	}
	if s, err := ParseStage("analyze"); err != nil || s != StageAnalyse {
		t.Errorf("ParseStage(analyze) = %v, %v", s, err)
	}
	if c, err := ParseCategory("Non Standard Buildings"); err != nil || c != NonStandardBuildings {
		t.Errorf("ParseCategory(Non Standard Buildings) = %v, %v", c, err)
	}
	if _, err := ParseStage("Deliver"); err == nil || err.Error() != `commissioning: Stage "Deliver": unknown stage` {
		t.Errorf("ParseStage(Deliver): error %v", err)
	}
}
