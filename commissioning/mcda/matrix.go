package mcda

import (
	"fmt"
	"math"
)

// Alternative is one row of a performance matrix: an option and its raw
// performance on each criterion, in the order of [Matrix.Criteria].
type Alternative struct {
	ID          string    `json:"id"`
	Performance []float64 `json:"performance"`
}

// Matrix is a performance matrix (the "consequence table" of the MCDA
// literature): alternatives in rows, criteria in columns. Matrix methods and
// the methods that rank it never modify it.
//
// In JSON a Matrix is an object with camelCase fields (criteria with id,
// direction "higher" or "lower", swing and scale points; alternatives with
// id and performance). Reading one ([Matrix.UnmarshalJSON]) refuses fields
// it does not know. A scale's Func has no JSON form.
type Matrix struct {
	Criteria     []Criterion   `json:"criteria"`
	Alternatives []Alternative `json:"alternatives"`
}

// Validate checks the matrix: at least one criterion and one alternative;
// non-empty, unique ids; a direction (set, and valid), positive finite swing and
// well-formed scale for every criterion; one finite performance per
// criterion for every alternative. The first problem found is returned as a
// [*DataError] wrapping ErrNoCriteria, ErrNoAlternatives, ErrEmptyID,
// ErrDuplicateID, ErrDirection, ErrWeight, ErrScale, ErrDimension or
// ErrNotFinite.
func (m Matrix) Validate() error {
	if len(m.Criteria) == 0 {
		return fmt.Errorf("mcda: matrix: %w", ErrNoCriteria)
	}
	if len(m.Alternatives) == 0 {
		return fmt.Errorf("mcda: matrix: %w", ErrNoAlternatives)
	}
	seen := make(map[string]bool, len(m.Criteria))
	for j, c := range m.Criteria {
		switch {
		case c.ID == "":
			return critErr(j, c.ID, ErrEmptyID)
		case seen[c.ID]:
			return critErr(j, c.ID, ErrDuplicateID)
		case c.Direction == 0:
			return critErr(j, c.ID, fmt.Errorf("direction unset: %w", ErrDirection))
		case !c.Direction.Valid():
			return critErr(j, c.ID, fmt.Errorf("%v: %w", c.Direction, ErrDirection))
		}
		seen[c.ID] = true
		if err := c.Scale.validate(); err != nil {
			return critErr(j, c.ID, err)
		}
		if o := c.Scale.orientation(); (o > 0 && c.Direction == LowerIsBetter) || (o < 0 && c.Direction == HigherIsBetter) {
			return critErr(j, c.ID, fmt.Errorf("scale contradicts %q: %w", c.Direction, ErrScale))
		}
	}
	if _, err := Weights(m.Criteria); err != nil {
		return err
	}
	clear(seen)
	for i, a := range m.Alternatives {
		switch {
		case a.ID == "":
			return altErr(i, a.ID, ErrEmptyID)
		case seen[a.ID]:
			return altErr(i, a.ID, ErrDuplicateID)
		case len(a.Performance) != len(m.Criteria):
			return altErr(i, a.ID, fmt.Errorf("%d performance values for %d criteria: %w", len(a.Performance), len(m.Criteria), ErrDimension))
		}
		seen[a.ID] = true
		for j, x := range a.Performance {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return cellErr(i, a.ID, j, m.Criteria[j].ID, ErrNotFinite)
			}
		}
	}
	return nil
}

// column copies criterion j's raw performance across the alternatives.
func (m Matrix) column(j int) []float64 {
	col := make([]float64, len(m.Alternatives))
	for i, a := range m.Alternatives {
		col[i] = a.Performance[j]
	}
	return col
}
