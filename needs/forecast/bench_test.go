package forecast

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"testing"
)

// synthetic returns n yearly series of length 40 from an ETS(M,Ad,N)-like
// process with its own PCG stream per series.
func synthetic(n, length int) []Series {
	out := make([]Series, n)
	for i := range out {
		r := rand.New(rand.NewPCG(7, uint64(i)))
		l, b, phi := 1000+1000*r.Float64(), 20*r.NormFloat64(), 0.85+0.13*r.Float64()
		y := make([]float64, length)
		for t := range y {
			b *= phi
			l = (l + b) * (1 + 0.05*r.NormFloat64())
			y[t] = math.Max(l, 1)
		}
		out[i] = Series{Start: 1985, Values: y}
	}
	return out
}

// BenchmarkFitAuto40 fits Auto (six candidate models) to one series of
// length 40 and forecasts six years.
func BenchmarkFitAuto40(b *testing.B) {
	benchFitForecast(b, Auto)
}

// BenchmarkFitSES40 fits simple exponential smoothing to a series of length 40.
func BenchmarkFitSES40(b *testing.B) {
	s := synthetic(1, 40)[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Fit(s, SES, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFitEachAuto10000 fits Auto to 10,000 series of length 40 on
// GOMAXPROCS goroutines.
func BenchmarkFitEachAuto10000(b *testing.B) {
	ss := synthetic(10000, 40)
	b.ReportAllocs()
	for b.Loop() {
		_, errs := FitEach(ss, Auto, nil)
		for _, err := range errs {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkM3YearlyAuto fits Auto to the 645 M3 yearly series and forecasts
// six years: the figure compared with R's ets (3.75 s on the same machine).
func BenchmarkM3YearlyAuto(b *testing.B) {
	benchM3Yearly(b, Auto)
}

// BenchmarkReadLongM3 parses the M3 yearly file (645 series, 18,319 rows).
func BenchmarkReadLongM3(b *testing.B) {
	data, err := os.ReadFile("testdata/m3_yearly.csv")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadLong(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFitDOTM40 fits the dynamic optimised theta model to one series
// of length 40 and forecasts six years.
func BenchmarkFitDOTM40(b *testing.B) {
	benchFitForecast(b, DOTM)
}

// BenchmarkFitEnsemble40 fits the default Ensemble (its members and their
// forecasts) to one series of length 40.
func BenchmarkFitEnsemble40(b *testing.B) {
	benchFitForecast(b, Ensemble)
}

// BenchmarkM3YearlyEnsemble fits the default Ensemble to the 645 M3 yearly
// series and forecasts six years.
func BenchmarkM3YearlyEnsemble(b *testing.B) {
	benchM3Yearly(b, Ensemble)
}

// BenchmarkThetaIntervals40 draws the simulated 80% and 95% intervals of a
// DOTM fit (5,000 paths, six years).
func BenchmarkThetaIntervals40(b *testing.B) {
	m, err := Fit(synthetic(1, 40)[0], DOTM, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Forecast(6, 80, 95); err != nil {
			b.Fatal(err)
		}
	}
}

// benchFitForecast fits method to one synthetic series of length 40 and
// forecasts six years.
func benchFitForecast(b *testing.B, method Method) {
	s := synthetic(1, 40)[0]
	b.ReportAllocs()
	for b.Loop() {
		m, err := Fit(s, method, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.Forecast(6); err != nil {
			b.Fatal(err)
		}
	}
}

// benchM3Yearly fits method to the 645 M3 yearly series and forecasts six
// years.
func benchM3Yearly(b *testing.B, method Method) {
	hs := loadM3(b)
	ss := make([]Series, len(hs))
	for i, h := range hs {
		ss[i] = h.Train
	}
	b.ReportAllocs()
	for b.Loop() {
		models, errs := FitEach(ss, method, nil)
		for i, m := range models {
			if errs[i] != nil {
				b.Fatal(errs[i])
			}
			if _, err := m.Forecast(6); err != nil {
				b.Fatal(err)
			}
		}
	}
}
