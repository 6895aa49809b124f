package forecast_test

import (
	"fmt"
	"math"
	"strings"

	"github.com/opencommissioning/scp/needs/forecast"
)

// Delayed-discharge bed days in a partnership, financial years from 2012
// (illustrative figures).
var bedDays = forecast.Series{Start: 2012, Frequency: forecast.Yearly, Values: []float64{
	21450, 22310, 23980, 24410, 26020, 27340, 27010, 28890, 24120, 26780, 29310, 30150,
}}

func show(method forecast.Method) {
	m, err := forecast.Fit(bedDays, method, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fc, err := m.Forecast(3)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %.0f\n", m.Name(), fc.Mean)
}

func ExampleFit_naive() {
	show(forecast.Naive)
	// Output: Naive: [30150 30150 30150]
}

func ExampleFit_seasonalNaive() {
	s := forecast.Series{Start: 2022, Period: 1, Frequency: forecast.Quarterly,
		Values: []float64{310, 280, 260, 350, 320, 290, 270, 365}}
	m, _ := forecast.Fit(s, forecast.SeasonalNaive, nil)
	fc, _ := m.Forecast(5)
	fmt.Printf("%.0f from %s\n", fc.Mean, s.Label(len(s.Values)))
	// Output: [320 290 270 365 320] from 2024 Q1
}

func ExampleFit_drift() {
	show(forecast.Drift)
	// Output: Drift: [30941 31732 32523]
}

func ExampleFit_linear() {
	show(forecast.Linear)
	// Output: Linear: [30188 30836 31483]
}

func ExampleFit_ses() {
	m, _ := forecast.Fit(bedDays, forecast.SES, nil)
	fc, _ := m.Forecast(2, 95)
	fmt.Printf("%s α=%.2f: %.0f, 95%% [%.0f, %.0f]\n", m.Name(), m.Params.Alpha, fc.Mean[0], fc.Intervals[0].Lower[0], fc.Intervals[0].Upper[0])
	// Output: ETS(A,N,N) α=0.81: 29889, 95% [25640, 34137]
}

func ExampleFit_holt() {
	show(forecast.Holt)
	// Output: ETS(A,A,N): [30188 30836 31483]
}

func ExampleFit_dampedHolt() {
	show(forecast.DampedHolt)
	// Output: ETS(A,Ad,N): [28970 29170 29341]
}

func ExampleFit_ets() {
	o := &forecast.Options{Spec: forecast.Spec{Error: forecast.Multiplicative, Trend: forecast.Additive, Damped: true}, Seed: 1}
	m, _ := forecast.Fit(bedDays, forecast.ETS, o)
	fc, _ := m.Forecast(1, 80)
	fmt.Printf("%s φ=%.2f: %.0f, 80%% [%.0f, %.0f] (simulated)\n", m.Name(), m.Params.Phi, fc.Mean[0], fc.Intervals[0].Lower[0], fc.Intervals[0].Upper[0])
	// Output: ETS(M,Ad,N) φ=0.85: 28930, 80% [26665, 31249] (simulated)
}

// The same forecasts as R 4.2.2 forecast 8.20 round(thetaf(x, h = 3)$mean).
func ExampleFit_theta() {
	show(forecast.Theta)
	// Output: Theta: [30133 30457 30781]
}

func ExampleFit_combination() {
	show(forecast.Combination)
	// Output: Comb: [29682 29965 30237]
}

func ExampleFit_auto() {
	m, _ := forecast.Fit(bedDays, forecast.Auto, nil)
	for _, c := range m.Candidates {
		fmt.Printf("%s AICc %.1f\n", c.Spec, c.AICc)
	}
	fmt.Println("chosen:", m.Name())
	// Output:
	// ETS(A,N,N) AICc 225.2
	// ETS(A,Ad,N) AICc 236.0
	// ETS(A,A,N) AICc 228.4
	// ETS(M,N,N) AICc 223.9
	// ETS(M,Ad,N) AICc 234.3
	// ETS(M,A,N) AICc 227.5
	// chosen: ETS(M,N,N)
}

func ExampleApply() {
	// Simple exponential smoothing by hand: α = 0.5, ℓ0 = y1.
	s := forecast.Series{Values: []float64{10, 12, 11, 13}}
	m, _ := forecast.Apply(s, forecast.Spec{Error: forecast.Additive}, forecast.Params{Alpha: 0.5, Level: 10})
	fmt.Println(m.Fitted())
	// Output: [10 10 11 11]
}

func ExampleMeasure() {
	train := []float64{100, 110, 105, 120}
	actual := []float64{125, 130}
	fc := []float64{120, 120}
	acc, _ := forecast.Measure(actual, fc, train, 1)
	fmt.Printf("ME %.2f MAE %.2f RMSE %.2f MAPE %.2f sMAPE %.2f MASE %.2f\n", acc.ME, acc.MAE, acc.RMSE, acc.MAPE, acc.SMAPE, acc.MASE)
	// Output: ME 7.50 MAE 7.50 RMSE 7.91 MAPE 5.85 sMAPE 6.04 MASE 0.75
}

func ExampleRollingOrigin() {
	bt, _ := forecast.RollingOrigin(bedDays, forecast.Naive, 2, 8, nil)
	fmt.Printf("%d origins, mean sMAPE %.2f, mean MASE %.2f\n", len(bt.Origins), bt.Mean.SMAPE, bt.Mean.MASE)
	// Output: 3 origins, mean sMAPE 12.72, mean MASE 2.37
}

func ExampleReadLong() {
	csv := "id,year,value,split\nA,2020,5,train\nA,2021,6,train\nA,2022,7,test\n"
	hs, _ := forecast.ReadLong(strings.NewReader(csv))
	fmt.Println(hs[0].ID, hs[0].Train.Start, hs[0].Train.Values, hs[0].Test)
	// Output: A 2020 [5 6] [7]
}

func ExampleSeries_Interpolate() {
	s := forecast.Series{Values: []float64{10, math.NaN(), 14}}
	_, err := forecast.Fit(s, forecast.Naive, nil)
	fmt.Println(err)
	t, _ := s.Interpolate()
	fmt.Println(t.Values)
	// Output:
	// forecast: value 2: missing value
	// [10 12 14]
}

func ExampleFit_dotm() {
	m, _ := forecast.Fit(bedDays, forecast.DOTM, nil)
	fc, _ := m.Forecast(3)
	p := m.Theta
	fmt.Printf("%s α=%.3f θ=%.3f: %.0f\n", m.Name(), p.Alpha, p.Theta, fc.Mean)
	// Output: DOTM α=0.100 θ=2.261: [28652 28829 28996]
}

func ExampleFit_ensemble() {
	m, _ := forecast.Fit(bedDays, forecast.Ensemble, nil)
	fc, _ := m.Forecast(3, 0.8)
	iv, _ := fc.Interval(80)
	fmt.Printf("%s\n%v: %.0f, 80%% [%.0f, %.0f]\n", m.Name(), fc.Times[0], fc.Mean[0], iv.Lower[0], iv.Upper[0])
	// Output:
	// Median(ETS(M,N,N), DOTM, Theta, Drift)
	// 2024: 30038, 80% [26986, 33108]
}

func ExampleModel_Diagnostics() {
	m, _ := forecast.Fit(bedDays, forecast.SES, nil)
	d, _ := m.Diagnostics(0)
	acc, _ := m.Accuracy()
	lb := d.LjungBox
	fmt.Printf("r(1) %.3f, Ljung–Box Q(%d) %.2f on %d df, p %.3f; in-sample MASE %.2f\n", d.ACF[0], lb.Lag, lb.Statistic, lb.DF, lb.PValue, acc.MASE)
	// Output: r(1) -0.221, Ljung–Box Q(2) 1.00 on 1 df, p 0.317; in-sample MASE 0.94
}

func ExampleLjungBoxTest() {
	// Luteinizing hormone in blood samples every 10 minutes (Diggle 1990).
	lh := []float64{2.4, 2.4, 2.4, 2.2, 2.1, 1.5, 2.3, 2.3, 2.5, 2, 1.9, 1.7, 2.2, 1.8, 3.2, 3.2, 2.7, 2.2, 2.2, 1.9, 1.9, 1.8, 2.7, 3, 2.3, 2, 2, 2.9, 2.9, 2.7, 2.7, 2.3, 2.6, 2.4, 1.8, 1.7, 1.5, 1.4, 2.1, 3.3, 3.5, 3.5, 3.1, 2.6, 2.1, 3.4, 3, 2.9}
	r, _ := forecast.ACF(lh, 2)
	lb, _ := forecast.LjungBoxTest(lh, 10, 0)
	fmt.Printf("r(1) %.3f r(2) %.3f; Q(10) = %.2f, p = %.4f\n", r[0], r[1], lb.Statistic, lb.PValue)
	// Output: r(1) 0.576 r(2) 0.182; Q(10) = 25.35, p = 0.0047
}

func ExampleSetFrequency() {
	csv := "id,value,split\nA,5,train\nA,6,train\nA,7,train\nA,8,train\nA,9,test\n"
	hs, _ := forecast.ReadLong(strings.NewReader(csv))
	_ = forecast.SetFrequency(hs, forecast.Quarterly)
	fmt.Println(hs[0].Train.Frequency, hs[0].Train.Label(0))
	// Output: quarterly 0 Q1
}
