// Command forecastbench scores forecasting methods on a set of series held
// out in long form, as the M-competitions do: for each method it fits every
// series' training part, forecasts its test horizon and prints mean sMAPE,
// mean MASE, the number of series that failed, and the time per series and
// in all (fitting, forecasting and scoring).
//
// MASE is scaled by the in-sample error of the seasonal naive forecast at
// the series' frequency, mean |y(t) − y(t−m)| over the training part (m = 1
// for yearly data), as in Hyndman & Koehler (2006), IJF 22(4), and the M3
// and M4 evaluations.
//
// The frequency of each series comes from the file's period column (the
// quarter or month of each observation, see forecast.ReadLong); -frequency
// sets it for files without one. -synthetic N scores N synthetic monthly
// series instead of a file: a deterministic set in the shape of the M3
// monthly data (48–126 training months, horizon 18) drawn from a
// multiplicative-error damped-trend seasonal process, one PCG stream per
// series; it is not M3 data (see syntheticMonthly for the process).
// -write FILE writes the series in long form instead of scoring them, so
// that other tools can be run on the same data.
//
// -members and -mean set the methods the Ensemble method combines and its
// rule (forecast.DefaultMembers and the median otherwise). -holdout ignores
// the test rows and scores on the last h values of each training part (h
// the series' test length), fitting on the rest; with -write it writes
// that held-out set, so that applying -holdout again gives the origin
// before.
//
// -choose POOL ranks combinations instead of scoring methods: the default
// Ensemble was chosen this way. It takes the files to rank on as
// arguments (or -synthetic N) and never reads their test rows. Each file is scored at two origins (its training parts with the
// last h values held out, then the h values before those); each pool
// method is fitted once per origin, and every combination of one to -size
// methods is scored by the mean and, with three or more members, by the
// median, as Ensemble combines them. The criterion, lower better, is the
// mean over files and origins of (sMAPE / Naive's + MASE / Naive's) / 2;
// the -top best are printed with their scores on each set.
//
// Series are fitted in parallel on GOMAXPROCS goroutines (forecast.FitEach);
// each series' fit is sequential and independent of the others, so the
// scores are the same for any GOMAXPROCS (set the GOMAXPROCS environment
// variable to time one core).
//
// Usage:
//
//	go run ./examples/forecastbench [-in FILE.csv] [-frequency 1|4|12] [-synthetic N] [-write FILE.csv] [-methods Naive,SNaive,SES,Holt,Damped,Theta,Comb,Auto,STM,OTM,DSTM,DOTM,AutoTheta,Ensemble] [-members Auto,DOTM,Theta,Drift] [-mean] [-holdout]
//	go run ./examples/forecastbench -choose Naive,Drift,SES,Auto,DOTM [-size 5] [-top 10] [-frequency 1|4|12] FILE.csv ...
//
// FILE.csv has a header naming at least id, value and split (train or
// test), optionally t, year, period and category (see forecast.ReadLong).
// Without -in or -synthetic the program uses its embedded sample: the first
// 60 series of the M3 yearly competition data (Makridakis & Hibon 2000, via
// R package Mcomp).
package main
