package outcomes

// Direction says which way an indicator improves. The zero Direction is
// unset and invalid, as is commissioning/mcda's Direction: every indicator
// states its direction, so that a forgotten one is reported
// ([ErrDirection], from [NewFramework], [Trajectory.Assess] and
// [FitTrend]) rather than read as one. Valid reports false for it,
// MarshalText refuses it, and an [Indicator] leaves it out of its JSON, so
// the zero Indicator writes and reads back. [HigherIsBetter] is 1.
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
