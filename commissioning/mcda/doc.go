// Package mcda ranks options on criteria that money does not capture:
// multi-criteria decision analysis with swing weights and scoring scales,
// the weighted sum, TOPSIS, AHP weights from pairwise comparisons, and the
// sensitivity of the ranking to each weight.
//
// The package is generic: it knows alternatives and criteria, not options,
// services or budgets. It depends on the standard library and gonum only.
//
// # Representation
//
// A [Matrix] is a performance matrix: one [Criterion] per column, with a
// [Direction] (higher or lower is better, always stated: the zero Direction
// is unset and invalid), a swing weight and a [Scale]; one
// [Alternative] per row, with its raw performance on each criterion. Weights
// are swing weights normalised to sum to one, w_i = swing_i / Σ swing
// ([Weights]). Values are float64 throughout; nothing here is money.
//
// Scales turn raw performance into values from 0 (worst) to 100 (best).
// The zero Scale is local (linear between the worst and best alternative);
// [Linear] fixes the ends; [Piecewise] gives a piecewise-linear value
// function; a Scale's Func field holds any explicit value function.
//
// # Methods
//
// [WeightedSum] scores Σ w_j·v_j (the additive model of the DCLG manual
// Multi-criteria analysis, 2009). [TOPSIS] measures closeness to the ideal
// and anti-ideal points (Hwang and Yoon, 1981) with a named [Normalisation]
// (vector by default, linear max or min-max). Both return a [Ranking] with
// scores, ranks and the figures behind them; [Ranking.Order] lists the
// alternatives best first, equal scores in input order.
//
// [AHP] derives weights from a pairwise comparison matrix (built with
// [Pairwise] from the judgements above the diagonal) as its principal
// eigenvector (Saaty, 1980) and reports λmax, the consistency index, the
// random index and the consistency ratio. A ratio above [AcceptableCR] sets
// [Priorities.Inconsistent]: a warning to revisit the judgements, not an
// error. AHP weights can be used as swings.
//
// # Sensitivity
//
// [WeightedSum.Sensitivity] and [TOPSIS.Sensitivity] report, for each
// criterion, how far its weight can move down and up, the other weights
// rescaled in proportion, before the top alternative (and optionally the
// whole ranking) changes. The weighted sum is linear in each weight, so its
// breakpoints are exact; TOPSIS's are found by a scan and bisection (see
// [SensitivityOptions]).
//
// # Errors
//
// Bad input is returned as an error, never a panic and never a NaN.
// Problems with one criterion, alternative or cell are [*DataError] values
// naming the row and column and wrapping a sentinel: [ErrNoCriteria],
// [ErrNoAlternatives], [ErrEmptyID], [ErrDuplicateID], [ErrDimension],
// [ErrNotFinite], [ErrWeight], [ErrDirection], [ErrScale], [ErrOutOfScale],
// [ErrNotPositive]. Pairwise matrices report [*PairError] values wrapping
// [ErrNotSquare], [ErrNotPositive], [ErrNotFinite], [ErrDiagonal] or
// [ErrNotReciprocal], and [ErrOrder] for an order outside 1–10. Test them
// with [errors.Is] and [errors.As].
//
// # JSON
//
// Matrices, rankings, priorities and sensitivity results write and read
// JSON with camelCase field names; a [Direction] is "higher" or "lower",
// a [Normalisation] its name. Reading a [Matrix], [Ranking] or
// [Priorities] refuses a field it does not know with a [*FieldError]
// naming its path (criteria[2].swng).
//
// # Determinism
//
// Every function is deterministic: the same input gives bit-identical
// results. Ties are broken by input order.
package mcda
