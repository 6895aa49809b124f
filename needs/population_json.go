package needs

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/internal/wire"
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
	v.Areas = append(v.Areas, p.Areas()...)
	// Names of areas without series survive too.
	for code, name := range p.names {
		if !slices.ContainsFunc(v.Areas, func(a Area) bool { return a.Code == code }) {
			v.Areas = append(v.Areas, Area{code, name})
		}
	}
	slices.SortFunc(v.Areas, func(a, b Area) int { return strings.Compare(a.Code, b.Code) })
	for s := range p.Series() {
		v.Series = append(v.Series, s)
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]. It replaces the contents of p
// and checks every series as [Population.Set] does. A field the document
// should not have, a value of the wrong type and a bad series are a
// [*FieldError] naming the field, such as series[2].counts[5], and wrap this
// package's sentinels ([ErrUnknownField], [ErrNegative], …).
func (p *Population) UnmarshalJSON(b []byte) error {
	var v populationJSON
	if err := wire.Decode(b, &v); err != nil {
		return wireError(err)
	}
	q := New()
	for _, a := range v.Areas {
		if a.Name != "" {
			q.SetName(a.Code, a.Name)
		}
	}
	for i, s := range v.Series {
		at := fmt.Sprintf("series[%d]", i+1)
		for a, c := range s.Counts {
			if err := checkCount(c); err != nil {
				return &FieldError{Path: fmt.Sprintf("%s.counts[%d]", at, a+1), Err: fmt.Errorf("%v: %w", c, err)}
			}
		}
		k := seriesKey{s.Area, s.Year, s.Sex}
		if _, dup := q.index[k]; dup {
			return &FieldError{Path: at, Err: fmt.Errorf("%s %d %v again: %w", s.Area, s.Year, s.Sex, ErrDuplicateRow)}
		}
		if err := q.Set(s.Area, s.Year, s.Sex, s.Counts); err != nil {
			return &FieldError{Path: at, Err: fmt.Errorf("%s %d %v: %w", s.Area, s.Year, s.Sex, bare(err))}
		}
	}
	p.mu.Lock()
	p.names, p.index, p.data, p.sorted, p.dirty = q.names, q.index, q.data, q.sorted, q.dirty
	p.mu.Unlock()
	return nil
}

// wireError turns a failure of the strict JSON decoder into a *FieldError.
// A reason of this package keeps its sentinel; malformed JSON, a value of
// the wrong type and data after the document wrap [ErrSyntax].
func wireError(err error) error {
	var we *wire.Error
	if !errors.As(err, &we) {
		we = &wire.Error{Err: err}
	}
	reason := we.Err
	var se *json.SyntaxError
	var pe *pkgError
	switch {
	case errors.As(reason, &se):
		reason = fmt.Errorf("%v: %w", se, ErrSyntax)
	case errors.As(reason, &pe):
		reason = bare(reason)
	case errors.Is(reason, ErrUnknownField) || errors.Is(reason, ErrSyntax):
	default:
		reason = fmt.Errorf("%v: %w", reason, ErrSyntax)
	}
	return &FieldError{Path: we.Path, Err: reason}
}

// fieldPath joins a field's name to the path of the value that holds it.
func fieldPath(base, field string) string {
	switch {
	case base == "":
		return field
	case strings.HasPrefix(field, "["):
		return base + field
	}
	return base + "." + field
}
