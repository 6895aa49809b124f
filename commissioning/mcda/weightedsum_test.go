package mcda

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// services is a hand-worked weighted-sum problem with one scale of each
// kind: quality on a local scale, cost on a fixed linear scale where lower
// is better (£200k worst, £100k best) and access on a concave value
// function. Swings 100, 50, 50 give weights 0.5, 0.25, 0.25.
//
//	           quality    cost     access     score
//	A          70 → 50    150 → 50   5 → 80   0.5·50 + 0.25·50 + 0.25·80 = 57.5
//	B          90 → 100   190 → 10   2 → 32   0.5·100 + 0.25·10 + 0.25·32 = 60.5
//	C          50 → 0     110 → 90  10 → 100  0.5·0 + 0.25·90 + 0.25·100 = 47.5
func services() Matrix {
	return Matrix{
		Criteria: []Criterion{
			{ID: "quality", Direction: HigherIsBetter, Swing: 100},
			{ID: "cost", Direction: LowerIsBetter, Swing: 50, Scale: Linear(200, 100)},
			{ID: "access", Direction: HigherIsBetter, Swing: 50, Scale: Piecewise(Point{0, 0}, Point{5, 80}, Point{10, 100})},
		},
		Alternatives: []Alternative{
			{ID: "A", Performance: []float64{70, 150, 5}},
			{ID: "B", Performance: []float64{90, 190, 2}},
			{ID: "C", Performance: []float64{50, 110, 10}},
		},
	}
}

func TestWeightedSumHandWorked(t *testing.T) {
	r, err := WeightedSum{}.Rank(services())
	if err != nil {
		t.Fatal(err)
	}
	want := Ranking{
		Method:  "weighted sum",
		Weights: []float64{0.5, 0.25, 0.25},
		Results: []Result{
			{ID: "A", Score: 57.5, Rank: 2, Values: []float64{50, 50, 80}},
			{ID: "B", Score: 60.5, Rank: 1, Values: []float64{100, 10, 32}},
			{ID: "C", Score: 47.5, Rank: 3, Values: []float64{0, 90, 100}},
		},
	}
	if diff := cmp.Diff(want, r, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("Rank (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"B", "A", "C"}, r.Order()); diff != "" {
		t.Errorf("Order (-want +got):\n%s", diff)
	}
	if r.Top() != "B" {
		t.Errorf("Top = %q, want B", r.Top())
	}
	if got, ok := r.Result("C"); !ok || got.Rank != 3 {
		t.Errorf("Result(C) = %v, %v", got, ok)
	}
	if _, ok := r.Result("Z"); ok {
		t.Error("Result(Z) found")
	}
}

func TestWeightedSumLocalScaleEdges(t *testing.T) {
	m := Matrix{
		Criteria: []Criterion{{ID: "same", Direction: HigherIsBetter, Swing: 1}, {ID: "wait", Direction: LowerIsBetter, Swing: 1}},
		Alternatives: []Alternative{
			{ID: "x", Performance: []float64{3, 10}},
			{ID: "y", Performance: []float64{3, 30}},
			{ID: "z", Performance: []float64{3, 20}},
		},
	}
	v, err := Values(m)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{{100, 100}, {100, 0}, {100, 50}}
	if diff := cmp.Diff(want, v); diff != "" {
		t.Errorf("Values (-want +got):\n%s", diff)
	}
}

func TestWeightedSumTiesShareRank(t *testing.T) {
	m := Matrix{
		Criteria:     []Criterion{{ID: "a", Direction: HigherIsBetter, Swing: 1}, {ID: "b", Direction: HigherIsBetter, Swing: 1}},
		Alternatives: []Alternative{{ID: "p", Performance: []float64{0, 1}}, {ID: "q", Performance: []float64{1, 0}}, {ID: "r", Performance: []float64{0, 0}}},
	}
	r, err := WeightedSum{}.Rank(m)
	if err != nil {
		t.Fatal(err)
	}
	var ranks []int
	for _, x := range r.Results {
		ranks = append(ranks, x.Rank)
	}
	if diff := cmp.Diff([]int{1, 1, 3}, ranks); diff != "" {
		t.Errorf("ranks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"p", "q", "r"}, r.Order()); diff != "" {
		t.Errorf("Order (-want +got):\n%s", diff)
	}
}

func TestWeightedSumOutOfScale(t *testing.T) {
	m := services()
	m.Alternatives[1].Performance[1] = 250 // above the worst end of £200k
	_, err := WeightedSum{}.Rank(m)
	var de *DataError
	if !errors.Is(err, ErrOutOfScale) || !errors.As(err, &de) || de.AlternativeID != "B" || de.CriterionID != "cost" {
		t.Fatalf("error = %v, want ErrOutOfScale for B on cost", err)
	}
}
