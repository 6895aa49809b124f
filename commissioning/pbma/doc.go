// Package pbma implements programme budgeting and marginal analysis
// (PBMA), the priority-setting method of Mitton and Donaldson's Priority
// setting toolkit (BMJ Books, 2004).
//
// An [Exercise] answers the method's five questions: what resources there
// are (the programmes' spend and any headroom), where they are spent now
// ([Programme]), which services should get more (the wish list of
// [Proposal] items with cost and benefit), which could give up resources
// with least loss (the hit list of [Disinvestment] items with saving and
// benefit lost), and whether the wish list can be funded from the hit
// list. [Analyse] answers the last one at the margin: it shifts resources
// while the best investment's benefit per pound exceeds the cheapest
// disinvestment's loss per pound, and returns a resource-neutral
// [Recommendation].
//
// The package is generic: programmes and items are identified by strings,
// and benefit is any float64 measure common to the exercise (QALYs, points
// on a local scale). It depends on the standard library and
// [investment.Money] only.
//
// # Representation
//
// Money is [investment.Money]: spend, costs, savings and headroom are exact
// decimal pounds and are never converted to float64 except to compute
// ratios (benefit per pound). Partial amounts of divisible items are exact
// differences of the amounts given, so no rounding happens anywhere.
//
// # Resource neutrality
//
// The recommendation never invests more than it releases plus the
// headroom: Invested + Unallocated = Released + Headroom, and each
// programme's spend after the shifts is its spend before plus what is
// invested in it minus what is released from it, to the penny. Every
// shift gains more benefit than the disinvestments made for it lose.
//
// # Errors
//
// Bad input is returned as an error, never a panic. Problems with one
// programme or item are [*ItemError] values naming the list, one-based
// position, id and field, wrapping [ErrEmptyID], [ErrDuplicateID],
// [ErrUnknownID] (an unknown programme), [ErrNegative] (an amount or a
// benefit below zero), [ErrZeroCost], [ErrNotFinite] or [ErrExceedsSpend];
// an exercise without programmes returns [ErrNoProgrammes]. Test them with
// [errors.Is] and [errors.As]. Every message starts "pbma: " once.
//
// # JSON
//
// Exercises and recommendations write and read JSON with camelCase field
// names, amounts as strings of decimal pounds and a [Reason] as its text.
// Reading an [Exercise] or a [Recommendation] refuses a field it does not
// know, and a reason text that names none, with a [*FieldError] naming
// the field's path (wishList[2].costs).
//
// # Determinism
//
// Ties in benefit or loss per pound are broken by input order, so the same
// exercise always gives the same recommendation.
package pbma
