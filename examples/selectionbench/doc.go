// Command selectionbench solves portfolio-selection instances in the
// format of the performance peers (shared/peers/gen_instances.py: yearly
// integer costs and budgets in £ thousand, a benefit per option, optional
// mutually exclusive groups; read by selection.ReadPortfolio) with
// selection.Select, and prints the
// objective, whether it is proven optimal, the proven bound and gap, the
// nodes explored and the wall time, for comparison with
// knapsack_milp.py (HiGHS, CBC, GLPK) on the same file.
//
// Usage:
//
//	selectionbench [-time-limit 10s] [-node-limit N] [-json] [-progress] INSTANCE.json...
//
// The wall time covers Select only; reading and converting the JSON is
// reported separately. With -progress, every better selection found is
// written to standard error with the time and node count at which it was
// found.
package main
