package needs

import (
	"math"
)

// Group is a deprivation group (a quintile or decile) with its rate of some
// measure and its population.
type Group struct {
	Rate       float64 `json:"rate"`
	Population float64 `json:"population"`
}

// Inequality summarises how a rate varies across deprivation groups, the set
// of measures the Scottish Government's long-term monitoring of health
// inequalities uses (after the Scottish Public Health Observatory).
type Inequality struct {
	// AbsoluteGap is rate(most deprived) − rate(least deprived), the absolute range.
	AbsoluteGap float64 `json:"absoluteGap"`
	// RelativeGap is rate(most deprived) / rate(least deprived), the relative range.
	// It is zero when the least deprived rate is zero (see RelativeGapDefined).
	RelativeGap float64 `json:"relativeGap"`
	// RelativeGapDefined reports whether the least deprived rate was non-zero.
	RelativeGapDefined bool `json:"relativeGapDefined"`
	// SII is the slope index of inequality: the slope of the population-weighted
	// least-squares line of rate on relative rank, the rank running from 0 at
	// the least deprived end of the population to 1 at the most deprived. It is
	// the modelled gap between the two ends, positive when the rate is higher in
	// more deprived areas.
	SII float64 `json:"sii"`
	// RII is the relative index of inequality, SII divided by the
	// population-weighted mean rate.
	RII float64 `json:"rii"`
	// Mean is the population-weighted mean rate.
	Mean float64 `json:"mean"`
}

// MeasureInequality computes [Inequality] from groups ordered from most
// deprived (quintile 1) to least deprived. At least two groups are needed,
// populations must be positive and rates finite.
//
// Method (Low and Low 2004, as in the OHID Fingertips technical guidance): each
// group's relative rank is the midpoint of its cumulative population share,
// x_i = (P_before + P_i/2)/P, measured here from the least deprived end, and
// the SII is the slope of the weighted least-squares fit of rate_i on x_i with
// weights P_i. RII = SII / mean rate, the Scottish Government's definition; it
// wraps [ErrZeroDenominator] when the mean rate is zero.
func MeasureInequality(groups []Group) (Inequality, error) {
	if len(groups) < 2 {
		return Inequality{}, errf("%d groups, need at least 2: %w", len(groups), ErrBadArgument)
	}
	var total float64
	for i, g := range groups {
		if math.IsNaN(g.Rate) || math.IsInf(g.Rate, 0) {
			return Inequality{}, errf("group %d rate: %w", i+1, ErrNotFinite)
		}
		if err := checkCount(g.Population); err != nil {
			return Inequality{}, errf("group %d population: %w", i+1, err)
		}
		if g.Population == 0 {
			return Inequality{}, errf("group %d: population is zero: %w", i+1, ErrBadArgument)
		}
		total += g.Population
	}
	most, least := groups[0].Rate, groups[len(groups)-1].Rate
	out := Inequality{AbsoluteGap: most - least}
	if least != 0 {
		out.RelativeGap, out.RelativeGapDefined = most/least, true
	}
	// Weighted means of x and y, then the weighted slope.
	x := make([]float64, len(groups))
	var after, mx, my float64
	for i := len(groups) - 1; i >= 0; i-- { // least deprived first
		x[i] = (after + groups[i].Population/2) / total
		after += groups[i].Population
	}
	for i, g := range groups {
		w := g.Population / total
		mx += w * x[i]
		my += w * g.Rate
	}
	var sxy, sxx float64
	for i, g := range groups {
		w := g.Population / total
		sxy += w * (x[i] - mx) * (g.Rate - my)
		sxx += w * (x[i] - mx) * (x[i] - mx)
	}
	out.Mean = my
	out.SII = sxy / sxx // sxx > 0: at least two groups with positive population
	if my != 0 {
		out.RII = out.SII / my
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"absolute gap", out.AbsoluteGap}, {"relative gap", out.RelativeGap}, {"mean", out.Mean}, {"SII", out.SII}, {"RII", out.RII}} {
		if _, err := finite(f.name, f.v); err != nil {
			return Inequality{}, err
		}
	}
	if my == 0 {
		return out, errf("mean rate is zero, RII undefined: %w", ErrZeroDenominator)
	}
	return out, nil
}
