package markov

import (
	"context"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

// bigModel has n states in a chain: each cycle 8% move one state on, 2%
// two states on, 1% die and the rest stay; n − 1 is dead.
func bigModel(n, cycles int) *Model {
	states := make([]string, n)
	for i := range states {
		states[i] = "S" + string(rune('A'+i/26)) + string(rune('a'+i%26))
	}
	init := make([]float64, n)
	init[0] = 1
	cost, util := make([]float64, n), make([]float64, n)
	for i := range n - 1 {
		cost[i] = 100 + 10*float64(i)
		util[i] = 1 - float64(i)/float64(n)
	}
	trans := func(k int, _ []float64, m []float64) {
		for i := range n - 1 {
			row := m[i*n : (i+1)*n]
			row[n-1] = 0.01 + 0.0001*float64(k)
			if i+1 < n-1 {
				row[i+1] = 0.08
			}
			if i+2 < n-1 {
				row[i+2] = 0.02
			}
			row[i] = Rest
		}
		m[n*n-1] = 1
	}
	return &Model{
		States: states, Dead: states[n-1:], Initial: init, Cycles: cycles, Correction: HalfCycle,
		CostSchedule: constant("0.035"), EffectSchedule: constant("0.035"),
		Strategies: []Strategy{{ID: "chain", Transition: trans, CycleVarying: true,
			Costs: []Cost{{Category: "care", States: Fixed(cost...)}}, Utility: Fixed(util...)}},
	}
}

// BenchmarkRun100x100 runs a 100-state model with a matrix that varies
// every cycle for 100 cycles, keeping the whole trace.
func BenchmarkRun100x100(b *testing.B) {
	m := bigModel(100, 100)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Run(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSimulateSickSicker10k draws the sixteen parameters of the
// Sick-Sicker model (4 states, 75 cycles, 4 strategies) 10,000 times.
func BenchmarkSimulateSickSicker10k(b *testing.B) {
	m := sickSicker(Simpson)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Simulate(context.Background(), Simulation{Draws: 10_000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBudgetImpact10y runs ten yearly cohorts of the Sick-Sicker
// model through ten financial years in both scenarios.
func BenchmarkBudgetImpact10y(b *testing.B) {
	m := sickSicker(Simpson)
	mix, err := Uptake([]float64{1, 0, 0, 0}, 2, []float64{0.1, 0.2, 0.3, 0.4, 0.5}, 10)
	if err != nil {
		b.Fatal(err)
	}
	cur := make([][]float64, 10)
	ent := make([]float64, 10)
	for y := range cur {
		cur[y] = []float64{1, 0, 0, 0}
		ent[y] = 1000
	}
	ent[0] = 12000
	bi := BudgetImpact{Model: m, First: investment.MustParseFinancialYear("2025/26"), Entrants: ent,
		Current: cur, New: mix, Counting: LifeTable}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bi.Run(); err != nil {
			b.Fatal(err)
		}
	}
}
