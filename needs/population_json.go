package needs

import (
	"encoding/json"
	"slices"
)

// populationJSON is the JSON form of a Population.
type populationJSON struct {
	Areas  []Area   `json:"areas"`
	Series []Series `json:"series"`
}

// MarshalJSON implements [json.Marshaler]: {"areas": [{"code", "name"}],
// "series": [{"area", "year", "sex", "counts": [91 numbers]}]}, in order of
// area, year and sex. Counts are written with the shortest decimal that reads
// back to the same float64, so the round trip is lossless.
func (p *Population) MarshalJSON() ([]byte, error) {
	v := populationJSON{Areas: []Area{}, Series: []Series{}}
	for _, a := range p.Areas() {
		v.Areas = append(v.Areas, a)
	}
	// Names of areas without series survive too.
	for code, name := range p.names {
		if !slices.ContainsFunc(v.Areas, func(a Area) bool { return a.Code == code }) {
			v.Areas = append(v.Areas, Area{code, name})
		}
	}
	slices.SortFunc(v.Areas, func(a, b Area) int {
		switch {
		case a.Code < b.Code:
			return -1
		case a.Code > b.Code:
			return 1
		}
		return 0
	})
	for s := range p.Series() {
		v.Series = append(v.Series, s)
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]. It replaces the contents of p
// and checks every series as [Population.Set] does; errors name the series by
// its position and wrap this package's sentinels.
func (p *Population) UnmarshalJSON(b []byte) error {
	var v populationJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return errf("population JSON: %w", err)
	}
	q := New()
	for _, a := range v.Areas {
		if a.Name != "" {
			q.SetName(a.Code, a.Name)
		}
	}
	for i, s := range v.Series {
		k := seriesKey{s.Area, s.Year, s.Sex}
		if _, dup := q.index[k]; dup {
			return errf("population JSON series %d (%s %d %v): %w", i+1, s.Area, s.Year, s.Sex, ErrDuplicateRow)
		}
		if err := q.Set(s.Area, s.Year, s.Sex, s.Counts); err != nil {
			return errf("population JSON series %d (%s %d %v): %w", i+1, s.Area, s.Year, s.Sex, bare(err))
		}
	}
	p.mu.Lock()
	p.names, p.index, p.data, p.sorted, p.dirty = q.names, q.index, q.data, q.sorted, q.dirty
	p.mu.Unlock()
	return nil
}
