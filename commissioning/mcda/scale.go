package mcda

import (
	"fmt"
	"math"
	"sort"
)

// Point is one knot of a piecewise-linear value function: raw performance
// X scores Value on the 0–100 scale.
type Point struct {
	X     float64 `json:"x"`
	Value float64 `json:"value"`
}

// Scale converts a criterion's raw performance into a value from 0 (worst)
// to 100 (best) for the weighted sum.
//
// The zero Scale is local: linear between the worst and best performance
// among the alternatives being compared (worst scores 0, best 100), oriented
// by the criterion's [Direction]. A scale with Points is a fixed,
// piecewise-linear value function through them (see [Linear] and
// [Piecewise]); a scale with Func applies that function, which must return
// values in 0–100. A scale has Points or Func, not both.
//
// Performance outside the range a fixed scale covers is an error
// ([ErrOutOfScale]), never extrapolated or clamped.
type Scale struct {
	Points []Point `json:"points,omitempty"` // knots with strictly increasing X; nil for a local or function scale
	// Func is an explicit value function; nil unless used. A function has
	// no JSON form, so it is left out of the encoding.
	Func func(x float64) float64 `json:"-"`
}

// Linear returns the fixed linear scale on which worst scores 0 and best
// scores 100. For a criterion where lower is better, worst is the larger
// number: Linear(60, 0) for a waiting time whose worst level is 60 days.
func Linear(worst, best float64) Scale {
	if worst <= best {
		return Scale{Points: []Point{{worst, 0}, {best, 100}}}
	}
	return Scale{Points: []Point{{best, 100}, {worst, 0}}}
}

// Piecewise returns the piecewise-linear value function through points,
// which are copied and sorted by X. It is how a non-linear judgement is
// written down: Piecewise(Point{0, 0}, Point{50, 80}, Point{100, 100}) gives
// most of the value for the first half of the range.
func Piecewise(points ...Point) Scale {
	p := append([]Point(nil), points...)
	sort.SliceStable(p, func(a, b int) bool { return p[a].X < p[b].X })
	return Scale{Points: p}
}

// IsLocal reports whether s is the local scale (no points, no function).
func (s Scale) IsLocal() bool { return len(s.Points) == 0 && s.Func == nil }

// Validate checks that s is well formed: at least two points with finite,
// strictly increasing X and values in 0–100, or a function, not both. The
// local scale is valid. Errors wrap [ErrScale].
func (s Scale) Validate() error {
	if err := s.validate(); err != nil {
		return fmt.Errorf("mcda: %w", err)
	}
	return nil
}

// validate is Validate without the package prefix, for errors that a
// [*DataError] reports.
func (s Scale) validate() error {
	if s.Func != nil {
		if len(s.Points) > 0 {
			return fmt.Errorf("scale has both points and a function: %w", ErrScale)
		}
		return nil
	}
	if len(s.Points) == 0 {
		return nil
	}
	if len(s.Points) < 2 {
		return fmt.Errorf("scale has one point, needs two or more: %w", ErrScale)
	}
	for k, p := range s.Points {
		if math.IsNaN(p.X) || math.IsInf(p.X, 0) || math.IsNaN(p.Value) || math.IsInf(p.Value, 0) {
			return fmt.Errorf("scale point %d: %w: %w", k+1, ErrNotFinite, ErrScale)
		}
		if p.Value < 0 || p.Value > 100 {
			return fmt.Errorf("scale point %d value %v outside 0–100: %w", k+1, p.Value, ErrScale)
		}
		if k > 0 && !(p.X > s.Points[k-1].X) {
			return fmt.Errorf("scale point %d: x %v not above previous %v: %w", k+1, p.X, s.Points[k-1].X, ErrScale)
		}
	}
	return nil
}

// Value returns the 0–100 value of raw performance x on a fixed or function
// scale. It returns [ErrOutOfScale] when x lies outside the points' range or
// the function returns a value outside 0–100 (or NaN), [ErrNotFinite] for a
// NaN or infinite x, and [ErrScale] for a malformed or local scale (a local
// scale has no value without the other alternatives; see [WeightedSum]).
func (s Scale) Value(x float64) (float64, error) {
	v, err := s.value(x)
	if err != nil {
		return 0, fmt.Errorf("mcda: %w", err)
	}
	return v, nil
}

// value is Value without the package prefix, for errors that a
// [*DataError] reports.
func (s Scale) value(x float64) (float64, error) {
	if err := s.validate(); err != nil {
		return 0, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("performance %v: %w", x, ErrNotFinite)
	}
	if s.Func != nil {
		v := s.Func(x)
		if !(v >= 0 && v <= 100) {
			return 0, fmt.Errorf("value function gives %v at %v: %w", v, x, ErrOutOfScale)
		}
		return v, nil
	}
	if len(s.Points) == 0 {
		return 0, fmt.Errorf("local scale has no fixed values: %w", ErrScale)
	}
	return s.interpolate(x)
}

// interpolate evaluates a validated piecewise-linear scale.
func (s Scale) interpolate(x float64) (float64, error) {
	p := s.Points
	n := len(p)
	if x < p[0].X || x > p[n-1].X {
		return 0, fmt.Errorf("%v outside scale [%v, %v]: %w", x, p[0].X, p[n-1].X, ErrOutOfScale)
	}
	// k is the first knot with X >= x.
	k := sort.Search(n, func(i int) bool { return p[i].X >= x })
	if p[k].X == x {
		return p[k].Value, nil
	}
	a, b := p[k-1], p[k]
	f := (x - a.X) / (b.X - a.X)
	return a.Value + f*(b.Value-a.Value), nil
}

// orientation returns +1 when the scale values the highest x above the
// lowest, −1 when below and 0 when they are equal or the scale is a
// function (whose shape is not inspected).
func (s Scale) orientation() int {
	if len(s.Points) < 2 {
		return 0
	}
	lo, hi := s.Points[0].Value, s.Points[len(s.Points)-1].Value
	switch {
	case hi > lo:
		return 1
	case hi < lo:
		return -1
	}
	return 0
}
