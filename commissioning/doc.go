// Package commissioning models the strategic commissioning cycle of health
// and social care and its Plan stage: the cycle and its stages, the
// strategic plan, the options a plan may fund, their appraisal as HM
// Treasury's Green Book asks (the economic case with optimism bias,
// switching values and distributional weights), one-way and two-way
// sensitivity, Monte Carlo simulation, and the choice of what to fund
// under budget.
//
// # The cycle and the plan
//
// A [Cycle] is one round of Analyse → Plan → Do → Review ([Stage]), with
// the artefacts each stage produced and a dated log of decisions. A [Plan]
// is the strategic commissioning plan: its period (investment.Years),
// priorities, localities, the options it chose, its links to the nine
// National Health and Wellbeing Outcomes (by id, "NO-1" to "NO-9", as
// outcomes.NationalOutcomes has them) and
// its medium-term financial plan. [Plan.Validate] enforces s.29 of the
// Public Bodies (Joint Working) (Scotland) Act 2014: at least two
// localities.
//
// # The cycle as a library
//
// [Inputs] hold everything an analyst edits for a round. Each stage is a
// function of the inputs and the earlier stages' artefacts, behind a gate
// that returns a [*GateError]:
//
//	a, err := in.Analyse(ctx)        // *Assessment: population, cases, forecasts, demand vs capacity, spend map
//	s, err := in.Plan(ctx, a)        // *Strategy: appraisal, MCDA, selection under the budget the financial plan leaves
//	c, err := in.Do(a, s)            // *Commitments: directions and contracts, by year and locality, to the penny
//	r, err := in.Review(s, c)        // *Review: spend vs budget, measures vs trajectories, findings
//	next, err := Next(round)         // the next round's Inputs
//
// [Run] runs them all into a [Round]; [Validate] checks a round against the
// statutory requirements and returns every [Failure]; [Rerun] runs a
// scenario (a copy of the inputs with [Change]s, such as [ScaleStream])
// and [Diff] says what changed. [InvestmentBudget] states the rule that
// links the financial plan to the budget the options compete for. Every
// artefact is plain exported data and a round round-trips through JSON
// (it is read back strictly). Time is never read from the clock:
// the decisions log ([Decision]) is part of the inputs.
//
// # Options
//
// An [Option] carries its capital and revenue costs and monetised benefits
// as investment.Flow values by year offset (year 0 undiscounted), health
// effects in QALYs, its mutual-exclusion group, dependencies, mandatory
// flag, funding stream, outcome links, [OptimismBias] and beneficiary
// income groups. A [LongList] records the options framework filter (scope,
// solution, delivery, implementation, funding) with a verdict and a reason
// per option and dimension; its [ShortList] always holds business as usual.
//
// # Appraisal
//
// [Appraiser] computes the economic case ([Appraisal]): present values on
// its Schedule (the zero Schedule is the Green Book's), NPSV, BCR,
// equivalent annual cost, and a [SwitchingValue] for benefits, costs,
// capital and revenue as wholes and for each line in each year. Capital
// costs are uplifted by the option's optimism bias from the supplementary
// guidance table built in ([OptimismBounds]): share-weighted over project
// types, reduced proportionally by mitigation; outsourcing's figure
// applies to revenue. With [Equity] settings, benefits are also weighted
// by [DistributionalWeight], w = (y_ref/y)^η with η = [DefaultEta].
//
// # Sensitivity and Monte Carlo
//
// An [Input] is a factor multiplying chosen lines, years and options.
// [Appraiser.Tornado] moves each input between its Low and High values
// (tornado data sorted by swing); [Appraiser.TwoWay] tabulates two at
// once; both compute exactly in decimal. [Appraiser.Simulate] draws the
// inputs from their [Distribution] (normal, log-normal, gamma, beta,
// triangular, PERT, uniform or fixed, sampled with gonum's stat/distuv),
// optionally correlated through a Gaussian copula (a correlated input
// takes F⁻¹(Φ(z)) at its normal score z: in closed form for normal,
// log-normal, uniform and triangular inputs, and for beta, PERT and gamma
// from a cubic Hermite table of the inverse built once per simulation,
// within 1e-9 of the range, as [Simulation] details), and reports per option
// the NPSV's mean, standard deviation and percentiles, the probability of
// being best, and with willingness-to-pay values the cost-effectiveness
// acceptability curve from package outcomes.
//
// # Determinism
//
// Each Monte Carlo draw d uses its own PCG stream seeded from the
// simulation's Seed and d, and the inputs are sampled in order; draws are
// computed in chunks by several goroutines, and every statistic is then
// computed in draw order. The same inputs and seed give bit-identical
// results for any number of workers or GOMAXPROCS. Simulation works in
// float64; money enters once (Money.Float64) and leaves once, rounded to
// the penny through investment.Money.MulFloat.
//
// # Selection
//
// [Select] appraises options and hands them, with the budget by financial
// year, ring-fenced streams, groups, dependencies and mandatory flags, to
// the exact branch and bound of package
// github.com/opencommissioning/scp/commissioning/selection.
//
// # Representation
//
// Money is investment.Money and exact; present values are exact sums of
// amounts times discount factors, rounded once per line, half away from
// zero, to the penny. Ratios, switching values, weights and simulation
// statistics are float64. Every type round-trips through JSON, money as
// strings, enumerations by name, with lower camel-case field names; the
// zero value of every type writes and reads back (an unset enumeration is
// left out). Plans, options, cycles, long and short lists, appraisals,
// simulations and their results are read strictly: a misspelt field or a
// value of the wrong form is a [*FieldError] naming the field's path, such
// as "options[2].capital".
//
// # Errors
//
// Bad input is answered with an error, never a panic. Errors are typed and
// say where, with one-based positions and JSON field paths: [*OptionError]
// (option id or position, and field), [*InputError]
// (sensitivity or simulation input), [*DistributionError] (the parameter
// and its value) and [*FieldError] (any other field); each unwraps to an
// exported sentinel such as [ErrDuplicateID], [ErrNoBAU],
// [ErrUnknownCategory], [ErrShares], [ErrMitigation], [ErrEta],
// [ErrIncome], [ErrLocalities], [ErrParameter] or [ErrNotFinite], for use
// with errors.Is. Every message starts with "commissioning: " exactly once;
// the reasons shared with the module's other packages ([ErrNotFinite],
// [ErrEmptyID], [ErrDuplicateID], [ErrUnknownID], [ErrNegative],
// [ErrUnknownName], [ErrUnknownField], [ErrSyntax]) are the same values
// there. Dependencies between options (unknown or cyclic) are judged by
// package selection, whose typed errors [Select] returns wrapped.
package commissioning
