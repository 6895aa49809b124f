package needs

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// longAliases are the accepted header names of the long form, lower case.
var longAliases = map[string][]string{
	"area":  {"area", "code", "areacode", "area_code"},
	"year":  {"year", "midyear", "mid_year"},
	"sex":   {"sex", "gender"},
	"age":   {"age", "singleage", "single_age"},
	"count": {"count", "population", "pop", "value", "n"},
	"name":  {"name", "areaname", "area_name"},
}

// ReadPopulationCSV reads populations in long form: one row per area, year,
// sex and single age, with a header naming the columns
//
//	area, year, sex, age, count
//
// in any order (case-insensitive; "code", "population" and "value" are
// accepted as synonyms, see the package documentation) and an optional "name"
// column with the area's display name. Age is 0 … 89 or "90+" ("90plus");
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
	col := map[string]int{}
	for i, h := range header {
		l := strings.ToLower(h)
		for role, names := range longAliases {
			if slices.Contains(names, l) {
				if j, dup := col[role]; dup {
					return nil, &ParseError{Line: 1, Column: i + 1, Field: h, Err: fmt.Errorf("%w: %s, also column %d", ErrDuplicateColumn, role, j+1)}
				}
				col[role] = i
			}
		}
	}
	for _, role := range []string{"area", "year", "sex", "age", "count"} {
		if _, ok := col[role]; !ok {
			return nil, &ParseError{Line: 1, Field: role, Err: fmt.Errorf("%w: %s", ErrMissingColumn, role)}
		}
	}
	nameCol, hasName := col["name"]

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
		area := strings.TrimSpace(rec[col["area"]])
		if err := checkArea(area); err != nil {
			return nil, c.fieldErr(col["area"], err)
		}
		year, err := parseYear(rec[col["year"]])
		if err != nil {
			return nil, c.fieldErr(col["year"], err)
		}
		sex, err := ParseSex(rec[col["sex"]])
		if err != nil {
			return nil, c.fieldErr(col["sex"], err)
		}
		age, err := parseAge(rec[col["age"]])
		if err != nil {
			return nil, c.fieldErr(col["age"], err)
		}
		v, err := parseCount(rec[col["count"]])
		if err != nil {
			return nil, c.fieldErr(col["count"], err)
		}
		k := seriesKey{area, year, sex}
		s := series[k]
		if s == nil {
			s = &partial{line: c.line}
			series[k] = s
			order = append(order, k)
		}
		if first := s.seen[age]; first != 0 {
			return nil, c.fieldErr(col["age"], fmt.Errorf("%w: %s %d %v age %s, first on line %d", ErrDuplicateRow, area, year, sex, Age(age).ageLabel(), first))
		}
		s.seen[age] = c.line
		s.counts[age] = v
		s.n++
		if hasName {
			n := strings.TrimSpace(rec[nameCol])
			if !utf8.ValidString(n) {
				return nil, c.fieldErr(nameCol, fmt.Errorf("%w: %q", ErrEncoding, n))
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
			return nil, &ParseError{Line: s.line, Column: col["age"] + 1, Field: header[col["age"]],
				Err: fmt.Errorf("%w: %s %d %v has no row for age %s", ErrMissingAge, k.area, k.year, k.sex, Age(a).ageLabel())}
		}
		if err := p.Set(k.area, k.year, k.sex, s.counts[:]); err != nil {
			return nil, &ParseError{Line: s.line, Column: col["sex"] + 1, Field: header[col["sex"]], Err: err}
		}
	}
	for a, n := range names {
		p.SetName(a, n)
	}
	return p, nil
}
