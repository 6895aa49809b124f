// Package examples holds whole worked examples of the commissioning cycle,
// each a runnable program in its own folder that reads like the work of an
// analyst:
//
//   - southlanarkshire: the main worked example, South Lanarkshire Health
//     and Social Care Partnership's strategic commissioning on embedded
//     data. Run it with `go run ./examples/southlanarkshire`. Its inputs
//     are the data package examples/internal/slround.
//   - whatif: a scenario on the same round: the council's contribution
//     rises 2%; the gap by year before and after, and which options become
//     affordable (`go run ./examples/whatif`).
//   - forecastbench: accuracy and speed of the demand forecasting methods
//     on yearly series in long-form CSV.
//   - selectionbench: exact portfolio selection on generated portfolios.
//
// This package itself holds no code.
package examples
