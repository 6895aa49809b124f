package mcda_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/internal/fault"
)

// badInput is one entry of the catalogue of bad inputs: a call with input
// from outside, the reason its error must wrap and, where the package has
// one, the typed error that must say where.
type badInput struct {
	name string
	call func() error
	want error
	as   func(error) bool
}

// typed returns a check that an error is, or wraps, a T.
func typed[T error]() func(error) bool {
	return func(err error) bool {
		var target T
		return errors.As(err, &target)
	}
}

// runCatalogue checks each bad input: no panic, an error wrapping the
// reason, the typed error, and the package prefix exactly once.
func runCatalogue(t *testing.T, pkg string, cases []badInput) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			t.Fatalf("catalogue entry %q twice", c.name)
		}
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v", r)
					}
				}()
				err = c.call()
			}()
			if err == nil {
				t.Fatalf("no error, want %v", c.want)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("error %q does not wrap %q", err, c.want)
			}
			if c.as != nil && !c.as(err) {
				t.Errorf("error %q (%T) is not of the typed error expected", err, err)
			}
			// errors.Join puts one error a line; each says where.
			for _, line := range strings.Split(err.Error(), "\n") {
				if perr := fault.Prefixed(line, pkg); perr != nil {
					t.Error(perr)
				}
			}
		})
	}
}

func errOf[T any](_ T, err error) error { return err }

func decode[T any](doc string) func() error {
	return func() error {
		var v T
		return json.Unmarshal([]byte(doc), &v)
	}
}

func TestCatalogue(t *testing.T) {
	pairErr := typed[*mcda.PairError]()
	dataErr := typed[*mcda.DataError]()
	fieldErr := typed[*mcda.FieldError]()
	max, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	pairwise := func(n int, upper ...float64) func() error {
		return func() error { return errOf(mcda.Pairwise(n, upper...)) }
	}
	ahp := func(a [][]float64) func() error { return func() error { return errOf(mcda.AHP(a)) } }
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
		return func() error { return errOf(r.Rank(m)) }
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
		{"RandomIndex 0", func() error { return errOf(mcda.RandomIndex(0)) }, mcda.ErrOrder, nil},
		{"RandomIndex MaxInt", func() error { return errOf(mcda.RandomIndex(math.MaxInt)) }, mcda.ErrOrder, nil},
		// Swing weights.
		{"Weights none", func() error { return errOf(mcda.Weights(nil)) }, mcda.ErrNoCriteria, nil},
		{"Weights swings beyond float64", func() error { return errOf(mcda.Weights([]mcda.Criterion{crit("c", max), crit("d", max)})) }, mcda.ErrNotFinite, nil},
		{"Weights zero swing", func() error { return errOf(mcda.Weights([]mcda.Criterion{crit("c", 0)})) }, mcda.ErrWeight, nil},
		{"Weights NaN swing", func() error { return errOf(mcda.Weights([]mcda.Criterion{crit("c", math.NaN())})) }, mcda.ErrWeight, nil},
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
		{"Values NaN", func() error { return errOf(mcda.Values(matrix(two, []float64{math.NaN(), 1}))) }, mcda.ErrNotFinite, dataErr},
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
		{"Scale value outside", func() error { return errOf(mcda.Linear(0, 10).Value(max)) }, mcda.ErrOutOfScale, nil},
		{"Scale value NaN", func() error { return errOf(mcda.Linear(0, 10).Value(math.NaN())) }, mcda.ErrNotFinite, nil},
		{"Sensitivity negative steps", func() error {
			return errOf(mcda.TOPSIS{}.Sensitivity(matrix(two, []float64{1, 2}, []float64{2, 1}), mcda.SensitivityOptions{Steps: -1}))
		}, mcda.ErrNotPositive, nil},
		{"Sensitivity MaxInt steps", func() error {
			return errOf(mcda.TOPSIS{}.Sensitivity(matrix(two, []float64{1, 2}, []float64{2, 1}), mcda.SensitivityOptions{Steps: math.MaxInt}))
		}, mcda.ErrRange, nil},
		{"Sensitivity NaN tolerance", func() error {
			return errOf(mcda.TOPSIS{}.Sensitivity(matrix(two, []float64{1, 2}, []float64{2, 1}), mcda.SensitivityOptions{Tolerance: math.NaN()}))
		}, mcda.ErrNotPositive, nil},
		// JSON documents.
		{"JSON matrix unknown field", decode[mcda.Matrix](`{"criterion":[]}`), mcda.ErrUnknownField, fieldErr},
		{"JSON matrix performance word", decode[mcda.Matrix](`{"alternatives":[{"id":"a","performance":["high"]}]}`), fault.ErrSyntax, fieldErr},
		{"JSON matrix bad direction", decode[mcda.Matrix](`{"criteria":[{"id":"c","direction":"sideways"}]}`), mcda.ErrDirection, fieldErr},
		{"JSON ranking unknown field", decode[mcda.Ranking](`{"order":[]}`), mcda.ErrUnknownField, fieldErr},
		{"JSON priorities weights word", decode[mcda.Priorities](`{"weights":["x"]}`), fault.ErrSyntax, fieldErr},
		{"JSON direction text", func() error { var d mcda.Direction; return d.UnmarshalText([]byte("\xff")) }, mcda.ErrDirection, nil},
		{"JSON normalisation text", func() error { var n mcda.Normalisation; return n.UnmarshalText([]byte("max-min")) }, mcda.ErrNormalisation, nil},
	}
	runCatalogue(t, "mcda", cases)
}
