package forecast

import (
	"errors"
	"math"
	"testing"
)

func TestFitErrors(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name   string
		s      Series
		method Method
		o      *Options
		want   error
		min    int // for TooShortError
	}{
		{"missing value", Series{Values: []float64{1, 2, nan, 4, 5, 6}}, SES, nil, ErrMissing, 0},
		{"infinite value", Series{Values: []float64{1, 2, math.Inf(1), 4, 5, 6}}, Naive, nil, ErrNotFinite, 0},
		{"bad frequency", Series{Frequency: 7, Values: []float64{1, 2, 3}}, Naive, nil, ErrFrequency, 0},
		{"bad start period", Series{Frequency: Quarterly, Period: 5, Values: []float64{1, 2, 3}}, Naive, nil, ErrFrequency, 0},
		{"SES too short", Series{Values: []float64{1, 2, 3}}, SES, nil, ErrTooShort, 4},
		{"Holt too short", Series{Values: []float64{1, 2, 3, 4, 5}}, Holt, nil, ErrTooShort, 6},
		{"damped too short", Series{Values: []float64{1, 2, 3, 4, 5, 6}}, DampedHolt, nil, ErrTooShort, 7},
		{"Auto too short", Series{Values: []float64{1, 2, 3}}, Auto, nil, ErrTooShort, 4},
		{"Naive empty", Series{}, Naive, nil, ErrTooShort, 1},
		{"Linear too short", Series{Values: []float64{1, 2}}, Linear, nil, ErrTooShort, 3},
		{"SNaive too short", Series{Frequency: Quarterly, Values: []float64{1, 2, 3}}, SeasonalNaive, nil, ErrTooShort, 4},
		{"Combination too short", Series{Values: []float64{1, 2, 3, 4, 5, 6}}, Combination, nil, ErrTooShort, 7},
		{"seasonal ETS on yearly data", Series{Values: oil}, ETS, &Options{Spec: Spec{Error: Additive, Season: Additive}}, ErrMethod, 0},
		{"multiplicative on non-positive data", Series{Values: []float64{3, -1, 4, 1, 5, 9, 2, 6}}, ETS, &Options{Spec: Spec{Error: Multiplicative}}, ErrMethod, 0},
		{"damping without trend", Series{Values: oil}, ETS, &Options{Spec: Spec{Error: Additive, Damped: true}}, ErrMethod, 0},
		{"zero error component", Series{Values: oil}, ETS, &Options{Spec: Spec{}}, ErrMethod, 0},
		{"fixed alpha out of bounds", Series{Values: oil}, SES, &Options{Alpha: 1.5}, ErrParam, 0},
		{"fixed phi out of bounds", Series{Values: oil}, DampedHolt, &Options{Phi: 0.5}, ErrParam, 0},
		{"unknown method", Series{Values: oil}, Method(99), nil, ErrMethod, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Fit(tt.s, tt.method, tt.o)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Fit = %v, want %v", err, tt.want)
			}
			if tt.min > 0 {
				var ts *TooShortError
				if !errors.As(err, &ts) || ts.Min != tt.min {
					t.Errorf("Fit = %v, want a TooShortError with Min %d", err, tt.min)
				}
			}
		})
	}
}

func TestValueErrorSaysWhere(t *testing.T) {
	_, err := Fit(Series{Values: []float64{1, 2, math.NaN(), 4, 5}}, Naive, nil)
	var ve *ValueError
	if !errors.As(err, &ve) || ve.Position != 3 {
		t.Fatalf("Fit = %v, want ValueError at position 3", err)
	}
}

func TestForecastArgumentErrors(t *testing.T) {
	m, err := Fit(Series{Values: oil}, SES, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Forecast(0); !errors.Is(err, ErrHorizon) {
		t.Errorf("Forecast(0) = %v, want ErrHorizon", err)
	}
	for _, l := range []float64{0, 100, -5, math.NaN()} {
		if _, err := m.Forecast(3, l); !errors.Is(err, ErrLevel) {
			t.Errorf("Forecast(3, %v) = %v, want ErrLevel", l, err)
		}
	}
}

// Every method on constant, near-constant, trending, tiny-scale and
// huge-scale series gives finite forecasts and intervals, or an error.
func TestNeverNonFinite(t *testing.T) {
	series := map[string][]float64{
		"constant":      {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5},
		"near-constant": {5, 5, 5, 5 + 1e-12, 5, 5, 5, 5, 5 - 1e-12, 5, 5, 5},
		"zeros":         {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		"steep growth":  {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048},
		"collapse":      {1000, 900, 700, 400, 100, 20, 5, 1, 0.5, 0.1, 0.05, 0.01},
		"tiny scale":    {1e-9, 2e-9, 1.5e-9, 3e-9, 2.5e-9, 4e-9, 3.5e-9, 5e-9, 4.5e-9, 6e-9},
		"huge scale":    {1e12, 2e12, 1.5e12, 3e12, 2.5e12, 4e12, 3.5e12, 5e12, 4.5e12, 6e12},
		"sign change":   {-3, 2, -1, 4, -2, 5, -3, 6, -1, 7, 0, 8},
	}
	for name, y := range series {
		for _, meth := range []Method{Naive, Drift, Linear, SES, Holt, DampedHolt, Theta, Combination, Auto} {
			m, err := Fit(Series{Values: y}, meth, &Options{Seed: 1, Paths: 500})
			if err != nil {
				t.Errorf("%s/%v: Fit: %v", name, meth, err)
				continue
			}
			fc, err := m.Forecast(8, 80, 95)
			if err != nil {
				if !errors.Is(err, ErrNoFit) {
					t.Errorf("%s/%v: Forecast: %v", name, meth, err)
				}
				continue
			}
			for i, v := range fc.Mean {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Errorf("%s/%v: mean[%d] = %v", name, meth, i, v)
				}
			}
			for _, iv := range fc.Intervals {
				for i := range iv.Lower {
					if !(iv.Lower[i] <= fc.Mean[i]+1e-9*math.Abs(fc.Mean[i]) || meth == Auto) || iv.Lower[i] > iv.Upper[i] {
						t.Errorf("%s/%v: %v%% interval [%v, %v] around %v", name, meth, iv.Level, iv.Lower[i], iv.Upper[i], fc.Mean[i])
					}
				}
			}
		}
	}
}

func TestConstantSeries(t *testing.T) {
	m, err := Fit(Series{Values: []float64{7, 7, 7, 7, 7, 7}}, Auto, nil)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := m.Forecast(3, 95)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if fc.Mean[i] != 7 || fc.Intervals[0].Lower[i] != 7 || fc.Intervals[0].Upper[i] != 7 {
			t.Errorf("constant forecast %v %+v, want 7 with a zero-width interval", fc.Mean, fc.Intervals)
		}
	}
}

// Simulated intervals (multiplicative errors) are reproducible from the seed.
func TestSimulatedIntervalsDeterministic(t *testing.T) {
	o := &Options{Spec: Spec{Error: Multiplicative, Trend: Additive}, Seed: 42, Paths: 2000}
	a, err := Fit(Series{Values: oil}, ETS, o)
	if err != nil {
		t.Fatal(err)
	}
	f1, err := a.Forecast(6, 80, 95)
	if err != nil {
		t.Fatal(err)
	}
	f2, _ := a.Forecast(6, 80, 95)
	for li := range f1.Intervals {
		for i := range f1.Mean {
			if f1.Intervals[li].Lower[i] != f2.Intervals[li].Lower[i] || f1.Intervals[li].Upper[i] != f2.Intervals[li].Upper[i] {
				t.Fatalf("intervals differ between calls")
			}
			if !(f1.Intervals[li].Lower[i] < f1.Mean[i] && f1.Mean[i] < f1.Intervals[li].Upper[i]) {
				t.Errorf("mean %v outside %v%% interval [%v, %v]", f1.Mean[i], f1.Intervals[li].Level, f1.Intervals[li].Lower[i], f1.Intervals[li].Upper[i])
			}
		}
	}
	// The 95% interval contains the 80% one.
	for i := range f1.Mean {
		if f1.Intervals[1].Lower[i] > f1.Intervals[0].Lower[i] || f1.Intervals[1].Upper[i] < f1.Intervals[0].Upper[i] {
			t.Errorf("95%% interval narrower than 80%% at h=%d", i+1)
		}
	}
}

func TestSeasonalModels(t *testing.T) {
	// Quarterly series with a clear multiplicative pattern and growth.
	var y []float64
	for i := range 32 {
		seas := []float64{0.8, 1.1, 1.3, 0.8}[i%4]
		y = append(y, (100+3*float64(i))*seas*(1+0.01*math.Sin(float64(i)*1.7)))
	}
	s := Series{Start: 2017, Period: 1, Frequency: Quarterly, Values: y}
	for _, sp := range []Spec{
		{Error: Additive, Season: Additive},
		{Error: Additive, Trend: Additive, Season: Additive},
		{Error: Multiplicative, Trend: Additive, Damped: true, Season: Multiplicative},
	} {
		m, err := Fit(s, ETS, &Options{Spec: sp, Seed: 3, Paths: 500})
		if err != nil {
			t.Fatalf("%v: %v", sp, err)
		}
		fc, err := m.Forecast(8, 95)
		if err != nil {
			t.Fatalf("%v: %v", sp, err)
		}
		// The forecast for the next Q3 should exceed the next Q1 (the pattern).
		if !(fc.Mean[2] > fc.Mean[0]) {
			t.Errorf("%v: forecasts %v do not follow the seasonal pattern", sp, fc.Mean)
		}
	}
	a, err := Fit(s, Auto, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Spec.Season == None {
		t.Errorf("Auto chose %s on a strongly seasonal series", a.Name())
	}
	sn, err := Fit(s, SeasonalNaive, nil)
	if err != nil {
		t.Fatal(err)
	}
	fc, _ := sn.Forecast(5)
	want := []float64{y[28], y[29], y[30], y[31], y[28]}
	for i := range want {
		if fc.Mean[i] != want[i] {
			t.Errorf("SNaive = %v, want %v", fc.Mean, want)
			break
		}
	}
}

func TestAdditiveOnlyAndCandidates(t *testing.T) {
	m, err := Fit(Series{Values: oil}, Auto, &Options{AdditiveOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Candidates) != 3 {
		t.Errorf("%d candidates, want 3 additive models", len(m.Candidates))
	}
	for _, c := range m.Candidates {
		if c.Spec.Error != Additive {
			t.Errorf("candidate %v with AdditiveOnly", c.Spec)
		}
	}
}

func TestMethodNames(t *testing.T) {
	for _, m := range Methods() {
		got, err := ParseMethod(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMethod(%q) = %v, %v", m.String(), got, err)
		}
	}
	if _, err := ParseMethod("nope"); !errors.Is(err, ErrMethod) {
		t.Errorf("ParseMethod(nope) = %v", err)
	}
}
