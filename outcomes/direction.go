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
// wraps [ErrDirection].
func ParseDirection(s string) (Direction, error) {
	for d := HigherIsBetter; d <= Neither; d++ {
		if directionNames[d] == s {
			return d, nil
		}
	}
	return 0, fmt.Errorf("outcomes: ParseDirection(%q): %w", s, ErrDirection)
}

// MarshalText implements [encoding.TextMarshaler].
func (d Direction) MarshalText() ([]byte, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("outcomes: marshalling Direction(%d): %w", int8(d), ErrDirection)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Direction) UnmarshalText(text []byte) error {
	v, err := ParseDirection(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
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
