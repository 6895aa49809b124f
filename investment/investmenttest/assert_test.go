package investmenttest_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

// fakeT records what the assertions report.
type fakeT struct {
	helpers int
	errors  []string
}

func (f *fakeT) Helper() { f.helpers++ }

func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func money(ss ...string) []investment.Money {
	out := make([]investment.Money, len(ss))
	for i, s := range ss {
		out[i] = investment.MustGBP(s)
	}
	return out
}

// parts labels amounts "a", "b", "c", … in order.
func parts(ss ...string) []investmenttest.Part {
	labels := make([]string, len(ss))
	for i := range ss {
		labels[i] = string(rune('a' + i))
	}
	return investmenttest.Labelled(labels, money(ss...))
}

// checkReports runs the assertion name through assert on a fakeT and
// checks that it passes exactly when want is empty, reports the messages
// want, and calls Helper.
func checkReports(t *testing.T, name string, assert func(investmenttest.TB) bool, want []string) {
	t.Helper()
	f := &fakeT{}
	ok := assert(f)
	if ok != (len(want) == 0) {
		t.Errorf("%s returned %v with messages %q", name, ok, f.errors)
	}
	if diff := cmp.Diff(want, f.errors); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
	if f.helpers == 0 {
		t.Errorf("%s did not call Helper", name)
	}
}

// The assertions pass a *testing.T through the interface.
var _ investmenttest.TB = (*testing.T)(nil)
var _ investmenttest.TB = (*testing.B)(nil)

func TestAssertConserves(t *testing.T) {
	tests := []struct {
		name  string
		total string
		parts []string
		want  []string
	}{
		{"exact", "100", []string{"33.34", "33.33", "33.33"}, nil},
		{"trailing zeros do not matter", "100.00", []string{"100"}, nil},
		{"no parts sum to zero", "0", nil, nil},
		{"negative parts", "-1", []string{"-0.5", "-0.5"}, nil},
		{"short by a penny", "100", []string{"33.33", "33.33", "33.33"},
			[]string{"AssertConserves: parts sum to £99.99, want £100.00: short by £0.01 (3 parts)"}},
		{"over by a fraction of a penny", "1", []string{"0.5", "0.501"},
			[]string{"AssertConserves: parts sum to £1.001, want £1.00: over by £0.001 (2 parts)"}},
		{"no parts, non-zero total", "5", nil,
			[]string{"AssertConserves: parts sum to £0.00, want £5.00: short by £5.00 (0 parts)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReports(t, "AssertConserves", func(f investmenttest.TB) bool {
				return investmenttest.AssertConserves(f, investment.MustGBP(tt.total), parts(tt.parts...))
			}, tt.want)
		})
	}
}

func TestAssertNonNegative(t *testing.T) {
	tests := []struct {
		name  string
		parts []string
		want  []string
	}{
		{"all positive", []string{"1", "2"}, nil},
		{"zero is fine", []string{"0", "-0.00"}, nil},
		{"empty", nil, nil},
		{"one negative", []string{"1", "2", "-0.01"},
			[]string{`AssertNonNegative: part "c" is -£0.01, below £0.00 by £0.01`}},
		{"every negative part named", []string{"-3", "0", "-1,000.5"},
			[]string{
				`AssertNonNegative: part "a" is -£3.00, below £0.00 by £3.00`,
				`AssertNonNegative: part "c" is -£1,000.50, below £0.00 by £1,000.50`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReports(t, "AssertNonNegative", func(f investmenttest.TB) bool {
				return investmenttest.AssertNonNegative(f, parts(tt.parts...))
			}, tt.want)
		})
	}
}

func TestAssertWithin(t *testing.T) {
	tests := []struct {
		name        string
		parts, caps []string
		want        []string
	}{
		{"under and at caps", []string{"99.99", "100"}, []string{"100", "100"}, nil},
		{"empty", nil, nil, nil},
		{"over by a penny", []string{"100.01", "5"}, []string{"100", "5"},
			[]string{`AssertWithin: part "a" is £100.01, over its cap £100.00 by £0.01`}},
		{"negative cap", []string{"0"}, []string{"-1"},
			[]string{`AssertWithin: part "a" is £0.00, over its cap -£1.00 by £1.00`}},
		{"two over", []string{"120", "1", "7"}, []string{"100", "2", "6.5"},
			[]string{
				`AssertWithin: part "a" is £120.00, over its cap £100.00 by £20.00`,
				`AssertWithin: part "c" is £7.00, over its cap £6.50 by £0.50`,
			}},
		{"a part without a cap", []string{"1", "2"}, []string{"5"},
			[]string{`AssertWithin: part "b" has no cap`}},
		{"a cap without a part", []string{"1"}, []string{"5", "6"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReports(t, "AssertWithin", func(f investmenttest.TB) bool {
				return investmenttest.AssertWithin(f, parts(tt.parts...), parts(tt.caps...))
			}, tt.want)
		})
	}
}

// TestAssertionsOnAllocation uses the assertions as a user's test would:
// on an allocation made by investment.Money.Allocate.
func TestAssertionsOnAllocation(t *testing.T) {
	total := investment.MustGBP("1,000,000.01")
	parts, err := total.Allocate(0.2, 0.3, 0.5, 0)
	if err != nil {
		t.Fatal(err)
	}
	areas := []string{"S37000028-CLY", "S37000028-EK", "S37000028-HAM", "S37000028-RC"}
	shares := investmenttest.Labelled(areas, parts)
	investmenttest.AssertConserves(t, total, shares)
	investmenttest.AssertNonNegative(t, shares)
	investmenttest.AssertWithin(t, shares, investmenttest.Labelled(areas, money("200000.01", "300000.01", "500000.01", "0")))
}
