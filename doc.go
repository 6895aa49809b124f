// Package scp models the strategic commissioning cycle of health and social
// care as importable, testable Go: the yearly work by which a Scottish
// Integration Joint Board assesses the needs of its population, forecasts
// demand, links what it invests to the outcomes people get, appraises
// options and chooses what to fund within a fixed budget, exact to the
// penny.
//
// This package holds only documentation; the work is done by its
// sub-packages.
//
// # The cycle
//
// The Institute of Public Care model runs Analyse → Plan → Do → Review, and
// Review feeds the next Analyse:
//
//   - Analyse: population, prevalence and deprivation, demand forecasts and
//     the gap between need and capacity ([github.com/opencommissioning/scp/needs]
//     and [github.com/opencommissioning/scp/needs/forecast]).
//   - Plan: options appraised on value for money and on criteria money does
//     not capture, then the best affordable set chosen in every year
//     ([github.com/opencommissioning/scp/commissioning] and its
//     sub-packages selection, mcda and pbma).
//   - Do: budgets allocated to localities and funding streams, to the penny
//     ([github.com/opencommissioning/scp/investment]).
//   - Review: performance against the national outcomes and indicators, and
//     the value of what was bought ([github.com/opencommissioning/scp/outcomes]).
//
// # Packages
//
//   - investment: exact [investment.Money], financial years, allocation,
//     Green Book discounting, cash flows, budgets and the medium-term
//     financial plan. Imports nothing of scp.
//   - investment/investmenttest: go-cmp options and assertions for tests
//     that validate budget allocations.
//   - needs: population by age and sex, prevalence projection, SIMD
//     deprivation, crude and age-standardised rates, demand, capacity and
//     gap. Imports nothing of scp.
//   - needs/forecast: exponential smoothing and other demand forecasts with
//     prediction intervals and accuracy measures.
//   - outcomes: the nine national outcomes, the core integration
//     indicators, measures, targets, links from investment to outcomes, and
//     valuation (QALYs, cost-effectiveness, SROI). Imports investment.
//   - outcomes/markov: Markov cohort models, probabilistic analysis, value
//     of information and budget impact with open cohorts. Imports
//     investment and outcomes.
//   - commissioning: the cycle, the plan, options and their appraisal,
//     sensitivity and Monte Carlo analysis, and selection under budget.
//   - examples: whole worked examples; examples/southlanarkshire is the
//     South Lanarkshire plan on embedded data.
//
// # Quick start
//
//	budget := investment.MustGBP("10,000,000")
//	parts, err := budget.Allocate(0.31, 0.27, 0.24, 0.18) // four localities, to the penny
//	pv := investment.GreenBook().PresentValue(investment.NewFlow(costs...))
//
// Run the worked example with
//
//	go run ./examples/southlanarkshire
package scp
