package needs

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/opencommissioning/scp/internal/enum"
	"github.com/opencommissioning/scp/internal/wire"
)

// Kind says what a set of [Rates] measures.
type Kind uint8

// The kinds of rate.
const (
	// Prevalence is the proportion of people who have a condition at a point
	// in time, in [0, 1].
	Prevalence Kind = iota
	// Activity is events or units of service per person per period (for
	// example emergency admissions per person per year, or home-care hours per
	// person per week); any non-negative number.
	Activity
)

// kindCodec is the text form of Kind.
var kindCodec = enum.New("needs", "Kind", Prevalence, ErrBadRates, "prevalence", "activity").WithError(nameError)

// String returns "prevalence" or "activity"; ParseKind reads it back.
func (k Kind) String() string { return kindCodec.String(k) }

// Valid reports whether k is Prevalence or Activity.
func (k Kind) Valid() bool { return kindCodec.Valid(k) }

// ParseKind reads "prevalence" or "activity", ignoring case and surrounding
// space.
func ParseKind(s string) (Kind, error) {
	k, err := kindCodec.Parse(strings.ToLower(strings.TrimSpace(s)))
	if err != nil {
		return 0, nameError("Kind", s, ErrBadRates)
	}
	return k, nil
}

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) { return kindCodec.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it reads what
// [ParseKind] reads.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Provenance records where rates come from, so that every projection can say
// what it rests on.
type Provenance struct {
	Source  string `json:"source"`            // publication or data set, e.g. "EuroCoDe (Alzheimer Europe, 2009)"
	Year    int    `json:"year,omitempty"`    // year of publication or of the data
	Licence string `json:"licence,omitempty"` // e.g. "Open Government Licence v3.0"
	URL     string `json:"url,omitempty"`
	Note    string `json:"note,omitempty"` // caveats: illustrative, constructed, adjusted
}

// RatesSpec describes a set of rates for [NewRates].
type RatesSpec struct {
	Condition  string     `json:"condition"` // what is counted, e.g. "dementia"; must not be empty
	Kind       Kind       `json:"kind"`      // Prevalence or Activity
	Unit       string     `json:"unit"`      // for Activity, what one unit is, e.g. "emergency admissions per person per year"
	Bands      []Band     `json:"bands"`     // contiguous, non-overlapping age bands (see CheckBands)
	Female     []float64  `json:"female"`    // one rate per band
	Male       []float64  `json:"male"`      // one rate per band; nil means the same as Female (a persons rate)
	Provenance Provenance `json:"provenance"`
}

// Rates are prevalence or activity rates by age band and sex, with their
// provenance. Ages outside the bands have rate zero. Rates are immutable: build
// them with [NewRates] and read them with the accessor methods. The zero Rates
// has no bands and projects nothing.
type Rates struct {
	condition string
	kind      Kind
	unit      string
	bands     []Band
	rate      [2][]float64 // [0] female, [1] male
	prov      Provenance
}

// NewRates checks a specification and returns the rates. The bands must pass
// [CheckBands]; there must be one finite rate per band for each sex; a
// prevalence must lie in [0, 1] ([ErrPrevalenceRange]) and an activity rate
// must be non-negative ([ErrNegative]). Errors say which band and sex.
func NewRates(s RatesSpec) (Rates, error) {
	if strings.TrimSpace(s.Condition) == "" {
		return Rates{}, errf("empty condition: %w", ErrBadRates)
	}
	if !s.Kind.Valid() {
		return Rates{}, errf("kind %d: %w", uint8(s.Kind), ErrBadRates)
	}
	for _, t := range []string{s.Condition, s.Unit, s.Provenance.Source, s.Provenance.Licence, s.Provenance.URL, s.Provenance.Note} {
		if !utf8.ValidString(t) {
			return Rates{}, errf("%q: %w: %w", t, ErrEncoding, ErrBadRates)
		}
	}
	if err := CheckBands(s.Bands); err != nil {
		return Rates{}, errf("rates %q: %w", s.Condition, bare(err))
	}
	male := s.Male
	if male == nil {
		male = s.Female
	}
	r := Rates{condition: s.Condition, kind: s.Kind, unit: s.Unit, bands: slices.Clone(s.Bands), prov: s.Provenance}
	for i, vs := range [2][]float64{s.Female, male} {
		sex := []Sex{Female, Male}[i]
		if len(vs) != len(s.Bands) {
			return Rates{}, errf("%q has %d %v rates for %d bands: %w", s.Condition, len(vs), sex, len(s.Bands), ErrBadRates)
		}
		for j, v := range vs {
			if err := checkRate(s.Kind, v); err != nil {
				return Rates{}, errf("rates %q, %v %v, rate %v: %w", s.Condition, sex, s.Bands[j], v, err)
			}
		}
		r.rate[i] = slices.Clone(vs)
	}
	return r, nil
}

// MustRates is like [NewRates] but panics on error; for tests and package-level values.
func MustRates(s RatesSpec) Rates {
	r, err := NewRates(s)
	if err != nil {
		panic("needs.MustRates: " + err.Error())
	}
	return r
}

func checkRate(k Kind, v float64) error {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return ErrNotFinite
	case v < 0:
		return ErrNegative
	case k == Prevalence && v > 1:
		return ErrPrevalenceRange
	}
	return nil
}

// Condition returns what the rates count.
func (r Rates) Condition() string { return r.condition }

// Kind returns Prevalence or Activity.
func (r Rates) Kind() Kind { return r.kind }

// Unit returns the unit of an activity rate ("" when not given).
func (r Rates) Unit() string { return r.unit }

// Provenance returns the source of the rates.
func (r Rates) Provenance() Provenance { return r.prov }

// Bands returns a copy of the age bands.
func (r Rates) Bands() []Band { return slices.Clone(r.bands) }

// Rate returns the rate for a sex (Female or Male) and one of the bands.
// Errors wrap [ErrBandNotFound] or [ErrUnknownSex].
func (r Rates) Rate(sex Sex, b Band) (float64, error) {
	i := slices.Index(r.bands, b)
	if i < 0 {
		return 0, errf("%v in rates %q: %w", b, r.condition, ErrBandNotFound)
	}
	switch sex {
	case Female:
		return r.rate[0][i], nil
	case Male:
		return r.rate[1][i], nil
	}
	return 0, errf("rates are by Female and Male, not %v: %w", sex, ErrUnknownSex)
}

// AtAge returns the rate for a sex (Female or Male) at a single age; zero
// outside the bands, and zero for any other sex.
func (r Rates) AtAge(sex Sex, age int) float64 {
	i := bandIndex(r.bands, age)
	if i < 0 || (sex != Female && sex != Male) {
		return 0
	}
	return r.rate[sex-Female][i]
}

// Equal reports whether r and o hold the same condition, kind, unit, bands,
// rates and provenance.
func (r Rates) Equal(o Rates) bool {
	return r.condition == o.condition && r.kind == o.kind && r.unit == o.unit && r.prov == o.prov &&
		slices.Equal(r.bands, o.bands) && slices.Equal(r.rate[0], o.rate[0]) && slices.Equal(r.rate[1], o.rate[1])
}

// PooledRate is the POPPI/PANSI rule for a coarser band made of finer ones:
// the population-weighted mean Σ rate·pop / Σ pop. For an open top band,
// r(90+) = (r(90–94)·P(90–94) + r(95+)·P(95+)) / (P(90–94) + P(95+)), using
// base-year populations. Errors wrap [ErrBadArgument] (lengths differ or are
// zero, a rate or population is negative or not finite) or [ErrZeroDenominator].
func PooledRate(rates, populations []float64) (float64, error) {
	if len(rates) == 0 || len(rates) != len(populations) {
		return 0, errf("%d rates, %d populations: %w", len(rates), len(populations), ErrBadArgument)
	}
	var num, den float64
	for i := range rates {
		if err := checkRate(Activity, rates[i]); err != nil {
			return 0, errf("rate %d: %w: %w", i+1, err, ErrBadArgument)
		}
		if err := checkCount(populations[i]); err != nil {
			return 0, errf("population %d: %w: %w", i+1, err, ErrBadArgument)
		}
		num += rates[i] * populations[i]
		den += populations[i]
	}
	if den == 0 {
		return 0, errf("populations sum to zero: %w", ErrZeroDenominator)
	}
	if _, err := finite("Σ rate × population", num); err != nil {
		return 0, err
	}
	return num / den, nil
}

// Collapse returns rates in which the bands lying within into are replaced by
// the single band into, at the population-weighted rate given by [PooledRate]
// (the POPPI rule). female and male hold one base-year population per merged
// band, in band order. into must start at the start of a band and end at the
// end of one. Use it to bring rates for 90-94 and 95+ to the 90+ of a
// [Population].
func (r Rates) Collapse(into Band, female, male []float64) (Rates, error) {
	first := slices.IndexFunc(r.bands, func(b Band) bool { return b.Lo == into.Lo })
	last := slices.IndexFunc(r.bands, func(b Band) bool { return b.Hi == into.Hi })
	if !into.Valid() || first < 0 || last < first {
		return Rates{}, errf("%v does not start and end on bands of %q: %w", into, r.condition, ErrBandNotFound)
	}
	n := last - first + 1
	out := Rates{condition: r.condition, kind: r.kind, unit: r.unit, prov: r.prov}
	out.bands = slices.Concat(r.bands[:first], []Band{into}, r.bands[last+1:])
	for i, pops := range [2][]float64{female, male} {
		if len(pops) != n {
			return Rates{}, errf("%d %v populations for %d bands in %v: %w", len(pops), []Sex{Female, Male}[i], n, into, ErrBadArgument)
		}
		v, err := PooledRate(r.rate[i][first:last+1], pops)
		if err != nil {
			return Rates{}, errf("collapsing %q into %v: %w", r.condition, into, bare(err))
		}
		out.rate[i] = slices.Concat(r.rate[i][:first], []float64{v}, r.rate[i][last+1:])
	}
	return out, nil
}

// ratesJSON is the JSON form of Rates.
type ratesJSON struct {
	Condition  string     `json:"condition"`
	Kind       Kind       `json:"kind"`
	Unit       string     `json:"unit,omitempty"`
	Bands      []Band     `json:"bands"`
	Female     []float64  `json:"female"`
	Male       []float64  `json:"male"`
	Provenance Provenance `json:"provenance"`
}

func (r Rates) wire() ratesJSON {
	return ratesJSON{r.condition, r.kind, r.unit, r.bands, r.rate[0], r.rate[1], r.prov}
}

// MarshalJSON implements [json.Marshaler]. The zero Rates marshals too and
// reads back as the zero Rates.
func (r Rates) MarshalJSON() ([]byte, error) { return json.Marshal(r.wire()) }

// UnmarshalJSON implements [json.Unmarshaler], checking as [NewRates] does.
// A field the document should not have, a value of the wrong type or out of
// range is a [*FieldError] naming it, such as female[3].
func (r *Rates) UnmarshalJSON(b []byte) error {
	var v ratesJSON
	if err := wire.Decode(b, &v); err != nil {
		return wireError(err)
	}
	if v.isZero() {
		*r = Rates{}
		return nil
	}
	out, err := v.rates("")
	if err != nil {
		return err
	}
	*r = out
	return nil
}

// isZero reports whether v is the JSON form of the zero Rates.
func (v ratesJSON) isZero() bool {
	return v.Condition == "" && v.Kind == 0 && v.Unit == "" && len(v.Bands) == 0 && len(v.Female) == 0 &&
		len(v.Male) == 0 && v.Provenance == Provenance{}
}

// rates checks v as [NewRates] does; errors are a *FieldError below path.
func (v ratesJSON) rates(path string) (Rates, error) {
	if v.Male == nil {
		return Rates{}, &FieldError{Path: fieldPath(path, "male"), Err: fmt.Errorf("no male rates: %w", ErrBadRates)}
	}
	for _, sex := range []struct {
		name string
		vs   []float64
	}{{"female", v.Female}, {"male", v.Male}} {
		for j, x := range sex.vs {
			if err := checkRate(v.Kind, x); err != nil {
				return Rates{}, &FieldError{Path: fmt.Sprintf("%s[%d]", fieldPath(path, sex.name), j+1), Err: fmt.Errorf("%v: %w", x, err)}
			}
		}
	}
	if err := CheckBands(v.Bands); err != nil {
		return Rates{}, &FieldError{Path: fieldPath(path, "bands"), Err: bare(err)}
	}
	out, err := NewRates(RatesSpec{v.Condition, v.Kind, v.Unit, v.Bands, v.Female, v.Male, v.Provenance})
	if err != nil {
		return Rates{}, &FieldError{Path: path, Err: bare(err)}
	}
	return out, nil
}
