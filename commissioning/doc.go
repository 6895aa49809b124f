// Package commissioning models the Plan stage of the strategic
// commissioning cycle of health and social care: the cycle and its stages,
// the strategic plan, the options a plan may fund, and their appraisal as
// HM Treasury's Green Book asks (the economic case with optimism bias,
// switching values and distributional weights), with one-way and two-way
// sensitivity and Monte Carlo simulation.
package commissioning
