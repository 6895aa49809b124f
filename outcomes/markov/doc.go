// Package markov builds and runs Markov cohort (state-transition) models
// for health economic evaluation: a cohort moves between states cycle by
// cycle, and the costs and effects of the time spent in each state, and of
// moves between them, are counted, corrected within the cycle and
// discounted. Strategies share one structure and differ in their
// parameters; the results feed the incremental tables, net benefit and
// acceptability curves of package outcomes, value-of-information analysis
// and budget impact with open cohorts.
//
// Model arithmetic is float64; money enters as [investment.Money] (costs
// per cycle through [FixedMoney], converted once) and leaves as
// [investment.Money] at the boundaries: the incremental table
// ([Result.Table], through [outcomes.Frontier]) and the budget impact table,
// whose cells add up exactly to their totals. It imports investment and
// outcomes of this module, and gonum for distributions and least squares.
//
// # Models
//
// A [Model] has states, an initial distribution, a number of cycles and a
// cycle length, a within-cycle [Correction], discount schedules for costs
// and for effects ([investment.Schedule]), [Parameter] values with their
// distributions, and [Strategy] values. A strategy gives its transition
// matrix through a [TransitionFunc] of the cycle and the parameters —
// constant ([Matrix]), varying with the cycle (a time-dependent hazard), or
// with age through a [MortalityTable] by age and sex — with [Rest] as the
// complement of a row ("the rest stay"). [RateToProb], [ProbToRate],
// [RescaleProb], [ApplyHR], [ApplyRR] and [Conditional] build
// probabilities the way published models do; [Tunnel] names tunnel states
// for effects of the time spent in a state.
//
// Each strategy's costs come by category ([Cost]): per-cycle [Values] for
// each state and one-off [Moves] between states. Utilities give QALYs and
// life-year weights give life-years (by default 1 in every state but the
// dead ones). Values may vary by cycle.
//
// # Counting conventions
//
// The trace has rows 0 … Cycles. [Correction] names how rows are counted —
// [StartOfCycle], [EndOfCycle], [HalfCycle], [LifeTable], [Simpson] or a
// published model's own [RowWeights] — and whether row 0 is counted. Row t
// is discounted with the factor of year ⌊t × CycleLength⌋ of its schedule,
// so under EndOfCycle the first counted year is discounted once and under
// StartOfCycle not at all. The tests reproduce Briggs, Claxton and
// Sculpher (2006): the HIV model of Chancellor et al. (1997) with
// EndOfCycle, and the total hip replacement model, with cycle- and
// age-varying transitions, with StartOfCycle over 61 rows; and the
// Sick-Sicker model of Alarid-Escudero et al. (2023) with its own Simpson
// weights.
//
// # Probabilistic analysis and value of information
//
// [Model.Simulate] draws every parameter from its [Distribution] (beta,
// gamma, log-normal, normal, or Dirichlet for a row of probabilities, from
// gonum's distuv and distmv) and runs every strategy. Draw d takes its own
// PCG stream seeded from (seed, d), so the draws are bit-identical whatever
// GOMAXPROCS; the run takes a context and reports progress. [PSA.Curve]
// gives the acceptability curve and its frontier ([outcomes.CEAC]),
// [PSA.EVPI] the expected value of perfect information and [PSA.EVPPI] that
// of partial perfect information for one parameter or a group, by
// regression on the probabilistic sample (Strong, Oakley and Brennan 2014);
// see [EVPPI] for the method and its accuracy.
//
// # Budget impact
//
// [BudgetImpact] follows the ISPOR good practice of Sullivan et al. (2014):
// people enter year by year — given as a series of new entrants, or derived
// from the size of the eligible population each year, such as a needs
// projection ([BudgetImpact.EntrantsFor]) — each year's entrants run through the model
// from their entry year, the current mix of strategies is set against a new
// one in which a strategy's uptake ramps up ([Uptake]), and the
// undiscounted cost falls by financial year and category into a
// [BudgetTable] in money that adds up to the penny.
//
// # Errors
//
// Every error starts with "markov: " exactly once and wraps a sentinel,
// so callers branch with [errors.Is]. Bad input gets an [*Error] that says
// where — draw, strategy, financial year, cycle, cost category, the cell
// of a matrix by the names of its states (row "Sick" column "Dead"), the
// state of a value, or the field's path with one-based positions, such as
// initial[2] or strategies[2].costs[1].category: rows that do not sum to 1
// within 1e-9 ([ErrRowSum]), probabilities outside [0, 1]
// ([ErrProbability]), state sets that differ between strategies
// ([ErrStates]), negative counts ([ErrNegative]), NaN or infinite values
// ([ErrNotFinite]), costs too large for money ([ErrRange]) and the rest
// listed with the sentinels. The reasons the module shares (ErrNotFinite,
// ErrNegative, ErrRange, ErrSyntax, ErrUnknownName, ErrUnknownField) are
// the same values in every package.
//
// # JSON
//
// Results, probabilistic draws, budget impact tables, simulation settings,
// parameters and life tables marshal with camelCase names, their zero
// values included, and read back strictly: a misspelt field or a value of
// the wrong form is a [*FieldError] naming the field's path, such as
// "PSA: qalys[2][3]". The enumerated types ([Correction], [Kind], [Effect],
// [Sex]) travel as their names.
package markov
