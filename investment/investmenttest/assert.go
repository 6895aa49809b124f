package investmenttest

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// TB is the part of [testing.TB] the assertions use. *testing.T and
// *testing.B satisfy it; so does a fake that records messages, for testing
// the tests.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
}

// Part is one labelled amount of an allocation or a roll-up: a locality's
// share labelled by its GSS code, a spend line's budget by its id, a care
// group by its key. The checks name a part by its label, never by its
// position.
type Part struct {
	Label  string           // what the part is, as a reader of the failure needs it
	Amount investment.Money // its amount
}

// P returns the part labelled label, for tables of parts:
//
//	[]investmenttest.Part{P("S37000028-CLY", a), P("S37000028-EK", b)}
func P(label string, amount investment.Money) Part { return Part{Label: label, Amount: amount} }

// Labelled returns the parts labels[i] = amounts[i], as an allocation
// returns its amounts in the order of its weights. It panics if the slices
// differ in length, which is a programming error in the test.
func Labelled(labels []string, amounts []investment.Money) []Part {
	if len(labels) != len(amounts) {
		panic(fmt.Sprintf("investmenttest.Labelled: %d labels but %d amounts", len(labels), len(amounts)))
	}
	out := make([]Part, len(labels))
	for i, l := range labels {
		out[i] = Part{Label: l, Amount: amounts[i]}
	}
	return out
}

// FromMap returns the parts of m in order of label.
func FromMap(m map[string]investment.Money) []Part {
	out := make([]Part, 0, len(m))
	for _, l := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Part{Label: l, Amount: m[l]})
	}
	return out
}

// Failure is one problem a check found. The plain checks ([Conserves],
// [NonNegative], [Within], [BudgetRollsUp]) return their failures joined
// with [errors.Join]; errors.As picks out the first, and an error's Unwrap
// () []error method gives them all.
type Failure struct {
	Check  string                   // the check: "Conserves", "NonNegative", "Within" or "BudgetRollsUp"
	Label  string                   // the part at fault, or "" for the parts as a whole
	Year   investment.FinancialYear // the year at fault, or 0
	Detail string                   // what is wrong
}

// Error implements the error interface:
// `investmenttest: Within: part "S37000028-EK" is £950,000.01, over its cap £950,000.00 by £0.01`.
func (f *Failure) Error() string { return "investmenttest: " + f.Check + ": " + f.Detail }

// report hands every failure in err to t, as the Assert form of the check.
func report(t TB, err error) bool {
	t.Helper()
	if err == nil {
		return true
	}
	for _, e := range unjoin(err) {
		var f *Failure
		if errors.As(e, &f) {
			t.Errorf("Assert%s: %s", f.Check, f.Detail)
		} else {
			t.Errorf("%v", e)
		}
	}
	return false
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Conserves returns nil when the parts sum exactly to total, as the parts
// of an allocation or the lines of a roll-up must, and otherwise a
// [*Failure] with the sum and the difference:
//
//	investmenttest: Conserves: parts sum to £99.99, want £100.00: short by £0.01 (3 parts)
func Conserves(total investment.Money, parts []Part) error {
	if d := conserves(total, parts); d != "" {
		return &Failure{Check: "Conserves", Detail: d}
	}
	return nil
}

func conserves(total investment.Money, parts []Part) string {
	sum := investment.Money{}
	for _, p := range parts {
		sum = sum.Add(p.Amount)
	}
	switch diff := sum.Sub(total); diff.Sign() {
	case -1:
		return fmt.Sprintf("parts sum to %s, want %s: short by %s (%d parts)", sum, total, diff.Neg(), len(parts))
	case 1:
		return fmt.Sprintf("parts sum to %s, want %s: over by %s (%d parts)", sum, total, diff, len(parts))
	}
	return ""
}

// AssertConserves is [Conserves] for a test: it reports the failure with
// t.Errorf and returns whether the parts conserve the total.
//
//	AssertConserves: parts sum to £99.99, want £100.00: short by £0.01 (3 parts)
func AssertConserves(t TB, total investment.Money, parts []Part) bool {
	t.Helper()
	return report(t, Conserves(total, parts))
}

// NonNegative returns nil when no part is below £0, and otherwise a
// [*Failure] for every negative part, by its label:
//
//	investmenttest: NonNegative: part "S37000028-HAM" is -£0.01, below £0.00 by £0.01
func NonNegative(parts []Part) error {
	var errs []error
	for _, p := range parts {
		if p.Amount.IsNegative() {
			errs = append(errs, &Failure{Check: "NonNegative", Label: p.Label,
				Detail: fmt.Sprintf("part %q is %s, below £0.00 by %s", p.Label, p.Amount, p.Amount.Neg())})
		}
	}
	return errors.Join(errs...)
}

// AssertNonNegative is [NonNegative] for a test: it reports every negative
// part with t.Errorf and returns whether there was none.
//
//	AssertNonNegative: part "S37000028-HAM" is -£0.01, below £0.00 by £0.01
func AssertNonNegative(t TB, parts []Part) bool {
	t.Helper()
	return report(t, NonNegative(parts))
}

// Within returns nil when each part is at most the cap with the same
// label, and otherwise a [*Failure] for every part over its cap (saying by
// how much) and for every part that has no cap. A cap may be listed
// without a part: it is not exceeded. Labels must be unique among the caps.
//
//	investmenttest: Within: part "S37000028-EK" is £120.00, over its cap £100.00 by £20.00
func Within(parts, caps []Part) error {
	capOf := make(map[string]investment.Money, len(caps))
	var errs []error
	for _, c := range caps {
		if _, dup := capOf[c.Label]; dup {
			errs = append(errs, &Failure{Check: "Within", Label: c.Label, Detail: fmt.Sprintf("cap %q given twice", c.Label)})
		}
		capOf[c.Label] = c.Amount
	}
	for _, p := range parts {
		c, ok := capOf[p.Label]
		switch {
		case !ok:
			errs = append(errs, &Failure{Check: "Within", Label: p.Label, Detail: fmt.Sprintf("part %q has no cap", p.Label)})
		case p.Amount.Compare(c) > 0:
			errs = append(errs, &Failure{Check: "Within", Label: p.Label,
				Detail: fmt.Sprintf("part %q is %s, over its cap %s by %s", p.Label, p.Amount, c, p.Amount.Sub(c))})
		}
	}
	return errors.Join(errs...)
}

// AssertWithin is [Within] for a test: it reports every part over its cap
// or without one with t.Errorf and returns whether there was none.
//
//	AssertWithin: part "S37000028-EK" is £120.00, over its cap £100.00 by £20.00
func AssertWithin(t TB, parts, caps []Part) bool {
	t.Helper()
	return report(t, Within(parts, caps))
}
