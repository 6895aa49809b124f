// Package outcomes links the money of strategic commissioning to what it
// is for: the nine National Health and Wellbeing Outcomes, the indicators
// that show progress towards them, targets and trajectories with RAG
// status, the logic model from investment lines to outcomes, and the
// valuation of outcomes by cost-effectiveness (QALYs, ICERs, the efficient
// frontier, net benefit, acceptability curves) and by social return on
// investment.
//
// It imports package investment for [investment.Money],
// [investment.FinancialYear] and the discount schedules, and nothing else
// of this module.
//
// # Frameworks
//
// [NationalOutcomes] returns the nine outcomes of SSI 2014/343 verbatim;
// [CoreIndicators] the Core Suite of Integration Indicators NI-1 … NI-23,
// each with its [Scale] (percentage, rate per 1,000 or 100,000, count or
// pounds), [Direction] (higher or lower is better) and [Basis] (survey or
// data), NI-10, NI-21, NI-22 and NI-23 marked NotReported; and
// [MSGIndicators] the six Ministerial Strategic Group indicators. A
// partnership builds its own [Framework] with [NewFramework] from these and
// its local outcomes, indicators and [Priority] values; ids are unique
// across the framework and looked up with [Framework.Outcome],
// [Framework.Indicator] and [Framework.Priority]. Presets are functions that
// return fresh values, and a Framework copies what it is given.
//
// # Measures, trajectories and RAG
//
// [Measures] holds values of indicators by area and financial year with
// their source. A [Trajectory] runs from a baseline to a target, [Linear]
// or [Compound]; [Trajectory.Assess] rates an actual value [Green],
// [Amber] or [Red] by its shortfall against the trajectory in the
// indicator's better direction, with explicit [Tolerance] bounds in the
// indicator's units or relative to the expected value. [FitTrend] fits a
// least-squares line through recent years and reads it as improving,
// worsening or stable.
//
// # Logic model
//
// A [LogicModel] links investment [Line] values through activities and
// outputs to outcomes or indicators with an expected [Effect] (central,
// low, high), an attribution share and a lag. [LogicModel.Contributions]
// sums effect × attribution for each line and target,
// [LogicModel.UnitCost] divides a line's cost by its contribution, and
// [LogicModel.Orphans] and [LogicModel.Check] report, by id, lines that
// reach no outcome and priorities without indicators.
//
// # Cost-effectiveness
//
// [QALYs] is Σ utility × years; [DiscountedQALYs] discounts the yearly
// profile on a [Discounter], by default the Green Book health schedule
// ([investment.GreenBookHealth]). [ICER] compares two alternatives and
// places them on the cost-effectiveness plane; [NMB] = λΔE − ΔC is money
// and [NHB] = ΔE − ΔC/λ is effect. [Frontier] builds the ICER table, marking
// strongly and extendedly dominated alternatives, with ties broken as its
// documentation states. [CEAC] computes the acceptability curve from Monte
// Carlo draws over a grid of λ, deterministically whatever GOMAXPROCS is.
//
// # Social return on investment
//
// An [SROI] analysis values [Impact] values after deadweight,
// displacement, attribution and drop-off, discounts them at 3.5% from year
// 1, and reports the present value, the SROI ratio and net ratio, and the
// payback period ([SROI.Value]); [SROI.Sensitivity] shows how the ratio
// moves with each assumption and the value of each at which it would fall
// to 1:1, following the Cabinet Office's A guide to Social Return on
// Investment (2012).
//
// # Representation and rounding
//
// Money is [investment.Money], exact; statistics, effects and shares are
// float64. A float crosses into money only where a formula multiplies
// money by it (NMB, the financial proxy × quantity), taken as the shortest
// decimal that reads back as the float. Money divided by an effect (an
// ICER, a cost per unit of outcome) is computed exactly with
// [github.com/shopspring/decimal.Decimal.DivRound] and rounded half away from zero to the penny;
// SROI present values carry each discounted term to 20 decimal places and
// round the total to the penny. Nothing uses decimal.Decimal.Div.
//
// # JSON
//
// Every artefact round-trips through JSON without loss. Money is a JSON
// string of pounds ([investment.Money]) and a financial year a string such
// as "2022/23". The enumerated types ([Direction], [Scale], [Basis],
// [Target], [Shape], [Status], [Verdict], [Dominance], [Quadrant],
// [Reductions], [Assumption]) are written as the text their String method
// returns, such as "lower is better" or "strongly dominated", and read
// back with their Parse functions; unknown text is a [*NameError]. An
// unset (zero) [Direction] or [Scale] is invalid and left out of an
// indicator's JSON. Struct fields have lower camel-case names, and the
// package's documents are read strictly: a misspelt field, or a value of
// the wrong form (an amount or rate that is not a decimal number), is a
// [*FieldError] naming the field's path, such as "impacts[2].proxy".
//
// The types with unexported state go through wire forms and are checked
// on the way in as their constructors check their arguments, so that a
// decoded value is one the package could have built and bad JSON gives
// the package's errors: a [Framework] is an object of its name, outcomes,
// indicators and priorities, read with [NewFramework]; a [LogicModel] an
// object of its framework in full, lines and links, read with
// [NewLogicModel]; [Measures] an array of [Measure] values, read with
// [NewMeasures]; a [Curve] an object of the alternatives' ids and one
// point for each λ, checked as [CEAC] checks its input and for
// probabilities in [0, 1] that sum to 1. A [Trajectory] and a [Tolerance]
// are checked as [NewTrajectory] and [Trajectory.Assess] check them. The
// zero Curve, LogicModel and Trajectory, which are not valid, write JSON
// null, which reads back as the zero value. Each
// of these has an Equal method, so that a value and its decoded copy can
// be compared.
//
// # Errors
//
// Bad input returns an error, never a panic. Every error wraps one of the
// exported sentinels ([ErrShare], [ErrNotFinite], [ErrDuplicateID],
// [ErrUnknownID], [ErrZeroEffect], [ErrNoAlternatives], [ErrNegativeImpact],
// ...), for [errors.Is]; an error about one element of a list is an
// [*InputError] that names the kind of element, its one-based position,
// its id and the field. Every message starts with "outcomes: " exactly
// once; the reasons shared with the module's other packages
// ([ErrNotFinite], [ErrDuplicateID], [ErrEmptyID], [ErrUnknownID],
// [ErrNegative], [ErrRange], [ErrUnknownName], [ErrUnknownField],
// [ErrSyntax]) are the same values there. [LogicModel.Check] returns an [*OrphanError] listing ids. Text
// that names no value of an enumerated type is a [*NameError], which
// matches [ErrUnknownName] and, for a direction, scale or shape,
// [ErrDirection], [ErrScale] or [ErrShape]. NaN and
// infinite numbers are rejected wherever they enter. Only [National] could
// panic, and only if the constant national data were inconsistent.
package outcomes
