package forecast

import (
	"errors"
	"math"
	"slices"
	"testing"
)

// lh is the luteinizing hormone series of Diggle (1990), Time Series: A
// Biostatistical Introduction, Oxford, Table A.1 (R's datasets::lh).
var lh = []float64{2.4, 2.4, 2.4, 2.2, 2.1, 1.5, 2.3, 2.3, 2.5, 2, 1.9, 1.7, 2.2, 1.8, 3.2, 3.2, 2.7, 2.2, 2.2, 1.9, 1.9, 1.8, 2.7, 3, 2.3, 2, 2, 2.9, 2.9, 2.7, 2.7, 2.3, 2.6, 2.4, 1.8, 1.7, 1.5, 1.4, 2.1, 3.3, 3.5, 3.5, 3.1, 2.6, 2.1, 3.4, 3, 2.9}

// Against R 4.2.2: acf(lh, lag.max = 5)$acf and Box.test(lh, lag,
// type = "Ljung-Box", fitdf).
func TestLjungBoxMatchesR(t *testing.T) {
	r, err := ACF(lh, 5)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []float64{0.575524475524, 0.181818181818, -0.144755244755, -0.174825174825, -0.149650349650} {
		if math.Abs(r[i]-want) > 1e-11 {
			t.Errorf("r(%d) = %.12f, want %.12f", i+1, r[i], want)
		}
	}
	for _, c := range []struct {
		lag, fitdf int
		q, p       float64
	}{
		{10, 0, 25.350930360500, 0.0047185566},
		{10, 2, 25.350930360500, 0.00135530155824},
		{5, 0, 22.673185002074, 0.000389744803916},
	} {
		lb, err := LjungBoxTest(lh, c.lag, c.fitdf)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(lb.Statistic-c.q) > 1e-9 || math.Abs(lb.PValue-c.p) > 1e-9*c.p+1e-12 || lb.DF != c.lag-c.fitdf {
			t.Errorf("lag %d fitdf %d: Q = %.12f p = %.12g df %d, want %.12f, %.12g", c.lag, c.fitdf, lb.Statistic, lb.PValue, lb.DF, c.q, c.p)
		}
	}
	if _, err := LjungBoxTest(lh, 2, 2); !errors.Is(err, ErrLength) {
		t.Errorf("lag = fitdf: %v", err)
	}
	if _, err := ACF([]float64{1, 1, 1}, 1); !errors.Is(err, ErrScale) {
		t.Errorf("constant: %v", err)
	}
	if _, err := ACF([]float64{1, math.NaN(), 1}, 1); !errors.Is(err, ErrNotFinite) {
		t.Errorf("NaN: %v", err)
	}
}

func TestModelDiagnosticsAndAccuracy(t *testing.T) {
	s := Series{Start: 1871, Values: nile20}
	mod, err := Fit(s, SES, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := mod.Diagnostics(0)
	if err != nil {
		t.Fatal(err)
	}
	// 20 residuals: R's default lag min(10, n/5) = 4, one fitted parameter.
	if d.LjungBox.Lag != 4 || d.LjungBox.DF != 3 || len(d.ACF) != 4 {
		t.Errorf("diagnostics %+v", d)
	}
	lb, _ := LjungBoxTest(mod.Residuals(), 4, 1)
	if lb != d.LjungBox {
		t.Errorf("Diagnostics %+v, LjungBoxTest %+v", d.LjungBox, lb)
	}
	acc, err := mod.Accuracy()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Measure(nile20, mod.Fitted(), nile20, 1)
	if acc != want {
		t.Errorf("Accuracy %+v, want %+v", acc, want)
	}
	naive, err := Fit(s, Naive, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Naive's in-sample MASE is 1 by definition of the scale.
	if acc, err := naive.Accuracy(); err != nil || math.Abs(acc.MASE-1) > 1e-12 {
		t.Errorf("Naive in-sample MASE %v (%v), want 1", acc.MASE, err)
	}
}

// Forecasts carry their calendar periods; intervals are found by level,
// fractions are read as R reads them, and ambiguous or impossible levels
// are refused.
func TestForecastTimesAndLevels(t *testing.T) {
	q := Series{Start: 2023, Period: 3, Frequency: Quarterly, Values: []float64{10, 12, 11, 13, 12, 14, 13, 15}}
	mod, err := Fit(q, SES, nil)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := mod.Forecast(3, 0.8, 0.95)
	if err != nil {
		t.Fatal(err)
	}
	// Eight quarters from 2023 Q3 end in 2025 Q2.
	var got []string
	for _, tm := range fc.Times {
		got = append(got, tm.String())
	}
	if want := []string{"2025 Q3", "2025 Q4", "2026 Q1"}; !slices.Equal(got, want) {
		t.Errorf("times %v, want %v", got, want)
	}
	pct, err := mod.Forecast(3, 80, 95)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []float64{95, 0.95} {
		a, err := fc.Interval(l)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := pct.Interval(95)
		if a.Level != 95 || !slices.Equal(a.Lower, b.Lower) || !slices.Equal(a.Upper, b.Upper) {
			t.Errorf("Interval(%g) = %+v, want %+v", l, a, b)
		}
	}
	if _, err := fc.Interval(90); !errors.Is(err, ErrLevel) {
		t.Errorf("absent level: %v", err)
	}
	for _, bad := range [][]float64{{0.8, 95}, {0}, {100}, {-5}, {math.NaN()}} {
		if _, err := mod.Forecast(3, bad...); !errors.Is(err, ErrLevel) {
			t.Errorf("levels %v: %v", bad, err)
		}
	}
	m, err := Fit(Series{Start: 2020, Period: 11, Frequency: Monthly, Values: nile20}, Naive, nil)
	if err != nil {
		t.Fatal(err)
	}
	fm, _ := m.Forecast(2)
	if fm.Times[0].String() != "2022-07" || fm.Times[1] != (Time{Year: 2022, Period: 8, Frequency: Monthly}) {
		t.Errorf("monthly times %v", fm.Times)
	}
}
