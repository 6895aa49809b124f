package mcda

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/internal/fault"
)

// TestAHPSaatyExample reproduces the three-criterion example of Saaty's
// expositions of the eigenvector method (Saaty, The Analytic Hierarchy
// Process, 1980): A = [[1,3,5],[1/3,1,3],[1/5,1/3,1]] gives weights 0.637,
// 0.258, 0.105, λmax ≈ 3.039, CI ≈ 0.019 and CR ≈ 0.033.
func TestAHPSaatyExample(t *testing.T) {
	p, err := AHP([][]float64{{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []float64{0.637, 0.258, 0.105} {
		if math.Abs(p.Weights[i]-want) > 0.0005 {
			t.Errorf("weight %d = %.4f, want %.3f", i, p.Weights[i], want)
		}
	}
	if math.Abs(p.LambdaMax-3.039) > 0.0005 {
		t.Errorf("λmax = %.5f, want 3.039", p.LambdaMax)
	}
	if math.Abs(p.CI-0.019) > 0.0005 {
		t.Errorf("CI = %.5f, want 0.019", p.CI)
	}
	if math.Abs(p.CR-0.033) > 0.0005 {
		t.Errorf("CR = %.5f, want 0.033", p.CR)
	}
	if p.RI != 0.58 || p.Inconsistent {
		t.Errorf("RI = %v, Inconsistent = %v; want 0.58, false", p.RI, p.Inconsistent)
	}
	// The eigenvector satisfies A·w = λmax·w to rounding.
	a := [][]float64{{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}}
	for i := range a {
		aw := dot(a[i], p.Weights)
		assertNear(t, "(A·w)_i / w_i", aw/p.Weights[i], p.LambdaMax, 1e-12)
	}
}

func TestAHPConsistentMatrix(t *testing.T) {
	// Built from weights 4:2:1:1, so a_ij = w_i/w_j exactly: λmax = n, CI = CR = 0.
	w := []float64{4, 2, 1, 1}
	a := make([][]float64, len(w))
	for i := range a {
		a[i] = make([]float64, len(w))
		for j := range a[i] {
			a[i][j] = w[i] / w[j]
		}
	}
	p, err := AHP(a)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.5, 0.25, 0.125, 0.125}, p.Weights, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("Weights (-want +got):\n%s", diff)
	}
	assertNear(t, "λmax", p.LambdaMax, 4, 1e-12)
	if math.Abs(p.CR) > 1e-12 || p.Inconsistent {
		t.Errorf("CR = %v, Inconsistent = %v", p.CR, p.Inconsistent)
	}
}

func TestAHPInconsistentIsAWarning(t *testing.T) {
	// A cycle of preferences: 1 ≻ 2 ≻ 3 ≻ 1, strongly.
	p, err := AHP([][]float64{{1, 5, 1.0 / 5}, {1.0 / 5, 1, 5}, {5, 1.0 / 5, 1}})
	if err != nil {
		t.Fatalf("an inconsistent matrix is not an error: %v", err)
	}
	if !p.Inconsistent || p.CR <= AcceptableCR {
		t.Errorf("CR = %v, Inconsistent = %v; want a flagged CR above 0.1", p.CR, p.Inconsistent)
	}
	// By symmetry the weights are equal.
	if diff := cmp.Diff([]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}, p.Weights, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("Weights (-want +got):\n%s", diff)
	}
}

func TestAHPSmallOrders(t *testing.T) {
	p, err := AHP([][]float64{{1}})
	if err != nil || len(p.Weights) != 1 || p.Weights[0] != 1 || p.CR != 0 {
		t.Errorf("order 1: %+v, %v", p, err)
	}
	p, err = AHP([][]float64{{1, 3}, {1.0 / 3, 1}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.75, 0.25}, p.Weights, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("order 2 weights (-want +got):\n%s", diff)
	}
	if p.CR != 0 || p.Inconsistent {
		t.Errorf("order 2: CR = %v", p.CR)
	}
	// Typed approximations of reciprocals are accepted.
	if _, err := AHP([][]float64{{1, 3, 7}, {0.333, 1, 3}, {0.143, 0.333, 1}}); err != nil {
		t.Errorf("three-decimal reciprocals rejected: %v", err)
	}
}

func TestAHPBadInput(t *testing.T) {
	ten := make([][]float64, 11)
	for i := range ten {
		ten[i] = make([]float64, 11)
		for j := range ten[i] {
			ten[i][j] = 1
		}
	}
	tests := []struct {
		name     string
		a        [][]float64
		err      error
		row, col int // one-based (col 0: the whole row); -2: not a *PairError
	}{
		{"empty", nil, ErrOrder, -2, -2},
		{"order 11, beyond the RI table", ten, ErrOrder, -2, -2},
		{"ragged", [][]float64{{1, 2}, {0.5}}, ErrNotSquare, 2, 0},
		{"not reciprocal", [][]float64{{1, 3}, {0.5, 1}}, ErrNotReciprocal, 2, 1},
		{"diagonal not one", [][]float64{{1, 2}, {0.5, 2}}, ErrDiagonal, 2, 2},
		{"zero entry", [][]float64{{1, 0}, {0, 1}}, ErrNotPositive, 1, 2},
		{"negative entry", [][]float64{{1, -2}, {-0.5, 1}}, ErrNotPositive, 1, 2},
		{"NaN entry", [][]float64{{1, math.NaN()}, {1, 1}}, ErrNotFinite, 1, 2},
		{"infinite entry", [][]float64{{1, 1}, {math.Inf(1), 1}}, ErrNotFinite, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := AHP(tt.a)
			if !errors.Is(err, tt.err) {
				t.Fatalf("AHP error = %v, want %v", err, tt.err)
			}
			if perr := fault.Prefixed(err.Error(), "mcda"); perr != nil {
				t.Error(perr)
			}
			var pe *PairError
			if tt.row == -2 {
				return
			}
			if !errors.As(err, &pe) || pe.Row != tt.row || pe.Column != tt.col {
				t.Errorf("error %#v, want a *PairError at (%d, %d)", err, tt.row, tt.col)
			}
		})
	}
	if got, want := (&PairError{Row: 2, Column: 1, Err: ErrNotReciprocal}).Error(), "mcda: pairwise entry (2, 1): pairwise matrix is not reciprocal"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestRandomIndex(t *testing.T) {
	want := []float64{0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49}
	for n := 1; n <= 10; n++ {
		if got, err := RandomIndex(n); err != nil || got != want[n-1] {
			t.Errorf("RandomIndex(%d) = %v, %v; want %v", n, got, err, want[n-1])
		}
	}
	for _, n := range []int{0, 11, -1} {
		if _, err := RandomIndex(n); !errors.Is(err, ErrOrder) {
			t.Errorf("RandomIndex(%d) error = %v, want ErrOrder", n, err)
		}
	}
}
