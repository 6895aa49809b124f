// Package report publishes what the commissioning cycle produces: the
// tables, charts and papers an Integration Joint Board decides from.
//
// It builds, from the library's own results,
//
//   - tables as data ([Table]) that print as text, Markdown and HTML, with
//     money in £, £000 or £m, accounting negatives in brackets, and a
//     rounding line wherever the rounded figures of a column would not add
//     up to its rounded total: the medium-term financial plan
//     ([FinancialPlan]), spend by care group, locality and stream, the
//     economic case of a short list, MCDA scores, the selection with its
//     spend by year, an allocation to localities and the indicators against
//     their trajectories;
//   - charts ([Chart]) drawn with gonum/plot as SVG or PNG: a forecast fan
//     chart, a population pyramid, the budget by stream and year with its
//     gap, a tornado, the cost-effectiveness plane with its efficient
//     frontier, an acceptability curve, the Monte Carlo distribution of each
//     option's net present social value and a RAG dashboard;
//   - a [Document] of sections, tables, charts, a statutory checklist and a
//     decisions log, written as one self-contained HTML page
//     ([Document.WriteHTML]: inline SVG and CSS, nothing fetched, a print
//     stylesheet) or as Markdown ([Document.WriteMarkdown]);
//   - a workbook ([WriteWorkbook]) with one sheet per table, the figures on
//     an inputs sheet and a formula in every total cell, so that it
//     recomputes when a finance officer edits a figure.
//
// [BoardPaper] makes the whole board paper of a round of the cycle
// (commissioning.Run) in one call; the functions above make its parts from
// the library's results for a paper of another shape.
//
// Its dependencies (gonum/plot, excelize) stay in this package: importing
// investment or needs does not pull them in.
package report
