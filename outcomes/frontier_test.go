package outcomes

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
)

type rowSummary struct {
	ID          string
	Dominance   Dominance
	DominatedBy string
	Comparator  string
	ICER        string
}

func summarise(t Table) []rowSummary {
	out := make([]rowSummary, len(t.Rows))
	for i, r := range t.Rows {
		out[i] = rowSummary{r.ID, r.Dominance, r.DominatedBy, r.Comparator, ""}
		if r.Comparator != "" {
			out[i].ICER = r.ICER.String()
		}
	}
	return out
}

// A constructed teaching example (not taken from a publication) in the
// style of Drummond et al., Methods for the Economic Evaluation of Health
// Care Programmes (4th ed., 2015), ch. 4: five alternatives, of which C is
// extendedly dominated (ICER £24,000 from B, but D buys QALYs at £16,000
// beyond C) and E strongly dominated by D (costlier, fewer QALYs). Frontier
// A → B at £10,000 → D at £20,000 a QALY, worked by hand.
func TestFrontierConstructedExample(t *testing.T) {
	alts := []Alternative{
		{ID: "E", Cost: investment.MustGBP("35000"), Effect: 1.8},
		{ID: "C", Cost: investment.MustGBP("22000"), Effect: 1.5},
		{ID: "A", Cost: investment.MustGBP("0"), Effect: 0},
		{ID: "D", Cost: investment.MustGBP("30000"), Effect: 2.0},
		{ID: "B", Cost: investment.MustGBP("10000"), Effect: 1.0},
	}
	tab, err := Frontier(alts)
	if err != nil {
		t.Fatal(err)
	}
	want := []rowSummary{
		{"A", Efficient, "", "", ""},
		{"B", Efficient, "", "A", "£10,000.00"},
		{"C", ExtendedlyDominated, "D", "", ""},
		{"D", Efficient, "", "B", "£20,000.00"},
		{"E", StronglyDominated, "D", "", ""},
	}
	if d := cmp.Diff(want, summarise(tab)); d != "" {
		t.Errorf("Frontier (-want +got):\n%s", d)
	}
	for _, tt := range []struct{ lambda, want string }{{"0", "A"}, {"9999.99", "A"}, {"10000", "B"}, {"19999", "B"}, {"20000", "D"}, {"50000", "D"}} {
		r, err := tab.Optimal(investment.MustGBP(tt.lambda))
		if err != nil || r.ID != tt.want {
			t.Errorf("Optimal(£%s) = %s, %v; want %s", tt.lambda, r.ID, err, tt.want)
		}
	}
	if _, err := tab.Optimal(investment.MustGBP("-1")); !isErr(err, ErrLambda) {
		t.Errorf("Optimal(−£1): %v", err)
	}
	if n := len(tab.Efficient()); n != 3 {
		t.Errorf("Efficient() has %d rows, want 3", n)
	}
	if r, ok := tab.Row("C"); !ok || r.Dominance != ExtendedlyDominated {
		t.Errorf("Row(C) = %+v, %v", r, ok)
	}
}

// Published: Table 1 of JNCI Cancer Spectrum 2020;4(2):pkaa004
// (doi:10.1093/jncics/pkaa004), incremental cost-effectiveness ratios of
// three testing and radiation therapy strategies, in US dollars (the
// currency does not matter here): strategy 2 is absolutely (strongly)
// dominated; strategy 3 against strategy 1 costs $10,422.31 more for
// 0.019688 more QALYs, an ICER of $529,365.8 computed by the authors from
// unrounded inputs. The table's inputs are rounded, so the published ICER
// is matched to 1 part in 10^4 and the exact ratio of the rounded inputs,
// 10,422.305 / 0.019689 = 529,346.589…, to the penny.
func TestFrontierPublishedJNCICS2020(t *testing.T) {
	tab, err := Frontier([]Alternative{
		{ID: "Strategy 1", Cost: investment.MustGBP("1695.865"), Effect: 8.570992},
		{ID: "Strategy 2", Cost: investment.MustGBP("12224.17"), Effect: 8.583273},
		{ID: "Strategy 3", Cost: investment.MustGBP("12118.17"), Effect: 8.590681},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []rowSummary{
		{"Strategy 1", Efficient, "", "", ""},
		{"Strategy 3", Efficient, "", "Strategy 1", "£529,346.59"},
		{"Strategy 2", StronglyDominated, "Strategy 3", "", ""},
	}
	if d := cmp.Diff(want, summarise(tab)); d != "" {
		t.Errorf("Frontier (-want +got):\n%s", d)
	}
	r, _ := tab.Row("Strategy 3")
	if got := r.ICER.Float64(); math.Abs(got-529365.8)/529365.8 > 1e-4 {
		t.Errorf("ICER = %v, published 529,365.8", got)
	}
	if !r.DeltaCost.Equal(investment.MustGBP("10422.305")) || !near(r.DeltaEffect, 0.019689, 1e-12) {
		t.Errorf("increments = %v, %v", r.DeltaCost, r.DeltaEffect)
	}
}

func TestFrontierTies(t *testing.T) {
	tab, err := Frontier([]Alternative{
		{ID: "y", Cost: investment.MustGBP("100"), Effect: 1},
		{ID: "x", Cost: investment.MustGBP("100.00"), Effect: 1}, // identical to y: x stays, by id
		{ID: "base", Cost: investment.MustGBP("0"), Effect: 0},
		{ID: "same-cost-less", Cost: investment.MustGBP("100"), Effect: 0.5},
		{ID: "mid", Cost: investment.MustGBP("200"), Effect: 2}, // ICER 100 from x
		{ID: "top", Cost: investment.MustGBP("300"), Effect: 3}, // ICER 100 from mid: mid stays
		{ID: "same-effect", Cost: investment.MustGBP("400"), Effect: 3},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []rowSummary{
		{"base", Efficient, "", "", ""},
		{"x", Efficient, "", "base", "£100.00"},
		{"y", StronglyDominated, "x", "", ""},
		{"same-cost-less", StronglyDominated, "x", "", ""},
		{"mid", Efficient, "", "x", "£100.00"},
		{"top", Efficient, "", "mid", "£100.00"},
		{"same-effect", StronglyDominated, "top", "", ""},
	}
	if d := cmp.Diff(want, summarise(tab)); d != "" {
		t.Errorf("Frontier (-want +got):\n%s", d)
	}
	// 1.6 − 1.0 is 0.6000000000000001 in float64 but 0.6 as decimals.
	tab, _ = Frontier([]Alternative{{ID: "a", Cost: investment.MustGBP("1000"), Effect: 1.0}, {ID: "b", Cost: investment.MustGBP("13000"), Effect: 1.6}})
	if r, _ := tab.Row("b"); !r.ICER.Equal(investment.MustGBP("20000")) {
		t.Errorf("ICER from 1.6 − 1.0 = %v, want £20,000.00", r.ICER)
	}
}

func TestFrontierErrors(t *testing.T) {
	if _, err := Frontier(nil); !isErr(err, ErrNoAlternatives) {
		t.Errorf("empty alternatives: %v", err)
	}
	tests := []struct {
		name string
		alts []Alternative
		want error
	}{
		{"duplicate id", []Alternative{{ID: "a"}, {ID: "a"}}, ErrDuplicateID},
		{"empty id", []Alternative{{}}, ErrEmptyID},
		{"NaN effect", []Alternative{{ID: "a", Effect: math.NaN()}}, ErrNotFinite},
	}
	for _, tt := range tests {
		var ie *InputError
		if _, err := Frontier(tt.alts); !isErr(err, tt.want) || !errors.As(err, &ie) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}

// checkFrontier verifies the defining properties of a table by brute force.
func checkFrontier(alts []Alternative, tab Table) error {
	if len(tab.Rows) != len(alts) {
		return fmt.Errorf("%d rows for %d alternatives", len(tab.Rows), len(alts))
	}
	eff := tab.Efficient()
	if len(eff) == 0 {
		return fmt.Errorf("empty frontier")
	}
	for i := 1; i < len(eff); i++ {
		a, b := eff[i-1], eff[i]
		if b.Cost.Compare(a.Cost) <= 0 || b.Effect <= a.Effect {
			return fmt.Errorf("frontier not rising at %s", b.ID)
		}
		if b.Comparator != a.ID {
			return fmt.Errorf("%s compared with %s, want %s", b.ID, b.Comparator, a.ID)
		}
		if i > 1 && b.ICER.Compare(a.ICER) < 0 && b.ICER.Sub(a.ICER).Abs().Compare(investment.MustGBP("0.02")) > 0 {
			return fmt.Errorf("ICERs fall from %v to %v at %s", a.ICER, b.ICER, b.ID)
		}
	}
	// No alternative is better than a frontier one in both cost and effect.
	for _, f := range eff {
		for _, a := range alts {
			if a.ID != f.ID && a.Cost.Compare(f.Cost) <= 0 && a.Effect >= f.Effect && (a.Cost.Compare(f.Cost) < 0 || a.Effect > f.Effect) {
				return fmt.Errorf("%s dominates frontier alternative %s", a.ID, f.ID)
			}
		}
	}
	for _, r := range tab.Rows {
		switch r.Dominance {
		case StronglyDominated:
			d, _ := tab.Row(r.DominatedBy)
			if d.Cost.Compare(r.Cost) > 0 || d.Effect < r.Effect {
				return fmt.Errorf("%s said to dominate %s", d.ID, r.ID)
			}
		case ExtendedlyDominated:
			// It lies strictly above the frontier segment that spans its effect.
			for i := 1; i < len(eff); i++ {
				a, b := eff[i-1], eff[i]
				if r.Effect > a.Effect && r.Effect < b.Effect {
					line := a.Cost.Float64() + (b.Cost.Float64()-a.Cost.Float64())*(r.Effect-a.Effect)/(b.Effect-a.Effect)
					if r.Cost.Float64() < line-1e-6 {
						return fmt.Errorf("%s below the frontier", r.ID)
					}
				}
			}
		}
	}
	return nil
}

func randomAlternatives(r *rand.Rand, n int) []Alternative {
	alts := make([]Alternative, n)
	for i := range alts {
		alts[i] = Alternative{
			ID:     fmt.Sprintf("a%05d", i),
			Cost:   investment.FromPence(r.Int64N(10_000_000)),
			Effect: math.Round(r.Float64()*1000) / 100,
		}
	}
	return alts
}

func TestFrontierRandomProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		alts := randomAlternatives(r, 1+r.IntN(40))
		tab, err := Frontier(alts)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkFrontier(alts, tab); err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
	}
}

func BenchmarkFrontier10000(b *testing.B) {
	alts := randomAlternatives(rand.New(rand.NewPCG(3, 4)), 10_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Frontier(alts); err != nil {
			b.Fatal(err)
		}
	}
}
