package main

import (
	"testing"

	"github.com/opencommissioning/scp/needs/forecast"
)

// benchAuto fits Auto to the training part of every series in hs on
// GOMAXPROCS goroutines and forecasts each test horizon.
func benchAuto(b *testing.B, hs []forecast.Holdout) { benchMethod(b, hs, forecast.Auto) }

// benchMethod fits method to the training part of every series in hs on
// GOMAXPROCS goroutines and forecasts each test horizon.
func benchMethod(b *testing.B, hs []forecast.Holdout, method forecast.Method) {
	ss := make([]forecast.Series, len(hs))
	for i, h := range hs {
		ss[i] = h.Train
	}
	b.ReportAllocs()
	for b.Loop() {
		models, errs := forecast.FitEach(ss, method, nil)
		for i, m := range models {
			if errs[i] != nil {
				b.Fatal(errs[i])
			}
			if _, err := m.Forecast(len(hs[i].Test)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSyntheticMonthlyAuto1428 fits Auto to the 1,428 synthetic
// monthly series (-synthetic 1428): the goal is under 10 s on two cores.
func BenchmarkSyntheticMonthlyAuto1428(b *testing.B) {
	benchAuto(b, syntheticMonthly(1428))
}

// BenchmarkM3QuarterlyAuto fits Auto to the 756 M3 quarterly series
// (horizon 8): the goal is under 2 s on two cores.
func BenchmarkM3QuarterlyAuto(b *testing.B) {
	benchAuto(b, m3(b, "m3_quarterly.csv.gz"))
}

// BenchmarkM3MonthlyAuto fits Auto to the 1,428 M3 monthly series
// (horizon 18): the goal is under 10 s on two cores.
func BenchmarkM3MonthlyAuto(b *testing.B) {
	benchAuto(b, m3(b, "m3_monthly.csv.gz"))
}

// BenchmarkM3QuarterlyEnsemble and BenchmarkM3MonthlyEnsemble fit the
// default Ensemble (its four members and their median) to the same sets.
func BenchmarkM3QuarterlyEnsemble(b *testing.B) {
	benchMethod(b, m3(b, "m3_quarterly.csv.gz"), forecast.Ensemble)
}

// BenchmarkM3MonthlyEnsemble: see BenchmarkM3QuarterlyEnsemble.
func BenchmarkM3MonthlyEnsemble(b *testing.B) {
	benchMethod(b, m3(b, "m3_monthly.csv.gz"), forecast.Ensemble)
}

// m3 reads one of the M3 sets kept in needs/forecast/testdata.
func m3(b *testing.B, name string) []forecast.Holdout {
	hs, _, err := load(config{in: "../../needs/forecast/testdata/" + name})
	if err != nil {
		b.Fatal(err)
	}
	return hs
}
