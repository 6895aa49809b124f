package forecast

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/internal/wire/wiretest"
)

// The zero values of the package's exported types marshal and read back.
func TestJSONZeroValues(t *testing.T) {
	wiretest.ZeroValues(t, &Series{}, &Spec{}, &Params{}, &Options{}, &Model{}, &Candidate{}, &Forecast{},
		&Interval{}, &Accuracy{}, &Backtest{}, &Holdout{})
}

// A series and a forecast round-trip with camelCase names and enums as text.
func TestJSONRoundTrip(t *testing.T) {
	s := Series{Start: 2020, Period: 2, Frequency: Quarterly, Values: []float64{1, 2.5, 3}}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"start":2020,"period":2,"frequency":"quarterly","values":[1,2.5,3]}`; string(b) != want {
		t.Errorf("Series JSON %s, want %s", b, want)
	}
	var back Series
	if err := json.Unmarshal(b, &back); err != nil || !cmp.Equal(back, s) {
		t.Errorf("Series read back as %+v, %v", back, err)
	}
	o := Options{Spec: Spec{Error: Multiplicative, Trend: Additive, Damped: true}, Alpha: 0.3, Seed: 7}
	b, err = json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	var ob Options
	if err := json.Unmarshal(b, &ob); err != nil || !cmp.Equal(ob, o) {
		t.Errorf("Options %s read back as %+v, %v", b, ob, err)
	}
}
