package outcomes

import (
	"fmt"
	"math"

	"github.com/opencommissioning/scp/investment"
)

// Status is a red, amber or green rating of progress against a trajectory.
// The zero Status is [Green].
type Status int8

// The statuses, from best to worst.
const (
	// Green is on or better than the trajectory, or short of it by no more
	// than the green tolerance.
	Green Status = iota
	// Amber is short of the trajectory by more than the green tolerance
	// and no more than the amber tolerance.
	Amber
	// Red is short of the trajectory by more than the amber tolerance.
	Red
)

// Tolerance sets how far short of a trajectory an actual value may fall and
// still be green or amber. The shortfall is measured in the indicator's
// better direction (see [Direction]): a value better than expected has no
// shortfall whatever its distance. With Relative set, the shortfall is a
// fraction of the expected value (0.05 is 5%); otherwise it is in the
// indicator's own units. A shortfall equal to a bound takes the better
// status. The zero Tolerance rates any shortfall red.
type Tolerance struct {
	Green    float64 `json:"green"`              // largest shortfall still green; 0 ≤ Green ≤ Amber
	Amber    float64 `json:"amber"`              // largest shortfall still amber
	Relative bool    `json:"relative,omitempty"` // bounds are fractions of the expected value
}

func (tol Tolerance) validate() error {
	if !finite(tol.Green) || !finite(tol.Amber) || tol.Green < 0 || tol.Amber < tol.Green {
		return fmt.Errorf("outcomes: tolerance green %v, amber %v: want 0 ≤ green ≤ amber: %w", tol.Green, tol.Amber, ErrTolerance)
	}
	return nil
}

// Assessment is the RAG rating of one actual value against a trajectory.
type Assessment struct {
	Year      investment.FinancialYear `json:"year"`
	Actual    float64                  `json:"actual"`
	Expected  float64                  `json:"expected"`  // the trajectory's value in Year
	Shortfall float64                  `json:"shortfall"` // how far the actual is worse than expected, ≥ 0; relative when the tolerance is
	Status    Status                   `json:"status"`
}

// Assess rates an actual value against the trajectory for an indicator
// that improves in direction dir. It returns an error wrapping
// [ErrDirection] for an invalid direction, [ErrTolerance] for bad
// tolerances, [ErrNotFinite] for a NaN or infinite actual value, [ErrYear]
// for a year before the baseline, and [ErrRange] for a relative tolerance
// when the expected value is zero.
func (t Trajectory) Assess(dir Direction, actual Point, tol Tolerance) (Assessment, error) {
	if err := t.checkAssess(dir, tol); err != nil {
		return Assessment{}, err
	}
	a, err := t.assess(dir, actual, tol)
	if err != nil {
		return Assessment{}, fmt.Errorf("outcomes: assessing %v: %w", actual.Year, err)
	}
	return a, nil
}

// checkAssess checks what every assessment against t shares: the
// trajectory, the direction and the tolerance.
func (t Trajectory) checkAssess(dir Direction, tol Tolerance) error {
	if !dir.Valid() {
		return fmt.Errorf("outcomes: assessing %v: %w", dir, ErrDirection)
	}
	if err := tol.validate(); err != nil {
		return err
	}
	return t.validate()
}

// assess is [Trajectory.Assess] once [Trajectory.checkAssess] has passed,
// its errors without the package prefix.
func (t Trajectory) assess(dir Direction, actual Point, tol Tolerance) (Assessment, error) {
	if !finite(actual.Value) {
		return Assessment{}, fmt.Errorf("value %v: %w", actual.Value, ErrNotFinite)
	}
	want, err := t.at(actual.Year)
	if err != nil {
		return Assessment{}, err
	}
	short := math.Max(0, -dir.improvement(actual.Value, want))
	if tol.Relative {
		if want == 0 {
			return Assessment{}, fmt.Errorf("relative tolerance against an expected value of 0: %w", ErrRange)
		}
		short /= math.Abs(want)
	}
	a := Assessment{Year: actual.Year, Actual: actual.Value, Expected: want, Shortfall: short, Status: Red}
	switch {
	case short <= tol.Green:
		a.Status = Green
	case short <= tol.Amber:
		a.Status = Amber
	}
	return a, nil
}

// AssessAll rates each actual value in turn; see [Trajectory.Assess]. The
// first error about one value stops it and is an [*InputError] naming the
// value's position and year.
func (t Trajectory) AssessAll(dir Direction, actual []Point, tol Tolerance) ([]Assessment, error) {
	if err := t.checkAssess(dir, tol); err != nil {
		return nil, err
	}
	out := make([]Assessment, len(actual))
	for i, p := range actual {
		a, err := t.assess(dir, p, tol)
		if err != nil {
			return nil, inputErr("point", i, p.Year.String(), "", err)
		}
		out[i] = a
	}
	return out, nil
}
