package forecast

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInterpolate(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name string
		in   []float64
		want []float64
		err  error
	}{
		{"no gaps", []float64{1, 2, 3}, []float64{1, 2, 3}, nil},
		{"one gap", []float64{10, nan, 14}, []float64{10, 12, 14}, nil},
		{"run of gaps", []float64{0, nan, nan, nan, 8}, []float64{0, 2, 4, 6, 8}, nil},
		{"leading gap", []float64{nan, 1, 2}, nil, ErrMissing},
		{"trailing gap", []float64{1, 2, nan}, nil, ErrMissing},
		{"infinite", []float64{1, math.Inf(-1), 2}, nil, ErrNotFinite},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Series{Values: tt.in}.Interpolate()
			if !errors.Is(err, tt.err) {
				t.Fatalf("Interpolate(%v) error = %v, want %v", tt.in, err, tt.err)
			}
			if tt.err == nil {
				if diff := cmp.Diff(tt.want, got.Values); diff != "" {
					t.Errorf("Interpolate(%v) (-want +got):\n%s", tt.in, diff)
				}
			}
		})
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		s    Series
		i    int
		want string
	}{
		{Series{Start: 2020}, 3, "2023"},
		{Series{Start: 2020, Period: 3, Frequency: Quarterly}, 2, "2021 Q1"},
		{Series{Start: 2020, Period: 11, Frequency: Monthly}, 2, "2021-01"},
		{Series{Start: 2020, Period: 1, Frequency: Monthly}, 0, "2020-01"},
	}
	for _, tt := range tests {
		if got := tt.s.Label(tt.i); got != tt.want {
			t.Errorf("%+v.Label(%d) = %q, want %q", tt.s, tt.i, got, tt.want)
		}
	}
	if Yearly.String() != "yearly" || Quarterly.String() != "quarterly" || Monthly.String() != "monthly" {
		t.Error("Frequency.String")
	}
}
