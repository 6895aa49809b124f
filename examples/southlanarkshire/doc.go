// Command southlanarkshire runs the library's main worked example: one
// round of strategic commissioning for South Lanarkshire Health and Social
// Care Partnership (council area S12000029, partnership S37000028), whose
// Strategic Commissioning Plan 2022–25 set three headline priorities:
// early intervention, prevention and inequalities; mental health and
// addictions; sustaining and improving day-to-day services.
//
// It is data plus calls: the round's inputs are package
// examples/internal/slround, and commissioning.Run runs the cycle on them;
// this program prints what an analyst would put in front of the
// Integration Joint Board:
//
//   - Analyse: the population of the four localities and how it ages,
//     dementia prevalence projected from it, a forecast of the partnership
//     population checked against the published estimates, the demand for
//     care at home against capacity, and current spend by care group.
//   - Plan: the medium-term financial plan with the chosen options in it,
//     what it leaves for investment (the transformation fund plus the
//     surplus before investment), the economic case ranked by NPSV, the
//     multi-criteria scores that drive the choice, the best affordable set
//     chosen exactly, the efficiency frontier, a Monte Carlo analysis, the
//     targets' trajectories and the options' expected contributions.
//   - Do: directions and contracts, allocated to the localities to the
//     penny, and the table published in £000 with its rounding line.
//   - Review: spend against budget, spend by locality, the targets rated
//     red, amber or green, the findings for the next round, and the
//     statutory checks of the plan and the annual performance report.
//
// Every figure comes from embedded data. Population totals for 2018, 2019,
// 2021 and 2022 are the published National Records of Scotland mid-year
// estimates; the locality splits, rates, budgets and options are
// constructed for the example, and the output says so where they appear.
//
// It then publishes the board paper through package commissioning/report:
// report.html (one self-contained page with the tables and charts, the
// statutory checklist and the decisions log), report.md with its charts
// under charts/, the annual performance report of the review year as
// annual-report.html and annual-report.md, and financial-plan.xlsx (the
// financial plan and the allocations, with formulas for every total), in
// the directory -out names, and says where it wrote them.
//
// Usage:
//
//	go run ./examples/southlanarkshire [-out DIR]
package main
