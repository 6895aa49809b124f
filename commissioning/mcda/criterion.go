package mcda

import (
	"fmt"
	"math"

	"github.com/opencommissioning/scp/internal/enum"
)

// Direction says which end of a criterion's raw performance is better.
// The zero Direction is unset and invalid: every criterion states its
// direction, so that a forgotten one is reported ([ErrDirection]) rather
// than read as "higher is better".
type Direction int

// The directions.
const (
	HigherIsBetter Direction = iota + 1 // benefit criterion: more is better (quality, reach)
	LowerIsBetter                       // cost criterion: less is better (cost, waiting time)
)

// Two codecs: the short text names of JSON and the long ones String writes
// (which UnmarshalText also reads).
var (
	directionCodec = enum.New("mcda", "Direction", HigherIsBetter, ErrDirection, "higher", "lower").WithError(nameError)
	directionLong  = enum.New("mcda", "Direction", HigherIsBetter, ErrDirection, "higher is better", "lower is better").WithError(nameError)
)

// String returns "higher is better" or "lower is better", or Direction(n)
// for the unset direction and any other value.
func (d Direction) String() string { return directionLong.String(d) }

// Valid reports whether d is HigherIsBetter or LowerIsBetter.
func (d Direction) Valid() bool { return directionCodec.Valid(d) }

// MarshalText writes the direction as "higher" or "lower"; an unset or
// unknown direction is an error wrapping [ErrDirection].
func (d Direction) MarshalText() ([]byte, error) { return directionCodec.Marshal(d) }

// UnmarshalText reads "higher" or "lower" (or the long forms String
// writes); other text is an error wrapping [ErrDirection].
func (d *Direction) UnmarshalText(text []byte) error {
	if directionLong.Unmarshal(d, text) == nil {
		return nil
	}
	return directionCodec.Unmarshal(d, text)
}

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
	ID        string    `json:"id"`
	Direction Direction `json:"direction,omitempty"` // omitted when unset, so that the zero Criterion writes
	Swing     float64   `json:"swing"`
	Scale     Scale     `json:"scale,omitzero"` // omitted when local
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
