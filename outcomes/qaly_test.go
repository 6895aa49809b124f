package outcomes

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// QALYs as utility × years (Drummond et al. 2015, ch. 5): 0.8 × 10 years + 0.5 × 5 years = 10.5 QALYs.
func TestQALYs(t *testing.T) {
	ps := []Period{{Utility: 0.8, Years: 10}, {Utility: 0.5, Years: 5}}
	q, err := QALYs(ps)
	if err != nil || !near(q, 10.5, 1e-12) {
		t.Errorf("QALYs = %v, %v; want 10.5", q, err)
	}
	prof, err := QALYProfile([]Period{{Utility: 0.8, Years: 1.5}, {Utility: 0.4, Years: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]float64{0.8, 0.4 + 0.2, 0.2}, prof, cmpopts.EquateApprox(0, 1e-12)); d != "" {
		t.Errorf("QALYProfile (-want +got):\n%s", d)
	}
}

func TestDiscountedQALYs(t *testing.T) {
	ps := []Period{{Utility: 0.8, Years: 10}, {Utility: 0.5, Years: 5}}
	// Green Book health rate, 1.5% in years 0–30: year t weighs 1/1.015^t.
	var want float64
	for k := range 15 {
		u := 0.8
		if k >= 10 {
			u = 0.5
		}
		want += u / math.Pow(1.015, float64(k))
	}
	got, err := DiscountedQALYs(ps, nil)
	if err != nil || !near(got, want, 1e-9) {
		t.Errorf("DiscountedQALYs(nil) = %v, %v; want %v", got, err, want)
	}
	got, _ = DiscountedQALYs(ps, investment.GreenBookHealth())
	if !near(got, want, 1e-9) {
		t.Errorf("DiscountedQALYs(GreenBookHealth) = %v, want %v", got, want)
	}
	got, _ = DiscountedQALYs(ps, investment.Constant(decimal.Zero))
	if !near(got, 10.5, 1e-12) {
		t.Errorf("DiscountedQALYs at 0%% = %v, want 10.5", got)
	}
	// Agrees with the schedule's own float present value of the profile.
	prof, _ := QALYProfile(ps)
	pv, _ := investment.Constant(decimal.RequireFromString("0.035")).PresentValueFloat(prof)
	got, _ = DiscountedQALYs(ps, investment.Constant(decimal.RequireFromString("0.035")))
	if !near(got, pv, 1e-12) {
		t.Errorf("DiscountedQALYs at 3.5%% = %v, PresentValueFloat = %v", got, pv)
	}
}

type badDiscounter struct{}

func (badDiscounter) FactorFloat(int) float64 { return math.NaN() }

func TestQALYErrors(t *testing.T) {
	tests := []struct {
		name string
		ps   []Period
		want error
	}{
		{"utility above 1", []Period{{Utility: 1.2, Years: 1}}, ErrRange},
		{"utility below -1", []Period{{Utility: -1.5, Years: 1}}, ErrRange},
		{"NaN utility", []Period{{Utility: math.NaN(), Years: 1}}, ErrNotFinite},
		{"negative years", []Period{{Utility: 0.5, Years: -1}}, ErrNegative},
		{"infinite years", []Period{{Utility: 0.5, Years: math.Inf(1)}}, ErrNotFinite},
	}
	for _, tt := range tests {
		if _, err := QALYs(tt.ps); !isErr(err, tt.want) {
			t.Errorf("%s: QALYs error = %v, want %v", tt.name, err, tt.want)
		}
		if _, err := DiscountedQALYs(tt.ps, nil); !isErr(err, tt.want) {
			t.Errorf("%s: DiscountedQALYs error = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := DiscountedQALYs([]Period{{Utility: 1, Years: 1}}, badDiscounter{}); !isErr(err, ErrRange) {
		t.Errorf("NaN factor: %v, want ErrRange", err)
	}
	if _, err := QALYProfile([]Period{{Utility: 1, Years: 2e6}}); !isErr(err, ErrRange) {
		t.Errorf("two million years: %v, want ErrRange", err)
	}
}
