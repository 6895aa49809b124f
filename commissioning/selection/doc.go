// Package selection chooses what to fund under budget: the set of items
// (options, schemes, service changes) of greatest total benefit that fits
// the budget of every year, the ring-fenced budget of every funding stream,
// at most one item of each mutually exclusive group, every dependency and
// every mandatory item. It answers the Plan stage's last question, once the
// options have been appraised (net present social value, QALYs, an MCDA
// score, or a mix from [WeightedBenefit]).
//
// [Select] solves a [Problem] exactly and says so: a [Selection] carries
// the chosen IDs, the spend and slack in every year and stream, whether the
// answer is proven optimal, and otherwise the proven bound and gap.
// [Frontier] repeats the choice over a grid of budget levels.
//
// # Representation
//
// Money over financial years is an anchored [investment.Flow], as
// everywhere in the module: Problem.Budget (whose years are the budget
// years), each stream's budget, each item's costs, and the spend and slack
// of a [Selection]. Within the budget years every cost and budget must be
// whole pence between zero and [MaxAmount]; amounts outside them are not
// read. Compiling a problem for the search is the one place these flows
// become arrays: every amount is then an int64 number of pence, so whether
// a set of items fits a budget is decided exactly, never in floating
// point. Costs
// are zero or more: an item that saves money in a later year should carry
// the saving in its benefit, or the saving should be netted off its cost
// in that year by the caller (a negative cost would let one item pay for
// another, which the bounds below do not allow for).
//
// Benefits are float64 scores and may be negative (an enabling item that
// others require). They are not money: the caller chooses the unit (NPSV
// in pounds or £ thousand, QALYs, MCDA points, a weighted mix), and the
// search's bounds are floating-point arithmetic on them. The benefit of a
// selection is summed in ascending ID order, so it does not depend on the
// order of Problem.Items.
//
// A funding stream is a ring-fenced pot ([Stream]): an item naming it
// spends from the stream's budget and from the overall budget in each year.
//
// # Method
//
// The problem is a 0/1 multidimensional knapsack with generalised upper
// bound (group) constraints and precedence constraints. Select solves it by
// branch and bound:
//
//   - Mandatory items and everything they require are fixed in first;
//     items that can never be chosen (their requirements clash in a group,
//     or they alone exceed what is left of a budget) are fixed out.
//   - Lagrangian multipliers for the budget rows are found by column
//     generation (Dantzig–Wolfe decomposition over the group polytope).
//     For any multipliers μ ≥ 0,
//     L(μ) = Σ_r μ_r·b_r + Σ_g max(0, max_{j∈g} (c_j − μ·a_j))
//     bounds every selection from above; at the best μ it equals the
//     linear-programming bound. A greedy selection by benefit per unit of
//     μ-weighted cost gives a first incumbent, and reduced-cost fixing
//     against it removes the items whose value the bound already settles.
//   - The search keeps its open nodes by bound and takes the best one,
//     then plunges: it follows the child that takes the branching item
//     until that line is pruned, keeping the other children open. At each
//     node a dual simplex method, warm started from the previous node's
//     basis, solves the linear relaxation (budget rows and group rows,
//     bounds 0 ≤ x ≤ 1 with the node's fixings). The bound used to prune
//     is L(μ) recomputed from the node's duals, which is valid for any
//     μ ≥ 0, so rounding inside the simplex cannot make the search discard
//     a better selection. A rounding heuristic at every node and local
//     reduced-cost fixing follow. It branches on the fractional item with
//     the best pseudo-cost score (expected bound loss down times up),
//     measuring items not yet branched on by strong branching.
//   - On large problems (more than 400 items free at the root), a ladder
//     of core searches comes first. A core is the free items with the
//     closest calls (smallest reduced benefit, or smallest loss against
//     the best item of their group); the rest are held as the Lagrangian
//     relaxation has them (in while they fit, largest reduced benefit
//     first), and the core is searched for 20,000 nodes. The first core has 50 items and each round widens it by
//     half; after two rounds in a row without gain, or once the core would
//     hold half of what is free, the exact search begins. Small cores are
//     searched deep quickly, which finds near-optimal selections long
//     before a search over every item would; a better incumbent in turn
//     fixes more items by reduced cost. Pseudo-costs learnt in cores stay
//     with the cores: on a restricted problem they would mislead the
//     exact search. Cores only improve the incumbent; the proof is always the search over
//     every free item, which is restarted with fresh fixing while its early
//     rounds improve the incumbent.
//
// A node is pruned when its bound is below the incumbent minus the
// tolerance, 1e-9 × (1 + Σ|benefit|) (Selection.Tolerance): "optimal" means
// that no selection is better than the answer by more than that.
//
// # Ties
//
// Among selections whose benefits are equal within the tolerance, Select
// returns the one that comes first in ID order: comparing the two sets of
// IDs in ascending order, the first ID where they differ is in the chosen
// set. The rule depends only on the IDs, not on the order of
// Problem.Items; the search explores every node that could hold such a
// selection, so the rule holds whenever Optimal is true. A caller who
// prefers the cheaper of two equal sets can add a small cost penalty to the
// benefits.
//
// # Limits and cancellation
//
// [Options] set a node limit (reproducible: the search is deterministic and
// single-threaded), a time limit and a progress callback; Select also stops
// when its context is done. A stopped search returns the best selection
// found, Optimal false, and Bound: the largest bound over the nodes left
// open, capped by the root bound (the root bound itself when the stop came
// while cores were still being searched). Selection.Gap = Bound − Benefit
// is then a proven gap.
//
// # Frontier
//
// [Frontier] solves the problem again with every budget (overall and
// ring-fenced, every year) scaled by each level of a grid, rounded down to
// whole pence: level 1 is the problem as given, 0.5 half of every budget.
// Each point is the best benefit affordable at that level, so the frontier
// never falls as the level rises. Levels where the mandatory items do not
// fit are reported as infeasible points, not as errors.
//
// # JSON
//
// [Problem], [Selection] and [Point] write and read JSON with camelCase
// field names, money by year as an object keyed by financial year
// ({"2025/26":"100.00"}) and amounts as strings of decimal pounds; a bad
// amount is reported at its year (budget[2026/27]). Reading a Problem
// or a Selection refuses a field it does not know with a [FieldError]
// naming its path (items[2].cost). [ReadPortfolio] reads the external
// portfolio format of the performance peers' instance files into a
// [Portfolio], which [Portfolio.Problem] turns into a Problem.
//
// # Errors
//
// Invalid input returns an error that wraps a sentinel, testable with
// [errors.Is], inside a typed error that says where:
//
//   - [ItemError] (one-based position, ID and field): [ErrEmptyID],
//     [ErrDuplicateID], [ErrNotAnchored] (costs), [ErrNegative],
//     [ErrNotWholePence], [ErrRange], [ErrNotFinite] (benefit),
//     [ErrUnknownID] (a requirement or funding stream naming nothing);
//   - [BudgetError] (year and stream): [ErrNoYears] (an overall budget
//     without financial years), [ErrBudgetLength] (a stream's budget
//     missing a budget year, the first such year named), [ErrNegative], [ErrNotWholePence], [ErrRange], [ErrEmptyID] and
//     [ErrDuplicateID] (stream names);
//   - [CycleError] names the items of a dependency cycle
//     ([ErrCyclicDependency]);
//   - [ConflictError] names two needed items in one exclusive group
//     ([ErrMandatoryConflict]): two mandatory items, or a mandatory item
//     and an item that another mandatory item requires;
//   - [InfeasibleError] names the binding year and stream, what the
//     mandatory items need and what the budget allows ([ErrInfeasible]).
//
// A [Portfolio] whose options do not have one cost per year returns
// [ErrCostsLength]; bad options [ErrBadOption];
// bad frontier levels [ErrBadLevel]; bad weights [ErrBadWeights] or
// [ErrNotFinite]. Every message starts "selection: " once. [ErrEmptyID],
// [ErrDuplicateID], [ErrUnknownID], [ErrNegative], [ErrRange] and
// [ErrNotFinite] are the reasons the module's packages share, so that
// errors.Is matches them across the layers.
package selection
