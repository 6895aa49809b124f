package forecast

import (
	"fmt"
	"math"
	"slices"
)

// Frequency is the number of observations per year.
type Frequency int

// Supported frequencies.
const (
	Yearly    Frequency = 1
	Quarterly Frequency = 4
	Monthly   Frequency = 12
)

// Series is a regularly spaced time series. The zero Frequency is read as
// [Yearly]. Values must be finite: a NaN marks a missing observation, which is
// an error for every method unless the caller first applies an explicit
// treatment such as [Series.Interpolate].
//
// A Series is a value; methods never modify Values.
type Series struct {
	Start     int       `json:"start"`     // calendar year of the first observation
	Period    int       `json:"period"`    // quarter (1–4) or month (1–12) of the first observation; 0 or 1 for yearly data
	Frequency Frequency `json:"frequency"` // observations per year; zero means Yearly
	Values    []float64 `json:"values"`    // observations in time order
}

// Len returns the number of observations.
func (s Series) Len() int { return len(s.Values) }

func (s Series) freq() int {
	if s.Frequency == 0 {
		return 1
	}
	return int(s.Frequency)
}

// Validate reports the first problem with s: an unknown frequency or start
// period ([ErrFrequency]), or a NaN or infinite value ([ValueError]).
func (s Series) Validate() error { return prefixed(s.validate()) }

// validate is Validate without the package prefix.
func (s Series) validate() error {
	if s.Frequency != 0 && !s.Frequency.valid() {
		return fmt.Errorf("frequency %d: %w", int(s.Frequency), ErrFrequency)
	}
	if p := s.Period; p < 0 || p > s.freq() {
		return fmt.Errorf("start period %d of a %s series: %w", p, Frequency(s.freq()), ErrFrequency)
	}
	for i, v := range s.Values {
		if math.IsNaN(v) {
			return valueError(s, i, ErrMissing)
		}
		if math.IsInf(v, 0) {
			return valueError(s, i, ErrNotFinite)
		}
	}
	return nil
}

// Interpolate returns a copy of s with each interior run of missing (NaN)
// values replaced by linear interpolation between its neighbours. It is the
// explicit treatment a caller opts into; leading or trailing missing values
// cannot be interpolated and give a [ValueError] wrapping [ErrMissing], as do
// infinite values ([ErrNotFinite]).
func (s Series) Interpolate() (Series, error) {
	out, err := s.interpolate()
	return out, prefixed(err)
}

func (s Series) interpolate() (Series, error) {
	v := slices.Clone(s.Values)
	last := -1 // index of the last observed value
	for i, x := range v {
		if math.IsInf(x, 0) {
			return Series{}, valueError(s, i, ErrNotFinite)
		}
		if math.IsNaN(x) {
			if last < 0 {
				return Series{}, valueError(s, i, ErrMissing)
			}
			continue
		}
		if last >= 0 && i-last > 1 {
			a, b := v[last], x
			for j := last + 1; j < i; j++ {
				w := float64(j-last) / float64(i-last)
				// A convex combination, so finite whenever a and b
				// are; b − a could overflow.
				v[j] = (1-w)*a + w*b
				if math.IsInf(v[j], 0) {
					return Series{}, valueError(s, j, fmt.Errorf("interpolated: %w", ErrNotFinite))
				}
			}
		}
		last = i
	}
	if last != len(v)-1 {
		return Series{}, valueError(s, last+1, ErrMissing)
	}
	out := s
	out.Values = v
	return out, nil
}

// Label returns the calendar label of observation i: "2024" for yearly data,
// "2024 Q3" for quarterly and "2024-07" for monthly.
func (s Series) Label(i int) string {
	m := s.freq()
	p := max(s.Period, 1) - 1 + i
	y := s.Start + floorDiv(p, m)
	k := p - floorDiv(p, m)*m + 1
	switch m {
	case 4:
		return fmt.Sprintf("%d Q%d", y, k)
	case 12:
		return fmt.Sprintf("%d-%02d", y, k)
	}
	return fmt.Sprintf("%d", y)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// positive reports whether every value is strictly positive.
func positive(y []float64) bool {
	for _, v := range y {
		if !(v > 0) {
			return false
		}
	}
	return true
}
