// Command whatif answers a board's question on the worked example of
// South Lanarkshire: the council's contribution rises 2% — what happens
// to the funding gap each year, and which options become affordable?
//
// It runs the round of examples/internal/slround, runs it again with the
// council's stream 2% higher in every year (commissioning.Rerun with
// commissioning.ScaleStream), and prints, from commissioning.Diff, the gap
// by year before and after (before and with investment), the budget left
// for investment, and the options that come into or leave the best
// affordable set, in a table a board paper could use.
//
// It then writes the comparison through package commissioning/report as
// whatif.html, whatif.md (charts under charts/) and whatif.xlsx in the
// directory -out names, beside the main job's report, and says where.
//
// Usage:
//
//	go run ./examples/whatif [-out DIR]
package main
