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
// different or zero length give [ErrLength].
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
		if d := math.Abs(a[i]) + math.Abs(f[i]); d > 0 {
			acc.SMAPE += 200 * math.Abs(e) / d
		}
	}
	acc.ME /= n
	acc.MAE /= n
	acc.RMSE = math.Sqrt(acc.RMSE / n)
	acc.MAPE /= n
	acc.SMAPE /= n
	var err error
	if zeroA {
		acc.MAPE = math.NaN()
		err = fmt.Errorf("MAPE with a zero actual value: %w", ErrScale)
	}
	scale := naiveScale(train, m)
	if !(scale > 0) {
		acc.MASE = math.NaN()
		if err == nil {
			err = fmt.Errorf("MASE of a training series without change at lag %d: %w", m, ErrScale)
		}
	} else {
		acc.MASE = acc.MAE / scale
	}
	return acc, err
}

// naiveScale is the in-sample mean absolute error of the (seasonal) naive
// forecast: mean|y(t) − y(t−m)|. It is NaN when the series is too short.
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
// mean(200·|a − f|/(|a| + |f|)) of the M3 competition.
func SMAPE(a, f []float64) (float64, error) {
	acc, err := Measure(a, f, nil, 1)
	if err != nil && acc.SMAPE == 0 && len(a) != len(f) {
		return math.NaN(), err
	}
	if len(a) == 0 || len(a) != len(f) {
		return math.NaN(), err
	}
	return acc.SMAPE, nil
}

// MASE returns the mean absolute scaled error of forecasts f of a, scaled by
// the in-sample MAE of the lag-m naive forecast on train.
func MASE(a, f, train []float64, m int) (float64, error) {
	if len(a) == 0 || len(a) != len(f) {
		return math.NaN(), prefixed(fmt.Errorf("%d actual values, %d forecasts: %w", len(a), len(f), ErrLength))
	}
	if m < 1 {
		m = 1
	}
	scale := naiveScale(train, m)
	if !(scale > 0) {
		return math.NaN(), prefixed(fmt.Errorf("MASE of a training series without change at lag %d: %w", m, ErrScale))
	}
	var mae float64
	for i := range a {
		mae += math.Abs(a[i] - f[i])
	}
	return mae / float64(len(a)) / scale, nil
}
