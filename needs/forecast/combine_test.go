package forecast

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// Ensemble's forecasts and bounds are the mean or the median of its
// members', horizon by horizon.
func TestEnsembleCombinesMembers(t *testing.T) {
	s := Series{Start: 1871, Values: nile20}
	members := []Method{Naive, SES, DOTM, Drift}
	var fcs []*Forecast
	for _, m := range members {
		mod, err := Fit(s, m, nil)
		if err != nil {
			t.Fatal(err)
		}
		fc, err := mod.Forecast(4, 80)
		if err != nil {
			t.Fatal(err)
		}
		fcs = append(fcs, fc)
	}
	for _, median := range []bool{false, true} {
		mod, err := Fit(s, Ensemble, &Options{Members: members, Mean: !median})
		if err != nil {
			t.Fatal(err)
		}
		fc, err := mod.Forecast(4, 80)
		if err != nil {
			t.Fatal(err)
		}
		for i := range fc.Mean {
			var v, lo, hi []float64
			for _, f := range fcs {
				v = append(v, f.Mean[i])
				lo = append(lo, f.Intervals[0].Lower[i])
				hi = append(hi, f.Intervals[0].Upper[i])
			}
			for _, c := range []struct {
				name      string
				got, want float64
			}{
				{"mean", fc.Mean[i], combineValues(v, median)},
				{"lower", fc.Intervals[0].Lower[i], combineValues(lo, median)},
				{"upper", fc.Intervals[0].Upper[i], combineValues(hi, median)},
			} {
				if math.Abs(c.got-c.want) > 1e-9*math.Abs(c.want) {
					t.Errorf("median %v h=%d %s: %g, want %g", median, i+1, c.name, c.got, c.want)
				}
			}
		}
	}
	if got := combineValues([]float64{3, 1, 2, 10}, true); got != 2.5 {
		t.Errorf("median of 3, 1, 2, 10 = %g, want 2.5", got)
	}
	mod, err := Fit(s, Ensemble, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Median(" + mod.parts[0].Name() + ", DOTM, Theta, Drift)"; mod.Name() != want || len(mod.parts) != len(DefaultMembers()) || mod.parts[3].Method != Drift {
		t.Errorf("default ensemble %q, want %q", mod.Name(), want)
	}
}

func TestEnsembleErrors(t *testing.T) {
	s := Series{Start: 1871, Values: nile20}
	for _, ms := range [][]Method{{}, {Ensemble}, {SES, Method(99)}} {
		if _, err := Fit(s, Ensemble, &Options{Members: ms}); !errors.Is(err, ErrMethod) {
			t.Errorf("members %v: %v", ms, err)
		}
	}
	// Members that need a longer series are left out; with none left the
	// error says so.
	short := Series{Values: []float64{1, 2, 3, 4}}
	mod, err := Fit(short, Ensemble, &Options{Members: []Method{Naive, DampedHolt}})
	if err != nil || len(mod.parts) != 1 {
		t.Errorf("short series: %v, %d members", err, len(mod.parts))
	}
	if _, err := Fit(short, Ensemble, &Options{Members: []Method{DampedHolt}}); !errors.Is(err, ErrTooShort) {
		t.Errorf("no member fits: %v", err)
	}
}

// The default Ensemble on the 645 M3 yearly series (Makridakis & Hibon
// 2000, IJF 16(4), as in R package Mcomp) reaches sMAPE 15.90 and MASE 2.60
// or better, and does better than R forecast 8.20 ets (17.003 / 2.860, the
// peers' m3_yearly_r.R), than Auto, and than DOTM's sMAPE (forecTheta's dotm
// gives 15.943 / 2.587 on these series).
func TestM3YearlyEnsemble(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("full M3 run")
	}
	hs := loadM3(t)
	s, m, names := m3Score(t, hs, Ensemble)
	t.Logf("Ensemble: sMAPE %.3f MASE %.3f", s, m)
	if !strings.HasPrefix(names[0], "Median(") {
		t.Errorf("default ensemble %q, want the median", names[0])
	}
	sa, ma, _ := m3Score(t, hs, Auto)
	if s > 15.90 || m > 2.60 || s > sa || m > ma || s > 15.943 {
		t.Errorf("Ensemble sMAPE %.3f MASE %.3f, want at most 15.90 / 2.60 and below Auto's %.3f / %.3f and DOTM's 15.943", s, m, sa, ma)
	}
}
