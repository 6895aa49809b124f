package mcda

import (
	"fmt"
	"math"

	"github.com/opencommissioning/scp/internal/enum"
)

// Normalisation is the way TOPSIS makes criteria on different units
// comparable before weighting. Libraries differ here, and so do their
// rankings, so the choice is always explicit. The zero Normalisation is
// Vector, the one Hwang and Yoon (1981) use.
type Normalisation int

// The normalisations. x_ij is alternative i's raw performance on criterion j.
const (
	// Vector divides by the column's Euclidean norm: r_ij = x_ij / √(Σ_i x_ij²).
	// Direction is kept: the ideal takes the column maximum for a criterion
	// where higher is better and the minimum where lower is better.
	Vector Normalisation = iota
	// LinearMax is Hwang and Yoon's linear scale transformation:
	// r_ij = x_ij / max_i x_ij where higher is better and
	// r_ij = min_i x_ij / x_ij where lower is better, so that every
	// normalised criterion is one where higher is better. Every performance
	// must be positive ([ErrNotPositive]).
	LinearMax
	// MinMax maps the column's range onto 0–1: r_ij = (x_ij − min)/(max − min)
	// where higher is better and (max − x_ij)/(max − min) where lower is
	// better. A column where every alternative performs the same normalises
	// to 1 throughout and so does not affect the ranking.
	MinMax
)

var normalisationCodec = enum.New("mcda", "Normalisation", Vector, ErrNormalisation, "vector", "linear max", "min-max").WithError(nameError)

// String returns "vector", "linear max" or "min-max", or Normalisation(n)
// for any other value.
func (n Normalisation) String() string { return normalisationCodec.String(n) }

// Valid reports whether n is one of the defined normalisations.
func (n Normalisation) Valid() bool { return normalisationCodec.Valid(n) }

// MarshalText writes the normalisation as String does; an unknown one is
// an error wrapping [ErrNormalisation].
func (n Normalisation) MarshalText() ([]byte, error) { return normalisationCodec.Marshal(n) }

// UnmarshalText reads "vector", "linear max" or "min-max"; other text is an
// error wrapping [ErrNormalisation].
func (n *Normalisation) UnmarshalText(text []byte) error {
	return normalisationCodec.Unmarshal(n, text)
}

// TOPSIS ranks alternatives by the Technique for Order Preference by
// Similarity to Ideal Solution (Hwang, C.-L. and Yoon, K., Multiple Attribute
// Decision Making: Methods and Applications, Springer, 1981):
//
//  1. normalise each column (see [Normalisation]) to r_ij;
//  2. weight it: v_ij = w_j · r_ij with w_j = swing_j / Σ swing;
//  3. take the ideal A⁺ (best v_ij in each column) and the anti-ideal A⁻
//     (worst), best and worst according to the criterion's Direction;
//  4. measure Euclidean distances d⁺_i = ‖v_i − A⁺‖ and d⁻_i = ‖v_i − A⁻‖;
//  5. score the closeness C_i = d⁻_i / (d⁺_i + d⁻_i), from 0 (the anti-ideal)
//     to 1 (the ideal).
//
// TOPSIS works on raw performance; the criteria's scoring scales are not
// used. The zero TOPSIS uses vector normalisation.
type TOPSIS struct {
	Normalisation Normalisation `json:"normalisation"`
}

// Rank validates m and computes every alternative's closeness. Errors are
// those of [Matrix.Validate]; [ErrNormalisation]; a [*DataError] wrapping
// [ErrNotPositive] for a non-positive performance under LinearMax; and
// [ErrIndistinct] when all alternatives perform identically on every
// criterion.
func (t TOPSIS) Rank(m Matrix) (Ranking, error) {
	p, err := t.prepare(m)
	if err != nil {
		return Ranking{}, err
	}
	w, _ := Weights(m.Criteria)
	e := p.newEval()
	if !e.run(w) {
		return Ranking{}, fmt.Errorf("mcda: TOPSIS: %w", ErrIndistinct)
	}
	r := Ranking{
		Method:    "TOPSIS (" + t.Normalisation.String() + ")",
		Weights:   w,
		Ideal:     e.ideal,
		AntiIdeal: e.anti,
		Results:   make([]Result, p.n),
	}
	flat := make([]float64, p.n*p.c)
	for i, a := range m.Alternatives {
		vals := flat[i*p.c : (i+1)*p.c : (i+1)*p.c]
		for j := range vals {
			vals[j] = w[j] * p.r[i*p.c+j]
		}
		r.Results[i] = Result{ID: a.ID, Score: e.score[i], Values: vals,
			DistanceIdeal: e.dPlus[i], DistanceAntiIdeal: e.dMinus[i]}
	}
	assignRanks(r.Results)
	return r, nil
}

// topsisPrep holds a validated matrix normalised once; the weights can then
// vary, as weight sensitivity needs.
type topsisPrep struct {
	n, c    int
	r       []float64 // normalised performance, row-major n×c
	benefit []bool    // whether higher normalised values are better, per criterion
}

func (t TOPSIS) prepare(m Matrix) (*topsisPrep, error) {
	if !t.Normalisation.Valid() {
		return nil, fmt.Errorf("mcda: TOPSIS: %v: %w", t.Normalisation, ErrNormalisation)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	n, c := len(m.Alternatives), len(m.Criteria)
	p := &topsisPrep{n: n, c: c, r: make([]float64, n*c), benefit: make([]bool, c)}
	for j, cr := range m.Criteria {
		col := m.column(j)
		higher := cr.Direction == HigherIsBetter
		switch t.Normalisation {
		case Vector:
			p.benefit[j] = higher
			// Scale by the largest magnitude first so that the sum of
			// squares cannot overflow.
			big := 0.0
			for _, x := range col {
				big = max(big, math.Abs(x))
			}
			if big == 0 {
				continue // an all-zero column stays zero
			}
			ss := 0.0
			for _, x := range col {
				ss += (x / big) * (x / big)
			}
			norm := math.Sqrt(ss)
			for i, x := range col {
				p.r[i*c+j] = (x / big) / norm
			}
		case LinearMax:
			p.benefit[j] = true
			lo, hi := col[0], col[0]
			for i, x := range col {
				if !(x > 0) {
					return nil, cellErr(i, m.Alternatives[i].ID, j, cr.ID, ErrNotPositive)
				}
				lo, hi = min(lo, x), max(hi, x)
			}
			for i, x := range col {
				if higher {
					p.r[i*c+j] = x / hi
				} else {
					p.r[i*c+j] = lo / x
				}
			}
		case MinMax:
			p.benefit[j] = true
			lo, hi := col[0], col[0]
			for _, x := range col {
				lo, hi = min(lo, x), max(hi, x)
			}
			for i, x := range col {
				if hi == lo {
					p.r[i*c+j] = 1
				} else {
					p.r[i*c+j] = unitPosition(x, lo, hi, higher)
				}
			}
		}
	}
	return p, nil
}

// topsisEval holds the buffers of one evaluation so that repeated runs with
// different weights do not allocate.
type topsisEval struct {
	p                    *topsisPrep
	ideal, anti          []float64
	dPlus, dMinus, score []float64
}

func (p *topsisPrep) newEval() *topsisEval {
	return &topsisEval{p: p,
		ideal: make([]float64, p.c), anti: make([]float64, p.c),
		dPlus: make([]float64, p.n), dMinus: make([]float64, p.n), score: make([]float64, p.n)}
}

// run computes closeness under weights w (non-negative). It reports false
// when some alternative is at distance zero from both the ideal and the
// anti-ideal, which happens only when every alternative's weighted
// normalised performance is the same; the scores are then all 0.
func (e *topsisEval) run(w []float64) bool {
	p := e.p
	for j := 0; j < p.c; j++ {
		hi, lo := math.Inf(-1), math.Inf(1)
		for i := 0; i < p.n; i++ {
			v := w[j] * p.r[i*p.c+j]
			hi, lo = max(hi, v), min(lo, v)
		}
		if p.benefit[j] {
			e.ideal[j], e.anti[j] = hi, lo
		} else {
			e.ideal[j], e.anti[j] = lo, hi
		}
	}
	ok := true
	for i := 0; i < p.n; i++ {
		row := p.r[i*p.c : (i+1)*p.c]
		sp, sm := 0.0, 0.0
		for j, x := range row {
			v := w[j] * x
			dp, dm := v-e.ideal[j], v-e.anti[j]
			sp += dp * dp
			sm += dm * dm
		}
		dp, dm := math.Sqrt(sp), math.Sqrt(sm)
		e.dPlus[i], e.dMinus[i] = dp, dm
		if dp+dm == 0 {
			ok = false
			e.score[i] = 0
			continue
		}
		e.score[i] = dm / (dp + dm)
	}
	if !ok {
		clear(e.score)
	}
	return ok
}
