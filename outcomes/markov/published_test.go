package markov

import (
	"math"
	"testing"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

func constant(rate string) investment.Schedule {
	return investment.Constant(decimal.RequireFromString(rate))
}

// hivModel is the HIV model of Chancellor et al. (1997), "Modelling the
// cost effectiveness of lamivudine/zidovudine combination therapy in HIV
// infection", PharmacoEconomics 12:54–66, as worked in Briggs, Claxton and
// Sculpher (2006), Decision Modelling for Health Economic Evaluation,
// Oxford University Press, Exercise 2.5 (pp. 39–45): four states, annual
// cycles for 20 years, combination therapy's relative risk of 0.509 on
// every progression for the first two years, lamivudine paid for those two
// years, costs discounted at 6% and life-years not at all. The transition
// probabilities are the published counts (1251 of 1734 stay in A, …).
func hivModel(corr Correction) *Model {
	const n = 4
	counts := [n][n]float64{
		{1251, 350, 116, 17},
		{0, 731, 512, 15},
		{0, 0, 1312, 437},
		{0, 0, 0, 1},
	}
	mono := make([][]float64, n)
	for i, r := range counts {
		s := r[0] + r[1] + r[2] + r[3]
		mono[i] = make([]float64, n)
		for j := range r {
			mono[i][j] = r[j] / s
		}
	}
	comb := func(k int, _ []float64, m []float64) {
		rr := 1.0
		if k <= 2 {
			rr = 0.509
		}
		for i := range n {
			for j := range n {
				switch {
				case i == j:
					m[i*n+j] = Rest
				case j > i:
					m[i*n+j] = ApplyRR(mono[i][j], rr)
				}
			}
		}
		m[n*n-1] = 1
	}
	health := Fixed(2756, 3052, 9007, 0) // direct medical and community care
	zido := FixedMoney(investment.MustGBP("2278"), investment.MustGBP("2278"), investment.MustGBP("2278"), investment.Money{})
	lami := ByCycle(func(k int, v []float64) {
		if k <= 2 {
			v[0], v[1], v[2] = 2086.5, 2086.5, 2086.5
		}
	})
	return &Model{
		States:         []string{"A", "B", "C", "D"},
		Dead:           []string{"D"},
		Initial:        []float64{1, 0, 0, 0},
		Cycles:         20,
		Correction:     corr,
		CostSchedule:   constant("0.06"),
		EffectSchedule: constant("0"),
		Strategies: []Strategy{
			{ID: "monotherapy", Transition: Matrix(mono...), Costs: []Cost{
				{Category: "health", States: health}, {Category: "zidovudine", States: zido}}},
			{ID: "combination", Transition: comb, CycleVarying: true, Costs: []Cost{
				{Category: "health", States: health}, {Category: "zidovudine", States: zido},
				{Category: "lamivudine", States: lami}}},
		},
	}
}

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.10g, want %.10g (±%g)", what, got, want, tol)
	}
}

// TestHIVBriggs2006 reproduces the totals of the HIV model as published in
// Briggs, Claxton and Sculpher (2006), Exercise 2.5 and its solution
// workbook, per patient: monotherapy £44,663 and 7.991 life-years,
// combination £50,602 and 8.937 life-years, ICER £6,276 per life-year
// gained. The published figures count each cycle at its end (rows 1 … 20,
// row 0 not counted) and discount the first counted year once: EndOfCycle.
// The unrounded figures of the workbook (£44,663.4535637, £50,601.6513312,
// 7.9912066 and 8.9373889 life-years, ICER £6,275.9556) are met to their
// printed digits.
func TestHIVBriggs2006(t *testing.T) {
	res, err := hivModel(EndOfCycle).Run()
	if err != nil {
		t.Fatal(err)
	}
	mono, comb := res.Outcomes[0], res.Outcomes[1]
	near(t, "monotherapy cost", mono.TotalCost, 44663.4535637, 5e-7)
	near(t, "combination cost", comb.TotalCost, 50601.6513312, 5e-7)
	near(t, "monotherapy life-years", mono.TotalLifeYears, 7.9912066, 5e-8)
	near(t, "combination life-years", comb.TotalLifeYears, 8.9373889, 5e-8)
	icer := (comb.TotalCost - mono.TotalCost) / (comb.TotalLifeYears - mono.TotalLifeYears)
	near(t, "ICER", icer, 6275.95560, 5e-5)

	tab, err := res.Table(LifeYears)
	if err != nil {
		t.Fatal(err)
	}
	row, _ := tab.Row("combination")
	if got := row.ICER.String(); got != "£6,275.96" {
		t.Errorf("table ICER %s, want £6,275.96", got)
	}
	if row.Comparator != "monotherapy" {
		t.Errorf("comparator %q", row.Comparator)
	}
	// Rounded as printed in the book.
	for _, c := range []struct {
		got  investment.Money
		want string
	}{{tab.Rows[0].Cost.Round(investment.Pound), "£44,663.00"}, {tab.Rows[1].Cost.Round(investment.Pound), "£50,602.00"}} {
		if c.got.String() != c.want {
			t.Errorf("cost %s, want %s", c.got, c.want)
		}
	}
	// Start of cycle counts row 0 and not row 20, which does not give the
	// published figures.
	start, err := hivModel(StartOfCycle).Run()
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(start.Outcomes[0].TotalLifeYears-7.9912066) < 0.5 {
		t.Errorf("start-of-cycle life-years %v should differ from the published end-of-cycle figure", start.Outcomes[0].TotalLifeYears)
	}
}
