// Command southlanarkshire runs the library's main worked example: one
// round of strategic commissioning for South Lanarkshire Health and Social
// Care Partnership (council area S12000029, partnership S37000028), whose
// Strategic Commissioning Plan 2022–25 set three headline priorities:
// early intervention, prevention and inequalities; mental health and
// addictions; sustaining and improving day-to-day services.
//
// It walks the cycle in order and prints what an analyst would put in front
// of the Integration Joint Board:
//
//   - Analyse: the population of the four localities and how it ages,
//     dementia prevalence projected from it, a forecast of the partnership
//     population checked against the published estimates, and the demand
//     for care at home against capacity.
//   - Plan: the three-year medium-term financial plan and its funding gap,
//     the economic case for the options, multi-criteria scores, the best
//     affordable set chosen exactly under the budget of every year, and
//     marginal analysis.
//   - Do: the chosen investment allocated to the localities, to the penny,
//     and the table published in £000 with its rounding line.
//   - Review: the national indicators against their trajectories, what each
//     investment contributes to the outcomes, and the social return.
//
// Every figure comes from embedded data. Population totals for 2018, 2019,
// 2021 and 2022 are the published National Records of Scotland mid-year
// estimates; the locality splits, rates, budgets and options are
// constructed for the example, and the output says so where they appear.
//
// Usage:
//
//	go run ./examples/southlanarkshire
package main
