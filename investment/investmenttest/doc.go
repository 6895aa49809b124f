// Package investmenttest helps tests that check money and budget
// allocations made with package [investment]: go-cmp options that compare
// [investment.Money] exactly or within a number of pence; checks that a
// set of labelled parts conserves its total, has no negative part, or
// stays within caps; and a check of every roll-up of an
// [investment.Budget].
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
// # Parts are labelled
//
// A part is a [Part]: an amount with the label a reader needs to find it,
// such as a locality's GSS code or a spend line's id. Build parts with [P],
// [Labelled] (labels and amounts in the same order, as an allocation
// returns them) or [FromMap]. Failures name the part by its label, never
// by a position:
//
//	shares := investmenttest.Labelled(codes, amounts)
//	investmenttest.AssertConserves(t, total, shares)
//	investmenttest.AssertWithin(t, shares, caps) // caps matched by label
//
// # A whole budget
//
// [AssertBudgetRollsUp] checks a budget's roll-ups in one call: the lines,
// the care groups, the localities and the streams each sum to the year's
// net expenditure, column by column, and the gap identity holds, year by
// year and over the plan. Each failure names the year and the line,
// group, locality or stream at fault.
//
// # Assertions and plain checks
//
// Each check comes in two forms. [Conserves], [NonNegative], [Within] and
// [BudgetRollsUp] are plain functions that return nil or an error made of
// [*Failure] values (joined with [errors.Join] when there are several), for
// test styles that do not hand over a *testing.T. [AssertConserves],
// [AssertNonNegative], [AssertWithin] and [AssertBudgetRollsUp] report each
// failure with [TB.Errorf] and return whether the check passed, so a test
// can stop early. They take a [TB], the two methods of [testing.TB] they
// use, so that a *testing.T, a *testing.B or a recording fake (as in the
// examples) will do. Amounts are compared exactly: £0.001 matters.
package investmenttest
