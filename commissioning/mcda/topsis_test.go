package mcda

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestTOPSISCarsPublished reproduces the ideal and anti-ideal points
// published with the three-car example (Hodgett, "TOPSIS in Excel"; R
// package MCDA, TOPSIS documentation): PIS 0.179573776, 0.171636015,
// 0.159499658, 0.087302767 and NIS 0.212610118, 0.124958799, 0.131352659,
// 0.085797547. The closeness values were computed independently in
// double precision with a separate Python script.
func TestTOPSISCarsPublished(t *testing.T) {
	r, err := TOPSIS{}.Rank(cars())
	if err != nil {
		t.Fatal(err)
	}
	approx := cmpopts.EquateApprox(0, 1e-9)
	if diff := cmp.Diff([]float64{0.179573776, 0.171636015, 0.159499658, 0.087302767}, r.Ideal, approx); diff != "" {
		t.Errorf("Ideal (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{0.212610118, 0.124958799, 0.131352659, 0.085797547}, r.AntiIdeal, approx); diff != "" {
		t.Errorf("AntiIdeal (-want +got):\n%s", diff)
	}
	closeness := []float64{0.48168529016974654, 0.5182076658686426, 0.17795536189927294}
	dPlus := []float64{0.046701480035347485, 0.0434052517868075, 0.05468243776429109}
	dMinus := []float64{0.043401075708521114, 0.0466859528917903, 0.011837596829731432}
	for i, res := range r.Results {
		assertNear(t, res.ID+" closeness", res.Score, closeness[i], 1e-12)
		assertNear(t, res.ID+" d+", res.DistanceIdeal, dPlus[i], 1e-12)
		assertNear(t, res.ID+" d-", res.DistanceAntiIdeal, dMinus[i], 1e-12)
	}
	if diff := cmp.Diff([]string{"Clio", "Corsa", "Fiesta"}, r.Order()); diff != "" {
		t.Errorf("Order (-want +got):\n%s", diff)
	}
	if r.Method != "TOPSIS (vector)" {
		t.Errorf("Method = %q", r.Method)
	}
}

// TestTOPSISNormalisations checks the other normalisations on the same
// cars against an independent Python computation. They change the winner,
// which is why the normalisation is a named parameter.
func TestTOPSISNormalisations(t *testing.T) {
	tests := []struct {
		n     Normalisation
		want  []float64
		order []string
	}{
		{LinearMax, []float64{0.5072106639957431, 0.49264644979007444, 0.17705643528610487}, []string{"Corsa", "Clio", "Fiesta"}},
		{MinMax, []float64{0.5960063796015547, 0.37958757765558543, 0.2859050811794953}, []string{"Corsa", "Clio", "Fiesta"}},
	}
	for _, tt := range tests {
		t.Run(tt.n.String(), func(t *testing.T) {
			r, err := TOPSIS{Normalisation: tt.n}.Rank(cars())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, scoresOf(r.Results), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("closeness (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.order, r.Order()); diff != "" {
				t.Errorf("Order (-want +got):\n%s", diff)
			}
			for i, res := range r.Results {
				if res.Score < 0 || res.Score > 1 {
					t.Errorf("closeness %d = %v outside [0, 1]", i, res.Score)
				}
			}
		})
	}
}

func TestTOPSISBadInput(t *testing.T) {
	zero := cars()
	zero.Alternatives[1].Performance[2] = 0
	same := Matrix{
		Criteria:     []Criterion{{ID: "a", Direction: HigherIsBetter, Swing: 1}, {ID: "b", Direction: LowerIsBetter, Swing: 1}},
		Alternatives: []Alternative{{ID: "x", Performance: []float64{1, 2}}, {ID: "y", Performance: []float64{1, 2}}},
	}
	tests := []struct {
		name string
		t    TOPSIS
		m    Matrix
		err  error
	}{
		{"linear max with a zero", TOPSIS{Normalisation: LinearMax}, zero, ErrNotPositive},
		{"unknown normalisation", TOPSIS{Normalisation: 9}, cars(), ErrNormalisation},
		{"indistinct alternatives", TOPSIS{}, same, ErrIndistinct},
		{"indistinct, min-max", TOPSIS{Normalisation: MinMax}, same, ErrIndistinct},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.t.Rank(tt.m); !errors.Is(err, tt.err) {
				t.Errorf("Rank error = %v, want %v", err, tt.err)
			}
			if _, err := tt.t.Sensitivity(tt.m, SensitivityOptions{}); !errors.Is(err, tt.err) {
				t.Errorf("Sensitivity error = %v, want %v", err, tt.err)
			}
		})
	}
	var de *DataError
	if _, err := (TOPSIS{Normalisation: LinearMax}).Rank(zero); !errors.As(err, &de) || de.AlternativeID != "Clio" || de.CriterionID != "aesthetics" {
		t.Errorf("error %v does not name Clio on aesthetics", err)
	}
}

func TestTOPSISVectorHandlesZeroAndNegativeColumns(t *testing.T) {
	m := Matrix{
		Criteria: []Criterion{{ID: "zeros", Direction: HigherIsBetter, Swing: 1}, {ID: "change", Direction: HigherIsBetter, Swing: 1}},
		Alternatives: []Alternative{
			{ID: "x", Performance: []float64{0, -2}},
			{ID: "y", Performance: []float64{0, 3}},
			{ID: "z", Performance: []float64{0, 1}},
		},
	}
	r, err := TOPSIS{}.Rank(m)
	if err != nil {
		t.Fatal(err)
	}
	// Only "change" discriminates: y is the ideal (1), x the anti-ideal (0),
	// z at (1 − (−2))/(3 − (−2)) = 0.6 of the way.
	if diff := cmp.Diff([]float64{0, 1, 0.6}, scoresOf(r.Results), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("closeness (-want +got):\n%s", diff)
	}
}

func TestNormalisationText(t *testing.T) {
	for _, n := range []Normalisation{Vector, LinearMax, MinMax} {
		b, err := n.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Normalisation
		if err := back.UnmarshalText(b); err != nil || back != n {
			t.Errorf("round trip of %v via %q = %v, %v", n, b, back, err)
		}
	}
	var n Normalisation
	if err := n.UnmarshalText([]byte("sum")); !errors.Is(err, ErrNormalisation) {
		t.Errorf("UnmarshalText(sum) error = %v", err)
	}
	if _, err := Normalisation(5).MarshalText(); !errors.Is(err, ErrNormalisation) {
		t.Errorf("MarshalText(5) error = %v", err)
	}
}
