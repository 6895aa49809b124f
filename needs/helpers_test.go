package needs

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// flat returns NumAges copies of v.
func flat(v float64) []float64 {
	out := make([]float64, NumAges)
	for i := range out {
		out[i] = v
	}
	return out
}

// ramp returns counts base + step·age.
func ramp(base, step float64) []float64 {
	out := make([]float64, NumAges)
	for i := range out {
		out[i] = base + step*float64(i)
	}
	return out
}

// mustSet stores a series or fails the test.
func mustSet(t testing.TB, p *Population, area string, year int, sex Sex, counts []float64) {
	t.Helper()
	if err := p.Set(area, year, sex, counts); err != nil {
		t.Fatalf("Set(%s, %d, %v): %v", area, year, sex, err)
	}
}

// wideHeader is the PHS wide-form header.
func wideHeader(area string) string {
	var b strings.Builder
	b.WriteString("Year," + area + ",Sex")
	for a := range NumAges {
		b.WriteString("," + ageColumnName(a))
	}
	b.WriteString(",AllAges")
	return b.String()
}

// wideRow formats one PHS wide-form row from counts, with a correct AllAges.
func wideRow(year int, area, sex string, counts []float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d,%s,%s", year, area, sex)
	var sum float64
	for _, v := range counts {
		b.WriteString("," + strconv.FormatFloat(v, 'f', -1, 64))
		sum += v
	}
	b.WriteString("," + strconv.FormatFloat(sum, 'f', -1, 64))
	return b.String()
}

// near reports whether got is within tol (absolute) of want.
func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

func bytesReader(b []byte) *strings.Reader { return strings.NewReader(string(b)) }

// wantParseError checks that err wraps want and is a *ParseError at line
// and column (column 0: any).
func wantParseError(t *testing.T, name string, err, want error, line, col int) {
	t.Helper()
	var pe *ParseError
	switch {
	case !errors.Is(err, want):
		t.Errorf("%s: error = %v, want %v", name, err, want)
	case !errors.As(err, &pe):
		t.Errorf("%s: %v is not a *ParseError", name, err)
	case pe.Line != line || (col != 0 && pe.Column != col):
		t.Errorf("%s: at line %d column %d, want line %d column %d (%v)", name, pe.Line, pe.Column, line, col, err)
	}
}
