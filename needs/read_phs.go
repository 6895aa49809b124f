package needs

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/opencommissioning/scp/internal/csvcol"
)

// AllAgesTolerance is how far an AllAges field may differ from the sum of the
// ages on its row. Published tables hold whole numbers, so any real difference
// is at least 1.
const AllAgesTolerance = 0.5

// areaPrefixes are the header names (before any year suffix) that the wide-form
// reader accepts as the area column, in order of preference.
var areaPrefixes = []string{"hscp", "ca", "hb", "locality", "datazone", "intzone", "area", "code"}

// isAreaColumn reports whether a header key (see [csvcol.Key]) names an area
// column: one of areaPrefixes followed only by digits (HSCP2019, CA2011, HB,
// DataZone2011).
func isAreaColumn(l string) bool {
	for _, p := range areaPrefixes {
		if rest, ok := strings.CutPrefix(l, p); ok {
			if strings.Trim(rest, "0123456789") == "" {
				return true
			}
		}
	}
	return false
}

// ReadPHSProjections reads population estimates or projections in the wide
// form that Public Health Scotland publishes on its open-data platform: one row
// per year, area and sex, with columns
//
//	Year, <area>, Sex, Age0, Age1, …, Age89, Age90plus, AllAges
//
// Column names are matched without regard to case, spaces or underscores
// ("All Ages" is AllAges) and in any order, except that the age columns must
// run Age0 … Age89, Age90plus in that order. The
// area column is the first whose name is HSCP, CA, HB, Locality, DataZone,
// IntZone, Area or Code, optionally followed by a year (HSCP2019, CA2019,
// HB2019). A column whose name ends in "Name" (HSCP2019Name, AreaName) gives
// display names. Other columns, such as PHS's qualifier columns (SexQF,
// AllAgesQF) and _id, are ignored. AllAges is optional; when present it must
// equal the sum of the ages within [AllAgesTolerance].
//
// Sex is read by [ParseSex]. Rows for All beside Female and Male must agree
// with their sum within [SexTolerance]. Counts must be finite, non-negative and
// at most [MaxCount]; years whole numbers in [MinYear, MaxYear]; an area, year
// and sex may appear once.
//
// Every data error is a [*ParseError] naming the line and column, wrapping a
// sentinel such as [ErrMissingColumn], [ErrAgeOrder], [ErrBadNumber],
// [ErrNegative], [ErrNotFinite], [ErrCountRange], [ErrUnknownSex],
// [ErrDuplicateRow], [ErrAllAgesMismatch], [ErrSexMismatch], [ErrFieldCount],
// [ErrEmpty] or [ErrNoRows].
func ReadPHSProjections(r io.Reader) (*Population, error) {
	c := newCSVReader(r)
	header, err := c.readHeader()
	if err != nil {
		return nil, err
	}
	col, err := findWideColumns(header)
	if err != nil {
		return nil, err
	}

	p := New()
	firstLine := make(map[seriesKey]int)
	counts := make([]float64, NumAges)
	rows := 0
	for {
		rec, err := c.record()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		rows++
		year, err := parseYear(rec[col.year])
		if err != nil {
			return nil, c.fieldErr(col.year, err)
		}
		area := strings.TrimSpace(rec[col.area])
		if err := checkArea(area); err != nil {
			return nil, c.fieldErr(col.area, err)
		}
		sex, err := ParseSex(rec[col.sex])
		if err != nil {
			return nil, c.fieldErr(col.sex, err)
		}
		var sum float64
		for a, i := range col.ages {
			v, err := parseCount(rec[i])
			if err != nil {
				return nil, c.fieldErr(i, err)
			}
			counts[a] = v
			sum += v
		}
		if col.all >= 0 {
			all, err := parseCount(rec[col.all])
			if err != nil {
				return nil, c.fieldErr(col.all, err)
			}
			if math.Abs(all-sum) > AllAgesTolerance {
				return nil, c.fieldErr(col.all, fmt.Errorf("AllAges %s, sum of ages %s: %w", strconv.FormatFloat(all, 'f', -1, 64), strconv.FormatFloat(sum, 'f', -1, 64), ErrAllAgesMismatch))
			}
		}
		k := seriesKey{area, year, sex}
		if first, dup := firstLine[k]; dup {
			return nil, &ParseError{Line: c.line, Err: fmt.Errorf("%s %d %v, first on line %d: %w", area, year, sex, first, ErrDuplicateRow)}
		}
		firstLine[k] = c.line
		if err := p.Set(area, year, sex, counts); err != nil {
			return nil, c.fieldErr(col.sex, err)
		}
		if col.name >= 0 {
			n := strings.TrimSpace(rec[col.name])
			if !utf8.ValidString(n) {
				return nil, c.fieldErr(col.name, fmt.Errorf("%q: %w", n, ErrEncoding))
			}
			if n != "" {
				p.SetName(area, n)
			}
		}
	}
	if rows == 0 {
		return nil, &ParseError{Line: 2, Err: ErrNoRows}
	}
	return p, nil
}

type wideColumns struct {
	year, sex, area, name, all int
	ages                       []int
}

// wideNamed are the named columns of the wide form, in the order of the
// fields of wideColumns.
var wideNamed = []csvcol.Column{
	{Name: "Year"},
	{Name: "Sex"},
	{Name: "area", Aliases: []string{"HSCP2019", "CA2019", "HB2019"}, Match: isAreaColumn, FirstWins: true},
	{Name: "name", Match: func(k string) bool { return strings.HasSuffix(k, "name") }, Optional: true, FirstWins: true},
	{Name: "AllAges", Optional: true},
}

// findWideColumns finds the columns of the wide form: the named ones by the
// column mapper, then the age columns, which must run Age0 … Age90plus.
func findWideColumns(header []string) (wideColumns, error) {
	pos, err := csvcol.Find(header, wideNamed...)
	var me *csvcol.MissingError
	if err != nil && !errors.As(err, &me) {
		return wideColumns{}, headerErr(err)
	}
	col := wideColumns{ages: make([]int, 0, NumAges)}
	for i, h := range header {
		k := csvcol.Key(h)
		if !strings.HasPrefix(k, "age") || strings.HasSuffix(k, "qf") || strings.HasSuffix(k, "name") {
			continue
		}
		a, err := parseAgeColumn(k)
		if err != nil {
			return wideColumns{}, &ParseError{Line: 1, Column: i + 1, Field: h, Err: err}
		}
		want := len(col.ages)
		if a != want {
			if a < want {
				return wideColumns{}, &ParseError{Line: 1, Column: i + 1, Field: h, Err: fmt.Errorf("%s after %s: %w", h, header[col.ages[want-1]], ErrAgeOrder)}
			}
			if _, later := findAgeColumn(header[i+1:], want); later {
				return wideColumns{}, &ParseError{Line: 1, Column: i + 1, Field: h, Err: fmt.Errorf("%s before %s: %w", h, ageColumnName(want), ErrAgeOrder)}
			}
			return wideColumns{}, &ParseError{Line: 1, Column: i + 1, Field: ageColumnName(want), Err: fmt.Errorf("%s (found %s where it belongs): %w", ageColumnName(want), h, ErrMissingColumn)}
		}
		col.ages = append(col.ages, i)
	}
	if err != nil {
		return wideColumns{}, headerErr(err)
	}
	col.year, col.sex, col.area, col.name, col.all = pos[0], pos[1], pos[2], pos[3], pos[4]
	if len(col.ages) < NumAges {
		name := ageColumnName(len(col.ages))
		return wideColumns{}, headerErr(csvcol.Missing(header, csvcol.Column{Name: name}))
	}
	return col, nil
}

// parseAgeColumn reads an age column's key: age0 … age89, age90plus.
func parseAgeColumn(l string) (int, error) {
	rest := strings.TrimPrefix(l, "age")
	if rest == "90plus" || rest == "90+" {
		return TopAge, nil
	}
	a, err := strconv.Atoi(rest)
	if err != nil || a < 0 || a >= TopAge || strings.HasPrefix(rest, "+") || strings.HasPrefix(rest, "-") {
		return 0, fmt.Errorf("column %q is not Age0 … Age89 or Age90plus: %w", l, ErrBadAge)
	}
	return a, nil
}

// ageColumnName returns the PHS column name for single age a.
func ageColumnName(a int) string {
	if a == TopAge {
		return "Age90plus"
	}
	return "Age" + strconv.Itoa(a)
}

// findAgeColumn reports whether headers hold the column for age a.
func findAgeColumn(headers []string, a int) (int, bool) {
	for i, h := range headers {
		l := csvcol.Key(h)
		if strings.HasPrefix(l, "age") {
			if b, err := parseAgeColumn(l); err == nil && b == a {
				return i, true
			}
		}
	}
	return 0, false
}
