package needs

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/opencommissioning/scp/internal/csvcol"
)

// longColumns are the columns of the long form, in the order of the long*
// positions below.
var longColumns = []csvcol.Column{
	{Name: "area", Aliases: []string{"code", "area code"}},
	{Name: "year", Aliases: []string{"mid year"}},
	{Name: "sex", Aliases: []string{"gender"}},
	{Name: "age", Aliases: []string{"single age"}},
	{Name: "count", Aliases: []string{"population", "pop", "value", "n"}},
	{Name: "name", Aliases: []string{"area name"}, Optional: true},
}

// Positions in longColumns.
const (
	longArea = iota
	longYear
	longSex
	longAge
	longCount
	longName
)

// ReadPopulationCSV reads populations in long form: one row per area, year,
// sex and single age, with a header naming the columns
//
//	area, year, sex, age, count
//
// in any order, found by name without regard to case, spaces or underscores
// ("Area_Code" is "area code"); "code", "population" and "value" are accepted
// as synonyms (see the package documentation). An optional "name" column gives
// the area's display name. Age is 0 … 89 or "90+" ("90plus");
// ages above 90 must be folded into 90+ before reading. Every area, year and
// sex read must have all 91 ages exactly once. Sex, counts and years are
// checked as by [ReadPHSProjections].
//
// Every data error is a [*ParseError] naming the line and column: for a
// series with a missing age, the line of the series' first row.
func ReadPopulationCSV(r io.Reader) (*Population, error) {
	c := newCSVReader(r)
	header, err := c.readHeader()
	if err != nil {
		return nil, err
	}
	pos, err := c.columns(longColumns...)
	if err != nil {
		return nil, err
	}
	nameCol, hasName := pos[longName], pos[longName] >= 0

	type partial struct {
		line   int
		counts [NumAges]float64
		seen   [NumAges]int // line of each age, 0 if unseen
		n      int
	}
	series := make(map[seriesKey]*partial)
	var order []seriesKey
	names := map[string]string{}
	for {
		rec, err := c.record()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		area := strings.TrimSpace(rec[pos[longArea]])
		if err := checkArea(area); err != nil {
			return nil, c.fieldErr(pos[longArea], err)
		}
		year, err := parseYear(rec[pos[longYear]])
		if err != nil {
			return nil, c.fieldErr(pos[longYear], err)
		}
		sex, err := ParseSex(rec[pos[longSex]])
		if err != nil {
			return nil, c.fieldErr(pos[longSex], err)
		}
		age, err := parseAge(rec[pos[longAge]])
		if err != nil {
			return nil, c.fieldErr(pos[longAge], err)
		}
		v, err := parseCount(rec[pos[longCount]])
		if err != nil {
			return nil, c.fieldErr(pos[longCount], err)
		}
		k := seriesKey{area, year, sex}
		s := series[k]
		if s == nil {
			s = &partial{line: c.line}
			series[k] = s
			order = append(order, k)
		}
		if first := s.seen[age]; first != 0 {
			return nil, c.fieldErr(pos[longAge], fmt.Errorf("%s %d %v age %s, first on line %d: %w", area, year, sex, Age(age).ageLabel(), first, ErrDuplicateRow))
		}
		s.seen[age] = c.line
		s.counts[age] = v
		s.n++
		if hasName {
			n := strings.TrimSpace(rec[nameCol])
			if !utf8.ValidString(n) {
				return nil, c.fieldErr(nameCol, fmt.Errorf("%q: %w", n, ErrEncoding))
			}
			if n != "" {
				names[area] = n
			}
		}
	}
	if len(order) == 0 {
		return nil, &ParseError{Line: 2, Err: ErrNoRows}
	}
	p := New()
	// Store Female and Male before All so that the sex check reports on All.
	slices.SortStableFunc(order, func(a, b seriesKey) int {
		rank := func(s Sex) int {
			if s == All {
				return 1
			}
			return 0
		}
		return rank(a.sex) - rank(b.sex)
	})
	for _, k := range order {
		s := series[k]
		if s.n != NumAges {
			a := slices.Index(s.seen[:], 0)
			return nil, &ParseError{Line: s.line, Column: pos[longAge] + 1, Field: header[pos[longAge]],
				Err: fmt.Errorf("%s %d %v has no row for age %s: %w", k.area, k.year, k.sex, Age(a).ageLabel(), ErrMissingAge)}
		}
		if err := p.Set(k.area, k.year, k.sex, s.counts[:]); err != nil {
			return nil, &ParseError{Line: s.line, Column: pos[longSex] + 1, Field: header[pos[longSex]], Err: bare(err)}
		}
	}
	for a, n := range names {
		p.SetName(a, n)
	}
	return p, nil
}
