package outcomes

import (
	"fmt"
	"math"

	"github.com/opencommissioning/scp/investment"
)

// Period is time spent in one health state: a utility weight (1 is full
// health, 0 is a state as bad as death, negative values are worse than
// death) for a number of years.
type Period struct {
	Utility float64 `json:"utility"` // in [−1, 1]
	Years   float64 `json:"years"`   // ≥ 0; fractions of a year are allowed
}

// Discounter gives the discount factor for year offset t, with year 0 the
// first year and undiscounted. [investment.Schedule] satisfies it; for
// health effects the Green Book uses [investment.GreenBookHealth] (1.5% for
// years 0–30, then falling), NICE a constant 3.5%.
type Discounter interface {
	FactorFloat(t int) float64
}

func validatePeriods(periods []Period) error {
	for i, p := range periods {
		switch {
		case !finite(p.Utility):
			return inputErr("period", i, "", "utility", ErrNotFinite)
		case !finite(p.Years):
			return inputErr("period", i, "", "years", ErrNotFinite)
		case p.Utility > 1 || p.Utility < -1:
			return inputErr("period", i, "", "utility", fmt.Errorf("utility %v outside [−1, 1]: %w", p.Utility, ErrRange))
		case p.Years < 0:
			return inputErr("period", i, "", "years", ErrNegative)
		}
	}
	return nil
}

// QALYs returns the undiscounted quality-adjusted life years of a sequence
// of periods, Σ utility × years: 10 years at 0.8 and then 5 at 0.5 is 10.5.
// It returns an [*InputError] for a NaN or infinite value ([ErrNotFinite]),
// a utility outside [−1, 1] ([ErrRange]) or negative years ([ErrNegative]),
// and an error wrapping [ErrNotFinite] when the sum overflows float64.
func QALYs(periods []Period) (float64, error) {
	if err := validatePeriods(periods); err != nil {
		return 0, err
	}
	var q float64
	for _, p := range periods {
		q += p.Utility * p.Years
	}
	if !finite(q) {
		return 0, fmt.Errorf("outcomes: QALYs of %d periods: sum beyond float64: %w", len(periods), ErrNotFinite)
	}
	return q, nil
}

// QALYProfile spreads a sequence of periods, lived one after another from
// time 0, over years: element t holds the QALYs lived in [t, t+1). A period
// that straddles a year boundary is split in proportion to the time on each
// side. The profile sums to [QALYs] of the same periods.
func QALYProfile(periods []Period) ([]float64, error) {
	if err := validatePeriods(periods); err != nil {
		return nil, err
	}
	var total float64
	for _, p := range periods {
		total += p.Years
	}
	if total > 1e6 {
		return nil, fmt.Errorf("outcomes: QALY profile of %v years: %w", total, ErrRange)
	}
	prof := make([]float64, int(math.Ceil(total)))
	start := 0.0
	for _, p := range periods {
		end := start + p.Years
		for t := int(start); float64(t) < end && t < len(prof); t++ {
			lo := math.Max(start, float64(t))
			hi := math.Min(end, float64(t+1))
			if hi > lo {
				prof[t] += p.Utility * (hi - lo)
			}
		}
		start = end
	}
	return prof, nil
}

// DiscountedQALYs returns Σ_t profile(t) × d.FactorFloat(t) over the
// [QALYProfile] of the periods: QALYs lived in year t are discounted by the
// factor for year t, and year 0 is undiscounted. A nil d means
// [investment.GreenBookHealth]. Besides the errors of [QALYs], it returns an error wrapping
// [ErrRange] when d gives a factor that is not finite and positive.
func DiscountedQALYs(periods []Period, d Discounter) (float64, error) {
	prof, err := QALYProfile(periods)
	if err != nil {
		return 0, err
	}
	if d == nil {
		d = investment.GreenBookHealth()
	}
	var q float64
	for t, v := range prof {
		f := d.FactorFloat(t)
		if !finite(f) || f <= 0 {
			return 0, fmt.Errorf("outcomes: discount factor for year %d is %v: %w", t, f, ErrRange)
		}
		q += v * f
	}
	return q, nil
}
