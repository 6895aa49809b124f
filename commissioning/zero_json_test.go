package commissioning

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
		&Appraiser{}, &Appraisal{}, &SwitchingValue{}, &Weighted{}, &Cycle{}, &Artefact{}, &Decision{},
		&Distribution{}, &IncomeGroup{}, &GroupShare{}, &Equity{}, &Input{}, &Filter{}, &Candidate{},
		&LongList{}, &ShortList{}, &Comparison{}, &Simulation{}, &SimulationResult{}, &OptionResult{},
		&Percentile{}, &Bounds{}, &Share{}, &OptimismBias{}, &Option{}, &Plan{}, &Priority{},
		&Constraints{}, &Bar{}, &Tornado{}, &Grid{},
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
