package forecast

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Measures worked by hand: actual (125, 130), forecast (120, 120), training
// series (100, 110, 105, 120) with naive in-sample MAE (10+5+15)/3 = 10.
func TestMeasureByHand(t *testing.T) {
	got, err := Measure([]float64{125, 130}, []float64{120, 120}, []float64{100, 110, 105, 120}, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := Accuracy{
		ME:    7.5,
		MAE:   7.5,
		RMSE:  math.Sqrt((25 + 100) / 2.0),
		MAPE:  (100*5/125.0 + 100*10/130.0) / 2,
		SMAPE: (200*5/245.0 + 200*10/250.0) / 2,
		MASE:  0.75,
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
		t.Errorf("Measure (-want +got):\n%s", diff)
	}
	s, _ := SMAPE([]float64{125, 130}, []float64{120, 120})
	m, _ := MASE([]float64{125, 130}, []float64{120, 120}, []float64{100, 110, 105, 120}, 1)
	if math.Abs(s-want.SMAPE) > 1e-12 || math.Abs(m-want.MASE) > 1e-12 {
		t.Errorf("SMAPE, MASE = %v, %v; want %v, %v", s, m, want.SMAPE, want.MASE)
	}
}

func TestMeasureErrors(t *testing.T) {
	if _, err := Measure([]float64{1}, []float64{1, 2}, nil, 1); !errors.Is(err, ErrLength) {
		t.Errorf("length mismatch: %v", err)
	}
	if _, err := Measure(nil, nil, nil, 1); !errors.Is(err, ErrLength) {
		t.Errorf("empty: %v", err)
	}
	acc, err := Measure([]float64{0, 2}, []float64{1, 2}, []float64{1, 2}, 1)
	if !errors.Is(err, ErrScale) || !math.IsNaN(acc.MAPE) || acc.MASE != 0.5 {
		t.Errorf("zero actual: %+v, %v", acc, err)
	}
	acc, err = Measure([]float64{1, 2}, []float64{1, 2}, []float64{3, 3, 3}, 1)
	if !errors.Is(err, ErrScale) || !math.IsNaN(acc.MASE) {
		t.Errorf("constant training series: %+v, %v", acc, err)
	}
	if _, err := MASE([]float64{1}, []float64{1}, []float64{3, 3}, 1); !errors.Is(err, ErrScale) {
		t.Errorf("MASE constant training: %v", err)
	}
	// Seasonal scale: lag 4.
	m, err := MASE([]float64{10}, []float64{8}, []float64{1, 2, 3, 4, 2, 3, 4, 5}, 4)
	if err != nil || m != 2 {
		t.Errorf("seasonal MASE = %v, %v; want 2", m, err)
	}
}

func TestRollingOrigin(t *testing.T) {
	y := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	bt, err := RollingOrigin(Series{Values: y}, Naive, 2, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{5, 6}, bt.Origins); diff != "" {
		t.Errorf("origins (-want +got):\n%s", diff)
	}
	// From origin 5 (last value 5): errors 1, 2; from 6: 1, 2. MAE 1.5, scale 1.
	if bt.Mean.MAE != 1.5 || bt.Mean.MASE != 1.5 || bt.Mean.ME != 1.5 {
		t.Errorf("mean accuracy %+v, want MAE = MASE = ME = 1.5", bt.Mean)
	}
	if _, err := RollingOrigin(Series{Values: y}, Naive, 4, 5, nil); !errors.Is(err, ErrTooShort) {
		t.Errorf("too short: %v", err)
	}
	if _, err := RollingOrigin(Series{Values: y}, Naive, 0, 5, nil); !errors.Is(err, ErrHorizon) {
		t.Errorf("h = 0: %v", err)
	}
}
