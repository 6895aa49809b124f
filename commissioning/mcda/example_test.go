package mcda_test

import (
	"fmt"

	"github.com/opencommissioning/scp/commissioning/mcda"
)

// Three ways of providing more care at home, scored on quality (a local
// scale), annual cost in £k (lower is better, fixed scale from £200k worst
// to £100k best) and access (a concave value function of the share of the
// population within reach).
func services() mcda.Matrix {
	return mcda.Matrix{
		Criteria: []mcda.Criterion{
			{ID: "quality", Direction: mcda.HigherIsBetter, Swing: 100},
			{ID: "cost", Direction: mcda.LowerIsBetter, Swing: 50, Scale: mcda.Linear(200, 100)},
			{ID: "access", Direction: mcda.HigherIsBetter, Swing: 50, Scale: mcda.Piecewise(
				mcda.Point{X: 0, Value: 0}, mcda.Point{X: 5, Value: 80}, mcda.Point{X: 10, Value: 100})},
		},
		Alternatives: []mcda.Alternative{
			{ID: "reablement", Performance: []float64{70, 150, 5}},
			{ID: "step-down beds", Performance: []float64{90, 190, 2}},
			{ID: "telecare", Performance: []float64{50, 110, 10}},
		},
	}
}

func ExampleWeightedSum() {
	r, err := mcda.WeightedSum{}.Rank(services())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("weights %.2f\n", r.Weights)
	for _, id := range r.Order() {
		res, _ := r.Result(id)
		fmt.Printf("%d. %-15s %5.1f  values %.0f\n", res.Rank, res.ID, res.Score, res.Values)
	}
	// Output:
	// weights [0.50 0.25 0.25]
	// 1. step-down beds   60.5  values [100 10 32]
	// 2. reablement       57.5  values [50 50 80]
	// 3. telecare         47.5  values [0 90 100]
}

func ExampleTOPSIS() {
	// Hodgett's three-car example: price is a cost criterion.
	cars := mcda.Matrix{
		Criteria: []mcda.Criterion{
			{ID: "price", Direction: mcda.LowerIsBetter, Swing: 0.35},
			{ID: "economy", Direction: mcda.HigherIsBetter, Swing: 0.25},
			{ID: "aesthetics", Direction: mcda.HigherIsBetter, Swing: 0.25},
			{ID: "boot", Direction: mcda.HigherIsBetter, Swing: 0.15},
		},
		Alternatives: []mcda.Alternative{
			{ID: "Corsa", Performance: []float64{5490, 51.4, 8.5, 285}},
			{ID: "Clio", Performance: []float64{6500, 70.6, 7, 288}},
			{ID: "Fiesta", Performance: []float64{6489, 54.3, 7.5, 290}},
		},
	}
	for _, n := range []mcda.Normalisation{mcda.Vector, mcda.MinMax} {
		r, err := mcda.TOPSIS{Normalisation: n}.Rank(cars)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-16s", r.Method)
		for _, res := range r.Results {
			fmt.Printf(" %s %.3f", res.ID, res.Score)
		}
		fmt.Println("  best:", r.Top())
	}
	// Output:
	// TOPSIS (vector)  Corsa 0.482 Clio 0.518 Fiesta 0.178  best: Clio
	// TOPSIS (min-max) Corsa 0.596 Clio 0.380 Fiesta 0.286  best: Corsa
}

func ExampleAHP() {
	// Saaty's example: criterion 1 is moderately more important than 2 and
	// strongly more important than 3; 2 is moderately more important than 3.
	p, err := mcda.AHP([][]float64{
		{1, 3, 5},
		{1.0 / 3, 1, 3},
		{1.0 / 5, 1.0 / 3, 1},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("weights %.3f\n", p.Weights)
	fmt.Printf("λmax %.3f  CI %.3f  RI %.2f  CR %.3f  inconsistent %v\n",
		p.LambdaMax, p.CI, p.RI, p.CR, p.Inconsistent)
	// Output:
	// weights [0.637 0.258 0.105]
	// λmax 3.039  CI 0.019  RI 0.58  CR 0.033  inconsistent false
}

func ExamplePairwise() {
	// Judgements above the diagonal only: quality vs cost 3, quality vs
	// access 5, cost vs access 3. AHP's weights then become swings.
	a, err := mcda.Pairwise(3, 3, 5, 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := mcda.AHP(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	m := services()
	for j := range m.Criteria {
		m.Criteria[j].Swing = p.Weights[j]
	}
	r, err := mcda.WeightedSum{}.Rank(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("weights %.3f, order %v\n", r.Weights, r.Order())
	// Output:
	// weights [0.637 0.258 0.105], order [step-down beds reablement telecare]
}

func ExampleWeightedSum_Sensitivity() {
	s, err := mcda.WeightedSum{}.Sensitivity(services(), mcda.SensitivityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range s {
		fmt.Printf("%-8s weight %.3f: top holds on [%.3f, %.3f]", x.Criterion, x.Weight, x.Top.Low, x.Top.High)
		if x.Top.LowChange {
			fmt.Printf("; below, %s leads", x.Top.LowLeader)
		}
		if x.Top.HighChange {
			fmt.Printf("; above, %s leads", x.Top.HighLeader)
		}
		fmt.Println()
	}
	// Output:
	// quality  weight 0.500: top holds on [0.468, 1.000]; below, reablement leads
	// cost     weight 0.250: top holds on [0.000, 0.302]; above, reablement leads
	// access   weight 0.250: top holds on [0.000, 0.294]; above, reablement leads
}

func ExampleTOPSIS_Sensitivity() {
	r, err := mcda.TOPSIS{}.Rank(services())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("TOPSIS winner:", r.Top())
	s, err := mcda.TOPSIS{}.Sensitivity(services(), mcda.SensitivityOptions{Ranking: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range s {
		fmt.Printf("%-8s weight %.3f: down %.3f, up %.3f; whole ranking holds on [%.3f, %.3f]\n",
			x.Criterion, x.Weight, x.Down(), x.Up(), x.Ranking.Low, x.Ranking.High)
	}
	// Output:
	// TOPSIS winner: telecare
	// quality  weight 0.500: down 0.500, up 0.044; whole ranking holds on [0.478, 0.544]
	// cost     weight 0.250: down 0.250, up 0.750; whole ranking holds on [0.000, 0.306]
	// access   weight 0.250: down 0.038, up 0.750; whole ranking holds on [0.212, 0.272]
}
