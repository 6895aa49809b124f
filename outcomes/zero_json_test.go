package outcomes

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"
)

// TestZeroValuesRoundTrip checks that the zero value of every exported
// type that crosses the wire marshals, and reads back as the zero value.
func TestZeroValuesRoundTrip(t *testing.T) {
	zeros := []any{
		&Draws{}, &Curve{}, &Priority{}, &Framework{}, &Alternative{}, &Row{}, &Table{}, &Comparison{},
		&Effect{}, &Line{}, &Link{}, &LogicModel{}, &Contribution{}, &UnitCost{}, &Orphans{}, &Measure{},
		&Point{}, &Measures{}, &Outcome{}, &Indicator{}, &Period{}, &Tolerance{}, &Assessment{}, &Impact{},
		&SROI{}, &ImpactValue{}, &Valuation{}, &SensitivityOptions{}, &Sensitivity{}, &Trajectory{},
		&TrendOptions{}, &Trend{},
	}
	wiretest.CamelTags(t, zeros...)
	wiretest.ZeroValues(t, zeros...)
}

// TestDirectionZeroUnset pins the rule the module's directions share: the
// zero Direction is unset and invalid, refused as text and by the
// functions that need a direction, and left out of an Indicator's JSON.
func TestDirectionZeroUnset(t *testing.T) {
	var d Direction
	if d.Valid() || HigherIsBetter != 1 {
		t.Errorf("zero Direction valid %v, HigherIsBetter = %d", d.Valid(), HigherIsBetter)
	}
	if _, err := d.MarshalText(); !isErr(err, ErrDirection) {
		t.Errorf("MarshalText of the zero Direction: error %v", err)
	}
	if _, err := NewFramework("f", nil, []Indicator{{ID: "I", Scale: Percent}}, nil); !isErr(err, ErrDirection) {
		t.Errorf("NewFramework with an unset direction: error %v", err)
	}
	b, err := json.Marshal(Indicator{ID: "I", Scale: Percent})
	if err != nil || strings.Contains(string(b), "direction") {
		t.Errorf("Indicator with an unset direction writes %s, %v", b, err)
	}
}
