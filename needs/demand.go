package needs

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Level is a quantity for an area and mid-year: demand, capacity or any
// other measure in consistent units (people, admissions, hours a year).
type Level struct {
	Area  string  `json:"area"` // the area's code (see [Area])
	Year  int     `json:"year"`
	Value float64 `json:"value"`
}

func compareLevel(a, b Level) int {
	if c := strings.Compare(a.Area, b.Area); c != 0 {
		return c
	}
	return cmp.Compare(a.Year, b.Year)
}

// DemandModel turns rates into demand:
//
//	demand(area, year) = Σ_band,sex rate(band, sex) × population(area, year, band, sex) × (1 + Trend)^(year − BaseYear)
//
// The sum is the demographic effect; the trend factor carries changes in the
// rate itself (rising acuity, shifts in the balance of care), compounding
// yearly from BaseYear. Trend 0 means demography alone.
type DemandModel struct {
	Rates    Rates   `json:"rates"`    // activity (or prevalence) rates by band and sex
	Trend    float64 `json:"trend"`    // yearly change in the rate, e.g. 0.01 for +1% a year; > −1
	BaseYear int     `json:"baseYear"` // the year the rates describe; ignored when Trend is 0
}

// Demand returns the demand of each area in each year, by area then year.
// areas and years nil mean all those of p, as in [Project].
func (m DemandModel) Demand(p *Population, areas []string, years []int) ([]Level, error) {
	if math.IsNaN(m.Trend) || math.IsInf(m.Trend, 0) || m.Trend <= -1 {
		return nil, errf("trend %v must be finite and above −1: %w", m.Trend, ErrBadArgument)
	}
	pr, err := Project(p, []Rates{m.Rates}, areas, years)
	if err != nil {
		return nil, err
	}
	var out []Level
	for _, a := range pr.areas {
		for _, y := range pr.years {
			t, err := pr.Total(m.Rates.condition, a.Code, y, All)
			if err != nil {
				return nil, err
			}
			if m.Trend != 0 {
				t *= math.Pow(1+m.Trend, float64(y-m.BaseYear))
			}
			if math.IsInf(t, 0) {
				return nil, errf("demand of %q in %d overflows: %w", a.Code, y, ErrNotFinite)
			}
			out = append(out, Level{a.Code, y, t})
		}
	}
	return out, nil
}

// GapRow compares demand with capacity for one area and year.
type GapRow struct {
	Area     string  `json:"area"` // the area's code (see [Area])
	Year     int     `json:"year"`
	Demand   float64 `json:"demand"`
	Capacity float64 `json:"capacity"`
	// Gap is Demand − Capacity: positive is unmet demand, negative spare capacity.
	Gap float64 `json:"gap"`
}

// Utilisation returns Demand / Capacity, the share of capacity that demand
// would use (above 1 means over-committed). ok is false when capacity is zero.
func (g GapRow) Utilisation() (u float64, ok bool) {
	if g.Capacity == 0 {
		return 0, false
	}
	return g.Demand / g.Capacity, true
}

// Gap matches demand and capacity by area and year and returns their gap,
// sorted by area and year. Both must cover the same areas and years exactly
// once ([ErrMismatch], [ErrDuplicateRow]); values must be finite and
// non-negative.
func Gap(demand, capacity []Level) ([]GapRow, error) {
	d, err := sortedLevels("demand", demand)
	if err != nil {
		return nil, err
	}
	c, err := sortedLevels("capacity", capacity)
	if err != nil {
		return nil, err
	}
	if len(d) != len(c) {
		return nil, errf("%d demand rows, %d capacity rows: %w", len(d), len(c), ErrMismatch)
	}
	out := make([]GapRow, len(d))
	for i := range d {
		if compareLevel(d[i], c[i]) != 0 {
			return nil, errf("demand for %s %d, capacity for %s %d: %w", d[i].Area, d[i].Year, c[i].Area, c[i].Year, ErrMismatch)
		}
		out[i] = GapRow{d[i].Area, d[i].Year, d[i].Value, c[i].Value, d[i].Value - c[i].Value}
		if _, err := finite(fmt.Sprintf("gap for %s %d", d[i].Area, d[i].Year), out[i].Gap); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func sortedLevels(what string, ls []Level) ([]Level, error) {
	if len(ls) == 0 {
		return nil, errf("no %s: %w", what, ErrBadArgument)
	}
	out := slices.Clone(ls)
	slices.SortStableFunc(out, compareLevel)
	for i, l := range out {
		if err := checkRate(Activity, l.Value); err != nil {
			return nil, errf("%s for %s %d, value %v: %w", what, l.Area, l.Year, l.Value, err)
		}
		if i > 0 && compareLevel(out[i-1], l) == 0 {
			return nil, errf("%s for %s %d given twice: %w", what, l.Area, l.Year, ErrDuplicateRow)
		}
	}
	return out, nil
}
