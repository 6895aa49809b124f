package mcda

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestValidateBadInput(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(m *Matrix)
		err      error
		row, col int // expected position in the *DataError; -2 when none
	}{
		{"no criteria", func(m *Matrix) { m.Criteria = nil }, ErrNoCriteria, -2, -2},
		{"no alternatives", func(m *Matrix) { m.Alternatives = nil }, ErrNoAlternatives, -2, -2},
		{"criterion without id", func(m *Matrix) { m.Criteria[1].ID = "" }, ErrMissingID, -1, 1},
		{"duplicate criterion", func(m *Matrix) { m.Criteria[2].ID = "price" }, ErrDuplicateID, -1, 2},
		{"unknown direction", func(m *Matrix) { m.Criteria[0].Direction = 3 }, ErrDirection, -1, 0},
		{"zero weight", func(m *Matrix) { m.Criteria[3].Swing = 0 }, ErrWeight, -1, 3},
		{"negative weight", func(m *Matrix) { m.Criteria[3].Swing = -0.1 }, ErrWeight, -1, 3},
		{"NaN weight", func(m *Matrix) { m.Criteria[3].Swing = math.NaN() }, ErrWeight, -1, 3},
		{"malformed scale", func(m *Matrix) { m.Criteria[1].Scale = Scale{Points: []Point{{1, 0}}} }, ErrScale, -1, 1},
		{"scale against direction", func(m *Matrix) { m.Criteria[0].Scale = Linear(0, 10000) }, ErrScale, -1, 0},
		{"alternative without id", func(m *Matrix) { m.Alternatives[1].ID = "" }, ErrMissingID, 1, -1},
		{"duplicate alternative", func(m *Matrix) { m.Alternatives[2].ID = "Corsa" }, ErrDuplicateID, 2, -1},
		{"short row", func(m *Matrix) { m.Alternatives[1].Performance = []float64{1, 2, 3} }, ErrDimension, 1, -1},
		{"long row", func(m *Matrix) { m.Alternatives[0].Performance = append(m.Alternatives[0].Performance, 1) }, ErrDimension, 0, -1},
		{"NaN score", func(m *Matrix) { m.Alternatives[2].Performance[1] = math.NaN() }, ErrNotFinite, 2, 1},
		{"infinite score", func(m *Matrix) { m.Alternatives[0].Performance[3] = math.Inf(-1) }, ErrNotFinite, 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := cars()
			tt.edit(&m)
			for _, rank := range []func(Matrix) error{
				func(m Matrix) error { return m.Validate() },
				func(m Matrix) error { _, err := (WeightedSum{}).Rank(m); return err },
				func(m Matrix) error { _, err := (TOPSIS{}).Rank(m); return err },
				func(m Matrix) error { _, err := (WeightedSum{}).Sensitivity(m, SensitivityOptions{}); return err },
				func(m Matrix) error { _, err := (TOPSIS{}).Sensitivity(m, SensitivityOptions{}); return err },
			} {
				err := rank(m)
				if !errors.Is(err, tt.err) {
					t.Fatalf("error = %v, want %v", err, tt.err)
				}
				var de *DataError
				if tt.row == -2 {
					if errors.As(err, &de) {
						t.Errorf("error %v is a *DataError, want a bare sentinel", err)
					}
					continue
				}
				if !errors.As(err, &de) || de.Alternative != tt.row || de.Criterion != tt.col {
					t.Errorf("error %#v, want a *DataError at row %d column %d", err, tt.row, tt.col)
				}
			}
		})
	}
}

func TestDataErrorMessage(t *testing.T) {
	m := cars()
	m.Alternatives[2].Performance[1] = math.NaN()
	err := m.Validate()
	want := `mcda: alternative 2 "Fiesta", criterion 1 "economy": value is NaN or infinite`
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v, want %q", err, want)
	}
}

func TestRankDoesNotModifyInput(t *testing.T) {
	m := cars()
	before := cars()
	if _, err := (TOPSIS{Normalisation: MinMax}).Rank(m); err != nil {
		t.Fatal(err)
	}
	if _, err := (WeightedSum{}).Rank(m); err != nil {
		t.Fatal(err)
	}
	for i := range m.Alternatives {
		for j := range m.Criteria {
			if m.Alternatives[i].Performance[j] != before.Alternatives[i].Performance[j] {
				t.Fatalf("performance (%d, %d) changed", i, j)
			}
		}
	}
}

func TestMatrixJSONRoundTrip(t *testing.T) {
	m := cars()
	m.Criteria[1].Scale = Piecewise(Point{40, 0}, Point{60, 70}, Point{80, 100})
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back Matrix
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, back, cmpopts.IgnoreFields(Scale{}, "Func")); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(b), `"Direction":"lower"`) {
		t.Errorf("JSON %s does not spell the direction", b)
	}
}
