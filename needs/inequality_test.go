package needs

import (
	"errors"
	"testing"
)

func TestMeasureInequality(t *testing.T) {
	tests := []struct {
		name   string
		groups []Group
		want   Inequality
	}{
		{
			// Two equal halves: ranks 0.75 (most deprived) and 0.25; slope (10−4)/0.5 = 12.
			name:   "two groups",
			groups: []Group{{10, 500}, {4, 500}},
			want:   Inequality{AbsoluteGap: 6, RelativeGap: 2.5, RelativeGapDefined: true, SII: 12, RII: 12.0 / 7, Mean: 7},
		},
		{
			// Equal quintiles on a straight line 50, 40, 30, 20, 10: slope 40/0.8 = 50.
			name:   "linear quintiles",
			groups: []Group{{50, 1}, {40, 1}, {30, 1}, {20, 1}, {10, 1}},
			want:   Inequality{AbsoluteGap: 40, RelativeGap: 5, RelativeGapDefined: true, SII: 50, RII: 50.0 / 30, Mean: 30},
		},
		{
			// Unequal sizes: ranks from the least deprived end 0.6 and 0.1 (weights 0.8, 0.2).
			// mean x = 0.5, mean y = 0.8·10 + 0.2·0 = 8; Sxy = 0.8·0.1·2 + 0.2·(−0.4)·(−8) = 0.8;
			// Sxx = 0.8·0.01 + 0.2·0.16 = 0.04; slope 20.
			name:   "unequal groups, zero least deprived rate",
			groups: []Group{{10, 800}, {0, 200}},
			want:   Inequality{AbsoluteGap: 10, SII: 20, RII: 2.5, Mean: 8},
		},
	}
	for _, tt := range tests {
		got, err := MeasureInequality(tt.groups)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !near(got.AbsoluteGap, tt.want.AbsoluteGap, 1e-12) || !near(got.RelativeGap, tt.want.RelativeGap, 1e-12) ||
			got.RelativeGapDefined != tt.want.RelativeGapDefined || !near(got.SII, tt.want.SII, 1e-9) ||
			!near(got.RII, tt.want.RII, 1e-9) || !near(got.Mean, tt.want.Mean, 1e-12) {
			t.Errorf("%s: MeasureInequality = %+v, want %+v", tt.name, got, tt.want)
		}
	}
	// Higher rates among the least deprived give a negative SII.
	if got, _ := MeasureInequality([]Group{{1, 1}, {2, 1}, {3, 1}}); got.SII >= 0 {
		t.Errorf("reverse gradient SII = %v, want negative", got.SII)
	}
	for _, bad := range []struct {
		g    []Group
		want error
	}{
		{[]Group{{1, 1}}, ErrBadArgument},
		{[]Group{{1, 1}, {nanValue(), 1}}, ErrNotFinite},
		{[]Group{{1, 0}, {2, 1}}, ErrBadArgument},
		{[]Group{{1, -1}, {2, 1}}, ErrNegative},
		{[]Group{{0, 1}, {0, 1}}, ErrZeroDenominator},
	} {
		if _, err := MeasureInequality(bad.g); !errors.Is(err, bad.want) {
			t.Errorf("MeasureInequality(%v) = %v, want %v", bad.g, err, bad.want)
		}
	}
}
