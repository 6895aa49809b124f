package forecast

import (
	"math"
	"testing"
)

// The port follows R's optim(method = "Nelder-Mead") step for step: on
// Rosenbrock's function from (−1.2, 1), R 4.2.2's optim(c(-1.2, 1), fr)
// stops at (1.00026013872567, 1.00050599930377) with value
// 8.82524109672275e-08 after 195 evaluations.
func TestNmminMatchesROptim(t *testing.T) {
	evals := 0
	fr := func(x []float64) float64 {
		evals++
		return 100*(x[1]-x[0]*x[0])*(x[1]-x[0]*x[0]) + (1-x[0])*(1-x[0])
	}
	x, f, ok := nmmin(fr, []float64{-1.2, 1}, rReltol, 500)
	if !ok {
		t.Fatal("not evaluated")
	}
	want := []float64{1.00026013872567, 1.00050599930377}
	for i := range want {
		if math.Abs(x[i]-want[i]) > 1e-12 {
			t.Errorf("x[%d] = %.15g, want %.15g", i, x[i], want[i])
		}
	}
	if math.Abs(f-8.82524109672275e-08) > 1e-18 || evals != 195 {
		t.Errorf("value %.15g after %d evaluations, want 8.82524109672275e-08 after 195", f, evals)
	}
	if _, _, ok := nmmin(func([]float64) float64 { return math.NaN() }, []float64{1}, rReltol, 10); ok {
		t.Error("non-finite start accepted")
	}
}

// sesMSE reaches R's ses on the first 20 Nile flows: R 4.2.2, forecast
// 8.20, ses(ts(as.numeric(Nile)[1:20]), h = 1) gives α = 0.000100007783529,
// ℓ0 = 1070.85202019 and the forecast 1070.85196545.
func TestSesMSEMatchesR(t *testing.T) {
	alpha, l0, ok := sesMSE(nile20)
	if !ok {
		t.Fatal("no fit")
	}
	if math.Abs(alpha-0.000100007783529) > 1e-12 || math.Abs(l0-1070.85202019) > 1e-6 {
		t.Errorf("α = %.15g, ℓ0 = %.12g; want R's 0.000100007783529, 1070.85202019", alpha, l0)
	}
	mod, err := Fit(Series{Values: nile20}, Theta, nil)
	if err != nil {
		t.Fatal(err)
	}
	if mod.Params.Alpha != alpha || mod.Params.Level != l0 {
		t.Errorf("Theta's SES α = %g, ℓ0 = %g; want %g, %g", mod.Params.Alpha, mod.Params.Level, alpha, l0)
	}
}
