package forecast

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// TestErrorStyle provokes a representative failure of every exported entry
// point that returns an error: each wraps its sentinel and starts with
// "forecast: " exactly once.
func TestErrorStyle(t *testing.T) {
	nan := math.NaN()
	y := Series{Start: 2000, Values: []float64{3, 4, 6, 5, 7, 8, 9, 8, 10, 12}}
	mod, err := Fit(y, Naive, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := func(_ any, err error) error { return err }
	fc, err := mod.Forecast(2, 80)
	if err != nil {
		t.Fatal(err)
	}
	_, fitErrs := FitEach([]Series{y, {Values: []float64{1, nan}}}, Naive, nil)
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"Measure", first(Measure([]float64{1}, nil, nil, 1)), ErrLength},
		{"Measure scale", first(Measure([]float64{0}, []float64{1}, []float64{1, 1}, 1)), ErrScale},
		{"SMAPE", first(SMAPE(nil, nil)), ErrLength},
		{"MASE", first(MASE([]float64{1}, []float64{1}, []float64{2, 2}, 1)), ErrScale},
		{"RollingOrigin horizon", first(RollingOrigin(y, Naive, 0, 3, nil)), ErrHorizon},
		{"RollingOrigin short", first(RollingOrigin(y, Naive, 5, 8, nil)), ErrTooShort},
		{"RollingOrigin method", first(RollingOrigin(y, Method(99), 1, 3, nil)), ErrMethod},
		{"RollingOrigin value", first(RollingOrigin(Series{Values: []float64{1, nan, 3, 4}}, Naive, 1, 2, nil)), ErrMissing},
		{"FitEach", fitErrs[1], ErrMissing},
		{"ParseMethod", first(ParseMethod("ARIMA")), ErrMethod},
		{"Fit method", first(Fit(y, Method(99), nil)), ErrMethod},
		{"Fit short", first(Fit(Series{Values: []float64{1}}, Linear, nil)), ErrTooShort},
		{"Fit Theta short", first(Fit(Series{Values: []float64{1}}, Theta, nil)), ErrTooShort},
		{"Fit Combination short", first(Fit(Series{Values: []float64{1, 2}}, Combination, nil)), ErrTooShort},
		{"Fit Auto short", first(Fit(Series{}, Auto, nil)), ErrTooShort},
		{"Fit spec", first(Fit(y, ETS, &Options{Spec: Spec{Error: Additive, Season: Additive}})), ErrMethod},
		{"Fit positive", first(Fit(Series{Values: []float64{1, -2, 3, 4, 5, 6}}, ETS, &Options{Spec: Spec{Error: Multiplicative}})), ErrMethod},
		{"Fit param", first(Fit(y, SES, &Options{Alpha: 2})), ErrParam},
		{"Fit frequency", first(Fit(Series{Frequency: 7, Values: []float64{1, 2}}, Naive, nil)), ErrFrequency},
		{"Fit infinite", first(Fit(Series{Values: []float64{1, math.Inf(1)}}, Naive, nil)), ErrNotFinite},
		{"Apply", first(Apply(y, Spec{Error: Additive}, Params{Alpha: 2})), ErrParam},
		{"Apply empty", first(Apply(Series{}, Spec{Error: Additive}, Params{Alpha: 0.5})), ErrTooShort},
		{"Forecast horizon", first(mod.Forecast(0)), ErrHorizon},
		{"Forecast level", first(mod.Forecast(2, 100)), ErrLevel},
		{"Validate", Series{Period: 3}.Validate(), ErrFrequency},
		{"Interpolate", first(Series{Values: []float64{nan, 1}}.Interpolate()), ErrMissing},
		{"ReadLong", first(ReadLong(strings.NewReader("id,value\nA,1\n"))), ErrFormat},
		{"ReadLong value", first(ReadLong(strings.NewReader("id,value,split\nA,x,train\n"))), ErrFormat},
		{"ReadLong period", first(ReadLong(strings.NewReader("id,period,value,split\nQ,1,1,train\nQ,3,2,train\n"))), ErrFormat},
		{"SetFrequency", SetFrequency(nil, 7), ErrFrequency},
		{"Fit DOTM short", first(Fit(Series{Values: []float64{1}}, DOTM, nil)), ErrTooShort},
		{"Fit AutoTheta short", first(Fit(Series{Values: []float64{1}}, AutoTheta, nil)), ErrTooShort},
		{"Fit Ensemble member", first(Fit(y, Ensemble, &Options{Members: []Method{Ensemble}})), ErrMethod},
		{"Interval missing", first(fc.Interval(50)), ErrLevel},
		{"Interval level", first(fc.Interval(-1)), ErrLevel},
		{"ACF lag", first(ACF([]float64{1, 2, 3}, 3)), ErrLength},
		{"ACF constant", first(ACF([]float64{1, 1, 1}, 1)), ErrScale},
		{"ACF value", first(ACF([]float64{1, nan, 1}, 1)), ErrNotFinite},
		{"LjungBoxTest", first(LjungBoxTest([]float64{1, 2, 3}, 2, 2)), ErrLength},
		{"LjungBoxTest value", first(LjungBoxTest([]float64{1, nan, 3, 4}, 1, 0)), ErrNotFinite},
	}
	for _, tt := range tests {
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, tt.err, tt.want)
			continue
		}
		if err := fault.Prefixed(tt.err.Error(), "forecast"); err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}
