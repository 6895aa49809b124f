package mcda_test

import (
	"math"
	"testing"

	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/internal/fault"
)

// badInput is one entry of the catalogue (see badinput.Case).
type badInput struct {
	Name string
	Call func() error
	Want error
	As   func(error) bool
}

func TestCatalogue(t *testing.T) {
	pairErr := badinput.Typed[*mcda.PairError]()
	dataErr := badinput.Typed[*mcda.DataError]()
	fieldErr := badinput.Typed[*mcda.FieldError]()
	max, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	pairwise := func(n int, upper ...float64) func() error {
		return func() error { return badinput.ErrOf(mcda.Pairwise(n, upper...)) }
	}
	ahp := func(a [][]float64) func() error { return func() error { return badinput.ErrOf(mcda.AHP(a)) } }
	crit := func(id string, swing float64) mcda.Criterion {
		return mcda.Criterion{ID: id, Direction: mcda.HigherIsBetter, Swing: swing}
	}
	matrix := func(cs []mcda.Criterion, perf ...[]float64) mcda.Matrix {
		m := mcda.Matrix{Criteria: cs}
		for i, p := range perf {
			m.Alternatives = append(m.Alternatives, mcda.Alternative{ID: string(rune('a' + i)), Performance: p})
		}
		return m
	}
	rank := func(r interface {
		Rank(mcda.Matrix) (mcda.Ranking, error)
	}, m mcda.Matrix) func() error {
		return func() error { return badinput.ErrOf(r.Rank(m)) }
	}
	two := []mcda.Criterion{crit("c", 1), crit("d", 1)}
	cases := []badInput{
		// Pairwise judgements at the extremes of float64.
		{"Pairwise MaxFloat64", pairwise(2, max), mcda.ErrRange, pairErr},
		{"Pairwise smallest", pairwise(2, tiny), mcda.ErrRange, pairErr},
		{"Pairwise 1e7", pairwise(3, 1, 1e7, 1), mcda.ErrRange, pairErr},
		{"Pairwise NaN", pairwise(2, math.NaN()), mcda.ErrNotFinite, pairErr},
		{"Pairwise Inf", pairwise(2, math.Inf(1)), mcda.ErrNotFinite, pairErr},
		{"Pairwise zero", pairwise(2, 0), mcda.ErrNotPositive, pairErr},
		{"Pairwise negative", pairwise(2, -3), mcda.ErrNotPositive, pairErr},
		{"Pairwise too few", pairwise(3, 1), mcda.ErrDimension, nil},
		{"Pairwise order 0", pairwise(0), mcda.ErrOrder, nil},
		{"Pairwise order MinInt", pairwise(math.MinInt), mcda.ErrOrder, nil},
		{"AHP MaxFloat64 entry", ahp([][]float64{{1, max}, {1 / max, 1}}), mcda.ErrRange, pairErr},
		{"AHP smallest entry", ahp([][]float64{{1, tiny}, {1, 1}}), mcda.ErrRange, pairErr},
		{"AHP not square", ahp([][]float64{{1, 2}, {0.5}}), mcda.ErrNotSquare, pairErr},
		{"AHP diagonal", ahp([][]float64{{2, 2}, {0.5, 1}}), mcda.ErrDiagonal, pairErr},
		{"AHP not reciprocal", ahp([][]float64{{1, 2}, {2, 1}}), mcda.ErrNotReciprocal, pairErr},
		{"AHP order 11", ahp(func() [][]float64 {
			a := make([][]float64, 11)
			for i := range a {
				a[i] = make([]float64, 11)
				for j := range a[i] {
					a[i][j] = 1
				}
			}
			return a
		}()), mcda.ErrOrder, nil},
		{"AHP empty", ahp(nil), mcda.ErrOrder, nil},
		{"AHP NaN", ahp([][]float64{{1, math.NaN()}, {1, 1}}), mcda.ErrNotFinite, pairErr},
		{"RandomIndex 0", func() error { return badinput.ErrOf(mcda.RandomIndex(0)) }, mcda.ErrOrder, nil},
		{"RandomIndex MaxInt", func() error { return badinput.ErrOf(mcda.RandomIndex(math.MaxInt)) }, mcda.ErrOrder, nil},
		// Swing weights.
		{"Weights none", func() error { return badinput.ErrOf(mcda.Weights(nil)) }, mcda.ErrNoCriteria, nil},
		{"Weights swings beyond float64", func() error { return badinput.ErrOf(mcda.Weights([]mcda.Criterion{crit("c", max), crit("d", max)})) }, mcda.ErrNotFinite, nil},
		{"Weights zero swing", func() error { return badinput.ErrOf(mcda.Weights([]mcda.Criterion{crit("c", 0)})) }, mcda.ErrWeight, nil},
		{"Weights NaN swing", func() error { return badinput.ErrOf(mcda.Weights([]mcda.Criterion{crit("c", math.NaN())})) }, mcda.ErrWeight, nil},
		// Matrices.
		{"Validate no criteria", func() error { return matrix(nil, nil).Validate() }, mcda.ErrNoCriteria, nil},
		{"Validate no alternatives", func() error { return matrix(two).Validate() }, mcda.ErrNoAlternatives, nil},
		{"Validate NaN performance", func() error { return matrix(two, []float64{1, math.NaN()}, []float64{1, 2}).Validate() }, mcda.ErrNotFinite, dataErr},
		{"Validate short performance", func() error { return matrix(two, []float64{1}, []float64{1, 2}).Validate() }, mcda.ErrDimension, dataErr},
		{"Validate duplicate criterion", func() error { return matrix([]mcda.Criterion{crit("c", 1), crit("c", 1)}, []float64{1, 2}).Validate() }, mcda.ErrDuplicateID, nil},
		{"Validate empty criterion id", func() error { return matrix([]mcda.Criterion{crit("", 1)}, []float64{1}).Validate() }, mcda.ErrEmptyID, nil},
		{"Validate direction unset", func() error {
			return matrix([]mcda.Criterion{{ID: "c", Swing: 1}}, []float64{1}).Validate()
		}, mcda.ErrDirection, nil},
		{"TOPSIS indistinct", rank(mcda.TOPSIS{}, matrix(two, []float64{1, 1}, []float64{1, 1})), mcda.ErrIndistinct, nil},
		{"TOPSIS unknown normalisation", rank(mcda.TOPSIS{Normalisation: mcda.Normalisation(99)}, matrix(two, []float64{1, 2}, []float64{2, 1})), mcda.ErrNormalisation, nil},
		{"WeightedSum Inf performance", rank(mcda.WeightedSum{}, matrix(two, []float64{1, math.Inf(-1)}, []float64{2, 1})), mcda.ErrNotFinite, dataErr},
		{"Values NaN", func() error { return badinput.ErrOf(mcda.Values(matrix(two, []float64{math.NaN(), 1}))) }, mcda.ErrNotFinite, dataErr},
		// Scales.
		{"Scale one point", func() error { return mcda.Piecewise(mcda.Point{X: 0, Value: 0}).Validate() }, mcda.ErrScale, nil},
		{"Scale values outside 0-100", func() error {
			return mcda.Piecewise(mcda.Point{X: 0, Value: 0}, mcda.Point{X: 1, Value: 1000}).Validate()
		}, mcda.ErrScale, nil},
		{"Scale x not increasing", func() error {
			return mcda.Piecewise(mcda.Point{X: 1, Value: 0}, mcda.Point{X: 1, Value: 100}).Validate()
		}, mcda.ErrScale, nil},
		{"Scale NaN point", func() error {
			return mcda.Piecewise(mcda.Point{X: math.NaN(), Value: 0}, mcda.Point{X: 1, Value: 100}).Validate()
		}, mcda.ErrNotFinite, nil},
		{"Scale value outside", func() error { return badinput.ErrOf(mcda.Linear(0, 10).Value(max)) }, mcda.ErrOutOfScale, nil},
		{"Scale value NaN", func() error { return badinput.ErrOf(mcda.Linear(0, 10).Value(math.NaN())) }, mcda.ErrNotFinite, nil},
		{"Sensitivity negative steps", func() error {
			return badinput.ErrOf(mcda.TOPSIS{}.Sensitivity(matrix(two, []float64{1, 2}, []float64{2, 1}), mcda.SensitivityOptions{Steps: -1}))
		}, mcda.ErrNotPositive, nil},
		{"Sensitivity MaxInt steps", func() error {
			return badinput.ErrOf(mcda.TOPSIS{}.Sensitivity(matrix(two, []float64{1, 2}, []float64{2, 1}), mcda.SensitivityOptions{Steps: math.MaxInt}))
		}, mcda.ErrRange, nil},
		{"Sensitivity NaN tolerance", func() error {
			return badinput.ErrOf(mcda.TOPSIS{}.Sensitivity(matrix(two, []float64{1, 2}, []float64{2, 1}), mcda.SensitivityOptions{Tolerance: math.NaN()}))
		}, mcda.ErrNotPositive, nil},
		// JSON documents.
		{"JSON matrix unknown field", badinput.Decode[mcda.Matrix](`{"criterion":[]}`), mcda.ErrUnknownField, fieldErr},
		{"JSON matrix performance word", badinput.Decode[mcda.Matrix](`{"alternatives":[{"id":"a","performance":["high"]}]}`), fault.ErrSyntax, fieldErr},
		{"JSON matrix bad direction", badinput.Decode[mcda.Matrix](`{"criteria":[{"id":"c","direction":"sideways"}]}`), mcda.ErrDirection, fieldErr},
		{"JSON ranking unknown field", badinput.Decode[mcda.Ranking](`{"order":[]}`), mcda.ErrUnknownField, fieldErr},
		{"JSON priorities weights word", badinput.Decode[mcda.Priorities](`{"weights":["x"]}`), fault.ErrSyntax, fieldErr},
		{"JSON direction text", func() error { var d mcda.Direction; return d.UnmarshalText([]byte("\xff")) }, mcda.ErrDirection, nil},
		{"JSON normalisation text", func() error { var n mcda.Normalisation; return n.UnmarshalText([]byte("max-min")) }, mcda.ErrNormalisation, nil},
	}
	badinput.Run(t, "mcda", cases)
}
