package forecast

import "testing"

// The M3 quarterly and monthly competition data (Makridakis & Hibon 2000,
// IJF 16(4); 756 series with h = 8 and 1,428 with h = 18, from data/M3.rda of
// R package Mcomp 2.8, written by examples/forecastbench/m3export.R).
// Anchors measured with R 4.2.2 and forecast 8.20 by the peers'
// m3_seasonal_r.R: ets 9.684 / 1.170 and 14.139 / 0.865, thetaf 9.203 / 1.117
// and 13.856 / 0.864 (sMAPE / MASE with the seasonal naive scale). Theta
// reproduces thetaf; the default Ensemble does better than ets on both
// measures, and Auto too on the quarterly set.
func TestM3SeasonalAccuracy(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("full M3 quarterly and monthly runs")
	}
	for _, c := range []struct {
		file         string
		n            int
		ets, theta   [2]float64
		autoBeatsETS bool
		ensemble     [2]float64 // the default's figures, to the third decimal
	}{
		{"m3_quarterly.csv.gz", 756, [2]float64{9.684, 1.170}, [2]float64{9.203, 1.117}, true, [2]float64{9.070, 1.087}},
		{"m3_monthly.csv.gz", 1428, [2]float64{14.139, 0.865}, [2]float64{13.856, 0.864}, false, [2]float64{13.717, 0.842}},
	} {
		hs := loadTestdata(t, c.file)
		if len(hs) != c.n {
			t.Fatalf("%s: %d series, want %d", c.file, len(hs), c.n)
		}
		s, m, _ := m3Score(t, hs, Theta)
		if !near3(s, c.theta[0]) || !near3(m, c.theta[1]) {
			t.Errorf("%s: Theta %.3f / %.3f, want thetaf's %.3f / %.3f", c.file, s, m, c.theta[0], c.theta[1])
		}
		s, m, _ = m3Score(t, hs, Ensemble)
		t.Logf("%s: Ensemble %.3f / %.3f", c.file, s, m)
		if s >= c.ets[0] || m >= c.ets[1] || !near3(s, c.ensemble[0]) || !near3(m, c.ensemble[1]) {
			t.Errorf("%s: Ensemble %.3f / %.3f, want %.3f / %.3f, below ets's %.3f / %.3f", c.file, s, m, c.ensemble[0], c.ensemble[1], c.ets[0], c.ets[1])
		}
		if c.autoBeatsETS {
			s, m, _ = m3Score(t, hs, Auto)
			if s >= c.ets[0] || m >= c.ets[1] {
				t.Errorf("%s: Auto %.3f / %.3f, want below ets's %.3f / %.3f", c.file, s, m, c.ets[0], c.ets[1])
			}
		}
	}
}

// near3 reports whether a rounds to b at three decimals.
func near3(a, b float64) bool { return a >= b-0.0005 && a < b+0.0005 }
