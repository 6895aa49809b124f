// Command forecastbench scores forecasting methods on a set of yearly series
// held out in long form, as the M-competitions do: for each method it fits
// every series' training part, forecasts its test horizon and prints mean
// sMAPE, mean MASE and the time taken.
//
// Series are fitted in parallel on GOMAXPROCS goroutines (forecast.FitEach);
// each series' fit is sequential and independent of the others, so the
// scores are the same for any GOMAXPROCS (set the GOMAXPROCS environment
// variable to time one core).
//
// Usage:
//
//	go run ./examples/forecastbench [-in FILE.csv] [-methods Naive,SES,Holt,Damped,Theta,Comb,Auto]
//
// FILE.csv has a header naming at least id, value and split (train or
// test), optionally t, year and category (see forecast.ReadLong). Without
// -in the program uses its embedded sample: the first 60 series of the M3
// yearly competition data (Makridakis & Hibon 2000, via R package Mcomp).
package main
