package investmenttest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

// TestCatalogue feeds the checks money they must refuse, at the limits of
// what parsing admits: each returns, without a panic, *Failure values (the
// package has no sentinels: a failure is a finding, not a reason) that say
// which part and start with the package prefix once.
func TestCatalogue(t *testing.T) {
	m := investment.MustGBP
	huge := investment.MaxAbs().Sub(m("0.01"))
	p := investmenttest.P
	cases := []struct {
		name  string
		err   error
		label string // the part the first failure names, if any
	}{
		{"Conserves short by a penny", investmenttest.Conserves(m("100"), []investmenttest.Part{p("a", m("99.99"))}), ""},
		{"Conserves of nothing", investmenttest.Conserves(m("0.01"), nil), ""},
		{"Conserves at the extremes", investmenttest.Conserves(huge.Neg(), []investmenttest.Part{p("a", huge), p("b", huge)}), ""},
		{"Conserves over by a fraction of a penny", investmenttest.Conserves(m("1"), []investmenttest.Part{p("a", m("1.000000000000000001"))}), ""},
		{"NonNegative", investmenttest.NonNegative([]investmenttest.Part{p("a", m("1")), p("b", m("-0.000000000000000001"))}), "b"},
		{"NonNegative at the extreme", investmenttest.NonNegative([]investmenttest.Part{p("a", huge.Neg())}), "a"},
		{"Within over by a penny", investmenttest.Within([]investmenttest.Part{p("a", m("100.01"))}, []investmenttest.Part{p("a", m("100"))}), "a"},
		{"Within without a cap", investmenttest.Within([]investmenttest.Part{p("x", m("1"))}, nil), "x"},
		{"Within cap twice", investmenttest.Within(nil, []investmenttest.Part{p("a", m("1")), p("a", m("2"))}), "a"},
		{"Within empty label over", investmenttest.Within([]investmenttest.Part{p("", huge)}, []investmenttest.Part{p("", m("0"))}), ""},
		{"BudgetRollsUp nil", investmenttest.BudgetRollsUp(nil), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.err == nil {
				t.Fatal("no failure")
			}
			var f *investmenttest.Failure
			if !errors.As(c.err, &f) {
				t.Fatalf("%v (%T) is not a *Failure", c.err, c.err)
			}
			if c.label != "" && f.Label != c.label {
				t.Errorf("failure names part %q, want %q", f.Label, c.label)
			}
			for _, line := range strings.Split(c.err.Error(), "\n") {
				if err := fault.Prefixed(line, "investmenttest"); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
