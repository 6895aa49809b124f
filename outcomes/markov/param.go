package markov

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distmv"
	"gonum.org/v1/gonum/stat/distuv"
)

// Kind is the family of a parameter's distribution.
type Kind int8

// The distribution families. The zero Kind is [Point].
const (
	// Point parameters keep their base value in every draw.
	Point Kind = iota
	// Beta(A, B) on [0, 1], for probabilities and utilities.
	Beta
	// Gamma with shape A and rate B (mean A/B), for costs and rates. For a
	// scale s give the rate 1/s.
	Gamma
	// LogNormal with log-mean A and log-standard deviation B, for hazard
	// ratios and relative risks.
	LogNormal
	// Normal with mean A and standard deviation B.
	Normal
	// Dirichlet with concentrations Alpha, for a row of transition
	// probabilities; it takes len(Alpha) positions in the parameter vector.
	Dirichlet
)

// Distribution is a parameter's distribution for probabilistic analysis.
type Distribution struct {
	Kind  Kind      `json:"kind"`
	A     float64   `json:"a,omitempty"`
	B     float64   `json:"b,omitempty"`
	Alpha []float64 `json:"alpha,omitempty"`
}

// Parameter is a model input: its base-case value and its distribution.
type Parameter struct {
	Name string `json:"name"`
	// Value is the base case of a scalar parameter.
	Value float64 `json:"value"`
	// Values is the base case of a Dirichlet parameter, one per component.
	Values []float64    `json:"values,omitempty"`
	Dist   Distribution `json:"dist"`
}

func (p Parameter) dim() int {
	if p.Dist.Kind == Dirichlet {
		return len(p.Dist.Alpha)
	}
	return 1
}

// BetaFromMeanSD returns the beta distribution with the given mean and
// standard deviation (method of moments), as published models fit them.
func BetaFromMeanSD(mean, sd float64) (Distribution, error) {
	v := sd * sd
	if !(mean > 0 && mean < 1) || !(v > 0 && v < mean*(1-mean)) {
		return Distribution{}, fmt.Errorf("markov: beta with mean %v and SD %v: %w", mean, sd, ErrDistribution)
	}
	k := mean*(1-mean)/v - 1
	return Distribution{Kind: Beta, A: mean * k, B: (1 - mean) * k}, nil
}

// GammaFromMeanSD returns the gamma distribution with the given mean and
// standard deviation (method of moments).
func GammaFromMeanSD(mean, sd float64) (Distribution, error) {
	if !(mean > 0) || !(sd > 0) || math.IsInf(mean, 0) || math.IsInf(sd, 0) {
		return Distribution{}, fmt.Errorf("markov: gamma with mean %v and SD %v: %w", mean, sd, ErrDistribution)
	}
	return Distribution{Kind: Gamma, A: mean * mean / (sd * sd), B: mean / (sd * sd)}, nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func (d Distribution) validate() error {
	bad := func() error { return fmt.Errorf("%v(%v, %v): %w", d.Kind, d.A, d.B, ErrDistribution) }
	switch d.Kind {
	case Point:
	case Beta, Gamma:
		if !(d.A > 0 && d.B > 0) || !finite(d.A) || !finite(d.B) {
			return bad()
		}
	case LogNormal, Normal:
		if !finite(d.A) || !(d.B >= 0) || !finite(d.B) {
			return bad()
		}
	case Dirichlet:
		if len(d.Alpha) < 2 {
			return fmt.Errorf("Dirichlet with %d components: %w", len(d.Alpha), ErrDistribution)
		}
		for i, a := range d.Alpha {
			if !(a > 0) || !finite(a) {
				return fmt.Errorf("Dirichlet concentration %d is %v: %w", i+1, a, ErrDistribution)
			}
		}
	default:
		return fmt.Errorf("%v: %w", d.Kind, ErrDistribution)
	}
	return nil
}

func validateParameters(ps []Parameter) error {
	names := map[string]bool{}
	for i, p := range ps {
		f := at("parameters", i)
		if p.Name == "" || names[p.Name] {
			return fieldErr("", f+".name", fmt.Errorf("empty or duplicate name %q: %w", p.Name, ErrParameter))
		}
		names[p.Name] = true
		if err := p.Dist.validate(); err != nil {
			return fieldErr("", f+".dist", err)
		}
		if p.Dist.Kind == Dirichlet {
			if len(p.Values) != len(p.Dist.Alpha) {
				return fieldErr("", f+".values", fmt.Errorf("%d base values for %d components: %w", len(p.Values), len(p.Dist.Alpha), ErrParameter))
			}
			for j, x := range p.Values {
				if !(x >= 0 && x <= 1) {
					return fieldErr("", at(f+".values", j), fmt.Errorf("%v: %w", x, ErrProbability))
				}
			}
			continue
		}
		if !finite(p.Value) {
			return fieldErr("", f+".value", ErrNotFinite)
		}
	}
	return nil
}

// sampler draws one parameter into its positions of the vector.
type sampler interface {
	draw(dst []float64)
}

type fixedS float64

func (f fixedS) draw(dst []float64) { dst[0] = float64(f) }

type uvS struct{ d distuv.Rander }

func (u uvS) draw(dst []float64) { dst[0] = u.d.Rand() }

// betaS guards distuv.Beta against NaN from underflowing gamma variates at
// tiny shapes by inverting a uniform from the same stream.
type betaS struct {
	b   distuv.Beta
	rng *rand.Rand
}

func (b betaS) draw(dst []float64) {
	x := b.b.Rand()
	if math.IsNaN(x) {
		x = b.b.Quantile(b.rng.Float64())
	}
	dst[0] = x
}

type dirS struct{ d *distmv.Dirichlet }

func (s dirS) draw(dst []float64) { s.d.Rand(dst) }

// sampler returns p's sampler drawing from src.
func (p Parameter) sampler(src rand.Source) sampler {
	d := p.Dist
	switch d.Kind {
	case Beta:
		return betaS{distuv.Beta{Alpha: d.A, Beta: d.B, Src: src}, rand.New(src)}
	case Gamma:
		return uvS{distuv.Gamma{Alpha: d.A, Beta: d.B, Src: src}}
	case LogNormal:
		return uvS{distuv.LogNormal{Mu: d.A, Sigma: d.B, Src: src}}
	case Normal:
		return uvS{distuv.Normal{Mu: d.A, Sigma: d.B, Src: src}}
	case Dirichlet:
		return dirS{distmv.NewDirichlet(d.Alpha, src)}
	}
	return fixedS(p.Value)
}
