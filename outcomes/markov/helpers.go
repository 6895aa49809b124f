package markov

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

// Matrix returns a transition function that gives the same matrix in every
// cycle; rows are copied, and cells may be [Rest].
func Matrix(rows ...[]float64) TransitionFunc {
	n := len(rows)
	flat := make([]float64, 0, n*n)
	for _, r := range rows {
		flat = append(flat, r...)
	}
	return func(_ int, _ []float64, m []float64) { copy(m, flat) }
}

// RateToProb converts a constant rate r per year to the probability of the
// event within t years: p = 1 − e^(−r·t).
func RateToProb(r, t float64) float64 { return -math.Expm1(-r * t) }

// ProbToRate converts a probability p over t years to the constant rate
// per year: r = −ln(1 − p) / t.
func ProbToRate(p, t float64) float64 { return -math.Log1p(-p) / t }

// RescaleProb converts a probability over t0 years to one over t1 years
// through the constant rate: 1 − (1 − p)^(t1/t0).
func RescaleProb(p, t0, t1 float64) float64 { return -math.Expm1(math.Log1p(-p) * t1 / t0) }

// ApplyHR applies a hazard ratio to a probability over one cycle: the
// probability is turned into a rate, the rate multiplied by hr and turned
// back, 1 − (1 − p)^hr. Hazard ratios act on rates, never directly on
// probabilities.
func ApplyHR(p, hr float64) float64 { return -math.Expm1(math.Log1p(-p) * hr) }

// ApplyRR applies a relative risk to a probability: p × rr, as published
// models do with relative risks from trials. The result can exceed 1 for
// large p and rr; the model's checks report it ([ErrProbability]).
func ApplyRR(p, rr float64) float64 { return p * rr }

// Conditional returns the probabilities of moves conditional on surviving
// the cycle: each p[i] × (1 − pDeath), as in models whose non-death
// transitions are estimated among survivors.
func Conditional(pDeath float64, p ...float64) []float64 {
	out := make([]float64, len(p))
	for i, x := range p {
		out[i] = x * (1 - pDeath)
	}
	return out
}

// Tunnel returns the names of n tunnel states for time in state: "name 1",
// …, "name n". A cohort entering the state enters "name 1" and moves to the
// next tunnel state each cycle it stays; the last may loop on itself. Give
// each tunnel state its own transitions to model effects that depend on
// the time since entry.
func Tunnel(name string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = name + " " + strconv.Itoa(i+1)
	}
	return out
}

// Sex is the sex of a life table's column.
type Sex int8

// The sexes of a life table.
const (
	Female Sex = iota
	Male
)

// MortalityTable is a life table: it holds probabilities of death within a year by age and sex. Row
// i applies from age Ages[i] (a whole year of age) up to the next age; the
// last row applies to every later age.
type MortalityTable struct {
	Ages   []int     `json:"ages"`
	Female []float64 `json:"female"`
	Male   []float64 `json:"male"`
}

// Validate checks that the ages increase strictly, that each sex has one
// probability per age and that every probability is in [0, 1]. The error
// is an [*Error] whose Field is the path of the table's field, such as
// "male[2]" (positions one-based).
func (lt MortalityTable) Validate() error {
	if len(lt.Ages) == 0 {
		return fieldErr("", "ages", fmt.Errorf("no ages: %w", ErrAge))
	}
	for i := 1; i < len(lt.Ages); i++ {
		if lt.Ages[i] <= lt.Ages[i-1] {
			return fieldErr("", at("ages", i), fmt.Errorf("%d after %d: %w", lt.Ages[i], lt.Ages[i-1], ErrAge))
		}
	}
	for _, col := range []struct {
		name string
		q    []float64
	}{{"female", lt.Female}, {"male", lt.Male}} {
		if len(col.q) != len(lt.Ages) {
			return fieldErr("", col.name, fmt.Errorf("%d values for %d ages: %w", len(col.q), len(lt.Ages), ErrLength))
		}
		for i, q := range col.q {
			if !(q >= 0 && q <= 1) {
				return fieldErr("", at(col.name, i), fmt.Errorf("%v: %w", q, ErrProbability))
			}
		}
	}
	return nil
}

// Q returns the probability of death within a year at the given age (the
// row whose band contains it) and sex. It returns an error wrapping
// [ErrAge] for an age below the first row and [ErrUnknownName] for a sex
// that is not [Female] or [Male].
func (lt MortalityTable) Q(age float64, sex Sex) (float64, error) {
	if !sex.Valid() {
		return 0, fmt.Errorf("markov: mortality table: %v: %w", sex, ErrUnknownName)
	}
	i := sort.Search(len(lt.Ages), func(i int) bool { return float64(lt.Ages[i]) > age }) - 1
	if i < 0 || math.IsNaN(age) {
		return 0, fmt.Errorf("markov: mortality table at age %v: %w", age, ErrAge)
	}
	col := lt.Female
	if sex == Male {
		col = lt.Male
	}
	if i >= len(col) {
		return 0, fmt.Errorf("markov: mortality table: %d %s values for %d ages: %w", len(col), sex, len(lt.Ages), ErrLength)
	}
	return col[i], nil
}
