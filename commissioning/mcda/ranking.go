package mcda

import (
	"slices"
)

// Ranking is the result of ranking a [Matrix]: the normalised weights used
// and one [Result] per alternative, in the input order of the alternatives.
type Ranking struct {
	Method  string    `json:"method"`  // "weighted sum" or "TOPSIS (vector)", "TOPSIS (linear max)", "TOPSIS (min-max)"
	Weights []float64 `json:"weights"` // normalised weights, in criteria order, summing to 1

	// Ideal and AntiIdeal are TOPSIS's ideal and anti-ideal points in the
	// weighted normalised space, in criteria order; nil for the weighted sum.
	Ideal     []float64 `json:"ideal,omitempty"`
	AntiIdeal []float64 `json:"antiIdeal,omitempty"`

	Results []Result `json:"results"` // one per alternative, in input order
}

// Result is one alternative's outcome.
type Result struct {
	ID string `json:"id"`
	// Score is the weighted sum of values (0–100) or the TOPSIS closeness
	// d⁻/(d⁺+d⁻) (0–1). Higher is better for both.
	Score float64 `json:"score"`
	// Rank is 1 for the best score; alternatives with exactly equal scores
	// share a rank and the next rank is skipped (1, 2, 2, 4).
	Rank int `json:"rank"`
	// Values are the alternative's per-criterion figures that the score is
	// built from: the 0–100 values for the weighted sum (so that Score =
	// Σ Weights[j]·Values[j]); the weighted normalised performance for TOPSIS.
	Values []float64 `json:"values"`
	// DistanceIdeal and DistanceAntiIdeal are TOPSIS's d⁺ and d⁻; zero for
	// the weighted sum.
	DistanceIdeal     float64 `json:"distanceIdeal"`
	DistanceAntiIdeal float64 `json:"distanceAntiIdeal"`
}

// Order returns the ids of the alternatives from best to worst; equal
// scores keep their input order.
func (r Ranking) Order() []string {
	idx := orderOf(scoresOf(r.Results))
	ids := make([]string, len(idx))
	for k, i := range idx {
		ids[k] = r.Results[i].ID
	}
	return ids
}

// Top returns the best alternative's id (the first in input order among
// equal best scores), or "" for an empty ranking.
func (r Ranking) Top() string {
	if len(r.Results) == 0 {
		return ""
	}
	return r.Results[leader(scoresOf(r.Results))].ID
}

// Result returns the result for the alternative with the given id.
func (r Ranking) Result(id string) (Result, bool) {
	for _, x := range r.Results {
		if x.ID == id {
			return x, true
		}
	}
	return Result{}, false
}

func scoresOf(rs []Result) []float64 {
	s := make([]float64, len(rs))
	for i, r := range rs {
		s[i] = r.Score
	}
	return s
}

// orderOf returns the indices of scores from highest to lowest, ties in
// index order.
func orderOf(scores []float64) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case scores[a] > scores[b]:
			return -1
		case scores[a] < scores[b]:
			return 1
		}
		return 0
	})
	return idx
}

// leader returns the index of the highest score, the first among equals.
func leader(scores []float64) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}

// assignRanks sets Rank by competition ranking on exactly equal scores.
func assignRanks(rs []Result) {
	order := orderOf(scoresOf(rs))
	for k, i := range order {
		if k > 0 && rs[i].Score == rs[order[k-1]].Score {
			rs[i].Rank = rs[order[k-1]].Rank
		} else {
			rs[i].Rank = k + 1
		}
	}
}
