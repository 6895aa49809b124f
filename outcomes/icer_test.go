package outcomes

import (
	"math"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

// The definitions ICER = ΔC / ΔE and NMB = λ·ΔE − ΔC (Drummond et al.,
// Methods for the Economic Evaluation of Health Care Programmes, 4th ed.,
// 2015), on figures worked by hand: £12,000 for 0.6 QALYs is £20,000 a QALY.
func TestICERAcceptance(t *testing.T) {
	c, err := ICER(investment.MustGBP("12000"), 0.6)
	if err != nil {
		t.Fatal(err)
	}
	if !c.ICER.Equal(investment.MustGBP("20000")) || c.Quadrant != MoreCostlyMoreEffective {
		t.Errorf("ICER(£12,000, 0.6) = %v %v, want £20,000.00 north-east", c.ICER, c.Quadrant)
	}
	c, err = ICER(investment.MustGBP("-500"), 0.1)
	if err != nil || c.Quadrant != Dominant {
		t.Errorf("ICER(−£500, +0.1) quadrant = %v, %v; want dominant", c.Quadrant, err)
	}
	tests := []struct {
		dc   string
		de   float64
		want Quadrant
	}{
		{"100", -0.1, Dominated}, {"0", -0.1, Dominated}, {"0", 0.1, Dominant}, {"-100", -0.1, LessCostlyLessEffective},
	}
	for _, tt := range tests {
		if c, _ := ICER(investment.MustGBP(tt.dc), tt.de); c.Quadrant != tt.want {
			t.Errorf("ICER(%s, %v) quadrant = %v, want %v", tt.dc, tt.de, c.Quadrant, tt.want)
		}
	}
	for _, l := range []struct {
		lambda, want string
	}{{"20000", "0"}, {"30000", "6000"}} {
		got, err := NMB(investment.MustGBP("12000"), 0.6, investment.MustGBP(l.lambda))
		if err != nil || !got.Equal(investment.MustGBP(l.want)) {
			t.Errorf("NMB at λ £%s = %v, %v; want £%s", l.lambda, got, err, l.want)
		}
	}
	nhb, err := NHB(investment.MustGBP("12000"), 0.6, investment.MustGBP("30000"))
	if err != nil || !near(nhb, 0.2, 1e-12) {
		t.Errorf("NHB at £30,000 = %v, %v; want 0.2", nhb, err)
	}
}

func TestICERErrors(t *testing.T) {
	if _, err := ICER(investment.MustGBP("100"), 0); !isErr(err, ErrZeroEffect) {
		t.Errorf("zero ΔE: %v, want ErrZeroEffect", err)
	}
	if _, err := ICER(investment.MustGBP("100"), math.NaN()); !isErr(err, ErrNotFinite) {
		t.Errorf("NaN ΔE: %v, want ErrNotFinite", err)
	}
	if _, err := NMB(investment.MustGBP("1"), math.Inf(-1), investment.MustGBP("1")); !isErr(err, ErrNotFinite) {
		t.Errorf("NMB with infinite ΔE: %v", err)
	}
	if _, err := NMB(investment.MustGBP("1"), 1e16, investment.MustGBP("1")); !isErr(err, ErrRange) {
		t.Errorf("NMB with huge ΔE: %v", err)
	}
	if _, err := NMB(investment.MustGBP("1"), 1, investment.MustGBP("-1")); !isErr(err, ErrLambda) {
		t.Errorf("NMB with negative λ: %v", err)
	}
	if _, err := NHB(investment.MustGBP("1"), 1, investment.Money{}); !isErr(err, ErrLambda) {
		t.Errorf("NHB with λ = 0: %v", err)
	}
	if _, err := NHB(investment.MustGBP("1"), math.NaN(), investment.MustGBP("1")); !isErr(err, ErrNotFinite) {
		t.Errorf("NHB with NaN ΔE: %v", err)
	}
}
