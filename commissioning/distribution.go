package commissioning

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"gonum.org/v1/gonum/stat/distuv"
)

// Kind is the family of a [Distribution]. The zero Kind is [Fixed].
type Kind int

// The distribution families for Monte Carlo inputs.
const (
	Fixed      Kind = iota // a constant: Value
	Normal                 // Mean, SD > 0
	LogNormal              // the log is normal with Mu, Sigma > 0
	Gamma                  // Shape > 0, Rate > 0 (mean Shape/Rate)
	Beta                   // Alpha > 0, Beta > 0 on [0, 1]
	Triangular             // Min ≤ Mode ≤ Max, Min < Max
	PERT                   // Min ≤ Mode ≤ Max, Min < Max: a beta scaled to [Min, Max]
	Uniform                // Min < Max
)

var kindCodec = newCodec("Kind", Fixed, ErrUnknownKind, "fixed", "normal", "lognormal", "gamma", "beta", "triangular", "pert", "uniform")

// foldKind folds a kind's name for comparison: case, surrounding spaces and
// hyphens do not count, so "Log-Normal" is "lognormal".
func foldKind(s string) string { return strings.ReplaceAll(foldName(s), "-", "") }

// String returns the kind's name in lower case, such as "pert".
func (k Kind) String() string { return kindCodec.String(k) }

// Valid reports whether k is one of the distribution families.
func (k Kind) Valid() bool { return kindCodec.Valid(k) }

// ParseKind reads a kind's name, ignoring case, surrounding spaces and
// hyphens ("log-normal" is accepted too). Other text gives a
// [*FieldError] wrapping [ErrUnknownKind].
func ParseKind(text string) (Kind, error) { return kindCodec.ParseFold(text, foldKind) }

// MarshalText writes the kind's name; an unknown kind is a [*FieldError]
// wrapping [ErrUnknownKind].
func (k Kind) MarshalText() ([]byte, error) { return kindCodec.Marshal(k) }

// UnmarshalText reads any name [ParseKind] accepts.
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Distribution is a probability distribution of one uncertain input, as a
// value: its [Kind] and the parameters that kind uses (the others are
// zero). Build one with [NewFixed], [NewNormal], [NewLogNormal],
// [NewGamma], [NewBeta], [NewTriangular], [NewPERT] or [NewUniform], which
// check the parameters, or as a literal checked by [Distribution.Validate].
//
// Sampling uses gonum's stat/distuv. PERT is the beta distribution with
// α = 1 + 4(Mode − Min)/(Max − Min) and β = 1 + 4(Max − Mode)/(Max − Min)
// scaled to [Min, Max], so its mean is (Min + 4·Mode + Max)/6.
//
// The zero Distribution is the constant 0. Distribution round-trips
// through JSON.
type Distribution struct {
	Kind  Kind    `json:"kind"`
	Value float64 `json:"value,omitempty"`
	Mean  float64 `json:"mean,omitempty"`
	SD    float64 `json:"sd,omitempty"`
	Mu    float64 `json:"mu,omitempty"`
	Sigma float64 `json:"sigma,omitempty"`
	Shape float64 `json:"shape,omitempty"`
	Rate  float64 `json:"rate,omitempty"`
	Alpha float64 `json:"alpha,omitempty"`
	Beta  float64 `json:"beta,omitempty"`
	Min   float64 `json:"min,omitempty"`
	Mode  float64 `json:"mode,omitempty"`
	Max   float64 `json:"max,omitempty"`
}

// NewFixed returns the constant v.
func NewFixed(v float64) (Distribution, error) {
	d := Distribution{Kind: Fixed, Value: v}
	return d, d.Validate()
}

// NewNormal returns the normal distribution with the given mean and
// standard deviation (sd > 0).
func NewNormal(mean, sd float64) (Distribution, error) {
	d := Distribution{Kind: Normal, Mean: mean, SD: sd}
	return d, d.Validate()
}

// NewLogNormal returns the log-normal distribution whose logarithm has mean
// mu and standard deviation sigma (sigma > 0).
func NewLogNormal(mu, sigma float64) (Distribution, error) {
	d := Distribution{Kind: LogNormal, Mu: mu, Sigma: sigma}
	return d, d.Validate()
}

// NewGamma returns the gamma distribution with the given shape and rate
// (both > 0); its mean is shape/rate.
func NewGamma(shape, rate float64) (Distribution, error) {
	d := Distribution{Kind: Gamma, Shape: shape, Rate: rate}
	return d, d.Validate()
}

// NewBeta returns the beta distribution on [0, 1] with shapes alpha and
// beta (both > 0).
func NewBeta(alpha, beta float64) (Distribution, error) {
	d := Distribution{Kind: Beta, Alpha: alpha, Beta: beta}
	return d, d.Validate()
}

// NewTriangular returns the triangular distribution on [lo, hi] with the
// given mode (lo ≤ mode ≤ hi, lo < hi).
func NewTriangular(lo, mode, hi float64) (Distribution, error) {
	d := Distribution{Kind: Triangular, Min: lo, Mode: mode, Max: hi}
	return d, d.Validate()
}

// NewPERT returns the PERT distribution on [lo, hi] with the given mode
// (lo ≤ mode ≤ hi, lo < hi).
func NewPERT(lo, mode, hi float64) (Distribution, error) {
	d := Distribution{Kind: PERT, Min: lo, Mode: mode, Max: hi}
	return d, d.Validate()
}

// NewUniform returns the uniform distribution on [lo, hi] (lo < hi).
func NewUniform(lo, hi float64) (Distribution, error) {
	d := Distribution{Kind: Uniform, Min: lo, Max: hi}
	return d, d.Validate()
}

// Validate checks that the kind is known and its parameters finite and in
// range. The error is a [*DistributionError] naming the parameter and
// wrapping [ErrParameter], [ErrNotFinite] or [ErrUnknownKind].
func (d Distribution) Validate() error {
	bad := func(p string, v float64, err error) error {
		return &DistributionError{Kind: d.Kind, Param: p, Value: v, Err: err}
	}
	type param struct {
		name string
		v    float64
	}
	var ps []param
	switch d.Kind {
	case Fixed:
		ps = []param{{"Value", d.Value}}
	case Normal:
		ps = []param{{"Mean", d.Mean}, {"SD", d.SD}}
	case LogNormal:
		ps = []param{{"Mu", d.Mu}, {"Sigma", d.Sigma}}
	case Gamma:
		ps = []param{{"Shape", d.Shape}, {"Rate", d.Rate}}
	case Beta:
		ps = []param{{"Alpha", d.Alpha}, {"Beta", d.Beta}}
	case Triangular, PERT:
		ps = []param{{"Min", d.Min}, {"Mode", d.Mode}, {"Max", d.Max}}
	case Uniform:
		ps = []param{{"Min", d.Min}, {"Max", d.Max}}
	default:
		return bad("Kind", float64(d.Kind), ErrUnknownKind)
	}
	for _, p := range ps {
		if math.IsNaN(p.v) || math.IsInf(p.v, 0) {
			return bad(p.name, p.v, ErrNotFinite)
		}
	}
	positive := func(name string, v float64) error {
		if v <= 0 {
			return bad(name, v, fmt.Errorf("must be positive: %w", ErrParameter))
		}
		return nil
	}
	switch d.Kind {
	case Normal:
		return positive("SD", d.SD)
	case LogNormal:
		return positive("Sigma", d.Sigma)
	case Gamma:
		if err := positive("Shape", d.Shape); err != nil {
			return err
		}
		return positive("Rate", d.Rate)
	case Beta:
		if err := positive("Alpha", d.Alpha); err != nil {
			return err
		}
		return positive("Beta", d.Beta)
	case Triangular, PERT:
		if d.Min >= d.Max {
			return bad("Max", d.Max, fmt.Errorf("must exceed Min %v: %w", d.Min, ErrParameter))
		}
		if d.Mode < d.Min || d.Mode > d.Max {
			return bad("Mode", d.Mode, fmt.Errorf("must lie in [%v, %v]: %w", d.Min, d.Max, ErrParameter))
		}
	case Uniform:
		if d.Min >= d.Max {
			return bad("Max", d.Max, fmt.Errorf("must exceed Min %v: %w", d.Min, ErrParameter))
		}
	}
	return nil
}

// pertShapes returns the beta shapes of a PERT distribution.
func (d Distribution) pertShapes() (a, b float64) {
	span := d.Max - d.Min
	return 1 + 4*(d.Mode-d.Min)/span, 1 + 4*(d.Max-d.Mode)/span
}

// MeanValue returns the distribution's mean. d must be valid.
func (d Distribution) MeanValue() float64 {
	return d.sampler(nil).Mean()
}

// Quantile returns the value below which a fraction p of the distribution
// lies, for p in [0, 1]. d must be valid; p outside [0, 1] or NaN is an
// error wrapping [ErrPercentile], and a quantile that is not finite (p of 0
// or 1 for an unbounded distribution, or parameters at the extremes of
// float64) one wrapping [ErrNotFinite].
func (d Distribution) Quantile(p float64) (float64, error) {
	if err := d.Validate(); err != nil {
		return 0, err
	}
	if !(p >= 0 && p <= 1) {
		return 0, &FieldError{Field: "p", Err: fmt.Errorf("%v: %w", p, ErrPercentile)}
	}
	q := d.sampler(nil).Quantile(p)
	if math.IsNaN(q) || math.IsInf(q, 0) {
		// p = 0 or 1 of an unbounded distribution, or parameters at the
		// extremes of float64.
		return 0, &FieldError{Field: "p", Err: fmt.Errorf("quantile %v of %v is %v: %w", p, d.Kind, q, ErrNotFinite)}
	}
	return q, nil
}

// sampler draws from a distribution through gonum's distuv.
type sampler interface {
	Rand() float64
	Quantile(p float64) float64
	Mean() float64
}

type fixed float64

func (f fixed) Rand() float64            { return float64(f) }
func (f fixed) Quantile(float64) float64 { return float64(f) }
func (f fixed) Mean() float64            { return float64(f) }

// scaled is a distribution on [0, 1] mapped to [lo, lo+span]; PERT uses it.
type scaled struct {
	lo, span float64
	b        distuv.Beta
}

func (s scaled) Rand() float64              { return s.lo + s.span*s.b.Rand() }
func (s scaled) Quantile(p float64) float64 { return s.lo + s.span*s.b.Quantile(p) }
func (s scaled) Mean() float64              { return s.lo + s.span*s.b.Mean() }

// betaSampler is distuv.Beta with a guard: for very small shapes both
// gamma variates that Beta.Rand divides can underflow to zero and give NaN;
// the draw is then taken by inversion of a uniform from the same source.
type betaSampler struct{ distuv.Beta }

func (b betaSampler) Rand() float64 {
	x := b.Beta.Rand()
	if math.IsNaN(x) {
		if b.Src == nil {
			// Samplers that draw are always built with a seeded source;
			// one without is only for Mean and Quantile.
			panic("commissioning: beta sampler drawn without a random source")
		}
		x = b.Beta.Quantile(rand.New(b.Src).Float64())
	}
	return x
}

// sampler returns d's distuv form drawing from src. d must be valid.
func (d Distribution) sampler(src rand.Source) sampler {
	switch d.Kind {
	case Normal:
		return distuv.Normal{Mu: d.Mean, Sigma: d.SD, Src: src}
	case LogNormal:
		return distuv.LogNormal{Mu: d.Mu, Sigma: d.Sigma, Src: src}
	case Gamma:
		return distuv.Gamma{Alpha: d.Shape, Beta: d.Rate, Src: src}
	case Beta:
		return betaSampler{distuv.Beta{Alpha: d.Alpha, Beta: d.Beta, Src: src}}
	case Triangular:
		return distuv.NewTriangle(d.Min, d.Max, d.Mode, src)
	case PERT:
		a, b := d.pertShapes()
		return scaled{lo: d.Min, span: d.Max - d.Min, b: distuv.Beta{Alpha: a, Beta: b, Src: src}}
	case Uniform:
		return distuv.Uniform{Min: d.Min, Max: d.Max, Src: src}
	}
	return fixed(d.Value)
}
