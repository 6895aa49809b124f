// Package forecast forecasts demand from short yearly, quarterly or monthly
// histories: benchmark methods, the exponential smoothing (ETS) family with
// maximum-likelihood estimation and automatic selection as R's
// forecast::ets does, the Theta method and the theta family of Fiorucci et
// al. (2016), combinations, prediction intervals, accuracy measures,
// residual diagnostics and rolling-origin evaluation.
//
// # Representation
//
// A [Series] holds a start (year and quarter or month), a [Frequency] and
// float64 values. [Fit] fits a [Method] to a series and returns a [Model]:
//
//	m, err := forecast.Fit(s, forecast.Auto, nil)
//	fc, err := m.Forecast(6, 80, 95) // point forecasts and 80%/95% intervals
//	iv, err := fc.Interval(95)       // the 95% interval; fc.Times[i] is the period of fc.Mean[i]
//
// The methods are [Naive], [SeasonalNaive], [Drift], [Linear], [SES], [Holt],
// [DampedHolt], [ETS] (a given [Spec]), [Theta], [Combination], [Auto], the
// theta models [STM], [OTM], [DSTM], [DOTM] and [AutoTheta], and [Ensemble],
// the median of chosen methods' forecasts (or their mean, with
// [Options].Mean): by default the median of Auto, DOTM, Theta and Drift
// ([DefaultMembers]), the recommended method for a user who does not want to
// choose (M3 yearly sMAPE 15.88, quarterly 9.07, monthly 13.72).
// A fitted Model reports its name ("ETS(M,A,N)"), parameters ([Params], in
// the error-correction form R prints), σ², log-likelihood, AIC, AICc and BIC.
// [Apply] runs an ETS recursion with every parameter and initial state given,
// the textbook way; [FitEach] fits many series in parallel.
//
// # Estimation
//
// ETS models follow Hyndman, Koehler, Ord & Snyder (2008), Forecasting with
// Exponential Smoothing, Springer: errors additive or multiplicative; trend
// none, additive or additive damped; season none, additive or multiplicative
// (quarterly and monthly data). Parameters are estimated by maximum
// likelihood within the bounds of R forecast 8.20's ets: α, β, γ in
// [1e-4, 0.9999] with β ≤ α and γ ≤ 1 − α (β = α·β* in error-correction
// form), φ in [0.8, 0.98], seasonal models also inside the forecastability
// region. The likelihood is minimised by Nelder–Mead from R's starting
// values, in a synchronous loop with the iterates of gonum's
// [gonum.org/v1/gonum/optimize.NelderMead] (whose goroutine hand-over at
// every evaluation cost as much as the objective on short series). The
// search runs over the bounds extended by projection: a trial point outside
// them is scored at its projection onto the box (α first, then β ≤ α,
// γ ≤ 1 − α, φ), and the result is projected the same way. The objective
// is then flat outside the box instead of infinite, so an optimum on a bound
// (α = 0.9999, a random walk, is common in yearly data) is reached in a few
// steps rather than approached geometrically, and fewer searches stall at a
// worse point; the forecastability region of seasonal models is still
// enforced by an infinite objective. A search stops when the best value has
// improved by less than 1e-6 relatively over six iterations, or over three
// when the best point lies beyond a bound in every parameter (a corner of
// the box, around which the projected likelihood is constant).
//
// For models without a multiplicative season the state recursion is linear
// in the initial states, so for given smoothing parameters the initial
// states that minimise the squared one-step errors are found exactly by
// least squares, and the optimiser searches the smoothing parameters only:
// for additive errors this is the exact profile likelihood. With an
// additive season the sensitivity of the forecasts to the initial states
// comes from one row-vector recursion, and the forecastability region is
// tested by the Schur–Cohn criterion rather than by computing roots. For
// multiplicative errors the least squares are reweighted by 1/ŷ² (two
// passes), which approximates the relative errors of that likelihood; set
// [Options].Polish to continue with a joint search over parameters and
// states. Models with a multiplicative season are searched jointly from R's
// decomposition-based initial states, then again from where that search
// stopped by R's own Nelder–Mead (optim's, with +Inf outside the bounds),
// which takes the many-dimensional search markedly further.
//
// [Auto] fits the candidates of ets(model = "ZZZ") (for yearly data the
// "ZZN" set ETS(A,N,N), (A,A,N), (A,Ad,N), (M,N,N), (M,A,N), (M,Ad,N)),
// multiplicative ones only for strictly positive data and never an additive
// error with a multiplicative season, and keeps the lowest AICc. A constant
// series gets simple exponential smoothing with α = 0.9999 and zero variance,
// as in R.
//
// On the 645 yearly series of the M3 competition (horizon 6), Auto scores
// mean sMAPE 16.44 and MASE 2.81, against 17.00 and 2.86 for R's ets on the
// same data; on the 756 quarterly series 9.36 and 1.13 against 9.68 and
// 1.17.
//
// # Theta
//
// [Theta] is R's thetaf: simple exponential smoothing fitted as R's ses
// (mean squared error, R's Nelder–Mead from R's start) plus half the
// regression slope, after a classical multiplicative decomposition when
// the lag-m autocorrelation is significant at 90%; it reproduces thetaf on
// M3. The theta models of Fiorucci, Pellegrini, Louzada, Petropoulos &
// Koehler (2016, IJF 32(4)) are fitted as forecTheta fits them (squared
// one-step errors, R's Nelder–Mead from ℓ0 = y(1)/2, α = 0.5, θ = 2, the
// same bounds and seasonal adjustment); DOTM scores sMAPE 15.94, MASE 2.59
// on M3 yearly, as forecTheta's dotm. [AutoTheta] keeps the one of lowest
// in-sample mean squared error. The static models' intervals are in closed
// form, σ²·(1 + α²(h−1)) as for simple exponential smoothing; the dynamic
// models' are simulated, since each future value moves their drift.
//
// # Intervals
//
// Linear additive-error ETS models (class 1 of Hyndman et al. 2008) have
// analytic intervals; multiplicative ones use quantiles of simulated sample
// paths drawn from [Options].Seed with one PCG stream per path, so they are
// reproducible and independent of GOMAXPROCS. Random walks, Linear (Student
// t) and Theta have their textbook formulas; Combination averages its
// components' bounds and Ensemble combines its members' bounds by its rule.
// Levels are percentages, or fractions below 1 as R reads them; a call
// mixing the two is refused, never read as a 0.95% interval.
//
// # Accuracy
//
// [Measure] computes ME, MAE, RMSE, MAPE, sMAPE and MASE with the
// M-competition definitions; [RollingOrigin] evaluates a method from every
// forecast origin of a series. [Model.Accuracy] gives the in-sample
// measures of a fit, [Model.Diagnostics] the autocorrelations of its
// residuals and their Ljung–Box test ([ACF], [LjungBoxTest]). [ReadLong]
// reads benchmark series in the long form id, value, split (train/test),
// optional t, year, period (quarter or month, giving the frequency),
// category.
//
// # Errors
//
// Bad input returns an error, never a panic or a non-finite forecast; every
// message starts with "forecast: " once, and the sentinels, which have no
// prefix, are matched with [errors.Is]:
// [ValueError] (wrapping [ErrMissing] or [ErrNotFinite]) names the
// one-based position and calendar label of a missing or infinite value — use [Series.Interpolate] to opt into
// linear interpolation; [TooShortError] (wrapping [ErrTooShort]) names the
// method and the minimum length; [HorizonError] (wrapping [ErrHorizon])
// a horizon outside 1 … [MaxHorizon]; [ErrMethod], [ErrParam] and
// [ErrLevel] report bad arguments; [ErrNoFit] reports that no admissible
// model exists or a forecast would not be finite; [ErrScale] and [ErrLength]
// come from accuracy measures, which refuse NaN and infinite inputs and
// report a measure that overflows float64 with [ErrNotFinite]; a
// [*needs.ParseError] (wrapping [ErrFormat]), the parse error of every CSV
// reader of the module, gives the line and column of a malformed CSV, of
// text that is not UTF-8 and of a value that is not a decimal number
// (hexadecimal floats, "NaN" and "Inf" are refused).
package forecast
