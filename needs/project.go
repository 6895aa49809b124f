package needs

import (
	"encoding/json"
	"fmt"
	"iter"
	"math"
	"slices"

	"github.com/opencommissioning/scp/internal/wire"
)

// Projection holds expected cases (or, for activity rates, expected activity)
// by condition, area, mid-year, sex and age band: for each,
//
//	cases(area, year, sex, band) = rate(band, sex) × population(area, year, sex, band)
//
// the POPPI/PANSI method. Build one with [Project]; it is immutable and safe
// for concurrent use.
type Projection struct {
	conds []condition
	areas []Area
	years []int
	// cases[c] is indexed ((area*len(years)+year)*2+sex)*len(bands)+band, sex 0 = Female.
	cases [][]float64
}

type condition struct {
	rates Rates
	index map[Band]int
}

// Project applies each set of rates to the population of each area and year.
// areas nil means every area of p, years nil every year of p. Every area must
// hold Female and Male series for every year ([ErrAreaNotFound],
// [ErrYearNotFound], [ErrSexNotFound] otherwise). Conditions must have distinct
// names, and bands that a [Population] can count: a band reaching age 90 must
// be open, so rates for 90-94 and 95+ must first be merged with
// [Rates.Collapse] ([ErrBandBeyondData]).
//
// A nil p is an error wrapping [ErrBadArgument]; cases that overflow
// float64 (an activity rate near 1.8e308) wrap [ErrNotFinite].
//
// Time and memory are proportional to the output: areas × years × 2 sexes ×
// Σ bands per condition.
func Project(p *Population, rates []Rates, areas []string, years []int) (*Projection, error) {
	if p == nil {
		return nil, errf("nil population: %w", ErrBadArgument)
	}
	if len(rates) == 0 {
		return nil, errf("no rates to project: %w", ErrBadArgument)
	}
	if areas == nil {
		for _, a := range p.Areas() {
			areas = append(areas, a.Code)
		}
	}
	if years == nil {
		years = p.Years("")
	}
	if len(areas) == 0 || len(years) == 0 {
		return nil, errf("no areas or years to project: %w", ErrBadArgument)
	}
	pr := &Projection{years: slices.Clone(years)}
	for i, a := range areas {
		if slices.Contains(areas[:i], a) {
			return nil, errf("area %q requested twice: %w", a, ErrBadArgument)
		}
		pr.areas = append(pr.areas, Area{a, p.names[a]})
	}
	for i, y := range years {
		if slices.Contains(years[:i], y) {
			return nil, errf("year %d requested twice: %w", y, ErrBadArgument)
		}
	}
	for i, r := range rates {
		if r.condition == "" || len(r.bands) == 0 {
			return nil, errf("rates %d are empty (build rates with NewRates): %w", i+1, ErrBadRates)
		}
		if slices.ContainsFunc(pr.conds, func(c condition) bool { return c.rates.condition == r.condition }) {
			return nil, errf("condition %q given twice: %w", r.condition, ErrBadRates)
		}
		if err := checkBandsForData(r.bands); err != nil {
			return nil, errf("rates %q: %w", r.condition, bare(err))
		}
		c := condition{rates: r, index: make(map[Band]int, len(r.bands))}
		for j, b := range r.bands {
			c.index[b] = j
		}
		pr.conds = append(pr.conds, c)
		pr.cases = append(pr.cases, make([]float64, len(areas)*len(years)*2*len(r.bands)))
	}
	ny := len(years)
	for ai, area := range areas {
		for yi, year := range years {
			for si, sex := range [2]Sex{Female, Male} {
				pop, err := p.series(area, year, sex)
				if err != nil {
					return nil, err
				}
				for ci, c := range pr.conds {
					nb := len(c.rates.bands)
					out := pr.cases[ci][((ai*ny+yi)*2+si)*nb : ((ai*ny+yi)*2+si+1)*nb]
					rate := c.rates.rate[si]
					for bi, b := range c.rates.bands {
						var sum float64
						for _, v := range pop[b.Lo : min(b.Hi, TopAge)+1] {
							sum += v
						}
						out[bi] = rate[bi] * sum
						if math.IsInf(out[bi], 0) {
							return nil, errf("cases of %q in %q %d, %v %v, overflow: %w", c.rates.condition, area, year, sex, b, ErrNotFinite)
						}
					}
				}
			}
		}
	}
	return pr, nil
}

// Conditions returns the conditions projected, in the order given to [Project].
func (pr *Projection) Conditions() []string {
	out := make([]string, len(pr.conds))
	for i, c := range pr.conds {
		out[i] = c.rates.condition
	}
	return out
}

// Rates returns the rates used for a condition.
func (pr *Projection) Rates(cond string) (Rates, error) {
	ci, err := pr.cond(cond)
	if err != nil {
		return Rates{}, err
	}
	return pr.conds[ci].rates, nil
}

// Areas returns the areas projected, in order.
func (pr *Projection) Areas() []Area { return slices.Clone(pr.areas) }

// Years returns the years projected, in order.
func (pr *Projection) Years() []int { return slices.Clone(pr.years) }

func (pr *Projection) cond(name string) (int, error) {
	for i, c := range pr.conds {
		if c.rates.condition == name {
			return i, nil
		}
	}
	return 0, errf("%q: %w", name, ErrConditionNotFound)
}

func (pr *Projection) areaYear(area string, year int) (int, int, error) {
	ai := slices.IndexFunc(pr.areas, func(a Area) bool { return a.Code == area })
	if ai < 0 {
		return 0, 0, errf("%q not in projection: %w", area, ErrAreaNotFound)
	}
	yi := slices.Index(pr.years, year)
	if yi < 0 {
		return 0, 0, errf("%d not in projection: %w", year, ErrYearNotFound)
	}
	return ai, yi, nil
}

// block returns the Female and Male band vectors of one condition, area and year.
func (pr *Projection) block(cond, area string, year int) (f, m []float64, c condition, err error) {
	ci, err := pr.cond(cond)
	if err != nil {
		return nil, nil, condition{}, err
	}
	ai, yi, err := pr.areaYear(area, year)
	if err != nil {
		return nil, nil, condition{}, err
	}
	c = pr.conds[ci]
	nb := len(c.rates.bands)
	at := (ai*len(pr.years) + yi) * 2 * nb
	return pr.cases[ci][at : at+nb], pr.cases[ci][at+nb : at+2*nb], c, nil
}

// Cases returns the expected cases of a condition in an area and year, of a
// sex (All is Female + Male), in one of the condition's bands.
func (pr *Projection) Cases(cond, area string, year int, sex Sex, b Band) (float64, error) {
	f, m, c, err := pr.block(cond, area, year)
	if err != nil {
		return 0, err
	}
	bi, ok := c.index[b]
	if !ok {
		return 0, errf("%v in %q: %w", b, cond, ErrBandNotFound)
	}
	switch sex {
	case Female:
		return f[bi], nil
	case Male:
		return m[bi], nil
	case All:
		return finite(fmt.Sprintf("cases of %q in %q %d, %v", cond, area, year, b), f[bi]+m[bi])
	}
	return 0, errf("%d: %w", uint8(sex), ErrUnknownSex)
}

// Total returns the expected cases of a condition in an area and year, of a
// sex, over all bands.
func (pr *Projection) Total(cond, area string, year int, sex Sex) (float64, error) {
	f, m, _, err := pr.block(cond, area, year)
	if err != nil {
		return 0, err
	}
	var sum float64
	for i := range f {
		switch sex {
		case Female:
			sum += f[i]
		case Male:
			sum += m[i]
		case All:
			sum += f[i] + m[i]
		default:
			return 0, errf("%d: %w", uint8(sex), ErrUnknownSex)
		}
	}
	return finite(fmt.Sprintf("total cases of %q in %q %d", cond, area, year), sum)
}

// Growth returns the relative change in the total cases of a condition in an
// area from a base year: total(year)/total(base) − 1, so 0.25 is 25% more.
// It wraps [ErrZeroDenominator] when the base total is zero.
func (pr *Projection) Growth(cond, area string, base, year int) (float64, error) {
	t0, err := pr.Total(cond, area, base, All)
	if err != nil {
		return 0, err
	}
	t1, err := pr.Total(cond, area, year, All)
	if err != nil {
		return 0, err
	}
	if t0 == 0 {
		return 0, errf("no cases of %q in %q in base year %d: %w", cond, area, base, ErrZeroDenominator)
	}
	return finite(fmt.Sprintf("growth of %q in %q", cond, area), t1/t0-1)
}

// ProjectionRow is one value of a [Projection].
type ProjectionRow struct {
	Condition string  `json:"condition"`
	Area      string  `json:"area"` // the area's code (see [Area])
	Year      int     `json:"year"`
	Sex       Sex     `json:"sex"` // Female or Male
	Band      Band    `json:"band"`
	Cases     float64 `json:"cases"`
}

// Rows returns an iterator over every value, by condition, area, year, sex
// (Female, Male) and band.
func (pr *Projection) Rows() iter.Seq[ProjectionRow] {
	return func(yield func(ProjectionRow) bool) {
		for ci, c := range pr.conds {
			nb := len(c.rates.bands)
			for ai, a := range pr.areas {
				for yi, y := range pr.years {
					for si, s := range [2]Sex{Female, Male} {
						at := ((ai*len(pr.years)+yi)*2 + si) * nb
						for bi, b := range c.rates.bands {
							if !yield(ProjectionRow{c.rates.condition, a.Code, y, s, b, pr.cases[ci][at+bi]}) {
								return
							}
						}
					}
				}
			}
		}
	}
}

// projectionJSON is the JSON form of a Projection: per condition, its rates and
// the flat cases array in the order of [Projection.Rows].
type projectionJSON struct {
	Areas      []Area          `json:"areas"`
	Years      []int           `json:"years"`
	Conditions []conditionJSON `json:"conditions"`
}

type conditionJSON struct {
	Rates ratesJSON `json:"rates"`
	Cases []float64 `json:"cases"`
}

// MarshalJSON implements [json.Marshaler]. The cases of each condition are a
// flat array ordered by area, year, sex (Female, Male) and band.
func (pr *Projection) MarshalJSON() ([]byte, error) {
	v := projectionJSON{Areas: pr.areas, Years: pr.years}
	for ci, c := range pr.conds {
		v.Conditions = append(v.Conditions, conditionJSON{c.rates.wire(), pr.cases[ci]})
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]; it checks the areas, years
// and rates and the length and values of every cases array. A field the
// document should not have or a bad value is a [*FieldError] naming it, such
// as conditions[1].cases[7].
func (pr *Projection) UnmarshalJSON(b []byte) error {
	var v projectionJSON
	if err := wire.Decode(b, &v); err != nil {
		return wireError(err)
	}
	out := &Projection{areas: v.Areas, years: v.Years}
	for i, a := range v.Areas {
		at := fmt.Sprintf("areas[%d].code", i+1)
		if err := checkArea(a.Code); err != nil {
			return &FieldError{Path: at, Err: bare(err)}
		}
		if slices.ContainsFunc(v.Areas[:i], func(b Area) bool { return b.Code == a.Code }) {
			return &FieldError{Path: at, Err: fmt.Errorf("area %q twice: %w", a.Code, ErrDuplicateRow)}
		}
	}
	for i, y := range v.Years {
		at := fmt.Sprintf("years[%d]", i+1)
		if err := checkYear(y); err != nil {
			return &FieldError{Path: at, Err: bare(err)}
		}
		if slices.Contains(v.Years[:i], y) {
			return &FieldError{Path: at, Err: fmt.Errorf("year %d twice: %w", y, ErrDuplicateRow)}
		}
	}
	for i, c := range v.Conditions {
		at := fmt.Sprintf("conditions[%d]", i+1)
		r, err := c.Rates.rates(at + ".rates")
		if err != nil {
			return err
		}
		if slices.ContainsFunc(out.conds, func(d condition) bool { return d.rates.condition == r.condition }) {
			return &FieldError{Path: at + ".rates.condition", Err: fmt.Errorf("condition %q twice: %w", r.condition, ErrDuplicateRow)}
		}
		n := len(v.Areas) * len(v.Years) * 2 * len(r.bands)
		if len(c.Cases) != n {
			return &FieldError{Path: at + ".cases", Err: fmt.Errorf("%d cases of %q, want %d: %w", len(c.Cases), r.condition, n, ErrMismatch)}
		}
		for k, x := range c.Cases {
			if err := checkRate(Activity, x); err != nil {
				return &FieldError{Path: fmt.Sprintf("%s.cases[%d]", at, k+1), Err: fmt.Errorf("%v: %w", x, err)}
			}
		}
		cd := condition{rates: r, index: make(map[Band]int)}
		for j, b := range r.bands {
			cd.index[b] = j
		}
		out.conds = append(out.conds, cd)
		out.cases = append(out.cases, c.Cases)
	}
	*pr = *out
	return nil
}

// Equal reports whether two projections hold the same areas, years, rates and cases.
func (pr *Projection) Equal(o *Projection) bool {
	if !slices.Equal(pr.areas, o.areas) || !slices.Equal(pr.years, o.years) || len(pr.conds) != len(o.conds) {
		return false
	}
	for i := range pr.conds {
		if !pr.conds[i].rates.Equal(o.conds[i].rates) || !slices.Equal(pr.cases[i], o.cases[i]) {
			return false
		}
	}
	return true
}
