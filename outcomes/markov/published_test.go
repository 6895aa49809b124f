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

// thrModel is the total hip replacement model of Briggs, Claxton and
// Sculpher (2006), Example 3.5 (section 3.5, pp. 66–75) and its solution
// workbook: a standard prosthesis against the new NP1, a cohort of women
// aged 60, a Weibull hazard of revision that rises with the time since the
// operation (λ = exp(−5.490935 − 0.0367022 × 60), γ = exp(0.3740968), NP1's
// log relative risk −1.344474), background mortality from a life table by
// age and sex, costs discounted at 6% and QALYs at 1.5%, 60 years.
func thrModel() *Model {
	life := MortalityTable{
		Ages:   []int{35, 45, 55, 65, 75, 85},
		Male:   []float64{1.51e-3, 3.93e-3, 10.9e-3, 31.6e-3, 80.1e-3, 187.9e-3},
		Female: []float64{0.99e-3, 2.6e-3, 6.7e-3, 19.3e-3, 53.5e-3, 154.8e-3},
	}
	const ageInit, sex = 60.0, Female
	lambda := math.Exp(-5.490935 + -0.0367022*ageInit)
	gamma := math.Exp(0.3740968)
	rrNP1 := math.Exp(-1.344474)
	const n = 5
	trans := func(rr float64) TransitionFunc {
		return func(k int, _ []float64, m []float64) {
			mr, err := life.Q(ageInit+float64(k), sex)
			if err != nil {
				panic(err)
			}
			kf := float64(k)
			revise := -math.Expm1(lambda * rr * (math.Pow(kf-1, gamma) - math.Pow(kf, gamma)))
			copy(m, []float64{
				0, Rest, 0, 0, 0.02,
				0, Rest, revise, 0, mr,
				0, 0, 0, Rest, 0.02 + mr,
				0, 0, 0.04, Rest, mr,
				0, 0, 0, 0, 1,
			})
		}
	}
	strategy := func(id string, primary float64, rr float64) Strategy {
		return Strategy{
			ID: id, Transition: trans(rr), CycleVarying: true,
			Costs: []Cost{
				{Category: "primary", States: Fixed(primary, 0, 0, 0, 0)},
				{Category: "revision", States: Fixed(0, 0, 5294, 0, 0)},
			},
			Utility: Fixed(0, 0.85, 0.30, 0.75, 0),
		}
	}
	return &Model{
		States:         []string{"PrimaryTHR", "SuccessP", "RevisionTHR", "SuccessR", "Death"},
		Dead:           []string{"Death"},
		Initial:        []float64{1, 0, 0, 0, 0},
		Cycles:         61,
		Correction:     StartOfCycle,
		CostSchedule:   constant("0.06"),
		EffectSchedule: constant("0.015"),
		Strategies:     []Strategy{strategy("standard", 394, 1), strategy("NP1", 579, rrNP1)},
	}
}

// TestTHRBriggs2006 reproduces the total hip replacement model of Briggs,
// Claxton and Sculpher (2006), Example 3.5, whose revision hazard varies
// with the cycle and whose mortality varies with age: per patient, the
// standard prosthesis £512.43 and 14.6532 QALYs, NP1 £610.31 and 14.6977
// QALYs, ICER £2,198 per QALY (the workbook's unrounded £512.434658,
// 14.6531896, £610.311818, 14.69770986 and £2,198.486665). The workbook
// counts each cycle at its start, row 0 (the operation) included and
// undiscounted, rows 0 … 60: StartOfCycle with 61 cycles. The first rows
// of its trace are checked too.
func TestTHRBriggs2006(t *testing.T) {
	res, err := thrModel().Run()
	if err != nil {
		t.Fatal(err)
	}
	std, np1 := res.Outcomes[0], res.Outcomes[1]
	near(t, "standard cost", std.TotalCost, 512.434658, 5e-7)
	near(t, "standard QALYs", std.TotalQALYs, 14.6531896, 5e-8)
	near(t, "NP1 cost", np1.TotalCost, 610.311818, 5e-7)
	near(t, "NP1 QALYs", np1.TotalQALYs, 14.69770986, 5e-9)
	icer := (np1.TotalCost - std.TotalCost) / (np1.TotalQALYs - std.TotalQALYs)
	near(t, "ICER", icer, 2198.486665, 5e-6)
	// Trace rows 1 … 3 of the standard prosthesis (SuccessP, RevisionTHR,
	// SuccessR, Death), as printed to eight places.
	want := [][]float64{
		{0.98, 0, 0, 0.02},
		{0.97265720, 0.0007768, 0, 0.02656600},
		{0.96516548, 0.00097491, 0.00075606, 0.03310354},
	}
	for r, w := range want {
		for j, x := range w {
			near(t, "trace", std.Trace[r+1][j+1], x, 5e-8)
		}
	}
}
