// Package examples holds whole worked examples of the commissioning cycle,
// each a runnable program in its own folder that reads like the work of an
// analyst:
//
//   - southlanarkshire: the main worked example, South Lanarkshire Health
//     and Social Care Partnership's strategic commissioning on embedded
//     data. Run it with `go run ./examples/southlanarkshire`.
//   - forecastbench: accuracy and speed of the demand forecasting methods
//     on yearly series in long-form CSV.
//   - selectionbench: exact portfolio selection on generated portfolios.
//
// This package itself holds no code.
package examples
