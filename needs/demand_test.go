package needs

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestDemandWithTrend(t *testing.T) {
	p := New()
	for _, y := range []int{2024, 2025, 2026} {
		mustSet(t, p, "A", y, Female, flat(100))
		mustSet(t, p, "A", y, Male, flat(100))
	}
	// 0.5 home-care hours a week per person aged 75+: 16 ages × 200 people × 0.5 = 1,600.
	r := MustRates(RatesSpec{Condition: "home care hours", Kind: Activity, Unit: "hours per person per week",
		Bands: []Band{{75, Open}}, Female: []float64{0.5}})
	got, err := DemandModel{Rates: r, Trend: 0.02, BaseYear: 2024}.Demand(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Level{{"A", 2024, 1600}, {"A", 2025, 1600 * 1.02}, {"A", 2026, 1600 * 1.02 * 1.02}}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
		t.Errorf("Demand (-want +got):\n%s", diff)
	}
	for _, trend := range []float64{-1, math.NaN(), math.Inf(1)} {
		if _, err := (DemandModel{Rates: r, Trend: trend}).Demand(p, nil, nil); !errors.Is(err, ErrBadArgument) {
			t.Errorf("trend %v: %v", trend, err)
		}
	}
	if _, err := (DemandModel{Rates: r}).Demand(p, []string{"B"}, nil); !errors.Is(err, ErrAreaNotFound) {
		t.Errorf("missing area: %v", err)
	}
}

func TestGap(t *testing.T) {
	demand := []Level{{"B", 2025, 90}, {"A", 2025, 120}, {"A", 2026, 130}}
	capacity := []Level{{"A", 2026, 100}, {"A", 2025, 100}, {"B", 2025, 0}}
	got, err := Gap(demand, capacity)
	if err != nil {
		t.Fatal(err)
	}
	want := []GapRow{
		{"A", 2025, 120, 100, 20},
		{"A", 2026, 130, 100, 30},
		{"B", 2025, 90, 0, 90},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Gap (-want +got):\n%s", diff)
	}
	if u, ok := got[0].Utilisation(); !ok || u != 1.2 {
		t.Errorf("Utilisation = %v, %v, want 1.2", u, ok)
	}
	if _, ok := got[2].Utilisation(); ok {
		t.Errorf("Utilisation with zero capacity should not be defined")
	}
	for _, tt := range []struct {
		name string
		d, c []Level
		want error
	}{
		{"missing year", demand, capacity[:2], ErrMismatch},
		{"other area", []Level{{"A", 2025, 1}}, []Level{{"B", 2025, 1}}, ErrMismatch},
		{"duplicate", []Level{{"A", 2025, 1}, {"A", 2025, 2}}, []Level{{"A", 2025, 1}, {"A", 2026, 1}}, ErrDuplicateRow},
		{"negative capacity", []Level{{"A", 2025, 1}}, []Level{{"A", 2025, -1}}, ErrNegative},
		{"NaN demand", []Level{{"A", 2025, math.NaN()}}, []Level{{"A", 2025, 1}}, ErrNotFinite},
		{"empty", nil, nil, ErrBadArgument},
	} {
		if _, err := Gap(tt.d, tt.c); !errors.Is(err, tt.want) {
			t.Errorf("%s: Gap = %v, want %v", tt.name, err, tt.want)
		}
	}
}
