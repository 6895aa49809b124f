package investmenttest

import (
	"github.com/opencommissioning/scp/investment"
)

// TB is the part of [testing.TB] the assertions use. *testing.T and
// *testing.B satisfy it; so does a fake that records messages, for testing
// the tests.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
}

// AssertConserves checks that parts sum exactly to total, as the parts of
// an allocation or the lines of a roll-up must. On failure it reports the
// sum and the difference, and returns false.
//
//	AssertConserves: parts sum to £99.99, want £100.00: short by £0.01 (3 parts)
func AssertConserves(t TB, total investment.Money, parts []investment.Money) bool {
	t.Helper()
	sum := investment.Sum(parts...)
	switch diff := sum.Sub(total); diff.Sign() {
	case 0:
		return true
	case -1:
		t.Errorf("AssertConserves: parts sum to %s, want %s: short by %s (%d parts)", sum, total, diff.Neg(), len(parts))
	default:
		t.Errorf("AssertConserves: parts sum to %s, want %s: over by %s (%d parts)", sum, total, diff, len(parts))
	}
	return false
}

// AssertNonNegative checks that no part is below £0. It reports every
// negative part by its zero-based index and amount, and returns false if
// there is one.
//
//	AssertNonNegative: part 2 is -£0.01, below £0.00 by £0.01
func AssertNonNegative(t TB, parts []investment.Money) bool {
	t.Helper()
	ok := true
	for i, p := range parts {
		if p.IsNegative() {
			t.Errorf("AssertNonNegative: part %d is %s, below £0.00 by %s", i, p, p.Neg())
			ok = false
		}
	}
	return ok
}

// AssertWithin checks that each part is at most its cap: parts[i] ≤
// caps[i]. It reports every part over its cap, by index and by how much,
// and returns false if there is one. Parts and caps must be as many; if
// they are not, it reports that and returns false.
//
//	AssertWithin: part 1 is £120.00, over its cap £100.00 by £20.00
func AssertWithin(t TB, parts, caps []investment.Money) bool {
	t.Helper()
	if len(parts) != len(caps) {
		t.Errorf("AssertWithin: %d parts but %d caps", len(parts), len(caps))
		return false
	}
	ok := true
	for i, p := range parts {
		if p.Compare(caps[i]) > 0 {
			t.Errorf("AssertWithin: part %d is %s, over its cap %s by %s", i, p, caps[i], p.Sub(caps[i]))
			ok = false
		}
	}
	return ok
}
