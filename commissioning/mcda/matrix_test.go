package mcda

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/internal/fault"
)

func TestValidateBadInput(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(m *Matrix)
		err      error
		row, col int // expected one-based position in the *DataError (0: none); -2 when not a *DataError
	}{
		{"no criteria", func(m *Matrix) { m.Criteria = nil }, ErrNoCriteria, -2, -2},
		{"no alternatives", func(m *Matrix) { m.Alternatives = nil }, ErrNoAlternatives, -2, -2},
		{"criterion without id", func(m *Matrix) { m.Criteria[1].ID = "" }, ErrEmptyID, 0, 2},
		{"duplicate criterion", func(m *Matrix) { m.Criteria[2].ID = "price" }, ErrDuplicateID, 0, 3},
		{"unknown direction", func(m *Matrix) { m.Criteria[0].Direction = 3 }, ErrDirection, 0, 1},
		{"unset direction", func(m *Matrix) { m.Criteria[2].Direction = 0 }, ErrDirection, 0, 3},
		{"zero weight", func(m *Matrix) { m.Criteria[3].Swing = 0 }, ErrWeight, 0, 4},
		{"negative weight", func(m *Matrix) { m.Criteria[3].Swing = -0.1 }, ErrWeight, 0, 4},
		{"NaN weight", func(m *Matrix) { m.Criteria[3].Swing = math.NaN() }, ErrWeight, 0, 4},
		{"malformed scale", func(m *Matrix) { m.Criteria[1].Scale = Scale{Points: []Point{{1, 0}}} }, ErrScale, 0, 2},
		{"scale against direction", func(m *Matrix) { m.Criteria[0].Scale = Linear(0, 10000) }, ErrScale, 0, 1},
		{"alternative without id", func(m *Matrix) { m.Alternatives[1].ID = "" }, ErrEmptyID, 2, 0},
		{"duplicate alternative", func(m *Matrix) { m.Alternatives[2].ID = "Corsa" }, ErrDuplicateID, 3, 0},
		{"short row", func(m *Matrix) { m.Alternatives[1].Performance = []float64{1, 2, 3} }, ErrDimension, 2, 0},
		{"long row", func(m *Matrix) { m.Alternatives[0].Performance = append(m.Alternatives[0].Performance, 1) }, ErrDimension, 1, 0},
		{"NaN score", func(m *Matrix) { m.Alternatives[2].Performance[1] = math.NaN() }, ErrNotFinite, 3, 2},
		{"infinite score", func(m *Matrix) { m.Alternatives[0].Performance[3] = math.Inf(-1) }, ErrNotFinite, 1, 4},
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
				if perr := fault.Prefixed(err.Error(), "mcda"); perr != nil {
					t.Error(perr)
				}
				var de *DataError
				if tt.row == -2 {
					if errors.As(err, &de) {
						t.Errorf("error %v is a *DataError, want one about the matrix as a whole", err)
					}
					continue
				}
				if !errors.As(err, &de) || de.Row != tt.row || de.Column != tt.col {
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
	want := `mcda: alternative 3 "Fiesta", criterion 2 "economy": value is NaN or infinite`
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
	if !strings.Contains(string(b), `"direction":"lower"`) {
		t.Errorf("JSON %s does not spell the direction", b)
	}
}
