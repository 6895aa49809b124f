package needs

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// Bases for rates: a rate is events / population × base.
const (
	Per100    = 100.0
	Per1000   = 1000.0
	Per100000 = 100000.0
)

// DefaultLevel is the confidence level used when a level of 0 is given.
const DefaultLevel = 0.95

// Estimate is a rate with its confidence interval.
type Estimate struct {
	Value      float64 `json:"value"`      // the rate per Per
	Lower      float64 `json:"lower"`      // lower confidence limit
	Upper      float64 `json:"upper"`      // upper confidence limit
	Events     float64 `json:"events"`     // total events (numerator)
	Population float64 `json:"population"` // total population (denominator)
	Per        float64 `json:"per"`        // base: 100, 1,000 or 100,000
	Level      float64 `json:"level"`      // confidence level, e.g. 0.95
}

func checkPerLevel(per, level float64) (float64, error) {
	if !(per > 0) || math.IsInf(per, 0) {
		return 0, errf("base per %v must be positive: %w", per, ErrBadArgument)
	}
	if level == 0 {
		level = DefaultLevel
	}
	if !(level > 0 && level < 1) {
		return 0, errf("confidence level %v not in (0, 1): %w", level, ErrBadArgument)
	}
	return level, nil
}

// PoissonLimits returns the exact (Garwood 1936) confidence limits for a
// Poisson count o at the given level: lower = χ²(α/2; 2o)/2 (0 when o = 0),
// upper = χ²(1−α/2; 2o+2)/2, α = 1 − level. For o = 10 at 95% they are 4.795
// and 18.390. o must be finite and non-negative.
func PoissonLimits(o, level float64) (lower, upper float64, err error) {
	if level, err = checkPerLevel(1, level); err != nil {
		return 0, 0, err
	}
	if math.IsNaN(o) || math.IsInf(o, 0) || o < 0 {
		return 0, 0, errf("count %v: %w", o, ErrBadArgument)
	}
	alpha := 1 - level
	if o > 0 {
		lower = distuv.ChiSquared{K: 2 * o}.Quantile(alpha/2) / 2
	}
	upper = distuv.ChiSquared{K: 2*o + 2}.Quantile(1-alpha/2) / 2
	return lower, upper, nil
}

// CrudeRate returns events / population × per, with exact Poisson confidence
// limits on the events ([PoissonLimits]) divided likewise. 1,234 events in
// 250,000 people is 493.6 per 100,000. level 0 means 95%.
func CrudeRate(events, population, per, level float64) (Estimate, error) {
	level, err := checkPerLevel(per, level)
	if err != nil {
		return Estimate{}, err
	}
	if err := checkCount(events); err != nil {
		return Estimate{}, errf("events: %w", err)
	}
	if err := checkCount(population); err != nil {
		return Estimate{}, errf("population: %w", err)
	}
	if population == 0 {
		return Estimate{}, errf("population is zero: %w", ErrZeroDenominator)
	}
	lo, hi, err := PoissonLimits(events, level)
	if err != nil {
		return Estimate{}, err
	}
	return finiteEstimate("crude rate", Estimate{
		Value: events / population * per, Lower: lo / population * per, Upper: hi / population * per,
		Events: events, Population: population, Per: per, Level: level,
	})
}

// Standard is a standard population for direct age standardisation: age
// bands and their weights.
type Standard struct {
	Name    string    `json:"name"`
	Bands   []Band    `json:"bands"`
	Weights []float64 `json:"weights"`
}

// ESP2013 returns the 2013 European Standard Population: 19 bands 0-4, 5-9, …,
// 85-89, 90+ with weights summing to 100,000. Source: Eurostat, Revision of
// the European Standard Population, report of Eurostat's task force, 2013
// edition (KS-RA-13-028), used by National Records of Scotland and Public
// Health Scotland for age-standardised rates.
func ESP2013() Standard {
	return Standard{
		Name:  "European Standard Population 2013",
		Bands: FiveYearBands(0, 90),
		Weights: []float64{
			5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, // 0-4 … 45-49
			7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000, // 50-54 … 90+
		},
	}
}

// Check reports whether the standard has contiguous bands (see [CheckBands])
// and one positive finite weight per band.
func (s Standard) Check() error {
	if err := CheckBands(s.Bands); err != nil {
		return errf("standard %q: %w", s.Name, bare(err))
	}
	if len(s.Weights) != len(s.Bands) {
		return errf("standard %q has %d weights for %d bands: %w", s.Name, len(s.Weights), len(s.Bands), ErrBadArgument)
	}
	for i, w := range s.Weights {
		if !(w > 0) || math.IsInf(w, 0) {
			return errf("standard %q weight %d is %v: %w", s.Name, i+1, w, ErrBadArgument)
		}
	}
	return nil
}

// Within returns the part of the standard whose bands lie inside b; the
// weights keep their values, so a rate standardised to it is weighted by the
// standard's population of those ages. ESP2013().Within(Band{0, 74}) is the
// standard for deaths under 75 (NI-11, premature mortality). b must start and
// end on band boundaries.
func (s Standard) Within(b Band) (Standard, error) {
	if err := s.Check(); err != nil {
		return Standard{}, err
	}
	first := slices.IndexFunc(s.Bands, func(x Band) bool { return x.Lo == b.Lo })
	last := slices.IndexFunc(s.Bands, func(x Band) bool { return x.Hi == b.Hi })
	if !b.Valid() || first < 0 || last < first {
		return Standard{}, errf("%v does not start and end on bands of %q: %w", b, s.Name, ErrBandNotFound)
	}
	return Standard{
		Name:    fmt.Sprintf("%s, ages %v", s.Name, b),
		Bands:   slices.Clone(s.Bands[first : last+1]),
		Weights: slices.Clone(s.Weights[first : last+1]),
	}, nil
}

// Stratum is the events and population of one age band.
type Stratum struct {
	Events     float64 `json:"events"`
	Population float64 `json:"population"`
}

// Rate returns the directly age-standardised rate of the strata (one per band
// of the standard, in order), per per, with a confidence interval by the
// method of Dobson et al. (1991, Statistics in Medicine 10:457–462) as Public
// Health England and Public Health Scotland use it:
//
//	DSR   = Σ w_i·O_i/n_i / Σ w_i × per
//	var   = Σ w_i²·O_i/n_i² / (Σ w_i)² × per²
//	limit = DSR + √(var/O) · (O_lim − O),   O = Σ O_i
//
// where O_lim are the exact Poisson limits of O ([PoissonLimits]). A stratum
// with no population must have no events, and adds rate 0. The Dobson interval
// is undefined when O = 0 ([ErrNoEvents]); analysts usually suppress rates
// on fewer than 10 events. level 0 means 95%.
func (s Standard) Rate(strata []Stratum, per, level float64) (Estimate, error) {
	level, err := checkPerLevel(per, level)
	if err != nil {
		return Estimate{}, err
	}
	if err := s.Check(); err != nil {
		return Estimate{}, err
	}
	if len(strata) != len(s.Bands) {
		return Estimate{}, errf("%d strata for %d bands of %q: %w", len(strata), len(s.Bands), s.Name, ErrBadArgument)
	}
	var sw, dsr, v, o, pop float64
	for i, st := range strata {
		if err := checkCount(st.Events); err != nil {
			return Estimate{}, errf("stratum %v events: %w", s.Bands[i], err)
		}
		if err := checkCount(st.Population); err != nil {
			return Estimate{}, errf("stratum %v population: %w", s.Bands[i], err)
		}
		w := s.Weights[i]
		sw += w
		o += st.Events
		pop += st.Population
		if st.Population == 0 {
			if st.Events > 0 {
				return Estimate{}, errf("stratum %v has events but no population: %w", s.Bands[i], ErrZeroDenominator)
			}
			continue
		}
		dsr += w * st.Events / st.Population
		v += w * w * st.Events / (st.Population * st.Population)
	}
	if o == 0 {
		return Estimate{}, errf("Dobson interval needs at least one event: %w", ErrNoEvents)
	}
	dsr /= sw
	v /= sw * sw
	lo, hi, err := PoissonLimits(o, level)
	if err != nil {
		return Estimate{}, err
	}
	k := math.Sqrt(v / o)
	return finiteEstimate("standardised rate", Estimate{
		Value: dsr * per, Lower: (dsr + k*(lo-o)) * per, Upper: (dsr + k*(hi-o)) * per,
		Events: o, Population: pop, Per: per, Level: level,
	})
}

// ExpectedEvents returns Σ rate_i × population_i: the events a population
// would have at reference rates (per person), the denominator of a
// standardised ratio. The slices must have equal, non-zero length.
func ExpectedEvents(rates, populations []float64) (float64, error) {
	if len(rates) == 0 || len(rates) != len(populations) {
		return 0, errf("%d rates, %d populations: %w", len(rates), len(populations), ErrBadArgument)
	}
	var e float64
	for i := range rates {
		if err := checkRate(Activity, rates[i]); err != nil {
			return 0, errf("rate %d: %w", i+1, err)
		}
		if err := checkCount(populations[i]); err != nil {
			return 0, errf("population %d: %w", i+1, err)
		}
		e += rates[i] * populations[i]
	}
	return finite("expected events", e)
}

// StandardisedRatio returns the indirectly standardised ratio observed /
// expected × per (per 100 gives the familiar SMR of 100 for "as expected"),
// with exact Poisson limits on the observed count divided by the expected.
// The Estimate's Events is the observed count and its Population the
// expected count.
func StandardisedRatio(observed, expected, per, level float64) (Estimate, error) {
	level, err := checkPerLevel(per, level)
	if err != nil {
		return Estimate{}, err
	}
	if err := checkCount(observed); err != nil {
		return Estimate{}, errf("observed: %w", err)
	}
	if math.IsNaN(expected) || math.IsInf(expected, 0) || expected < 0 {
		return Estimate{}, errf("expected %v: %w", expected, ErrBadArgument)
	}
	if expected == 0 {
		return Estimate{}, errf("no expected events: %w", ErrZeroDenominator)
	}
	lo, hi, err := PoissonLimits(observed, level)
	if err != nil {
		return Estimate{}, err
	}
	return finiteEstimate("standardised ratio", Estimate{
		Value: observed / expected * per, Lower: lo / expected * per, Upper: hi / expected * per,
		Events: observed, Population: expected, Per: per, Level: level,
	})
}
