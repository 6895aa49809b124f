package mcda

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPairwise(t *testing.T) {
	got, err := Pairwise(3, 3, 5, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Pairwise (-want +got):\n%s", diff)
	}
	if got, err := Pairwise(1); err != nil || len(got) != 1 || got[0][0] != 1 {
		t.Errorf("Pairwise(1) = %v, %v", got, err)
	}
	tests := []struct {
		name  string
		n     int
		upper []float64
		err   error
	}{
		{"order 0", 0, nil, ErrOrder},
		{"too few", 3, []float64{3, 5}, ErrDimension},
		{"too many", 2, []float64{3, 5}, ErrDimension},
		{"zero", 2, []float64{0}, ErrNotPositive},
		{"NaN", 3, []float64{1, math.NaN(), 2}, ErrNotFinite},
	}
	for _, tt := range tests {
		if _, err := Pairwise(tt.n, tt.upper...); !errors.Is(err, tt.err) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.err)
		}
	}
	var pe *PairError
	if _, err := Pairwise(3, 1, math.NaN(), 2); !errors.As(err, &pe) || pe.Row != 1 || pe.Column != 3 {
		t.Errorf("error %v does not name entry (1, 3)", err)
	}
}
