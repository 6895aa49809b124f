package forecast

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
)

// Backtest is the result of a rolling-origin evaluation: one forecast from
// each origin, scored against the values that followed it.
type Backtest struct {
	Origins  []int      `json:"origins"`  // number of observations used for each forecast
	Accuracy []Accuracy `json:"accuracy"` // accuracy of each forecast
	Mean     Accuracy   `json:"mean"`     // mean of each measure over origins (NaN if any origin's measure is NaN)
}

// RollingOrigin evaluates method by rolling-origin forecasting (Tashman
// 2000, IJF 16(4)): for each origin n0 = minTrain, minTrain+1, …, n−h it fits
// the first n0 observations, forecasts h steps and measures the forecast
// against the next h observations with [Measure] (MASE scaled on the
// training part). It needs minTrain ≥ 2, 1 ≤ h ≤ [MaxHorizon] and
// n ≥ minTrain + h.
func RollingOrigin(s Series, method Method, h, minTrain int, o *Options) (*Backtest, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if err := checkHorizon(h); err != nil {
		return nil, err
	}
	minTrain = max(minTrain, 2)
	n := len(s.Values)
	if n < minTrain+h {
		return nil, &TooShortError{Method: "rolling origin of " + method.String(), Min: minTrain + h, Got: n}
	}
	bt := &Backtest{}
	m := s.freq()
	for n0 := minTrain; n0+h <= n; n0++ {
		train := s
		train.Values = s.Values[:n0]
		mod, err := fit(train, method, o)
		if err != nil {
			return nil, wrapf(err, "origin %d", n0)
		}
		fc, err := mod.forecast(h)
		if err != nil {
			return nil, wrapf(err, "origin %d", n0)
		}
		acc, err := measure(s.Values[n0:n0+h], fc.Mean, train.Values, m)
		if err != nil && !errors.Is(err, ErrScale) {
			return nil, wrapf(err, "origin %d", n0)
		}
		bt.Origins = append(bt.Origins, n0)
		bt.Accuracy = append(bt.Accuracy, acc)
	}
	k := float64(len(bt.Accuracy))
	for _, a := range bt.Accuracy {
		bt.Mean.ME += a.ME / k
		bt.Mean.MAE += a.MAE / k
		bt.Mean.RMSE += a.RMSE / k
		bt.Mean.MAPE += a.MAPE / k
		bt.Mean.SMAPE += a.SMAPE / k
		bt.Mean.MASE += a.MASE / k
	}
	if math.IsNaN(bt.Mean.MASE) || math.IsNaN(bt.Mean.MAPE) {
		return bt, prefixed(fmt.Errorf("rolling origin: some measures undefined: %w", ErrScale))
	}
	return bt, nil
}

// FitEach fits method to every series, using up to GOMAXPROCS goroutines.
// Each fit is sequential and independent, so the models are bit-identical
// whatever GOMAXPROCS is. errs[i] is the error of series i (nil on success).
func FitEach(ss []Series, method Method, o *Options) (models []*Model, errs []error) {
	models = make([]*Model, len(ss))
	errs = make([]error, len(ss))
	workers := min(runtime.GOMAXPROCS(0), len(ss))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				models[i], errs[i] = Fit(ss[i], method, o)
			}
		})
	}
	for i := range ss {
		next <- i
	}
	close(next)
	wg.Wait()
	return models, errs
}
