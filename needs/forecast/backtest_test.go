package forecast

import (
	"runtime"
	"testing"
)

// FitEach gives bit-identical models whatever GOMAXPROCS is.
func TestFitEachIndependentOfGOMAXPROCS(t *testing.T) {
	hs := loadM3(t)[:40]
	ss := make([]Series, len(hs))
	for i, h := range hs {
		ss[i] = h.Train
	}
	run := func(procs int) [][]float64 {
		old := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(old)
		models, errs := FitEach(ss, Auto, nil)
		out := make([][]float64, len(models))
		for i, m := range models {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			fc, err := m.Forecast(6)
			if err != nil {
				t.Fatal(err)
			}
			out[i] = fc.Mean
		}
		return out
	}
	a, b := run(1), run(4)
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				t.Fatalf("series %d h=%d: %v with GOMAXPROCS 1, %v with 4", i, j+1, a[i][j], b[i][j])
			}
		}
	}
}
