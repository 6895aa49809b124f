package commissioning

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

func gbp(s ...string) investment.Flow {
	ms := make([]investment.Money, len(s))
	for i, x := range s {
		ms[i] = investment.MustGBP(x)
	}
	return investment.NewFlow(ms...)
}

// textbookOption is the textbook appraisal of a project (HM
// Treasury, The Green Book 2022, discounting at 3.5%): −100 in year 0,
// then +30 in each of years 1–5, in thousands of pounds so that the
// penny-rounded present values carry the four decimals of the figures.
func textbookOption() Option {
	return Option{
		ID:       "scheme",
		Capital:  gbp("100000"),
		Benefits: gbp("0", "30000", "30000", "30000", "30000", "30000"),
	}
}

func approx(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestAppraiseGreenBookExample reproduces the figures of that example
// (HM Treasury, The Green Book 2022, discounting at 3.5%): NPSV 35.4516, BCR 1.3545, benefit
// switching value 26.17%, cost switching value 35.45%.
func TestAppraiseGreenBookExample(t *testing.T) {
	for _, s := range []struct {
		name string
		a    Appraiser
	}{
		{"zero Appraiser", Appraiser{}},
		{"constant 3.5%", Appraiser{Schedule: investment.Constant(decimal.RequireFromString("0.035"))}},
	} {
		t.Run(s.name, func(t *testing.T) {
			got, err := s.a.Appraise(textbookOption())
			if err != nil {
				t.Fatal(err)
			}
			ap := got[0]
			wantGBP(t, "NPSV", ap.NPSV, "35451.57")
			wantGBP(t, "PVBenefits", ap.PVBenefits, "135451.57")
			if !ap.HasBCR || !approx(ap.BCR, 1.3545, 5e-5) {
				t.Errorf("BCR = %v (%v), want 1.3545", ap.BCR, ap.HasBCR)
			}
			b, ok := ap.Switch(Benefits, -1)
			if !ok || !approx(b.Change, -0.2617, 5e-5) {
				t.Errorf("benefit switching value = %+v, want a fall of 26.17%%", b)
			}
			c, ok := ap.Switch(Costs, -1)
			if !ok || !approx(c.Change, 0.3545, 5e-5) {
				t.Errorf("cost switching value = %+v, want a rise of 35.45%%", c)
			}
			k, ok := ap.Switch(Capital, 0)
			if !ok || !approx(k.Change, 0.3545, 5e-5) {
				t.Errorf("capital year 0 switching value = %+v, want 0.3545", k)
			}
			if _, ok := ap.Switch(Revenue, -1); ok {
				t.Errorf("Switch(Revenue) found a value for a line with no amounts")
			}
			// Year 1 benefit is 30000/1.035 = 28985.51; NPSV falls to zero
			// if it falls by 35451.57/28985.51.
			y1, ok := ap.Switch(Benefits, 1)
			if !ok || !approx(y1.Change, -35451.57/28985.51, 1e-9) || !y1.PV.Equal(investment.MustGBP("28985.51")) {
				t.Errorf("year 1 benefit switching value = %+v", y1)
			}
			// EAC: 100000 over years 1–5 is 100000 / 4.5150524 = 22148.14.
			wantGBP(t, "EAC", ap.EAC, "22148.14")
		})
	}
}

// TestAppraiseSwitchingRestoresZero checks the definition: scaling an input
// by (1 + Change) brings the NPSV to zero (within a penny's rounding).
func TestAppraiseSwitchingRestoresZero(t *testing.T) {
	o := Option{
		ID:       "x",
		Capital:  gbp("50000", "20000"),
		Revenue:  gbp("0", "5000", "5000", "5000"),
		Benefits: gbp("0", "25000", "30000", "35000"),
		Bias:     OptimismBias{Shares: []Share{{StandardBuildings, 1}}, Mitigation: 0.5},
	}
	a := Appraiser{}
	got, err := a.Appraise(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, sv := range got[0].Switching {
		scaled := o
		k := decimal.NewFromFloat(1 + sv.Change)
		scale := func(f investment.Flow, l Lines) investment.Flow {
			if sv.Lines&l == 0 {
				return f
			}
			if sv.Year < 0 {
				return f.Scale(k)
			}
			am := f.Amounts()
			am[sv.Year] = am[sv.Year].Mul(k)
			return investment.NewFlow(am...)
		}
		scaled.Capital = scale(o.Capital, Capital)
		scaled.Revenue = scale(o.Revenue, Revenue)
		scaled.Benefits = scale(o.Benefits, Benefits)
		ap, err := a.Appraise(scaled)
		if err != nil {
			t.Fatal(err)
		}
		if ap[0].NPSV.Abs().Compare(investment.MustGBP("0.05")) > 0 {
			t.Errorf("%v year %d: change %v leaves NPSV %v, want £0", sv.Lines, sv.Year, sv.Change, ap[0].NPSV)
		}
	}
}

func TestAppraiseOptimismBiasAndWeights(t *testing.T) {
	o := Option{
		ID:       "hub",
		Capital:  gbp("1000000"),
		Revenue:  gbp("0", "100000"),
		Benefits: gbp("0", "2000000"),
		Bias: OptimismBias{Shares: []Share{
			{NonStandardBuildings, 0.3}, {StandardBuildings, 0.5}, {Outsourcing, 0.2},
		}},
		Beneficiaries: []GroupShare{{"low", 0.5}, {"median", 0.5}},
	}
	a := Appraiser{Schedule: investment.Constant(decimal.Zero), Equity: &Equity{
		Reference: 40000, Groups: []IncomeGroup{{"low", 20000}, {"median", 40000}},
	}}
	got, err := a.Appraise(o)
	if err != nil {
		t.Fatal(err)
	}
	ap := got[0]
	// Capital: 0.3 × 51% + 0.5 × 24% = 27.3%; revenue: 0.2 × 41% = 8.2%.
	if want := decimal.RequireFromString("0.273"); !ap.CapitalBias.Equal(want) {
		t.Errorf("CapitalBias = %v, want %v", ap.CapitalBias, want)
	}
	if want := decimal.RequireFromString("0.082"); !ap.RevenueBias.Equal(want) {
		t.Errorf("RevenueBias = %v, want %v", ap.RevenueBias, want)
	}
	wantGBP(t, "PVCapital", ap.PVCapital, "1273000")
	wantGBP(t, "PVRevenue", ap.PVRevenue, "108200")
	wantFactor := 0.5*math.Pow(2, 1.3) + 0.5
	if ap.Weighted == nil || !approx(ap.Weighted.Factor, wantFactor, 1e-12) {
		t.Fatalf("Weighted = %+v, want factor %v", ap.Weighted, wantFactor)
	}
	wb, _ := investment.MustGBP("2000000").MulFloat(wantFactor)
	if want := wb.Round(investment.Penny); !ap.Weighted.PVBenefits.Equal(want) {
		t.Errorf("weighted PVBenefits = %v, want %v", ap.Weighted.PVBenefits, want)
	}
	if want := ap.Weighted.PVBenefits.Sub(ap.PVCosts); !ap.Weighted.NPSV.Equal(want) {
		t.Errorf("weighted NPSV = %v, want %v", ap.Weighted.NPSV, want)
	}

	a.IgnoreOptimismBias = true
	got, err = a.Appraise(o)
	if err != nil {
		t.Fatal(err)
	}
	if want := investment.MustGBP("1000000"); !got[0].PVCapital.Equal(want) {
		t.Errorf("PVCapital ignoring bias = %v, want %v", got[0].PVCapital, want)
	}
}

func TestAppraiseEffectsAndNoCosts(t *testing.T) {
	o := Option{ID: "free", Benefits: gbp("10"), Effects: []float64{1, 1}}
	got, err := Appraiser{EffectSchedule: investment.GreenBookHealth()}.Appraise(o)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].HasBCR {
		t.Errorf("HasBCR = true for an option with no costs")
	}
	if want := 1 + 1/1.015; !approx(got[0].PVEffects, want, 1e-12) {
		t.Errorf("PVEffects = %v, want %v", got[0].PVEffects, want)
	}
}

func TestAppraisalJSONRoundTrip(t *testing.T) {
	a := Appraiser{Equity: &Equity{Reference: 30000, Groups: []IncomeGroup{{"q1", 15000}}}}
	o := textbookOption()
	o.Beneficiaries = []GroupShare{{"q1", 1}}
	got, err := a.Appraise(o)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var back []Appraisal
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestAppraiseErrors(t *testing.T) {
	cases := []struct {
		name string
		a    Appraiser
		opts []Option
		want error
	}{
		{"no options", Appraiser{}, nil, ErrNoOptions},
		{"duplicate ids", Appraiser{}, []Option{{ID: "a"}, {ID: "a"}}, ErrDuplicateID},
		{"empty id", Appraiser{}, []Option{{}}, ErrEmptyID},
		{"unknown category", Appraiser{}, []Option{{ID: "a", Bias: OptimismBias{Shares: []Share{{Category(42), 1}}}}}, ErrUnknownCategory},
		{"unknown group", Appraiser{Equity: &Equity{Reference: 1, Groups: []IncomeGroup{{"g", 1}}}},
			[]Option{{ID: "a", Beneficiaries: []GroupShare{{"h", 1}}}}, ErrUnknownID},
		{"equity income zero", Appraiser{Equity: &Equity{Reference: 1, Groups: []IncomeGroup{{"g", 0}}}},
			[]Option{{ID: "a"}}, ErrIncome},
		{"equity eta negative", Appraiser{Equity: &Equity{Eta: -1, Reference: 1, Groups: []IncomeGroup{{"g", 1}}}},
			[]Option{{ID: "a"}}, ErrEta},
		{"NaN effect", Appraiser{}, []Option{{ID: "a", Effects: []float64{math.NaN()}}}, ErrNotFinite},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := c.a.Appraise(c.opts...)
			if !isErr(err, c.want) {
				t.Fatalf("Appraise: error %v, want %v", err, c.want)
			}
		})
	}
}

// wantGBP reports a money field that is not the amount want.
func wantGBP(t *testing.T, field string, got investment.Money, want string) {
	t.Helper()
	if w := investment.MustGBP(want); !got.Equal(w) {
		t.Errorf("%s = %v, want %v", field, got, w)
	}
}
