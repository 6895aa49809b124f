package outcomes

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// Measure is one published or local value of an indicator for an area and
// financial year, with where it came from.
type Measure struct {
	Indicator string                   `json:"indicator"`        // indicator id
	Area      string                   `json:"area"`             // area code, such as "S37000028"
	Year      investment.FinancialYear `json:"year"`             // the year the value describes
	Value     float64                  `json:"value"`            // on the indicator's scale
	Source    string                   `json:"source,omitempty"` // publication or extract the value came from
}

// Point is the value of a series in one financial year.
type Point struct {
	Year  investment.FinancialYear `json:"year"`
	Value float64                  `json:"value"`
}

type measureKey struct {
	indicator, area string
	year            investment.FinancialYear
}

// Measures is a validated table of measures, indexed by indicator, area and
// year. It is immutable after construction and safe for concurrent use.
type Measures struct {
	rows  []Measure
	index map[measureKey]int
}

// NewMeasures validates and indexes ms. It returns an [*InputError] for an
// empty indicator or area ([ErrEmptyID]), a NaN or infinite value
// ([ErrNotFinite]), a year outside [investment.MinFinancialYear] to
// [investment.MaxFinancialYear], such as a year left unset ([ErrYear]), a
// second measure for the same indicator, area and year ([ErrDuplicateID]), or, when f is not nil, an indicator that f does not
// hold ([ErrUnknownID]). A nil f skips that check. The slice is copied.
func NewMeasures(f *Framework, ms []Measure) (*Measures, error) {
	t := &Measures{rows: slices.Clone(ms), index: make(map[measureKey]int, len(ms))}
	for i, m := range t.rows {
		switch {
		case m.Indicator == "":
			return nil, inputErr("measure", i, "", "indicator", ErrEmptyID)
		case m.Area == "":
			return nil, inputErr("measure", i, m.Indicator, "area", ErrEmptyID)
		case !finite(m.Value):
			return nil, inputErr("measure", i, m.Indicator, "value", ErrNotFinite)
		case !validYear(m.Year):
			return nil, inputErr("measure", i, m.Indicator, "year", fmt.Errorf("%d is outside %v to %v: %w", int(m.Year), investment.MinFinancialYear, investment.MaxFinancialYear, ErrYear))
		}
		if f != nil && f.Kind(m.Indicator) != IndicatorTarget {
			return nil, inputErr("measure", i, m.Indicator, "indicator", fmt.Errorf("no indicator %q in %s: %w", m.Indicator, f.Name(), ErrUnknownID))
		}
		k := measureKey{m.Indicator, m.Area, m.Year}
		if j, ok := t.index[k]; ok {
			return nil, inputErr("measure", i, m.Indicator, "year", fmt.Errorf("%s in %s %v already given by measure %d: %w", m.Indicator, m.Area, m.Year, j+1, ErrDuplicateID))
		}
		t.index[k] = i
	}
	return t, nil
}

// Len returns the number of measures.
func (t *Measures) Len() int { return len(t.rows) }

// All iterates over the measures in the order given.
func (t *Measures) All() iter.Seq[Measure] { return slices.Values(t.rows) }

// Get returns the measure of an indicator for an area and year.
func (t *Measures) Get(indicator, area string, year investment.FinancialYear) (Measure, bool) {
	i, ok := t.index[measureKey{indicator, area, year}]
	if !ok {
		return Measure{}, false
	}
	return t.rows[i], true
}

// Series returns the values of one indicator in one area in year order, as
// a new slice; it is empty when there are none.
func (t *Measures) Series(indicator, area string) []Point {
	var ps []Point
	for _, m := range t.rows {
		if m.Indicator == indicator && m.Area == area {
			ps = append(ps, Point{m.Year, m.Value})
		}
	}
	slices.SortFunc(ps, func(a, b Point) int { return cmp.Compare(a.Year, b.Year) })
	return ps
}

// Equal reports whether t and o hold the same measures in the same order.
// Two nil tables are equal.
func (t *Measures) Equal(o *Measures) bool {
	if t == nil || o == nil {
		return t == o
	}
	return slices.Equal(t.rows, o.rows)
}

// validYear reports whether y is a year that prints and parses back, from
// [investment.MinFinancialYear] to [investment.MaxFinancialYear]; the zero
// year, a year left unset, is not.
func validYear(y investment.FinancialYear) bool {
	return y >= investment.MinFinancialYear && y <= investment.MaxFinancialYear
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
