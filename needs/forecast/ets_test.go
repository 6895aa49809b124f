package forecast

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// oil is Saudi Arabian oil production (million tonnes), 1996–2013: the
// series of Hyndman & Athanasopoulos, Forecasting: Principles and Practice,
// 2nd ed. (2018), §7.1 (R package fpp2, window(oil, start = 1996)). Typed in
// from the book's data; checked against the fitted values printed there.
var oil = []float64{
	445.3641, 453.1950, 454.4096, 422.3789, 456.0371, 440.3866, 425.1944, 486.2052, 500.4291,
	521.2759, 508.9476, 488.8889, 509.8706, 456.7229, 473.8166, 525.9509, 549.8338, 542.3405,
}

func oilSeries() Series { return Series{Start: 1996, Frequency: Yearly, Values: oil} }

// textbookSES is the recursion ℓt = α·yt + (1−α)·ℓt−1 written directly:
// returns the one-step forecasts ŷt = ℓt−1.
func textbookSES(y []float64, alpha, l0 float64) []float64 {
	f := make([]float64, len(y))
	l := l0
	for t, v := range y {
		f[t] = l
		l = alpha*v + (1-alpha)*l
	}
	return f
}

// textbookHolt is Holt's recursion in component form (FPP2 §7.2):
// ℓt = α·yt + (1−α)(ℓt−1 + bt−1), bt = β*(ℓt − ℓt−1) + (1−β*)·bt−1.
func textbookHolt(y []float64, alpha, betaStar, phi, l0, b0 float64) []float64 {
	f := make([]float64, len(y))
	l, b := l0, b0
	for t, v := range y {
		f[t] = l + phi*b
		ln := alpha*v + (1-alpha)*(l+phi*b)
		b = betaStar*(ln-l) + (1-betaStar)*phi*b
		l = ln
	}
	return f
}

func TestApplyMatchesTextbookRecursions(t *testing.T) {
	y := oil
	tests := []struct {
		name string
		spec Spec
		p    Params
		want []float64
	}{
		{"SES α=0.2 ℓ0=y1", Spec{Error: Additive}, Params{Alpha: 0.2, Level: y[0]}, textbookSES(y, 0.2, y[0])},
		{"SES α=0.8 ℓ0=y1", Spec{Error: Additive}, Params{Alpha: 0.8, Level: y[0]}, textbookSES(y, 0.8, y[0])},
		{"Holt α=0.8 β*=0.2 ℓ0=y1 b0=y2−y1", Spec{Error: Additive, Trend: Additive},
			Params{Alpha: 0.8, Beta: 0.8 * 0.2, Level: y[0], Slope: y[1] - y[0]}, textbookHolt(y, 0.8, 0.2, 1, y[0], y[1]-y[0])},
		{"Holt α=0.5 β*=0.5 ℓ0=y1 b0=y2−y1", Spec{Error: Additive, Trend: Additive},
			Params{Alpha: 0.5, Beta: 0.25, Level: y[0], Slope: y[1] - y[0]}, textbookHolt(y, 0.5, 0.5, 1, y[0], y[1]-y[0])},
		{"damped α=0.8 β*=0.2 φ=0.9", Spec{Error: Additive, Trend: Additive, Damped: true},
			Params{Alpha: 0.8, Beta: 0.16, Phi: 0.9, Level: y[0], Slope: y[1] - y[0]}, textbookHolt(y, 0.8, 0.2, 0.9, y[0], y[1]-y[0])},
		{"multiplicative error, same recursion", Spec{Error: Multiplicative, Trend: Additive},
			Params{Alpha: 0.8, Beta: 0.16, Level: y[0], Slope: y[1] - y[0]}, textbookHolt(y, 0.8, 0.2, 1, y[0], y[1]-y[0])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Apply(oilSeries(), tt.spec, tt.p)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, m.Fitted(), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("fitted (-want +got):\n%s", diff)
			}
		})
	}
}

// FPP2 §7.1 prints the fitted values of ses(oildata) with α = 0.8339 and
// ℓ0 = 446.59 to four decimals; R forecast 8.20 gives α = 0.8338901402,
// ℓ0 = 446.5867912262. The book rounds data and fits to four decimals, so
// agreement is to 1e-4.
func TestApplySESReproducesFPP2Table(t *testing.T) {
	want := []float64{446.5868, 445.5672, 451.9280, 453.9974, 427.6311, 451.3186, 442.2025, 428.0196,
		476.5400, 496.4609, 517.1539, 510.3108, 492.4472, 506.9764, 465.0705, 472.3638, 517.0495, 544.3880}
	m, err := Apply(oilSeries(), Spec{Error: Additive}, Params{Alpha: 0.8338901402, Level: 446.5867912262})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, m.Fitted(), cmpopts.EquateApprox(0, 1e-4)); diff != "" {
		t.Errorf("fitted (-want +got):\n%s", diff)
	}
	fc, err := m.Forecast(3)
	if err != nil {
		t.Fatal(err)
	}
	// FPP2 Table 7.1: forecasts 542.7 for 2014–2016.
	for _, v := range fc.Mean {
		if math.Abs(v-542.68) > 0.01 {
			t.Errorf("forecast %v, want 542.68", fc.Mean)
		}
	}
}

// Maximum-likelihood SES on the FPP2 oil data matches R forecast 8.20
// ses(oildata, h = 3) run on this machine: α = 0.8338901402,
// ℓ0 = 446.5867912262, mean 542.6806121, σ² = 889.7242195, 80% interval
// [504.4541776, 580.9070466], 95% [452.2860149, 633.0752093] at h = 3.
func TestSESMatchesR(t *testing.T) {
	m, err := Fit(oilSeries(), SES, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Params.Alpha; math.Abs(got-0.8338901402) > 2e-4 {
		t.Errorf("alpha = %.10f, want 0.8338901402", got)
	}
	if got := m.Params.Level; math.Abs(got-446.5867912262) > 0.05 {
		t.Errorf("l0 = %.6f, want 446.5867912262", got)
	}
	if got := m.Sigma2; math.Abs(got-889.7242195)/889.7242195 > 1e-4 {
		t.Errorf("sigma2 = %.6f, want 889.7242195", got)
	}
	fc, err := m.Forecast(3, 80, 95)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, got, want float64) {
		if math.Abs(got-want) > 0.02 {
			t.Errorf("%s = %.5f, want %.5f", name, got, want)
		}
	}
	check("mean[2]", fc.Mean[2], 542.6806121)
	check("lower80[0]", fc.Intervals[0].Lower[0], 504.4541776)
	check("upper80[2]", fc.Intervals[0].Upper[2], 601.7864623)
	check("lower95[2]", fc.Intervals[1].Lower[2], 452.2860149)
	check("upper95[1]", fc.Intervals[1].Upper[1], 618.8022981)
}

// Holt and damped Holt on the oil data: our maximum-likelihood fit must be at
// least as good as R forecast 8.20's holt() (SSE 10873.25979) and
// holt(damped = TRUE) (SSE 11136.49345), whose Nelder–Mead stops early.
func TestHoltLikelihoodNoWorseThanR(t *testing.T) {
	for _, tt := range []struct {
		m    Method
		rSSE float64
	}{{Holt, 10873.25979}, {DampedHolt, 11136.49345}} {
		m, err := Fit(oilSeries(), tt.m, nil)
		if err != nil {
			t.Fatal(err)
		}
		var sse float64
		for _, e := range m.Residuals() {
			sse += e * e
		}
		if sse > tt.rSSE*(1+1e-6) {
			t.Errorf("%v: SSE = %.5f, R reaches %.5f", tt.m, sse, tt.rSSE)
		}
		p := m.Params
		if p.Alpha < lowerSmooth || p.Alpha > upperSmooth || p.Beta < lowerSmooth || p.Beta > p.Alpha {
			t.Errorf("%v: parameters out of bounds: %+v", tt.m, p)
		}
		if tt.m == DampedHolt && (p.Phi < 0.8 || p.Phi > 0.98) {
			t.Errorf("phi = %v outside [0.8, 0.98]", p.Phi)
		}
	}
}

// R forecast 8.20 ets(oildata) chooses ETS(A,N,N).
func TestAutoOilChoosesANN(t *testing.T) {
	m, err := Fit(oilSeries(), Auto, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Name(); got != "ETS(A,N,N)" {
		t.Errorf("Auto chose %s, want ETS(A,N,N); candidates %+v", got, m.Candidates)
	}
	if len(m.Candidates) != 6 {
		t.Errorf("%d candidates, want the 6 of ets(model=\"ZZN\")", len(m.Candidates))
	}
}
