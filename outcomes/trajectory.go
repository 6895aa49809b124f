package outcomes

import (
	"fmt"
	"math"

	"github.com/opencommissioning/scp/investment"
)

// Shape is how a trajectory moves from its baseline to its target.
type Shape int8

// The shapes.
const (
	// Linear moves by the same amount each year:
	// v(y) = b + (t − b) × (y − y0) / (y1 − y0).
	Linear Shape = iota
	// Compound moves by the same proportion each year:
	// v(y) = b × (t / b)^((y − y0) / (y1 − y0)); baseline and target must
	// both be positive.
	Compound
)

// Trajectory is the expected path of an indicator from a baseline year to a
// target year. The zero Trajectory is not valid; build one with
// [NewTrajectory].
type Trajectory struct {
	Baseline Point `json:"baseline"` // the value in the baseline year
	Target   Point `json:"target"`   // the value aimed for in the target year
	Shape    Shape `json:"shape"`
}

// NewTrajectory returns the trajectory from baseline to target. It returns
// an error wrapping [ErrYear] unless the target year follows the baseline
// year and both are from [investment.MinFinancialYear] to
// [investment.MaxFinancialYear], [ErrNotFinite] for NaN or infinite values, and [ErrShape] for an
// unknown shape or a compound trajectory whose values are not both positive.
func NewTrajectory(baseline, target Point, shape Shape) (Trajectory, error) {
	t := Trajectory{Baseline: baseline, Target: target, Shape: shape}
	if err := t.validate(); err != nil {
		return Trajectory{}, err
	}
	return t, nil
}

func (t Trajectory) validate() error {
	switch {
	case t.Target.Year <= t.Baseline.Year:
		return fmt.Errorf("outcomes: trajectory from %v to %v: target year must follow baseline year: %w", t.Baseline.Year, t.Target.Year, ErrYear)
	case !validYear(t.Baseline.Year) || !validYear(t.Target.Year):
		return fmt.Errorf("outcomes: trajectory from %d to %d: years must be from %v to %v: %w", int(t.Baseline.Year), int(t.Target.Year), investment.MinFinancialYear, investment.MaxFinancialYear, ErrYear)
	case !finite(t.Baseline.Value) || !finite(t.Target.Value):
		return fmt.Errorf("outcomes: trajectory from %v to %v: %w", t.Baseline.Value, t.Target.Value, ErrNotFinite)
	case t.Shape != Linear && t.Shape != Compound:
		return fmt.Errorf("outcomes: trajectory: %v: %w", t.Shape, ErrShape)
	case t.Shape == Compound && (t.Baseline.Value <= 0 || t.Target.Value <= 0):
		return fmt.Errorf("outcomes: compound trajectory from %v to %v: values must be positive: %w", t.Baseline.Value, t.Target.Value, ErrShape)
	}
	return nil
}

// Years returns the span from the baseline year to the target year.
func (t Trajectory) Years() investment.Years {
	return investment.Years{First: t.Baseline.Year, Last: t.Target.Year}
}

// At returns the expected value in year y. Years after the target year hold
// the target value. A year before the baseline is an error wrapping
// [ErrYear], a value that overflows float64 one wrapping [ErrNotFinite]; an
// invalid trajectory returns the error [NewTrajectory] would.
func (t Trajectory) At(y investment.FinancialYear) (float64, error) {
	if err := t.validate(); err != nil {
		return 0, err
	}
	v, err := t.at(y)
	if err != nil {
		return 0, fmt.Errorf("outcomes: trajectory at %v: %w", y, err)
	}
	return v, nil
}

// at is [Trajectory.At] for a valid trajectory, its errors without the
// package prefix.
func (t Trajectory) at(y investment.FinancialYear) (float64, error) {
	if y < t.Baseline.Year {
		return 0, fmt.Errorf("before baseline %v: %w", t.Baseline.Year, ErrYear)
	}
	if y >= t.Target.Year {
		return t.Target.Value, nil
	}
	f := float64(y-t.Baseline.Year) / float64(t.Target.Year-t.Baseline.Year)
	b, g := t.Baseline.Value, t.Target.Value
	var v float64
	if t.Shape == Compound {
		v = b * math.Pow(g/b, f)
	} else {
		v = b + (g-b)*f
	}
	if !finite(v) {
		return 0, fmt.Errorf("values too large: %w", ErrNotFinite)
	}
	return v, nil
}

// Path returns the expected value in every year from baseline to target.
func (t Trajectory) Path() ([]Point, error) {
	if err := t.validate(); err != nil {
		return nil, err
	}
	ps := make([]Point, 0, int(t.Target.Year-t.Baseline.Year)+1)
	for y := t.Baseline.Year; y <= t.Target.Year; y++ {
		v, err := t.At(y)
		if err != nil {
			return nil, err
		}
		ps = append(ps, Point{y, v})
	}
	return ps, nil
}
