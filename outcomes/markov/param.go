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

// String returns the family's name.
func (k Kind) String() string {
	switch k {
	case Point:
		return "point"
	case Beta:
		return "beta"
	case Gamma:
		return "gamma"
	case LogNormal:
		return "log-normal"
	case Normal:
		return "normal"
	case Dirichlet:
		return "Dirichlet"
	}
	return fmt.Sprintf("Kind(%d)", int8(k))
}

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
		return Distribution{}, fmt.Errorf("%w: beta with mean %v and SD %v", ErrDistribution, mean, sd)
	}
	k := mean*(1-mean)/v - 1
	return Distribution{Kind: Beta, A: mean * k, B: (1 - mean) * k}, nil
}

// GammaFromMeanSD returns the gamma distribution with the given mean and
// standard deviation (method of moments).
func GammaFromMeanSD(mean, sd float64) (Distribution, error) {
	if !(mean > 0) || !(sd > 0) || math.IsInf(mean, 0) || math.IsInf(sd, 0) {
		return Distribution{}, fmt.Errorf("%w: gamma with mean %v and SD %v", ErrDistribution, mean, sd)
	}
	return Distribution{Kind: Gamma, A: mean * mean / (sd * sd), B: mean / (sd * sd)}, nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func (d Distribution) validate() error {
	bad := func() error { return fmt.Errorf("%w: %v(%v, %v)", ErrDistribution, d.Kind, d.A, d.B) }
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
			return fmt.Errorf("%w: Dirichlet with %d components", ErrDistribution, len(d.Alpha))
		}
		for _, a := range d.Alpha {
			if !(a > 0) || !finite(a) {
				return fmt.Errorf("%w: Dirichlet concentration %v", ErrDistribution, a)
			}
		}
	default:
		return fmt.Errorf("%w: kind %d", ErrDistribution, d.Kind)
	}
	return nil
}

func validateParameters(ps []Parameter) error {
	names := map[string]bool{}
	for i, p := range ps {
		f := fmt.Sprintf("Parameters[%d]", i)
		if p.Name == "" || names[p.Name] {
			return fieldErr("", f+".Name", fmt.Errorf("%w: empty or duplicate name %q", ErrParameter, p.Name))
		}
		names[p.Name] = true
		if err := p.Dist.validate(); err != nil {
			return fieldErr("", f+".Dist", err)
		}
		if p.Dist.Kind == Dirichlet {
			if len(p.Values) != len(p.Dist.Alpha) {
				return fieldErr("", f+".Values", fmt.Errorf("%w: %d base values for %d components", ErrParameter, len(p.Values), len(p.Dist.Alpha)))
			}
			for j, x := range p.Values {
				if !(x >= 0 && x <= 1) {
					return fieldErr("", fmt.Sprintf("%s.Values[%d]", f, j), fmt.Errorf("%w: %v", ErrProbability, x))
				}
			}
			continue
		}
		if !finite(p.Value) {
			return fieldErr("", f+".Value", ErrNotFinite)
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
