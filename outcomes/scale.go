package outcomes

import (
	"fmt"
	"math"
)

// Scale is the unit in which an indicator is published. Rates carry their
// base: a rate per 100,000 is events / population × 100,000. The zero
// Scale is unset and invalid, as the zero [Direction] is: [NewFramework]
// reports it ([ErrScale]), MarshalText refuses it, and an [Indicator]
// leaves it out of its JSON.
type Scale int8

// The scales.
const (
	// Percent is a percentage, a rate per 100.
	Percent Scale = iota + 1
	// Per1000 is a rate per 1,000 of a population or of events (discharges).
	Per1000
	// Per100000 is a rate per 100,000 of a population.
	Per100000
	// Count is a number of events, people or days, not divided by a population.
	Count
	// Pounds is an amount of money per case, in pounds, such as expenditure per death.
	Pounds
)

// Base returns the multiplier of a rate on this scale: 100 for [Percent],
// 1,000 for [Per1000], 100,000 for [Per100000] and 1 for [Count] and [Pounds].
func (s Scale) Base() float64 {
	switch s {
	case Percent:
		return 100
	case Per1000:
		return 1000
	case Per100000:
		return 100000
	default:
		return 1
	}
}

// Rate returns events / population × [Scale.Base]: 1,234 emergency
// admissions among 250,000 adults is 493.6 per 100,000. It returns an error
// wrapping [ErrNotFinite] for NaN or infinite inputs or a rate beyond
// float64 (1e308 events among 0.001 people), [ErrNegative] for negative ones
// and [ErrZeroPopulation] for a zero population.
func (s Scale) Rate(events, population float64) (float64, error) {
	if !s.Valid() {
		return 0, fmt.Errorf("outcomes: rate on %v: %w", s, ErrScale)
	}
	if math.IsNaN(events) || math.IsInf(events, 0) || math.IsNaN(population) || math.IsInf(population, 0) {
		return 0, fmt.Errorf("outcomes: rate of %v over %v: %w", events, population, ErrNotFinite)
	}
	if events < 0 || population < 0 {
		return 0, fmt.Errorf("outcomes: rate of %v over %v: %w", events, population, ErrNegative)
	}
	if population == 0 {
		return 0, fmt.Errorf("outcomes: rate over a population of 0: %w", ErrZeroPopulation)
	}
	r := events / population * s.Base()
	if !finite(r) {
		return 0, fmt.Errorf("outcomes: rate of %v over %v %v: beyond float64: %w", events, population, s, ErrNotFinite)
	}
	return r, nil
}
