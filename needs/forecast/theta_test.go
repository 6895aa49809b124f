package forecast

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"
)

// nile20 is the first 20 annual flows of the Nile at Aswan, 1871–1890
// (10⁸ m³; Cobb 1978, Biometrika 65(2), as in R's datasets::Nile).
var nile20 = []float64{1120, 1160, 963, 1210, 1160, 1160, 813, 1230, 1370, 1140, 995, 935, 1110, 994, 1020, 960, 1180, 799, 958, 1140}

// The fixed-parameter recursions of the static and dynamic theta models
// (ℓ0 = 500, α = 0.3, θ = 2.5) against an independent computation in R
// 4.2.2 that refits the regression line with lsfit(1:t, y[1:t]) at every t
// instead of updating A and B recursively (the path function of the
// script below); 20 one-step forecasts followed by 4 forecasts.
//
//	path <- function(y, ell0, alpha, theta, dynamic, h) {
//	  n <- length(y); z <- y; mu <- numeric(n + h); ell <- ell0
//	  co <- coef(lsfit(1:n, y)); An <- co[[1]]; Bn <- co[[2]]
//	  for (t in 0:(n + h - 1)) {
//	    if (t == 0) mu[1] <- if (dynamic) y[1] else ell0 + (1 - 1/theta) * (An + Bn)
//	    else {
//	      if (dynamic) { if (t == 1) { A <- z[1]; B <- 0 }
//	                     else { co <- coef(lsfit(1:t, z[1:t])); A <- co[[1]]; B <- co[[2]] } }
//	      else { A <- An; B <- Bn }
//	      mu[t + 1] <- ell + (1 - 1/theta) * (A * (1 - alpha)^t + B * (1 - (1 - alpha)^(t + 1))/alpha)
//	    }
//	    if (t + 1 > n) z[t + 1] <- mu[t + 1]
//	    ell <- alpha * z[t + 1] + (1 - alpha) * ell
//	  }
//	  mu
//	}
//	path(as.numeric(Nile)[1:20], 500, 0.3, 2.5, FALSE, 4)  # and TRUE
func TestThetaPathMatchesR(t *testing.T) {
	static := []float64{1185.9971428571, 1161.6204060150, 1156.5566902256, 1093.9120891729, 1124.1608684361, 1130.3350139203, 1134.6569157592, 1033.5822470465, 1087.9299789476, 1167.9733912784, 1155.0037799099, 1102.4250519520, 1047.6199423814, 1061.7563656820, 1036.8518619925, 1027.2187094098, 1002.4755026019, 1051.1552578363, 970.9310865005, 962.4741665654, 1011.1543226108, 1006.5767286258, 1001.9991346409, 997.4215406559}
	dynamic := []float64{1120.0000000000, 1156.4000000000, 1198.2800000000, 1004.1161000000, 1140.9398780000, 1159.9471172000, 1167.3811345429, 1001.0161953457, 1091.9772902094, 1208.4583259387, 1189.9515288370, 1120.7184485206, 1051.4466420505, 1068.3379806466, 1038.9047140041, 1027.9087666297, 999.9394380775, 1055.3172079948, 966.6942922857, 957.5206038692, 1011.1543226108, 1007.1060573008, 1003.1637642565, 999.3198940845}
	for _, c := range []struct {
		dynamic bool
		want    []float64
	}{{false, static}, {true, dynamic}} {
		f := &thetaFit{y: nile20}
		f.an, f.bn = staticLine(nile20)
		mu := make([]float64, len(c.want))
		if _, ok := f.path(nile20, ThetaParams{Level0: 500, Alpha: 0.3, Theta: 2.5, Dynamic: c.dynamic}, mu); !ok {
			t.Fatal("non-finite path")
		}
		for i, w := range c.want {
			if math.Abs(mu[i]-w) > 1e-9*w {
				t.Errorf("dynamic %v: μ(%d) = %.10f, want %.10f", c.dynamic, i+1, mu[i], w)
			}
		}
	}
}

// DOTM on the 645 M3 yearly series reproduces forecTheta's dotm (Fiorucci
// et al. 2016; forecTheta 2.x on these series: sMAPE 15.943, MASE 2.587).
func TestM3YearlyDOTM(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("full M3 run")
	}
	s, m, _ := m3Score(t, loadM3(t), DOTM)
	t.Logf("DOTM: sMAPE %.3f MASE %.3f", s, m)
	if math.Abs(s-15.943) > 0.05 || math.Abs(m-2.587) > 0.005 {
		t.Errorf("DOTM sMAPE %.3f MASE %.3f, want forecTheta's 15.943 / 2.587", s, m)
	}
}

// Theta reproduces R forecast 8.20 thetaf on the M3 yearly series (sMAPE
// 16.756, MASE 2.774 with the peers' m3_yearly_r.R).
func TestM3YearlyTheta(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("full M3 run")
	}
	s, m, _ := m3Score(t, loadM3(t), Theta)
	if math.Abs(s-16.756) > 5e-4 || math.Abs(m-2.774) > 5e-4 {
		t.Errorf("Theta sMAPE %.4f MASE %.4f, want thetaf's 16.756 / 2.774", s, m)
	}
}

func TestThetaFamily(t *testing.T) {
	s := Series{Start: 1871, Values: nile20}
	var mses []float64
	for _, k := range thetaKinds {
		mod, err := Fit(s, k, nil)
		if err != nil {
			t.Fatalf("%v: %v", k, err)
		}
		p := mod.Theta
		if p == nil || p.Model != k || mod.Name() != k.String() {
			t.Fatalf("%v: parameters %+v, name %q", k, p, mod.Name())
		}
		if !(p.Alpha >= 0.1 && p.Alpha <= 0.99 && p.Theta >= 1) {
			t.Errorf("%v: α = %g, θ = %g outside the bounds", k, p.Alpha, p.Theta)
		}
		if (k == STM || k == DSTM) && math.Abs(p.Theta-2) > 1e-5 {
			t.Errorf("%v: θ = %g, want 2", k, p.Theta)
		}
		fc, err := mod.Forecast(5, 80, 95)
		if err != nil {
			t.Fatal(err)
		}
		for i := range fc.Mean {
			l80, u80 := fc.Intervals[0].Lower[i], fc.Intervals[0].Upper[i]
			l95, u95 := fc.Intervals[1].Lower[i], fc.Intervals[1].Upper[i]
			if !(l95 < l80 && l80 < fc.Mean[i] && fc.Mean[i] < u80 && u80 < u95) {
				t.Errorf("%v h=%d: 95%% [%g, %g], 80%% [%g, %g], mean %g not nested", k, i+1, l95, u95, l80, u80, fc.Mean[i])
			}
		}
		f, _ := estimateTheta(nile20, k)
		mses = append(mses, f.mse)
	}
	auto, err := Fit(s, AutoTheta, nil)
	if err != nil {
		t.Fatal(err)
	}
	best := 0
	for i, v := range mses {
		if v < mses[best] {
			best = i
		}
	}
	if auto.Theta.Model != thetaKinds[best] || auto.Name() != "AutoTheta("+thetaKinds[best].String()+")" {
		t.Errorf("AutoTheta chose %v, lowest in-sample MSE is %v (%v)", auto.Theta.Model, thetaKinds[best], mses)
	}
	if _, err := Fit(Series{Values: []float64{1, 2, 3}}, DOTM, nil); !errors.Is(err, ErrTooShort) {
		t.Errorf("3 observations: %v", err)
	}
}

// A strongly seasonal quarterly series is adjusted by a multiplicative
// decomposition and its forecasts carry the seasonal pattern; the
// forecasts of a series without season are not adjusted.
func TestThetaSeasonalAdjustment(t *testing.T) {
	idx := []float64{0.8, 1.1, 1.3, 0.8}
	y := make([]float64, 24)
	for i := range y {
		y[i] = (100 + 2*float64(i)) * idx[i%4]
	}
	mod, err := Fit(Series{Start: 2000, Period: 1, Frequency: Quarterly, Values: y}, DOTM, nil)
	if err != nil {
		t.Fatal(err)
	}
	if mod.Theta.Season == nil {
		t.Fatal("no seasonal adjustment")
	}
	fc, err := mod.Forecast(4)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range fc.Mean {
		want := (100 + 2*float64(24+i)) * idx[i]
		if math.Abs(v-want) > 0.03*want {
			t.Errorf("h=%d: %g, want about %g", i+1, v, want)
		}
	}
	flat, err := Fit(Series{Start: 2000, Values: nile20, Frequency: Quarterly}, DOTM, nil)
	if err != nil {
		t.Fatal(err)
	}
	if flat.Theta.Season != nil {
		t.Errorf("Nile flows read as quarterly adjusted by %v", flat.Theta.Season)
	}
}

// The static models' closed-form bounds, mean ± z·σ·√(1 + α²(h−1)), agree
// with the empirical quantiles of 200,000 simulated sample paths of the
// same recursion, on a yearly series and on a seasonally adjusted
// quarterly one; the dynamic models' bounds are simulated.
func TestThetaStaticIntervalsAnalytic(t *testing.T) {
	quarterly := Series{Start: 2010, Period: 1, Frequency: Quarterly}
	for i := range 40 {
		quarterly.Values = append(quarterly.Values, (100+2*float64(i)+3*math.Sin(float64(i)*1.7))*[]float64{0.8, 1.1, 1.3, 0.8}[i%4])
	}
	for _, s := range []Series{{Start: 1871, Values: nile20}, quarterly} {
		for _, k := range []Method{STM, OTM} {
			mod, err := Fit(s, k, nil)
			if err != nil {
				t.Fatal(err)
			}
			f := mod.theta
			if s.Frequency == Quarterly && f.par.Season == nil {
				t.Fatal("quarterly series not seasonally adjusted")
			}
			mean := mod.means(8)
			got := f.intervals(mean, []float64{80, 95}, s.freq(), Options{})
			sim := f.simulated(mean, []float64{80, 95}, s.freq(), Options{Paths: 200000, Seed: 7})
			for li := range got {
				z := distuv.UnitNormal.Quantile(1 - (1-got[li].Level/100)/2)
				for i := range mean {
					sea := 1.0
					if f.par.Season != nil {
						sea = f.par.Season[(len(s.Values)+i)%s.freq()]
					}
					half := sea * z * f.sigma * math.Sqrt(1+f.par.Alpha*f.par.Alpha*float64(i))
					if d := got[li].Upper[i] - mean[i]; math.Abs(d-half) > 1e-9*half || math.Abs(mean[i]-got[li].Lower[i]-half) > 1e-9*half {
						t.Errorf("%v %v h=%d: half-width %g, want %g", s.Frequency, k, i+1, d, half)
					}
					for _, c := range [][2]float64{{got[li].Lower[i], sim[li].Lower[i]}, {got[li].Upper[i], sim[li].Upper[i]}} {
						if math.Abs(c[0]-c[1]) > 0.01*half {
							t.Errorf("%v %v %v%% h=%d: closed form %g, simulated %g", s.Frequency, k, got[li].Level, i+1, c[0], c[1])
						}
					}
				}
			}
		}
	}
	mod, err := Fit(Series{Start: 1871, Values: nile20}, DOTM, nil)
	if err != nil {
		t.Fatal(err)
	}
	mean := mod.means(4)
	if got, sim := mod.theta.intervals(mean, []float64{80}, 1, Options{Seed: 3}), mod.theta.simulated(mean, []float64{80}, 1, Options{Seed: 3}); got[0].Upper[3] != sim[0].Upper[3] {
		t.Errorf("DOTM bounds %g, simulated %g", got[0].Upper[3], sim[0].Upper[3])
	}
}
