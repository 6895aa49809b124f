package mcda

import (
	"errors"
	"math"
	"testing"
)

func TestScaleValue(t *testing.T) {
	concave := Piecewise(Point{100, 100}, Point{0, 0}, Point{50, 80}) // given out of order
	tests := []struct {
		name  string
		scale Scale
		x     float64
		want  float64
		err   error
	}{
		{"linear higher, bottom", Linear(0, 10), 0, 0, nil},
		{"linear higher, middle", Linear(0, 10), 2.5, 25, nil},
		{"linear higher, top", Linear(0, 10), 10, 100, nil},
		{"linear lower (waiting days)", Linear(60, 0), 15, 75, nil},
		{"linear lower, worst", Linear(60, 0), 60, 0, nil},
		{"piecewise knot", concave, 50, 80, nil},
		{"piecewise first segment", concave, 25, 40, nil},
		{"piecewise second segment", concave, 75, 90, nil},
		{"function", Scale{Func: func(x float64) float64 { return 100 * math.Sqrt(x) }}, 0.25, 50, nil},
		{"below scale", Linear(0, 10), -0.5, 0, ErrOutOfScale},
		{"above scale", Linear(0, 10), 11, 0, ErrOutOfScale},
		{"function out of range", Scale{Func: func(x float64) float64 { return 2 * x }}, 60, 0, ErrOutOfScale},
		{"function NaN", Scale{Func: func(x float64) float64 { return math.NaN() }}, 1, 0, ErrOutOfScale},
		{"NaN input", Linear(0, 10), math.NaN(), 0, ErrNotFinite},
		{"local scale", Scale{}, 1, 0, ErrScale},
		{"one point", Scale{Points: []Point{{0, 0}}}, 0, 0, ErrScale},
		{"repeated x", Scale{Points: []Point{{0, 0}, {0, 100}}}, 0, 0, ErrScale},
		{"value above 100", Scale{Points: []Point{{0, 0}, {1, 101}}}, 0, 0, ErrScale},
		{"NaN point", Scale{Points: []Point{{0, 0}, {math.NaN(), 100}}}, 0, 0, ErrScale},
		{"points and function", Scale{Points: []Point{{0, 0}, {1, 100}}, Func: math.Abs}, 0, 0, ErrScale},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.scale.Value(tt.x)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Value(%v) error = %v, want %v", tt.x, err, tt.err)
			}
			if err == nil {
				assertNear(t, "Value", got, tt.want, 1e-12)
			}
		})
	}
}
