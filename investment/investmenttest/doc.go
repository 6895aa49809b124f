// Package investmenttest helps tests that check money and budget
// allocations made with package [investment]: go-cmp options that compare
// [investment.Money] exactly or within a number of pence, and assertions
// that a set of parts conserves its total, has no negative part, or stays
// within caps.
//
// # Comparing money
//
// [investment.Money] has an Equal method, so [cmp.Diff] and [cmp.Equal]
// already compare it by value (£1.5 equals £1.50). [EquateMoney] states
// that choice explicitly; [EquateMoneyWithin] tolerates a difference of a
// few pence, for figures produced by a different rounding route:
//
//	if diff := cmp.Diff(want, got, investmenttest.EquateMoneyWithin(1)); diff != "" {
//		t.Errorf("Budget() mismatch (-want +got):\n%s", diff)
//	}
//
// # Assertions
//
// [AssertConserves], [AssertNonNegative] and [AssertWithin] report each
// failure with [TB.Errorf], naming the part and the amount by which it is
// wrong, and return whether the check passed, so a test can stop early. They
// take a [TB], the two methods of [testing.TB] they use, so that a
// *testing.T, a *testing.B or a recording fake (as in the examples) will do.
// Amounts are compared exactly: £0.001 matters.
package investmenttest
