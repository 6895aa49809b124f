package outcomes

import "fmt"

// Direction says which way an indicator improves. The zero Direction is
// not valid: every indicator states its direction explicitly.
type Direction int8

// The directions.
const (
	// HigherIsBetter marks an indicator that improves as it rises, such as
	// the share of people who rate their care good or excellent.
	HigherIsBetter Direction = iota + 1
	// LowerIsBetter marks an indicator that improves as it falls, such as
	// the emergency admission rate.
	LowerIsBetter
	// Neither marks an indicator with no agreed better direction, such as
	// expenditure per death; RAG status treats a departure either way from
	// the expected value as a shortfall.
	Neither
)

var directionNames = [...]string{HigherIsBetter: "higher is better", LowerIsBetter: "lower is better", Neither: "neither"}

// Valid reports whether d is one of the defined directions.
func (d Direction) Valid() bool { return d >= HigherIsBetter && d <= Neither }

// String returns "higher is better", "lower is better" or "neither";
// [ParseDirection] reads it back.
func (d Direction) String() string {
	if !d.Valid() {
		return fmt.Sprintf("Direction(%d)", int8(d))
	}
	return directionNames[d]
}

// ParseDirection parses the text that [Direction.String] writes. The error
// is a [*NameError] wrapping [ErrDirection].
func ParseDirection(s string) (Direction, error) {
	return parseName[Direction]("Direction", s, ErrDirection)
}

// MarshalText implements [encoding.TextMarshaler]; an undefined direction
// is an error wrapping [ErrDirection].
func (d Direction) MarshalText() ([]byte, error) { return marshalName("Direction", d, ErrDirection) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDirection].
func (d *Direction) UnmarshalText(text []byte) error {
	return unmarshalName("Direction", d, text, ErrDirection)
}

// improvement returns how far actual is better than expected in direction
// d: positive is better, negative is a shortfall. For [Neither] any
// departure counts as a shortfall, so the result is −|actual − expected|.
func (d Direction) improvement(actual, expected float64) float64 {
	switch d {
	case HigherIsBetter:
		return actual - expected
	case LowerIsBetter:
		return expected - actual
	default:
		v := actual - expected
		if v < 0 {
			return v
		}
		return -v
	}
}
