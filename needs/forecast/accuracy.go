package forecast

import (
	"fmt"
	"math"
)

// Accuracy holds the error measures of a forecast against held-out values,
// with the definitions of the M-competitions (Makridakis & Hibon 2000, IJF
// 16(4); Hyndman & Koehler 2006, IJF 22(4) for MASE):
//
//	ME    = mean(a − f)
//	MAE   = mean|a − f|
//	RMSE  = sqrt(mean (a − f)²)
//	MAPE  = mean(100·|a − f| / |a|)
//	sMAPE = mean(200·|a − f| / (|a| + |f|))
//	MASE  = MAE / mean|y(t) − y(t−m)| over the training series
type Accuracy struct {
	ME    float64 `json:"me"`
	MAE   float64 `json:"mae"`
	RMSE  float64 `json:"rmse"`
	MAPE  float64 `json:"mape"`
	SMAPE float64 `json:"smape"`
	MASE  float64 `json:"mase"`
}

// Measure returns the accuracy of forecasts f of the actual values a, with
// train the series the forecasts were made from and m its seasonal period
// for the MASE scale (1 for yearly data). MAPE is NaN when an actual value is
// zero, sMAPE terms with a = f = 0 count as 0, and MASE is NaN when the
// training series has no variation at lag m; the error then wraps
// [ErrScale] while the other measures are still returned. Inputs of
// different or zero length give [ErrLength]; a NaN or infinite actual value,
// forecast or training value, or a measure that overflows float64 (values
// near ±1.8e308), gives an error wrapping [ErrNotFinite] that names it, and
// no measures.
func Measure(a, f, train []float64, m int) (Accuracy, error) {
	acc, err := measure(a, f, train, m)
	return acc, prefixed(err)
}

func measure(a, f, train []float64, m int) (Accuracy, error) {
	var acc Accuracy
	if len(a) == 0 || len(a) != len(f) {
		return acc, fmt.Errorf("%d actual values, %d forecasts: %w", len(a), len(f), ErrLength)
	}
	if m < 1 {
		m = 1
	}
	if err := checkFinite(a, f, train); err != nil {
		return acc, err
	}
	n := float64(len(a))
	var zeroA bool
	for i := range a {
		e := a[i] - f[i]
		acc.ME += e
		acc.MAE += math.Abs(e)
		acc.RMSE += e * e
		if a[i] == 0 {
			zeroA = true
		} else {
			acc.MAPE += 100 * math.Abs(e) / math.Abs(a[i])
		}
		acc.SMAPE += smapeTerm(a[i], f[i])
	}
	acc.ME /= n
	acc.MAE /= n
	acc.RMSE = math.Sqrt(acc.RMSE / n)
	acc.MAPE /= n
	acc.SMAPE /= n
	for _, v := range []struct {
		name string
		v    float64
	}{{"ME", acc.ME}, {"MAE", acc.MAE}, {"RMSE", acc.RMSE}, {"MAPE", acc.MAPE}} {
		if math.IsInf(v.v, 0) || math.IsNaN(v.v) {
			return Accuracy{}, fmt.Errorf("%s overflows: %w", v.name, ErrNotFinite)
		}
	}
	var err error
	if zeroA {
		acc.MAPE = math.NaN()
		err = fmt.Errorf("MAPE with a zero actual value: %w", ErrScale)
	}
	scale := naiveScale(train, m)
	if math.IsInf(scale, 0) {
		return Accuracy{}, fmt.Errorf("MASE scale of the training series overflows: %w", ErrNotFinite)
	}
	if !(scale > 0) {
		acc.MASE = math.NaN()
		if err == nil {
			err = fmt.Errorf("MASE of a training series without change at lag %d: %w", m, ErrScale)
		}
	} else if acc.MASE = acc.MAE / scale; math.IsInf(acc.MASE, 0) {
		return Accuracy{}, fmt.Errorf("MASE overflows: %w", ErrNotFinite)
	}
	return acc, err
}

// checkFinite reports the first NaN or infinite actual value, forecast or
// training value, by its one-based position.
func checkFinite(a, f, train []float64) error {
	for _, in := range []struct {
		name string
		v    []float64
	}{{"actual value", a}, {"forecast", f}, {"training value", train}} {
		for i, v := range in.v {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("%s %d is %v: %w", in.name, i+1, v, ErrNotFinite)
			}
		}
	}
	return nil
}

// smapeTerm is 200·|a − f|/(|a| + |f|), 0 when a = f = 0. Above 1 in
// magnitude both are halved first (exactly, for normal numbers), which keeps the difference
// and the sum finite for any finite a and f.
func smapeTerm(a, f float64) float64 {
	if math.Abs(a) > 1 || math.Abs(f) > 1 {
		a, f = a/2, f/2
	}
	d := math.Abs(a) + math.Abs(f)
	if d == 0 {
		return 0
	}
	return 200 * (math.Abs(a-f) / d)
}

// naiveScale is the in-sample mean absolute error of the (seasonal) naive
// forecast: mean|y(t) − y(t−m)|. It is NaN when the series is too short,
// and may be +Inf when differences overflow.
func naiveScale(y []float64, m int) float64 {
	if len(y) <= m {
		return math.NaN()
	}
	var s float64
	for t := m; t < len(y); t++ {
		s += math.Abs(y[t] - y[t-m])
	}
	return s / float64(len(y)-m)
}

// SMAPE returns the symmetric mean absolute percentage error
// mean(200·|a − f|/(|a| + |f|)) of the M3 competition. It is finite for
// finite inputs; inputs of different or zero length give [ErrLength], a NaN
// or infinite value [ErrNotFinite].
func SMAPE(a, f []float64) (float64, error) {
	if len(a) == 0 || len(a) != len(f) {
		return math.NaN(), prefixed(fmt.Errorf("%d actual values, %d forecasts: %w", len(a), len(f), ErrLength))
	}
	if err := checkFinite(a, f, nil); err != nil {
		return math.NaN(), prefixed(err)
	}
	var s float64
	for i := range a {
		s += smapeTerm(a[i], f[i])
	}
	return s / float64(len(a)), nil
}

// MASE returns the mean absolute scaled error of forecasts f of a, scaled by
// the in-sample MAE of the lag-m naive forecast on train. NaN or infinite
// inputs, and a result that overflows, give [ErrNotFinite].
func MASE(a, f, train []float64, m int) (float64, error) {
	if len(a) == 0 || len(a) != len(f) {
		return math.NaN(), prefixed(fmt.Errorf("%d actual values, %d forecasts: %w", len(a), len(f), ErrLength))
	}
	if m < 1 {
		m = 1
	}
	if err := checkFinite(a, f, train); err != nil {
		return math.NaN(), prefixed(err)
	}
	scale := naiveScale(train, m)
	if math.IsInf(scale, 0) {
		return math.NaN(), prefixed(fmt.Errorf("MASE scale of the training series overflows: %w", ErrNotFinite))
	}
	if !(scale > 0) {
		return math.NaN(), prefixed(fmt.Errorf("MASE of a training series without change at lag %d: %w", m, ErrScale))
	}
	var mae float64
	for i := range a {
		mae += math.Abs(a[i] - f[i])
	}
	v := mae / float64(len(a)) / scale
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return math.NaN(), prefixed(fmt.Errorf("MASE overflows: %w", ErrNotFinite))
	}
	return v, nil
}
