package outcomes

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode"
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
	for _, z := range zeros {
		typ := reflect.TypeOf(z).Elem()
		checkTags(t, typ)
		b, err := json.Marshal(z)
		if err != nil {
			t.Errorf("json.Marshal(%v{}): %v", typ, err)
			continue
		}
		back := reflect.New(typ)
		if err := json.Unmarshal(b, back.Interface()); err != nil {
			t.Errorf("%v{} as %s does not read back: %v", typ, b, err)
			continue
		}
		b2, err := json.Marshal(back.Interface())
		if err != nil || string(b2) != string(b) {
			t.Errorf("%v{}: %s read back writes %s, %v", typ, b, b2, err)
		}
	}
}

// checkTags checks that every exported field of struct type typ has a
// camelCase JSON tag (or "-"); an untagged embedded struct's fields are
// checked as the promoted fields they are.
func checkTags(t *testing.T, typ reflect.Type) {
	t.Helper()
	for f := range typ.Fields() {
		if !f.IsExported() {
			continue
		}
		tag, ok := f.Tag.Lookup("json")
		if f.Anonymous && !ok && f.Type.Kind() == reflect.Struct {
			checkTags(t, f.Type) // promoted fields
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		switch {
		case !ok || name == "":
			t.Errorf("%v.%s has no JSON name", typ, f.Name)
		case name != "-" && (strings.ContainsAny(name, "_-") || unicode.IsUpper([]rune(name)[0])):
			t.Errorf("%v.%s: JSON name %q is not camelCase", typ, f.Name, name)
		}
	}
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
