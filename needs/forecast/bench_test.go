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
	s := synthetic(1, 40)[0]
	b.ReportAllocs()
	for b.Loop() {
		m, err := Fit(s, Auto, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.Forecast(6); err != nil {
			b.Fatal(err)
		}
	}
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
	hs := loadM3(b)
	ss := make([]Series, len(hs))
	for i, h := range hs {
		ss[i] = h.Train
	}
	b.ReportAllocs()
	for b.Loop() {
		models, errs := FitEach(ss, Auto, nil)
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
