package mcda

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestWeights(t *testing.T) {
	tests := []struct {
		name   string
		swings []float64
		want   []float64
		err    error
	}{
		{"swing 100, 50, 50", []float64{100, 50, 50}, []float64{0.5, 0.25, 0.25}, nil},
		{"one criterion", []float64{7}, []float64{1}, nil},
		{"already normalised", []float64{0.2, 0.8}, []float64{0.2, 0.8}, nil},
		{"none", nil, nil, ErrNoCriteria},
		{"zero swing", []float64{1, 0}, nil, ErrWeight},
		{"negative swing", []float64{-1, 2}, nil, ErrWeight},
		{"NaN swing", []float64{math.NaN()}, nil, ErrWeight},
		{"infinite swing", []float64{math.Inf(1)}, nil, ErrNotFinite},
		{"sum overflows", []float64{math.MaxFloat64, math.MaxFloat64}, nil, ErrNotFinite},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := make([]Criterion, len(tt.swings))
			for j, s := range tt.swings {
				cs[j] = Criterion{ID: string(rune('a' + j)), Swing: s}
			}
			got, err := Weights(cs)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Weights(%v) error = %v, want %v", tt.swings, err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
				t.Errorf("Weights(%v) (-want +got):\n%s", tt.swings, diff)
			}
		})
	}
}

func TestWeightsErrorNamesCriterion(t *testing.T) {
	_, err := Weights([]Criterion{{ID: "cost", Swing: 1}, {ID: "reach", Swing: -2}})
	var de *DataError
	if !errors.As(err, &de) || de.Column != 2 || de.CriterionID != "reach" {
		t.Fatalf("error = %#v, want a *DataError for criterion 2 \"reach\"", err)
	}
	if got, want := err.Error(), `mcda: criterion 2 "reach": weight is not positive`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestDirectionText(t *testing.T) {
	for _, d := range []Direction{HigherIsBetter, LowerIsBetter} {
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Direction
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Errorf("round trip of %v via %q = %v, %v", d, b, back, err)
		}
		if err := back.UnmarshalText([]byte(d.String())); err != nil || back != d {
			t.Errorf("UnmarshalText(%q) = %v, %v", d.String(), back, err)
		}
	}
	var d Direction
	if err := d.UnmarshalText([]byte("sideways")); !errors.Is(err, ErrDirection) {
		t.Errorf("UnmarshalText(sideways) error = %v, want ErrDirection", err)
	}
	if _, err := Direction(7).MarshalText(); !errors.Is(err, ErrDirection) {
		t.Errorf("Direction(7).MarshalText error = %v, want ErrDirection", err)
	}
	if got := Direction(7).String(); got != "Direction(7)" {
		t.Errorf("String() = %q", got)
	}
	var unset Direction
	if _, err := unset.MarshalText(); !errors.Is(err, ErrDirection) {
		t.Errorf("unset Direction MarshalText error = %v, want ErrDirection", err)
	}
	if unset.Valid() || Direction(3).Valid() || !HigherIsBetter.Valid() || !LowerIsBetter.Valid() {
		t.Error("Valid: only HigherIsBetter and LowerIsBetter are valid")
	}
	if got := unset.String(); got != "Direction(0)" {
		t.Errorf("unset String() = %q", got)
	}
}
