package mcda

import (
	"errors"
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// TestErrorsPrefixed provokes a representative failure of every exported
// entry point that returns an error and checks that the message carries
// the package prefix exactly once and that errors.Is reaches the reason.
func TestErrorsPrefixed(t *testing.T) {
	nan := func() Matrix { m := cars(); m.Alternatives[1].Performance[2] = math.NaN(); return m }
	tests := []struct {
		name string
		err  func() error
		want error
	}{
		{"Weights, none", func() error { _, err := Weights(nil); return err }, ErrNoCriteria},
		{"Weights, overflow", func() error {
			_, err := Weights([]Criterion{{ID: "a", Swing: math.MaxFloat64}, {ID: "b", Swing: math.MaxFloat64}})
			return err
		}, ErrNotFinite},
		{"Validate, no alternatives", func() error { m := cars(); m.Alternatives = nil; return m.Validate() }, ErrNoAlternatives},
		{"Validate, unknown direction", func() error { m := cars(); m.Criteria[1].Direction = 7; return m.Validate() }, ErrDirection},
		{"Validate, unset direction", func() error { m := cars(); m.Criteria[1].Direction = 0; return m.Validate() }, ErrDirection},
		{"Validate, bad scale", func() error {
			m := cars()
			m.Criteria[2].Scale = Scale{Points: []Point{{0, 0}, {0, 100}}}
			return m.Validate()
		}, ErrScale},
		{"WeightedSum.Rank", func() error { _, err := (WeightedSum{}).Rank(nan()); return err }, ErrNotFinite},
		{"WeightedSum.Rank, out of scale", func() error {
			m := cars()
			m.Criteria[3].Scale = Linear(0, 100)
			_, err := (WeightedSum{}).Rank(m)
			return err
		}, ErrOutOfScale},
		{"Values", func() error { _, err := Values(Matrix{}); return err }, ErrNoCriteria},
		{"TOPSIS.Rank, normalisation", func() error { _, err := (TOPSIS{Normalisation: 7}).Rank(cars()); return err }, ErrNormalisation},
		{"TOPSIS.Rank, indistinct", func() error {
			m := cars()
			for i := range m.Alternatives {
				m.Alternatives[i].Performance = []float64{1, 1, 1, 1}
			}
			_, err := (TOPSIS{}).Rank(m)
			return err
		}, ErrIndistinct},
		{"TOPSIS.Rank, linear max", func() error {
			m := cars()
			m.Alternatives[0].Performance[0] = 0
			_, err := (TOPSIS{Normalisation: LinearMax}).Rank(m)
			return err
		}, ErrNotPositive},
		{"WeightedSum.Sensitivity", func() error { _, err := (WeightedSum{}).Sensitivity(nan(), SensitivityOptions{}); return err }, ErrNotFinite},
		{"TOPSIS.Sensitivity, options", func() error {
			_, err := (TOPSIS{}).Sensitivity(cars(), SensitivityOptions{Steps: -1})
			return err
		}, ErrNotPositive},
		{"TOPSIS.Sensitivity, matrix", func() error { _, err := (TOPSIS{}).Sensitivity(nan(), SensitivityOptions{}); return err }, ErrNotFinite},
		{"AHP, order", func() error { _, err := AHP(nil); return err }, ErrOrder},
		{"AHP, reciprocal", func() error { _, err := AHP([][]float64{{1, 3}, {0.5, 1}}); return err }, ErrNotReciprocal},
		{"AHP, ragged", func() error { _, err := AHP([][]float64{{1, 2}, {0.5}}); return err }, ErrNotSquare},
		{"Pairwise, count", func() error { _, err := Pairwise(3, 1, 2); return err }, ErrDimension},
		{"Pairwise, order", func() error { _, err := Pairwise(0); return err }, ErrOrder},
		{"Pairwise, entry", func() error { _, err := Pairwise(2, -1); return err }, ErrNotPositive},
		{"RandomIndex", func() error { _, err := RandomIndex(11); return err }, ErrOrder},
		{"Scale.Validate", func() error { return Scale{Points: []Point{{0, 0}}}.Validate() }, ErrScale},
		{"Scale.Value, outside", func() error { _, err := Linear(0, 10).Value(11); return err }, ErrOutOfScale},
		{"Scale.Value, NaN", func() error { _, err := Linear(0, 10).Value(math.NaN()); return err }, ErrNotFinite},
		{"Scale.Value, local", func() error { _, err := Scale{}.Value(1); return err }, ErrScale},
		{"Direction.UnmarshalText", func() error { var d Direction; return d.UnmarshalText([]byte("up")) }, ErrDirection},
		{"Direction.MarshalText", func() error { _, err := Direction(7).MarshalText(); return err }, ErrDirection},
		{"Direction.MarshalText, unset", func() error { _, err := Direction(0).MarshalText(); return err }, ErrDirection},
		{"Normalisation.UnmarshalText", func() error { var n Normalisation; return n.UnmarshalText([]byte("sum")) }, ErrNormalisation},
		{"Normalisation.MarshalText", func() error { _, err := Normalisation(9).MarshalText(); return err }, ErrNormalisation},
		{"Matrix.UnmarshalJSON", func() error {
			var m Matrix
			return m.UnmarshalJSON([]byte(`{"criteria":[{"id":"a","direction":"up"}]}`))
		}, ErrDirection},
		{"Ranking.UnmarshalJSON", func() error { var r Ranking; return r.UnmarshalJSON([]byte(`{"method":"x","score":1}`)) }, ErrUnknownField},
		{"Priorities.UnmarshalJSON", func() error { var p Priorities; return p.UnmarshalJSON([]byte(`{"CRs":1}`)) }, ErrUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if perr := fault.Prefixed(err.Error(), "mcda"); perr != nil {
				t.Error(perr)
			}
		})
	}
}
