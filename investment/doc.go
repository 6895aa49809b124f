// Package investment holds the money side of strategic commissioning:
// exact amounts of pounds, financial years, allocation to the penny,
// discounting and cash flows on the HM Treasury Green Book schedules, and
// the budgets and medium-term financial plan of an Integration Joint Board.
//
// It sits at the bottom of the module: it imports nothing of scp but the
// module's internal helpers (shared reasons for failure, the enum codec,
// strict JSON decoding), and nothing outside the standard library but
// github.com/shopspring/decimal.
//
// # Representation
//
// [Money] is an exact decimal number of pounds. Sums, differences and
// products by decimals are exact; no operation divides with a hidden
// precision (shopspring's Decimal.Div and its package variables are never
// used or changed). Amounts that enter from text, JSON or a float64 must
// have a magnitude below £10^15 ([MaxAbs]) and at most [MaxFractionDigits]
// decimal places; amounts built by arithmetic are not limited.
//
// A [FinancialYear] is named by the calendar year in which it starts:
// 2022 is 1 April 2022 to 31 March 2023, written "2022/23". [Years] is an
// inclusive range of them.
//
// # Rounding
//
// Nothing rounds unless asked. [Money.Round] rounds to a [Unit] (Penny,
// Pound, Thousand, Million) half away from zero, the convention of
// published financial tables; [Money.RoundHalfEven] is the banker's
// variant, named as such. Money implements [fmt.Formatter] ([Money.Format])
// for tables and rounds the same way: %v prints "£1,234.56", %k "£1,235k",
// % k the bare "1,235" of a column in £000, %# k an accounting negative
// "(1,453)", %.1m "£1.2m"; [Money.FormatIn] gives the same layouts by
// [Unit]. [Money.Compare] orders amounts.
//
// # Allocation
//
// [Money.Allocate] splits an amount in proportion to weights by the
// largest-remainder method, to the penny (or to any unit with
// [Money.AllocateIn]): the parts always sum to the whole. Ties between equal
// remainders go to the earlier part. [RoundTable] rounds a published column
// and reports the rounding line that makes it add up; [RoundToTotal]
// instead spreads the rounding over the parts.
//
// # Discounting
//
// [Flow] is money by year offset (year 0 undiscounted), optionally
// anchored to a [FinancialYear]; an anchored flow ([FlowFrom]) is the
// module's one shape for money over financial years. A [Schedule] holds rate bands
// ([GreenBook], [GreenBookHealth], [GreenBookReduced], [Constant],
// [NewSchedule]; the zero Schedule is the Green Book) and factors
// DF(t) = DF(t−1)/(1+r(t)), computed with a 40-place chain and stored to
// [FactorPlaces] = 18 places. [Schedule.PresentValue] is the exact sum of
// amounts times factors, rounded once, half away from zero, to the penny;
// whole-pence flows use 128-bit integer arithmetic with the same result.
// [SpreadsheetNPV] follows the spreadsheet convention (the first value is
// discounted one period). Rates of return ([IRR], [IRRs], [MIRR], [XIRR])
// are float64 statistics; several roots are reported as a
// [*MultipleRootsError]. [XNPV] and [XIRR] count actual days over 365.
//
// # Financial plans
//
// A [FinancialPlan] holds the assumptions of a medium-term financial plan
// (the strategic plan is commissioning.Plan): funding [Stream]s by kind,
// each an anchored [Flow] of amounts by year, spend [Line]s with base-year
// budgets by care group and locality (a GSS code) and a cost [Mix], [Uplift] rates by kind and year,
// [Pressure]s and [Saving]s (recurring or one-off), and general and
// earmarked [Reserve]s. [FinancialPlan.Budget] produces a [Budget]: per-year
// [YearTotals] with the funding gap (net expenditure − funding − net
// reserve drawdown), line budgets, and roll-ups by care group, locality and
// stream that conserve every penny. The only rounding is each line's
// yearly uplift, rounded once half away from zero to the penny; amounts
// shared between lines or streams use [Money.AllocateBy]. Validation
// errors are [*PlanError] values naming the place as a path into the
// plan's JSON document (streams[2].amounts[2024/25]), the item's id and the
// year. Plans and budgets read from JSON strictly: an unknown field, bad
// money or a rate that is not a decimal is a [*FieldError] naming its path.
//
// # Rates and percentages
//
// One rule holds for every rate and share read from outside, in JSON, in
// text and in Go values alike:
//
//   - A rate or share is a decimal fraction: 0.03 is 3%.
//   - Text may write it as a percentage with a percent sign: "3%" and
//     "3.5 %" read as 0.03 and 0.035, in a JSON string as in any other
//     text ([ParseRate]). A Unicode minus (−) is a minus and spaces,
//     no-break spaces and narrow no-break spaces around the number are
//     ignored.
//   - An uplift or discount rate lies above −1 (−100%) and at most 1 (100%
//     a year) ([CheckRate]). A larger number, such as 3 meant as 3%, is
//     refused with [ErrRateTooHigh] and a hint to write 0.03 or "3%".
//
// Uplift rates, discount bands, cost-mix shares and [SpreadsheetNPV]
// follow it here; other packages of the module read their decimal rates
// (such as an SROI discount rate) through [ParseRate] and refuse a rate
// above 1 in the same words. Shares held as float64 numbers elsewhere in
// the module are JSON numbers and are refused above 1.
//
// Money is read as people write it too: [GBP] takes "−£5", "£1 234.56"
// with a no-break space, and "(£5)" for a negative amount.
//
// # Errors
//
// Bad input is answered with an error, never a panic. Every error starts
// with "investment: " once; the sentinels' own texts carry no prefix, and
// those shared with other packages of the module ([ErrSyntax], [ErrRange],
// [ErrNotFinite], [ErrEmptyID], [ErrDuplicateID], [ErrUnknownID],
// [ErrUnknownKind], [ErrNegativeAmount], [ErrUnknownField]) are the same
// values there. Parse failures are [*ParseError] values, bad list elements
// [*IndexError] values with a one-based Position, unknown enum names
// [*NameError] values and JSON fields [*FieldError] values, all
// unwrapping to the exported sentinels ([ErrSyntax], [ErrRange],
// [ErrNotFinite], [ErrNegativeWeight], [ErrZeroWeights], [ErrNoParts],
// [ErrNotWhole], [ErrBandOrder], [ErrRate], [ErrNoSignChange],
// [ErrMultipleRoots], [ErrLength], ...) for use with [errors.Is]; a
// financial plan's problems are [*PlanError] values that name the item,
// year and field. Only programming errors panic: the Must functions (for
// tests and constants), a negative year offset, or one beyond
// [MaxHorizon], given to [Schedule.Factor] and its kin,
// [Constant] with a rate outside the range of [CheckRate], [NewYears] with
// no years, and a [Unit] that is not one of the four given to a method
// without an error return ([Money.Round] and the like; [Money.AllocateIn]
// returns an error).
package investment
