package investment

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"
)

// FinancialYear is a UK public-sector financial year, named by the calendar
// year in which it starts: FinancialYear(2022) runs from 1 April 2022 to 31
// March 2023 and prints as "2022/23".
//
// The zero FinancialYear is year 0/01 and is not useful; years from
// [MinFinancialYear] to [MaxFinancialYear] parse and print.
type FinancialYear int

// The range of years that [ParseFinancialYear] accepts.
const (
	MinFinancialYear FinancialYear = 1000
	MaxFinancialYear FinancialYear = 9998
)

// FinancialYearOf returns the financial year that contains t, read in t's
// own location: 31 March 2022 is in 2021/22 and 1 April 2022 in 2022/23.
func FinancialYearOf(t time.Time) FinancialYear {
	if t.Month() >= time.April {
		return FinancialYear(t.Year())
	}
	return FinancialYear(t.Year() - 1)
}

// ParseFinancialYear parses "2022/23", "2022-23", "2022/2023" or "2022-2023"
// (an en dash is accepted too, and an optional "FY" prefix). The second year
// must follow the first: "2022/24" is an error. Errors are [*ParseError]
// values wrapping [ErrSyntax] or [ErrRange].
func ParseFinancialYear(s string) (FinancialYear, error) {
	y, err := parseYear(s)
	if err != nil {
		return 0, &ParseError{Func: "ParseFinancialYear", Input: s, Err: err}
	}
	return y, nil
}

// MustParseFinancialYear is like [ParseFinancialYear] but panics on error.
// It is meant for tests and package-level values.
func MustParseFinancialYear(s string) FinancialYear {
	y, err := ParseFinancialYear(s)
	if err != nil {
		panic("investment.MustParseFinancialYear: " + err.Error())
	}
	return y
}

func parseYear(s string) (FinancialYear, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(strings.TrimPrefix(t, "FY"), " ")
	t = strings.Replace(t, "–", "/", 1)
	first, second, ok := strings.Cut(t, "/")
	if !ok {
		first, second, ok = strings.Cut(t, "-")
	}
	if !ok {
		return 0, fmt.Errorf("want a form such as 2022/23: %w", ErrSyntax)
	}
	if len(first) != 4 || !allDigits(first) || (len(second) != 2 && len(second) != 4) || !allDigits(second) {
		return 0, fmt.Errorf("want a form such as 2022/23: %w", ErrSyntax)
	}
	a, _ := strconv.Atoi(first)
	b, _ := strconv.Atoi(second)
	y := FinancialYear(a)
	if y < MinFinancialYear || y > MaxFinancialYear {
		return 0, fmt.Errorf("year %d outside %d–%d: %w", a, MinFinancialYear, MaxFinancialYear, ErrRange)
	}
	want := a + 1
	if len(second) == 2 {
		want %= 100
	}
	if b != want {
		return 0, fmt.Errorf("%s does not follow %s: %w", second, first, ErrSyntax)
	}
	return y, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// String returns the year as "2022/23".
func (y FinancialYear) String() string {
	return fmt.Sprintf("%d/%02d", int(y), (int(y)+1)%100)
}

// Start returns midnight UTC on 1 April of the year.
func (y FinancialYear) Start() time.Time {
	return time.Date(int(y), time.April, 1, 0, 0, 0, 0, time.UTC)
}

// End returns midnight UTC on 31 March, the last day of the year.
func (y FinancialYear) End() time.Time {
	return time.Date(int(y)+1, time.March, 31, 0, 0, 0, 0, time.UTC)
}

// Days returns the number of days in the year, 365 or 366.
func (y FinancialYear) Days() int {
	return int(y.Next().Start().Sub(y.Start()).Hours() / 24)
}

// Contains reports whether t falls within the year.
func (y FinancialYear) Contains(t time.Time) bool { return FinancialYearOf(t) == y }

// Next returns the following year.
func (y FinancialYear) Next() FinancialYear { return y + 1 }

// Prev returns the previous year.
func (y FinancialYear) Prev() FinancialYear { return y - 1 }

// Add returns the year n years later (earlier for negative n).
func (y FinancialYear) Add(n int) FinancialYear { return y + FinancialYear(n) }

// Compare returns −1, 0 or +1 as y is before, the same as or after o.
func (y FinancialYear) Compare(o FinancialYear) int {
	switch {
	case y < o:
		return -1
	case y > o:
		return 1
	}
	return 0
}

// MarshalText writes the year as "2022/23", so that years print that way in
// JSON, including as map keys. The zero FinancialYear, which means no year,
// is written as "" and read back as zero. Any other year outside
// [MinFinancialYear] to [MaxFinancialYear], which could not be read back,
// is an error wrapping [ErrRange].
func (y FinancialYear) MarshalText() ([]byte, error) {
	if y == 0 {
		return []byte{}, nil
	}
	if y < MinFinancialYear || y > MaxFinancialYear {
		return nil, fmt.Errorf("investment: financial year %d: %w", int(y), ErrRange)
	}
	return []byte(y.String()), nil
}

// UnmarshalText reads any form [ParseFinancialYear] accepts, and "" as the
// zero FinancialYear.
func (y *FinancialYear) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*y = 0
		return nil
	}
	v, err := ParseFinancialYear(string(text))
	if err != nil {
		return err
	}
	*y = v
	return nil
}

// Years is an inclusive range of financial years, such as the three years
// 2022/23 to 2024/25 of a medium-term financial plan. The zero Years holds
// the single year 0/01; build ranges with [NewYears] or a literal.
type Years struct {
	First FinancialYear `json:"first"`
	Last  FinancialYear `json:"last"`
}

// NewYears returns the n years starting at first. It panics if n < 1, which
// is a programming error.
func NewYears(first FinancialYear, n int) Years {
	if n < 1 {
		panic(fmt.Sprintf("investment.NewYears: n = %d, want at least 1", n))
	}
	return Years{First: first, Last: first.Add(n - 1)}
}

// Validate returns an error wrapping [ErrYearOrder] if Last precedes First.
func (r Years) Validate() error {
	if r.Last < r.First {
		return fmt.Errorf("investment: years %v to %v: %w", r.First, r.Last, ErrYearOrder)
	}
	return nil
}

// Len returns the number of years in the range, or 0 if it is invalid.
func (r Years) Len() int {
	if r.Last < r.First {
		return 0
	}
	return int(r.Last-r.First) + 1
}

// Contains reports whether y is in the range.
func (r Years) Contains(y FinancialYear) bool { return y >= r.First && y <= r.Last }

// Index returns the position of y in the range, counting from 0 at First,
// and whether y is in the range.
func (r Years) Index(y FinancialYear) (int, bool) {
	if !r.Contains(y) {
		return 0, false
	}
	return int(y - r.First), true
}

// At returns the i-th year of the range, counting from 0 at First.
func (r Years) At(i int) FinancialYear { return r.First.Add(i) }

// All returns an iterator over the years of the range in order.
func (r Years) All() iter.Seq[FinancialYear] {
	return func(yield func(FinancialYear) bool) {
		for y := r.First; y <= r.Last; y++ {
			if !yield(y) {
				return
			}
		}
	}
}

// String returns the range as "2022/23–2024/25", or a single year.
func (r Years) String() string {
	if r.First == r.Last {
		return r.First.String()
	}
	return r.First.String() + "–" + r.Last.String()
}
