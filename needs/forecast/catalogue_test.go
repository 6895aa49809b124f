package forecast

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/csvcol"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/needs"
)

// badInput is one entry of the catalogue of bad inputs: a call that must
// not panic and must return an error wrapping want (and, when as is set,
// of that type), whose message carries the package prefix once.
type badInput struct {
	name string
	call func() error
	want error
	as   func(error) bool
}

func asParse(err error) bool {
	var pe *needs.ParseError
	return errors.As(err, &pe) && pe.Line >= 1
}

func asValue(err error) bool {
	var ve *ValueError
	return errors.As(err, &ve) && ve.Position >= 1
}

func asHorizon(err error) bool {
	var he *HorizonError
	return errors.As(err, &he) && he.Max == MaxHorizon
}

func isTooShort(err error) bool {
	var te *TooShortError
	return errors.As(err, &te)
}

func forecastCatalogue(t *testing.T) []badInput {
	const huge = math.MaxFloat64
	nan, inf := math.NaN(), math.Inf(1)
	read := func(in string) func() error {
		return func() error { _, err := ReadLong(strings.NewReader(in)); return err }
	}
	s := Series{Start: 2000, Values: []float64{1, 2, 4, 3, 5, 6, 8, 7, 9, 10}}
	m, err := Fit(s, SES, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := "id,value,split\n"
	return []badInput{
		// ReadLong
		{"long empty", read(""), ErrFormat, asParse},
		{"long hexadecimal value", read(h + "A,0x1p3,train\n"), ErrFormat, asParse},
		{"long hexadecimal value says why", read(h + "A,0x1p3,train\n"), csvcol.ErrNotDecimal, asParse},
		{"long NaN value", read(h + "A,NaN,train\n"), ErrNotFinite, asParse},
		{"long Inf value", read(h + "A,-Inf,train\n"), ErrNotFinite, asParse},
		{"long overflowing value", read(h + "A,1e400,train\n"), ErrFormat, asParse},
		{"long digit separators", read(h + "A,1_0,train\n"), ErrFormat, asParse},
		{"long empty value", read(h + "A,,train\n"), ErrFormat, asParse},
		{"long invalid UTF-8 id", read(h + "\xffA,1,train\n"), needs.ErrEncoding, asParse},
		{"long invalid UTF-8 header", read("id\xff,value,split\n"), needs.ErrEncoding, asParse},
		{"long bare quote in data row", read(h + "A,1,\"train\n"), needs.ErrSyntax, asParse},
		{"long bare quote mid-field", read(h + "A,1\"2,train\n"), needs.ErrSyntax, asParse},
		{"long quote in header", read("\"id,value,split\n"), needs.ErrSyntax, asParse},
		{"long missing column", read("id,value\nA,1\n"), needs.ErrMissingColumn, asParse},
		{"long duplicate column", read("id,value,split,value\n"), needs.ErrDuplicateColumn, asParse},
		{"long bad split", read(h + "A,1,holdout\n"), ErrFormat, asParse},
		{"long empty id", read(h + ",1,train\n"), ErrFormat, asParse},
		{"long short row", read(h + "A,1\n"), ErrFormat, asParse},
		{"long bad t", read("id,t,value,split\nA,x,1,train\n"), ErrFormat, asParse},
		{"long repeated t", read("id,t,value,split\nA,1,1,train\nA,1,2,train\n"), ErrFormat, asParse},
		{"long train after test", read(h + "A,1,test\nA,2,train\n"), ErrFormat, asParse},
		{"long bad period", read("id,period,value,split\nA,13,1,train\n"), ErrFormat, asParse},
		{"long semicolons with decimal comma", read("id;value;split\nA;1,5;train\n"), ErrFormat, asParse},
		{"SetFrequency unknown", func() error { return SetFrequency(nil, Frequency(5)) }, ErrFrequency, nil},
		// Series
		{"Validate NaN", func() error { return Series{Values: []float64{1, nan}}.Validate() }, ErrMissing, asValue},
		{"Validate Inf", func() error { return Series{Values: []float64{inf}}.Validate() }, ErrNotFinite, asValue},
		{"Validate frequency", func() error { return Series{Frequency: 7, Values: []float64{1}}.Validate() }, ErrFrequency, nil},
		{"Validate period", func() error { return Series{Frequency: Quarterly, Period: 5, Values: []float64{1}}.Validate() }, ErrFrequency, nil},
		{"Interpolate leading NaN", func() error { _, err := Series{Values: []float64{nan, 1}}.Interpolate(); return err }, ErrMissing, asValue},
		{"Interpolate trailing NaN", func() error { _, err := Series{Values: []float64{1, nan}}.Interpolate(); return err }, ErrMissing, asValue},
		{"Interpolate Inf", func() error { _, err := Series{Values: []float64{1, inf, 2}}.Interpolate(); return err }, ErrNotFinite, asValue},
		{"Series JSON bad frequency", func() error {
			var s Series
			return json.Unmarshal([]byte(`{"frequency":"fortnightly","values":[1]}`), &s)
		}, ErrFrequency, nil},
		{"ParseMethod unknown", func() error { _, err := ParseMethod("arima"); return err }, ErrMethod, nil},
		{"Method text unknown", func() error { var m Method; return m.UnmarshalText([]byte("x")) }, ErrMethod, nil},
		{"Component text unknown", func() error { var c Component; return c.UnmarshalText([]byte("x")) }, ErrMethod, nil},
		// Fit and Apply
		{"Fit empty", func() error { _, err := Fit(Series{}, SES, nil); return err }, ErrTooShort, isTooShort},
		{"Fit NaN", func() error { _, err := Fit(Series{Values: []float64{1, nan, 3}}, Naive, nil); return err }, ErrMissing, asValue},
		{"Fit Inf", func() error { _, err := Fit(Series{Values: []float64{1, inf, 3}}, Naive, nil); return err }, ErrNotFinite, asValue},
		{"Fit unknown method", func() error { _, err := Fit(s, Method(99), nil); return err }, ErrMethod, nil},
		{"Fit alpha out of bounds", func() error { _, err := Fit(s, SES, &Options{Alpha: 2}); return err }, ErrParam, nil},
		{"Fit alpha NaN", func() error { _, err := Fit(s, SES, &Options{Alpha: nan}); return err }, ErrParam, nil},
		{"Fit multiplicative on negative data", func() error {
			_, err := Fit(Series{Values: []float64{1, -2, 3, 4, 5, 6}}, ETS, &Options{Spec: Spec{Error: Multiplicative}})
			return err
		}, ErrMethod, nil},
		{"Apply NaN alpha", func() error {
			_, err := Apply(s, Spec{Error: Additive}, Params{Alpha: nan, Phi: 1, Level: 1})
			return err
		}, ErrParam, nil},
		{"Apply Inf level", func() error {
			_, err := Apply(s, Spec{Error: Additive}, Params{Alpha: 0.5, Phi: 1, Level: inf})
			return err
		}, ErrParam, nil},
		// Forecast
		{"Forecast h = 0", func() error { _, err := m.Forecast(0); return err }, ErrHorizon, asHorizon},
		{"Forecast h negative", func() error { _, err := m.Forecast(-5); return err }, ErrHorizon, asHorizon},
		{"Forecast h = MaxInt", func() error { _, err := m.Forecast(math.MaxInt); return err }, ErrHorizon, asHorizon},
		{"Forecast h beyond MaxHorizon", func() error { _, err := m.Forecast(MaxHorizon + 1); return err }, ErrHorizon, asHorizon},
		{"Forecast level 100", func() error { _, err := m.Forecast(3, 100); return err }, ErrLevel, nil},
		{"Forecast level NaN", func() error { _, err := m.Forecast(3, nan); return err }, ErrLevel, nil},
		{"RollingOrigin h = MaxInt", func() error { _, err := RollingOrigin(s, Naive, math.MaxInt, 2, nil); return err }, ErrHorizon, asHorizon},
		{"RollingOrigin too short", func() error { _, err := RollingOrigin(s, Naive, 9, 5, nil); return err }, ErrTooShort, isTooShort},
		// Accuracy at the float64 extremes
		{"SMAPE NaN forecast", func() error { _, err := SMAPE([]float64{1}, []float64{nan}); return err }, ErrNotFinite, nil},
		{"SMAPE Inf actual", func() error { _, err := SMAPE([]float64{inf}, []float64{1}); return err }, ErrNotFinite, nil},
		{"SMAPE lengths", func() error { _, err := SMAPE([]float64{1}, nil); return err }, ErrLength, nil},
		{"Measure NaN forecast", func() error { _, err := Measure([]float64{1, 2}, []float64{1, nan}, nil, 1); return err }, ErrNotFinite, nil},
		{"Measure NaN training value", func() error { _, err := Measure([]float64{1}, []float64{1}, []float64{1, nan}, 1); return err }, ErrNotFinite, nil},
		{"Measure ME overflows", func() error { _, err := Measure([]float64{huge}, []float64{-huge}, []float64{1, 2}, 1); return err }, ErrNotFinite, nil},
		{"Measure RMSE overflows", func() error { _, err := Measure([]float64{1e200}, []float64{0}, []float64{1, 2}, 1); return err }, ErrNotFinite, nil},
		{"Measure MAPE overflows", func() error {
			_, err := Measure([]float64{math.SmallestNonzeroFloat64}, []float64{1e300}, []float64{1, 2}, 1)
			return err
		}, ErrNotFinite, nil},
		{"Measure MASE scale overflows", func() error { _, err := Measure([]float64{1}, []float64{1}, []float64{-huge, huge}, 1); return err }, ErrNotFinite, nil},
		{"Measure lengths", func() error { _, err := Measure(nil, nil, nil, 1); return err }, ErrLength, nil},
		{"MASE NaN", func() error { _, err := MASE([]float64{nan}, []float64{1}, []float64{1, 2}, 1); return err }, ErrNotFinite, nil},
		{"MASE overflows", func() error {
			_, err := MASE([]float64{huge}, []float64{0}, []float64{0, math.SmallestNonzeroFloat64}, 1)
			return err
		}, ErrNotFinite, nil},
		{"MASE constant training", func() error { _, err := MASE([]float64{1}, []float64{1}, []float64{2, 2}, 1); return err }, ErrScale, nil},
		// Diagnostics
		{"ACF NaN", func() error { _, err := ACF([]float64{1, nan, 3}, 1); return err }, ErrNotFinite, asValue},
		{"ACF lag too long", func() error { _, err := ACF([]float64{1, 2}, 2); return err }, ErrLength, nil},
		{"ACF constant", func() error { _, err := ACF([]float64{huge, huge, huge}, 1); return err }, ErrScale, nil},
		{"LjungBox fitdf", func() error { _, err := LjungBoxTest([]float64{1, 2, 3}, 1, 1); return err }, ErrLength, nil},
		{"Diagnostics lag too long", func() error { _, err := m.Diagnostics(100); return err }, ErrLength, nil},
	}
}

func TestCatalogueOfBadInputs(t *testing.T) {
	cases := forecastCatalogue(t)
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			t.Fatalf("case %q twice", c.name)
		}
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			err := func() (err error) {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
						t.Errorf("panic: %v", r)
					}
				}()
				return c.call()
			}()
			if err == nil {
				t.Fatalf("no error, want %v", c.want)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("error %q does not wrap %q", err, c.want)
			}
			if c.as != nil && !c.as(err) {
				t.Errorf("error %q (%T) is not of the typed error expected", err, err)
			}
			if perr := fault.Prefixed(err.Error(), "forecast"); perr != nil {
				t.Error(perr)
			}
		})
	}
}

// Finite input never gives a non-finite result: the diagnostics of values
// near the float64 limit are those of the same values scaled down.
func TestACFAtTheFloat64Limit(t *testing.T) {
	x := []float64{1, 3, 2, 5, 4, 6}
	big := make([]float64, len(x))
	for i, v := range x {
		big[i] = v * 1e307
	}
	want, err := ACF(x, 3)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ACF(big, 3)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if math.IsNaN(got[i]) || math.Abs(got[i]-want[i]) > 1e-12 {
			t.Errorf("r(%d) = %v, want %v", i+1, got[i], want[i])
		}
	}
	if s, err := SMAPE([]float64{math.MaxFloat64}, []float64{-math.MaxFloat64}); err != nil || s != 200 {
		t.Errorf("SMAPE at ±MaxFloat64 = %v, %v; want 200", s, err)
	}
}
