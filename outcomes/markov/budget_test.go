package markov

import (
	"testing"

	"github.com/opencommissioning/scp/investment"
)

func budgetModel(oldCost, newCost float64) *Model {
	return &Model{
		States: []string{"Alive", "Dead"}, Dead: []string{"Dead"},
		Initial: []float64{1, 0}, Cycles: 10, Correction: HalfCycle,
		CostSchedule: constant("0.035"), EffectSchedule: constant("0.035"),
		Strategies: []Strategy{
			{ID: "old", Transition: Matrix([]float64{0.5, 0.5}, []float64{0, 1}),
				Costs: []Cost{{Category: "care", States: Fixed(oldCost, 0)}}},
			{ID: "new", Transition: Matrix([]float64{0.75, 0.25}, []float64{0, 1}),
				Costs: []Cost{{Category: "care", States: Fixed(newCost, 0)},
					{Category: "drug", States: Fixed(10, 0), Moves: Moves{Func: func(_ int, _ []float64, c []float64) { c[1] = 4 }}}}},
		},
	}
}

// TestBudgetImpactByHand works the open cohorts out by hand: 1,000 people
// at the start and 100 a year after, the new strategy's uptake 0, ½, 1.
func TestBudgetImpactByHand(t *testing.T) {
	mix, err := Uptake([]float64{1, 0}, 1, []float64{0, 0.5, 1}, 3)
	if err != nil {
		t.Fatal(err)
	}
	b := BudgetImpact{
		Model: budgetModel(100, 300), First: investment.MustParseFinancialYear("2025/26"),
		Entrants: []float64{1000, 100, 100}, Current: [][]float64{{1, 0}, {1, 0}, {1, 0}}, New: mix,
		Counting: StartOfCycle,
	}
	tab, err := b.Run()
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Categories) != 2 || tab.Categories[1] != "drug" {
		t.Fatalf("categories %v", tab.Categories)
	}
	// Per person per cycle at the start: old 100, 50, 25; new care 300,
	// 225, 168.75, drug 10, 7.5, … and 4 for each death at the cycle's end.
	want := func(rows ...[2]string) [][]investment.Money {
		out := make([][]investment.Money, len(rows))
		for i, r := range rows {
			out[i] = []investment.Money{investment.MustGBP(r[0]), investment.MustGBP(r[1])}
		}
		return out
	}
	check := func(name string, got, w [][]investment.Money) {
		t.Helper()
		for y := range w {
			for c := range w[y] {
				if !got[y][c].Equal(w[y][c]) {
					t.Errorf("%s %v %s: %v, want %v", name, tab.Years[y], tab.Categories[c], got[y][c], w[y][c])
				}
			}
		}
	}
	check("current", tab.Current, want([2]string{"100000", "0"}, [2]string{"60000", "0"}, [2]string{"40000", "0"}))
	// New, year 2: 1,000 old (50,000), 50 old (5,000), 50 new (15,000 care,
	// 500 drug, 50 deaths × ¼ × 4 = 50).
	// Year 3: old 25,000 + 2,500; new of year 2: 50 × 225 = 11,250 care,
	// 50 × 7.5 = 375 drug, 50 × 0.75 × 0.25 × 4 = 37.5; new of year 3:
	// 30,000 care, 1,000 drug, 100.
	check("new", tab.New, want([2]string{"100000", "0"}, [2]string{"70000", "550"}, [2]string{"68750", "1512.50"}))
	check("impact", tab.Impact, want([2]string{"0", "0"}, [2]string{"10000", "550"}, [2]string{"28750", "1512.50"}))
	if got := Total(tab.Impact); !got.Equal(Total(tab.New).Sub(Total(tab.Current))) || got.String() != "£40,812.50" {
		t.Errorf("impact total %v", got)
	}
	if tab.Treated[1][1] != 50 || tab.Treated[2][1] != 100+37.5 {
		t.Errorf("treated %v", tab.Treated)
	}
}

// TestBudgetImpactPennies checks that cells with fractions of a penny add
// up exactly to the rounded total, year by year and in all.
func TestBudgetImpactPennies(t *testing.T) {
	b := BudgetImpact{
		Model: budgetModel(100.0/3, 1000.0/7), First: investment.MustParseFinancialYear("2025/26"),
		Entrants: []float64{333, 77, 77, 77, 77}, Counting: LifeTable,
	}
	b.Current = [][]float64{{1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 0}}
	b.New, _ = Uptake([]float64{1, 0}, 1, []float64{0.1, 0.3, 0.5}, 5)
	tab, err := b.Run()
	if err != nil {
		t.Fatal(err)
	}
	var exact float64
	for y := range tab.Years {
		for c := range tab.Categories {
			if !tab.New[y][c].IsWhole(investment.Penny) {
				t.Fatalf("cell %v not whole pence", tab.New[y][c])
			}
			exact += tab.New[y][c].Float64()
		}
	}
	var sumYears investment.Money
	for y := range tab.Years {
		sumYears = sumYears.Add(YearTotal(tab.New, y))
	}
	if !sumYears.Equal(Total(tab.New)) {
		t.Errorf("years add to %v, total %v", sumYears, Total(tab.New))
	}
}

func TestBudgetImpactErrors(t *testing.T) {
	base := func() BudgetImpact {
		return BudgetImpact{Model: budgetModel(1, 2), Entrants: []float64{1, 1},
			Current: [][]float64{{1, 0}, {1, 0}}, New: [][]float64{{0.5, 0.5}, {0, 1}}, Counting: EndOfCycle}
	}
	for _, c := range []struct {
		name string
		edit func(b *BudgetImpact)
		want error
	}{
		{"shares", func(b *BudgetImpact) { b.New[1] = []float64{0.5, 0.6} }, ErrShare},
		{"negative entrants", func(b *BudgetImpact) { b.Entrants[1] = -3 }, ErrNegative},
		{"years", func(b *BudgetImpact) { b.Current = b.Current[:1] }, ErrLength},
		{"counting", func(b *BudgetImpact) { b.Counting = Simpson }, ErrCorrection},
		{"cycle length", func(b *BudgetImpact) { b.Model.CycleLength = 0.5 }, ErrCycles},
		{"model", func(b *BudgetImpact) { b.Model.Initial[0] = -1 }, ErrNegative},
	} {
		b := base()
		c.edit(&b)
		if _, err := b.Run(); !isErr(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := Uptake([]float64{0.5, 0.6}, 0, []float64{0.1}, 2); !isErr(err, ErrShare) {
		t.Errorf("uptake: %v", err)
	}
}

// TestEntrantsFor keeps an eligible population of 1,000 each year: half
// die each year on the old strategy, so 500 enter after the first year.
func TestEntrantsFor(t *testing.T) {
	b := BudgetImpact{Model: budgetModel(1, 2), Current: [][]float64{{1, 0}, {1, 0}, {1, 0}}, Counting: StartOfCycle}
	got, err := b.EntrantsFor([]float64{1000, 1000, 1200})
	if err != nil {
		t.Fatal(err)
	}
	// Year 2: 1,000 × ½ survive; year 3: 1,000 × ¼ + 500 × ½ = 500.
	want := []float64{1000, 500, 700}
	for y := range want {
		near(t, "entrants", got[y], want[y], 1e-9)
	}
	if _, err := b.EntrantsFor([]float64{1, -1, 1}); !isErr(err, ErrNegative) {
		t.Errorf("negative eligible: %v", err)
	}
}
