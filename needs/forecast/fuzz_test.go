package forecast

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/needs"
)

// FuzzReadLong: the reader never panics, and what it accepts has finite
// values and at least one observation per series.
func FuzzReadLong(f *testing.F) {
	f.Add([]byte("id,t,year,value,split\nA,1,2000,1.5,train\nA,2,2001,2,train\nA,3,2002,3,test\n"))
	f.Add([]byte("split,value,id\ntest,1,B\n"))
	f.Add([]byte("id,value,split\nA,NaN,train\n"))
	f.Add([]byte("id,value,split\nA,1,test\nA,2,train\n"))
	f.Add([]byte("id,t,value,split\nA,1,1,train\nA,1,2,train\n"))
	f.Add([]byte("\"unterminated\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		hs, err := ReadLong(bytes.NewReader(data))
		if err != nil {
			var de *needs.ParseError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *needs.ParseError", err)
			}
			if perr := fault.Prefixed(err.Error(), "forecast"); perr != nil {
				t.Fatal(perr)
			}
			return
		}
		for _, h := range hs {
			if len(h.Train.Values)+len(h.Test) == 0 {
				t.Fatalf("series %q without values", h.ID)
			}
			for _, v := range append(h.Train.Values, h.Test...) {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("series %q has %v", h.ID, v)
				}
			}
		}
	})
}

// FuzzForecastFinite: on any finite series every method either errors or
// returns finite forecasts and ordered intervals.
func FuzzForecastFinite(f *testing.F) {
	f.Add(1.0, 2.0, 3.0, 5.0, 4.0, 6.0, 8.0, 7.0, uint8(10))
	f.Add(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, uint8(10))
	f.Add(1e-300, 1e300, -1e300, 0.0, 1.0, -1.0, 2.0, 3.0, uint8(10))
	f.Add(100.0, 1.0, 100.0, 1.0, 100.0, 1.0, 100.0, 1.0, uint8(2))
	f.Fuzz(func(t *testing.T, a, b, c, d, e, g, h, i float64, meth uint8) {
		y := []float64{a, b, c, d, e, g, h, i}
		for _, v := range y {
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e100 {
				return
			}
		}
		method := Methods()[int(meth)%len(Methods())]
		m, err := Fit(Series{Values: y}, method, &Options{Spec: Spec{Error: Additive, Trend: Additive}, Paths: 200})
		if err != nil {
			return
		}
		fc, err := m.Forecast(4, 90)
		if err != nil {
			if !errors.Is(err, ErrNoFit) {
				t.Fatalf("%v: %v", method, err)
			}
			return
		}
		for k, v := range fc.Mean {
			lo, hi := fc.Intervals[0].Lower[k], fc.Intervals[0].Upper[k]
			if math.IsNaN(v) || math.IsInf(v, 0) || !(lo <= hi) {
				t.Fatalf("%v on %v: mean %v interval [%v, %v]", method, y, v, lo, hi)
			}
		}
	})
}

// FuzzInterpolate: interpolation fills every gap between observed values
// and keeps the observed ones.
func FuzzInterpolate(f *testing.F) {
	f.Add(1.0, 2.0, 3.0, uint8(0b010))
	f.Add(1.0, 2.0, 3.0, uint8(0b001))
	f.Fuzz(func(t *testing.T, a, b, c float64, mask uint8) {
		y := []float64{a, b, c, a + c}
		for k := range y {
			if mask&(1<<k) != 0 {
				y[k] = math.NaN()
			}
		}
		s, err := Series{Values: y}.Interpolate()
		if err != nil {
			if perr := fault.Prefixed(err.Error(), "forecast"); perr != nil {
				t.Fatal(perr)
			}
			return
		}
		for k, v := range s.Values {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%v at %d", v, k)
			}
			if !math.IsNaN(y[k]) && v != y[k] {
				t.Fatalf("observed value %d changed", k)
			}
		}
	})
}

// FuzzMeasure: the accuracy measures of finite inputs are finite (MAPE
// and MASE NaN only with ErrScale), and non-finite inputs are refused with
// ErrNotFinite; nothing panics.
func FuzzMeasure(f *testing.F) {
	f.Add(1.0, 2.0, 3.0, 2.5, 1.0, 2.0)
	f.Add(math.MaxFloat64, -math.MaxFloat64, 0.0, 1.0, 1.0, 1.0)
	f.Add(math.SmallestNonzeroFloat64, 1e300, 1.0, 1.0, -1e308, 1e308)
	f.Add(math.NaN(), 1.0, 1.0, 1.0, 1.0, 2.0)
	f.Fuzz(func(t *testing.T, a1, a2, f1, f2, y1, y2 float64) {
		a, fc, train := []float64{a1, a2}, []float64{f1, f2}, []float64{y1, y2, y1}
		finite := true
		for _, v := range []float64{a1, a2, f1, f2, y1, y2} {
			finite = finite && !math.IsNaN(v) && !math.IsInf(v, 0)
		}
		acc, err := Measure(a, fc, train, 1)
		if err != nil {
			if perr := fault.Prefixed(err.Error(), "forecast"); perr != nil {
				t.Fatal(perr)
			}
			if !errors.Is(err, ErrNotFinite) && !errors.Is(err, ErrScale) {
				t.Fatalf("Measure: %v", err)
			}
			if !finite && !errors.Is(err, ErrNotFinite) {
				t.Fatalf("non-finite input gave %v", err)
			}
		}
		if err == nil || errors.Is(err, ErrScale) {
			for _, v := range []float64{acc.ME, acc.MAE, acc.RMSE, acc.SMAPE} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("measures %+v, %v", acc, err)
				}
			}
		}
		s, err := SMAPE(a, fc)
		if finite && (err != nil || math.IsNaN(s) || math.IsInf(s, 0) || s < 0 || s > 200) {
			t.Fatalf("SMAPE = %v, %v", s, err)
		}
		if !finite && (a1 != a1 || a2 != a2 || f1 != f1 || f2 != f2 || math.IsInf(a1+a2+f1+f2, 0)) && err == nil {
			t.Fatalf("SMAPE of non-finite input = %v", s)
		}
	})
}

// FuzzJSON: decoding a series, options or a holdout never panics; a series
// that decodes either validates or is refused with a prefixed error, and
// the enumerations that decode print back to what they read.
func FuzzJSON(f *testing.F) {
	f.Add([]byte(`{"start":2000,"period":1,"frequency":"quarterly","values":[1,2,3]}`))
	f.Add([]byte(`{"spec":{"error":"M","trend":"A","damped":true,"season":"N"},"alpha":0.5}`))
	f.Add([]byte(`{"id":"A","train":{"values":[1e308]},"test":[1]}`))
	f.Add([]byte(`{"frequency":13}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Series
		if json.Unmarshal(b, &s) == nil {
			if err := s.Validate(); err != nil {
				if perr := fault.Prefixed(err.Error(), "forecast"); perr != nil {
					t.Fatal(perr)
				}
			}
		}
		var o Options
		if json.Unmarshal(b, &o) == nil {
			if _, err := o.Spec.Error.MarshalText(); err == nil {
				var c Component
				text, _ := o.Spec.Error.MarshalText()
				if err := c.UnmarshalText(text); err != nil || c != o.Spec.Error {
					t.Fatalf("component %v does not read back: %v", o.Spec.Error, err)
				}
			}
		}
		var h Holdout
		_ = json.Unmarshal(b, &h)
	})
}
