package investment

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// npvAt returns Σ f.At(t)/(1+r)^t in float64, to check a root.
func npvAt(f Flow, r float64) float64 {
	var sum, scale float64
	for t := range f.Len() {
		v := f.At(t).Float64()
		sum += v / math.Pow(1+r, float64(t))
		scale += math.Abs(v)
	}
	return sum / scale
}

// TestIRRMicrosoftExamples reproduces the examples of Microsoft's
// documentation of the Excel IRR function ("IRR function",
// support.microsoft.com): a business costing 70,000 with net income 12,000,
// 15,000, 18,000, 21,000 and 26,000 has IRR −2.1% after four years, 8.7%
// after five, and −44.4% after two (shown to 0.1%).
func TestIRRMicrosoftExamples(t *testing.T) {
	all := flowGBP("-70000", "12000", "15000", "18000", "21000", "26000")
	tests := []struct {
		years int
		want  float64 // percent to one place, as printed
	}{
		{4, -2.1},
		{5, 8.7},
		{2, -44.4},
	}
	for _, tt := range tests {
		f := NewFlow(all.Amounts()[:tt.years+1]...)
		got, err := IRR(f)
		if err != nil {
			t.Errorf("IRR(%v) error: %v", f, err)
			continue
		}
		if pct := math.Round(got*1000) / 10; pct != tt.want {
			t.Errorf("IRR(%v) = %.4f%%, want %.1f%%", f, got*100, tt.want)
		}
		if r := npvAt(f, got); math.Abs(r) > 1e-14 {
			t.Errorf("IRR(%v) = %v leaves a relative NPV of %g", f, got, r)
		}
	}
}

func TestIRRKnownRoots(t *testing.T) {
	tests := []struct {
		name string
		f    Flow
		want float64
	}{
		{"10% in one year", flowGBP("-100", "110"), 0.1},
		{"zero", flowGBP("-100", "100"), 0},
		{"leading and trailing zeros", flowGBP("0", "-100", "0", "121", "0"), 0.1},
		{"negative", flowGBP("-100", "50"), -0.5},
		{"100% doubling", flowGBP("-1", "2"), 1},
		{"three years at 5%", flowGBP("-1000", "50", "50", "1050"), 0.05},
		{"costs first, then benefits", flowGBP("100", "-110"), 0.1},
		{"near the top of the range", flowGBP("-1", "5000"), 4999},
		{"near the bottom of the range", flowGBP("-10000", "2"), -0.9998},
	}
	for _, tt := range tests {
		got, err := IRR(tt.f)
		if err != nil || math.Abs(got-tt.want) > 1e-12*(1+math.Abs(tt.want)) {
			t.Errorf("%s: IRR(%v) = %v, %v, want %v", tt.name, tt.f, got, err, tt.want)
		}
	}
}

// TestIRRTwoRoots: −100, 230, −132 has NPV zero at 10% and at 20%
// (−100 + 230x − 132x² = −2(6x − 5)(11x − 10) with x = 1/(1+r)).
func TestIRRTwoRoots(t *testing.T) {
	f := flowGBP("-100", "230", "-132")
	_, err := IRR(f)
	if !errors.Is(err, ErrMultipleRoots) {
		t.Fatalf("IRR(%v) error = %v, want ErrMultipleRoots", f, err)
	}
	var mr *MultipleRootsError
	if !errors.As(err, &mr) {
		t.Fatalf("IRR(%v) error %T, want *MultipleRootsError", f, err)
	}
	want := []float64{0.1, 0.2}
	approx := cmpopts.EquateApprox(0, 1e-12)
	if diff := cmp.Diff(want, mr.Roots, approx); diff != "" {
		t.Errorf("IRR(%v) roots (-want +got):\n%s", f, diff)
	}
	if got, want := err.Error(), "investment: IRR: 2 rates of return: 10% 20%"; got != want {
		t.Errorf("error text = %q, want %q", got, want)
	}
	roots, err := IRRs(f)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, roots, approx); diff != "" {
		t.Errorf("IRRs(%v) (-want +got):\n%s", f, diff)
	}
	// Three roots: (x − 1/1.1)(x − 1/1.2)(x − 1/1.5) scaled, so 10%, 20% and 50%.
	three := threeRootFlow()
	roots, err = IRRs(three)
	if diff := cmp.Diff([]float64{0.1, 0.2, 0.5}, roots, cmpopts.EquateApprox(0, 1e-9)); err != nil || diff != "" {
		t.Errorf("IRRs(%v) = %v, %v (-want +got):\n%s", three, roots, err, diff)
	}
}

// threeRootFlow is 1.1·1.2·1.5·Π(x − 1/(1+r)) over r = 10%, 20%, 50%,
// times 1000, written as year amounts: the coefficients of
// (1.1x − 1)(1.2x − 1)(1.5x − 1) × 1000 in increasing powers of x.
func threeRootFlow() Flow {
	// (1.1x−1)(1.2x−1) = 1.32x² − 2.3x + 1; × (1.5x − 1) = 1.98x³ − 4.77x² + 3.8x − 1.
	return flowGBP("-1000", "3800", "-4770", "1980")
}

func TestIRRErrors(t *testing.T) {
	tests := []struct {
		name string
		f    Flow
		want error
	}{
		{"empty flow", Flow{}, ErrEmptyFlow},
		{"all positive: no sign change", flowGBP("100", "50"), ErrNoSignChange},
		{"all negative: no sign change", flowGBP("-100", "-50"), ErrNoSignChange},
		{"all zero", flowGBP("0", "0", "0"), ErrNoSignChange},
		{"rate above the range searched", flowGBP("-1", "1000000000"), ErrNoRoot},
		{"rate below the range searched", flowGBP("-1000000000", "1"), ErrNoRoot},
		{"two roots", flowGBP("-100", "230", "-132"), ErrMultipleRoots},
	}
	for _, tt := range tests {
		if _, err := IRR(tt.f); !errors.Is(err, tt.want) {
			t.Errorf("%s: IRR(%v) error = %v, want %v", tt.name, tt.f, err, tt.want)
		}
	}
	huge := NewFlow(MustGBP("-1"), MustGBP("1").Mul(dRate("1e400")))
	var ie *IndexError
	if _, err := IRR(huge); !errors.Is(err, ErrNotFinite) || !errors.As(err, &ie) || ie.Position != 2 {
		t.Errorf("IRR with an amount of 10^400 error = %v, want ErrNotFinite at index 1", err)
	}
}

// TestIRRLongFlow finds the rate of a 300-year flow at extreme rates
// without overflow: the NPV is scaled on each side of zero.
func TestIRRLongFlow(t *testing.T) {
	ms := make([]Money, 301)
	ms[0] = MustGBP("-1000")
	for y := 1; y <= 300; y++ {
		ms[y] = MustGBP("1")
	}
	got, err := IRR(NewFlow(ms...))
	// Σ_{t=1}^{300} x^t = 1000 has its root near r = −0.003 (a loss).
	if err != nil || math.Abs(npvAt(NewFlow(ms...), got)) > 1e-13 {
		t.Errorf("IRR(300-year flow) = %v, %v", got, err)
	}
}

// TestMIRRMicrosoftExamples reproduces Microsoft's documentation of the
// Excel MIRR function ("MIRR function", support.microsoft.com): a loan of
// 120,000 at 10% with income 39,000, 30,000, 21,000, 37,000 and 46,000
// reinvested at 12% has MIRR 12.61% after five years and −4.80% after
// three, and 13.48% after five years reinvested at 14%.
func TestMIRRMicrosoftExamples(t *testing.T) {
	all := flowGBP("-120000", "39000", "30000", "21000", "37000", "46000")
	tests := []struct {
		years    int
		reinvest float64
		want     float64 // percent to two places, as printed
	}{
		{5, 0.12, 12.61},
		{3, 0.12, -4.80},
		{5, 0.14, 13.48},
	}
	for _, tt := range tests {
		f := NewFlow(all.Amounts()[:tt.years+1]...)
		got, err := MIRR(f, 0.10, tt.reinvest)
		if err != nil {
			t.Errorf("MIRR(%v) error: %v", f, err)
			continue
		}
		if pct := math.Round(got*10000) / 100; pct != tt.want {
			t.Errorf("MIRR(%v, 10%%, %v) = %.4f%%, want %.2f%%", f, tt.reinvest, got*100, tt.want)
		}
	}
	// With equal rates and a single outlay, MIRR compounds the income: −100, 0, 121 at any rates is 10%.
	if got, err := MIRR(flowGBP("-100", "0", "121"), 0.05, 0.07); err != nil || math.Abs(got-0.1) > 1e-15 {
		t.Errorf("MIRR(-100, 0, 121) = %v, %v, want 0.1", got, err)
	}
}

func TestMIRRErrors(t *testing.T) {
	f := flowGBP("-100", "60", "60")
	tests := []struct {
		name              string
		f                 Flow
		finance, reinvest float64
		want              error
	}{
		{"NaN finance rate", f, math.NaN(), 0.1, ErrNotFinite},
		{"infinite reinvestment rate", f, 0.1, math.Inf(1), ErrNotFinite},
		{"finance rate of -100%", f, -1, 0.1, ErrRate},
		{"reinvestment rate below -100%", f, 0.1, -1.5, ErrRate},
		{"empty flow", Flow{}, 0.1, 0.1, ErrEmptyFlow},
		{"no negative amount", flowGBP("100", "60"), 0.1, 0.1, ErrNoSignChange},
		{"no positive amount", flowGBP("-100", "0"), 0.1, 0.1, ErrNoSignChange},
	}
	for _, tt := range tests {
		if _, err := MIRR(tt.f, tt.finance, tt.reinvest); !errors.Is(err, tt.want) {
			t.Errorf("%s: MIRR error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestSignChanges(t *testing.T) {
	tests := []struct {
		v    []float64
		want int
	}{
		{nil, 0},
		{[]float64{1, 2}, 0},
		{[]float64{-1, 0, 0, 2}, 1},
		{[]float64{-100, 230, -132}, 2},
		{[]float64{0, 0}, 0},
	}
	for _, tt := range tests {
		if got := signChanges(tt.v); got != tt.want {
			t.Errorf("signChanges(%v) = %d, want %d", tt.v, got, tt.want)
		}
	}
}

// TestFlowFloatsOfPence checks that the float64 amounts IRR reads from whole
// pence are those of Money.Float64.
func TestFlowFloatsOfPence(t *testing.T) {
	pence := []int64{-1, 1, 10, -33, 123456789, -98765432109, 1<<53 - 1, 5}
	got, err := flowFloats("IRR", FlowFromPence(pence...))
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pence {
		if want := FromPence(p).Float64(); got[i] != want {
			t.Errorf("amount %d: %v pence read as %v, want %v", i, p, got[i], want)
		}
	}
}
