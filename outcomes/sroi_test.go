package outcomes

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

func acceptanceSROI() SROI {
	return SROI{
		Inputs: investment.MustGBP("10000"),
		Impacts: []Impact{{
			ID: "wellbeing", Quantity: 10, Proxy: investment.MustGBP("1000"),
			Deadweight: 0.25, Attribution: 0.20, DropOff: 0.10, Duration: 3,
		}},
	}
}

// The worked figures follow the Cabinet Office guide, A guide
// to Social Return on Investment (2012): 10 × £1,000 with 25% deadweight
// and 20% attribution, 10% drop-off over three years, discounted at 3.5%
// from year 1.
func TestSROIAcceptance(t *testing.T) {
	v, err := acceptanceSROI().Value()
	if err != nil {
		t.Fatal(err)
	}
	want := []investment.Money{investment.MustGBP("6000"), investment.MustGBP("5400"), investment.MustGBP("4860")}
	if d := cmp.Diff(want, v.ByYear); d != "" {
		t.Errorf("ByYear (-want +got):\n%s", d)
	}
	if got := v.PresentValue; !got.Equal(investment.MustGBP("15221.50")) {
		t.Errorf("PresentValue = %v, want £15,221.50", got)
	}
	if got := math.Round(v.Ratio*100) / 100; got != 1.52 {
		t.Errorf("Ratio = %v, want 1.52", v.Ratio)
	}
	if math.Abs(v.NetRatio-(v.Ratio-1)) > 1e-12 {
		t.Errorf("NetRatio = %v, want Ratio − 1 = %v", v.NetRatio, v.Ratio-1)
	}
	if !v.NetPresentValue.Equal(investment.MustGBP("5221.50")) {
		t.Errorf("NetPresentValue = %v, want £5,221.50", v.NetPresentValue)
	}
	// Cumulative PV: 5,797.10 after year 1, then 5,040.96 in year 2, so the
	// inputs are repaid 1 + (10,000 − 5,797.10) / 5,040.96 years in.
	wantPayback := 1 + (10000-6000/1.035)/(5400/(1.035*1.035))
	if !v.PaybackReached || math.Abs(v.Payback-wantPayback) > 1e-9 {
		t.Errorf("Payback = %v (%v), want %v", v.Payback, v.PaybackReached, wantPayback)
	}
}

func TestSROIRateAndAdditive(t *testing.T) {
	s := acceptanceSROI()
	zero := decimal.Zero
	s.Rate = &zero
	v, err := s.Value()
	if err != nil {
		t.Fatal(err)
	}
	if !v.PresentValue.Equal(investment.MustGBP("16260")) {
		t.Errorf("PV at 0%% = %v, want £16,260.00", v.PresentValue)
	}
	// Additive: 1 − 0.25 − 0.20 = 0.55 of £10,000 in year 1.
	s = acceptanceSROI()
	s.Reductions = Additive
	v, err = s.Value()
	if err != nil {
		t.Fatal(err)
	}
	if !v.ByYear[0].Equal(investment.MustGBP("5500")) {
		t.Errorf("additive year 1 = %v, want £5,500", v.ByYear[0])
	}
}

func TestSROIPaybackNotReached(t *testing.T) {
	s := acceptanceSROI()
	s.Inputs = investment.MustGBP("20000")
	v, err := s.Value()
	if err != nil {
		t.Fatal(err)
	}
	if v.PaybackReached || v.Payback != 0 {
		t.Errorf("Payback = %v, %v; want not reached", v.Payback, v.PaybackReached)
	}
}

func TestSROIErrors(t *testing.T) {
	bad := func(f func(*SROI)) SROI { s := acceptanceSROI(); f(&s); return s }
	neg := decimal.NewFromFloat(-0.01)
	tests := []struct {
		name  string
		s     SROI
		want  error
		field string
	}{
		{"no inputs", bad(func(s *SROI) { s.Inputs = investment.Money{} }), ErrNoInputs, ""},
		{"no impacts", bad(func(s *SROI) { s.Impacts = nil }), ErrNoImpacts, ""},
		{"deadweight above 1", bad(func(s *SROI) { s.Impacts[0].Deadweight = 1.2 }), ErrShare, "deadweight"},
		{"attribution negative", bad(func(s *SROI) { s.Impacts[0].Attribution = -0.1 }), ErrShare, "attribution"},
		{"drop-off NaN", bad(func(s *SROI) { s.Impacts[0].DropOff = math.NaN() }), ErrNotFinite, "dropOff"},
		{"quantity negative", bad(func(s *SROI) { s.Impacts[0].Quantity = -1 }), ErrNegative, "quantity"},
		{"quantity infinite", bad(func(s *SROI) { s.Impacts[0].Quantity = math.Inf(1) }), ErrNotFinite, "quantity"},
		{"duration zero", bad(func(s *SROI) { s.Impacts[0].Duration = 0 }), ErrRange, "duration"},
		{"empty id", bad(func(s *SROI) { s.Impacts[0].ID = "" }), ErrEmptyID, "id"},
		{"duplicate id", bad(func(s *SROI) { s.Impacts = append(s.Impacts, s.Impacts[0]) }), ErrDuplicateID, "id"},
		{"negative rate", bad(func(s *SROI) { s.Rate = &neg }), ErrRange, ""},
		{"additive reductions make impact negative", bad(func(s *SROI) {
			s.Reductions = Additive
			s.Impacts[0].Deadweight, s.Impacts[0].Attribution = 0.7, 0.4
		}), ErrNegativeImpact, "deadweight+displacement+attribution"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.s.Value()
			if !isErr(err, tt.want) {
				t.Fatalf("Value() error = %v, want %v", err, tt.want)
			}
			var ie *InputError
			if tt.field != "" && (!errors.As(err, &ie) || ie.Field != tt.field) {
				t.Errorf("Value() error = %#v, want an *InputError on field %s", err, tt.field)
			}
		})
	}
}

func TestSROISensitivity(t *testing.T) {
	s := acceptanceSROI()
	ss, err := s.Sensitivity(SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 7 {
		t.Fatalf("got %d rows, want 7", len(ss))
	}
	base, _ := s.Value()
	for _, sn := range ss {
		if !sn.BreakEvenFound {
			t.Errorf("%v: no break-even found", sn.Assumption)
			continue
		}
		if sn.Assumption == DurationAssumption {
			// Two years give 5,797.10 + 5,040.96 ≥ 10,000.
			if sn.BreakEven != 2 {
				t.Errorf("duration break-even = %v, want 2", sn.BreakEven)
			}
			continue
		}
		// Setting the assumption to its break-even value gives a ratio of 1.
		x := s
		x.Impacts = []Impact{s.Impacts[0]}
		m := &x.Impacts[0]
		switch sn.Assumption {
		case QuantityAssumption:
			m.Quantity = sn.BreakEven
		case ProxyAssumption:
			m.Proxy, _ = investment.FromPence(100).MulFloat(sn.BreakEven)
		case DeadweightAssumption:
			m.Deadweight = sn.BreakEven
		case DisplacementAssumption:
			m.Displacement = sn.BreakEven
		case AttributionAssumption:
			m.Attribution = sn.BreakEven
		case DropOffAssumption:
			m.DropOff = sn.BreakEven
		}
		v, err := x.Value()
		if err != nil {
			t.Fatalf("%v at %v: %v", sn.Assumption, sn.BreakEven, err)
		}
		if math.Abs(v.Ratio-1) > 1e-6 {
			t.Errorf("%v at break-even %v: ratio %v, want 1", sn.Assumption, sn.BreakEven, v.Ratio)
		}
		// A higher reduction lowers the ratio; more people raise it.
		switch sn.Assumption {
		case QuantityAssumption, ProxyAssumption:
			if !(sn.RatioLow < base.Ratio && base.Ratio < sn.RatioHigh) {
				t.Errorf("%v: ratios %v, %v, %v not increasing", sn.Assumption, sn.RatioLow, base.Ratio, sn.RatioHigh)
			}
		default:
			if !(sn.RatioLow >= base.Ratio && base.Ratio > sn.RatioHigh) || (sn.Low < sn.Base && sn.RatioLow == base.Ratio) {
				t.Errorf("%v: ratios %v, %v, %v not decreasing", sn.Assumption, sn.RatioLow, base.Ratio, sn.RatioHigh)
			}
		}
	}
	// Deadweight break-even by hand: (1 − d) must fall by the factor 1/1.52215.
	if got, want := ss[DeadweightAssumption].BreakEven, 1-0.75/base.Ratio; math.Abs(got-want) > 1e-4 {
		t.Errorf("deadweight break-even = %v, want about %v", got, want)
	}
	if _, err := s.Sensitivity(SensitivityOptions{Step: 2}); !isErr(err, ErrRange) {
		t.Errorf("Sensitivity(step 2) error = %v, want ErrRange", err)
	}
}
