package needs

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/wire"
)

// A misspelt field, a value of the wrong type and a bad value are each a
// *FieldError naming the field, for the three documents of the package.
func TestJSONFieldErrors(t *testing.T) {
	counts := func(bad string) string {
		c := strings.Repeat("1,", NumAges-1) + "1"
		if bad != "" {
			c = bad + c[1:]
		}
		return "[" + c + "]"
	}
	rates := `{"condition":"x","kind":"prevalence","bands":["65-69","70+"],"female":[0.1,0.2],"male":[0.1,0.2]}`
	tests := []struct {
		name, doc string
		into      any
		path      string
		want      error
	}{
		{"population field", `{"areas":[],"serie":[]}`, &Population{}, "serie", ErrUnknownField},
		{"population series field", `{"series":[{"area":"A","year":2020,"sex":"Female","count":[]}]}`, &Population{}, "series[1].count", ErrUnknownField},
		{"population count type", `{"series":[{"area":"A","year":2020,"sex":"Female","counts":` + counts(`"1"`) + `}]}`, &Population{}, "series[1].counts[1]", nil},
		{"population count value", `{"series":[{"area":"A","year":2020,"sex":"Female","counts":` + counts("-1") + `}]}`, &Population{}, "series[1].counts[1]", ErrNegative},
		{"population sex", `{"series":[{"area":"A","year":2020,"sex":"Q","counts":[]}]}`, &Population{}, "series[1].sex", ErrUnknownSex},
		{"population syntax", `{"series":[`, &Population{}, "", ErrSyntax},
		{"rates field", strings.Replace(rates, `"kind"`, `"kinds"`, 1), &Rates{}, "kinds", ErrUnknownField},
		{"rates band", strings.Replace(rates, `"70+"`, `"old"`, 1), &Rates{}, "bands[2]", ErrBadBand},
		{"rates value", strings.Replace(rates, `[0.1,0.2],"male"`, `[0.1,2],"male"`, 1), &Rates{}, "female[2]", ErrPrevalenceRange},
		{"rates kind", strings.Replace(rates, `"prevalence"`, `"rate"`, 1), &Rates{}, "kind", ErrBadRates},
		{"projection field", `{"areas":[{"code":"A","nme":"x"}]}`, &Projection{}, "areas[1].nme", ErrUnknownField},
		{"projection rates", `{"areas":[{"code":"A"}],"years":[2022],"conditions":[{"rates":` + strings.Replace(rates, `0.2]}`, `-0.2]}`, 1) + `,"cases":[]}]}`, &Projection{}, "conditions[1].rates.male[2]", ErrNegative},
		{"projection cases", `{"areas":[{"code":"A"}],"years":[2022],"conditions":[{"rates":` + rates + `,"cases":[1]}]}`, &Projection{}, "conditions[1].cases", ErrMismatch},
		{"projection case value", `{"areas":[{"code":"A"}],"years":[2022],"conditions":[{"rates":` + rates + `,"cases":[1,1,-1,1]}]}`, &Projection{}, "conditions[1].cases[3]", ErrNegative},
		{"projection year", `{"areas":[{"code":"A"}],"years":[2022,1],"conditions":[]}`, &Projection{}, "years[2]", ErrBadYear},
	}
	for _, tt := range tests {
		err := tt.into.(json.Unmarshaler).UnmarshalJSON([]byte(tt.doc))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: error %v, want a *FieldError at %q", tt.name, err, tt.path)
			continue
		}
		if tt.want != nil {
			checkErr(t, tt.name, err, tt.want)
		}
		if tt.path != "" && !strings.Contains(err.Error(), tt.path+": ") {
			t.Errorf("%s: message %q does not name %s", tt.name, err, tt.path)
		}
	}
}

// The zero values of the package's JSON types marshal and read back.
func TestJSONZeroValues(t *testing.T) {
	for _, v := range []any{&Population{}, &Rates{}, &Projection{}, &Area{}, &Series{}, &Cell{}, &ProjectionRow{},
		&RatesSpec{}, &Level{}, &GapRow{}, &Group{}, &Inequality{}, &Zone{}, &Estimate{}, &Standard{}, &Stratum{},
		&WaitingList{}, &WaitingListAssessment{}, &DemandModel{}, &Provenance{}} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Errorf("%T: Marshal: %v", v, err)
			continue
		}
		back := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		if err := json.Unmarshal(b, back); err != nil {
			t.Errorf("%T: Unmarshal(%s): %v", v, b, err)
		}
	}
	var r Rates
	if err := json.Unmarshal([]byte(mustMarshal(t, Rates{})), &r); err != nil || !r.Equal(Rates{}) {
		t.Errorf("zero Rates read back as %v, %v", r, err)
	}
}

func mustMarshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A Population inside another package's document reports the whole path of
// a bad field through the module's strict decoder.
func TestJSONNestedPath(t *testing.T) {
	var doc struct {
		Population *Population `json:"population"`
	}
	err := wire.Decode([]byte(`{"population":{"series":[{"area":"A","year":2020,"sex":"Q","counts":[]}]}}`), &doc)
	var we *wire.Error
	if !errors.As(err, &we) || we.Path != "population.series[1].sex" || !errors.Is(err, ErrUnknownSex) {
		t.Errorf("nested error %v, want one at population.series[1].sex", err)
	}
}
