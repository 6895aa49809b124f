package mcda

import (
	"fmt"
	"math"
)

// Direction says which end of a criterion's raw performance is better.
// The zero Direction is HigherIsBetter.
type Direction int

// The directions.
const (
	HigherIsBetter Direction = iota // benefit criterion: more is better (quality, reach)
	LowerIsBetter                   // cost criterion: less is better (cost, waiting time)
)

// String returns "higher is better" or "lower is better".
func (d Direction) String() string {
	switch d {
	case HigherIsBetter:
		return "higher is better"
	case LowerIsBetter:
		return "lower is better"
	}
	return fmt.Sprintf("Direction(%d)", int(d))
}

// MarshalText writes the direction as "higher" or "lower".
func (d Direction) MarshalText() ([]byte, error) {
	switch d {
	case HigherIsBetter:
		return []byte("higher"), nil
	case LowerIsBetter:
		return []byte("lower"), nil
	}
	return nil, fmt.Errorf("mcda: Direction(%d): %w", int(d), ErrDirection)
}

// UnmarshalText reads "higher" or "lower" (or the long forms String writes).
func (d *Direction) UnmarshalText(text []byte) error {
	switch string(text) {
	case "higher", "higher is better":
		*d = HigherIsBetter
	case "lower", "lower is better":
		*d = LowerIsBetter
	default:
		return fmt.Errorf("mcda: direction %q: %w", text, ErrDirection)
	}
	return nil
}

func (d Direction) valid() bool { return d == HigherIsBetter || d == LowerIsBetter }

// Criterion is one column of a performance matrix.
//
// Swing is the criterion's swing weight: the value the decision makers
// place on moving from the worst to the best level considered on this
// criterion, on any positive scale (100 for the most valued swing is
// customary). Weights are the swings divided by their sum; see [Weights].
//
// Scale turns raw performance into a 0–100 value for [WeightedSum]. The
// zero Scale is local: linear between the worst and best performance among
// the alternatives, oriented by Direction. [TOPSIS] ignores Scale and works
// on raw performance with its own normalisation, using Direction to choose
// the ideal.
type Criterion struct {
	ID        string
	Direction Direction
	Swing     float64
	Scale     Scale
}

// Weights returns the normalised weights w_i = swing_i / Σ swing of the
// criteria, in order. Every swing must be positive and finite (ErrWeight,
// ErrNotFinite, wrapped in a [*DataError] naming the criterion); there must
// be at least one criterion (ErrNoCriteria).
func Weights(criteria []Criterion) ([]float64, error) {
	if len(criteria) == 0 {
		return nil, fmt.Errorf("mcda: weights: %w", ErrNoCriteria)
	}
	sum := 0.0
	for j, c := range criteria {
		switch {
		case math.IsInf(c.Swing, 0):
			return nil, critErr(j, c.ID, ErrNotFinite)
		case !(c.Swing > 0): // also catches NaN
			return nil, critErr(j, c.ID, ErrWeight)
		}
		sum += c.Swing
	}
	if math.IsInf(sum, 0) {
		return nil, fmt.Errorf("mcda: sum of swings overflows: %w", ErrNotFinite)
	}
	w := make([]float64, len(criteria))
	for j, c := range criteria {
		w[j] = c.Swing / sum
	}
	return w, nil
}
