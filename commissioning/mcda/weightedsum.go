package mcda

import "math"

// WeightedSum ranks alternatives by the weighted sum of their 0–100 values:
//
//	S_a = Σ_j w_j · v_j(x_aj),   w_j = swing_j / Σ_k swing_k
//
// where v_j is criterion j's [Scale] (local linear by default). It is the
// additive value model with swing weights of the UK government's
// Multi-criteria analysis: a manual (DCLG, 2009), chapter 6. The zero
// WeightedSum is ready to use; it has no settings.
type WeightedSum struct{}

// Rank validates m and scores every alternative. Scores lie in 0–100.
// Errors are those of [Matrix.Validate], or a [*DataError] wrapping
// [ErrOutOfScale] naming the alternative and criterion whose performance
// falls outside a fixed scale.
func (WeightedSum) Rank(m Matrix) (Ranking, error) {
	if err := m.Validate(); err != nil {
		return Ranking{}, err
	}
	w, _ := Weights(m.Criteria)
	v, err := values(m)
	if err != nil {
		return Ranking{}, err
	}
	r := Ranking{Method: "weighted sum", Weights: w, Results: make([]Result, len(m.Alternatives))}
	for i, a := range m.Alternatives {
		r.Results[i] = Result{ID: a.ID, Score: dot(w, v[i]), Values: v[i]}
	}
	assignRanks(r.Results)
	return r, nil
}

// Values validates m and returns each alternative's 0–100 value on each
// criterion (rows in alternative order, columns in criterion order), as
// [WeightedSum] scores them.
func Values(m Matrix) ([][]float64, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return values(m)
}

// values scores a validated matrix. On a local scale the worst performance
// among the alternatives scores 0 and the best 100; when every alternative
// performs the same the criterion does not discriminate and all score 100.
func values(m Matrix) ([][]float64, error) {
	n, c := len(m.Alternatives), len(m.Criteria)
	flat := make([]float64, n*c)
	v := make([][]float64, n)
	for i := range v {
		v[i] = flat[i*c : (i+1)*c : (i+1)*c]
	}
	for j, cr := range m.Criteria {
		if cr.Scale.IsLocal() {
			lo, hi := m.Alternatives[0].Performance[j], m.Alternatives[0].Performance[j]
			for _, a := range m.Alternatives {
				lo, hi = min(lo, a.Performance[j]), max(hi, a.Performance[j])
			}
			for i, a := range m.Alternatives {
				if hi == lo {
					v[i][j] = 100
				} else {
					v[i][j] = 100 * unitPosition(a.Performance[j], lo, hi, cr.Direction == HigherIsBetter)
				}
			}
			continue
		}
		for i, a := range m.Alternatives {
			x, err := cr.Scale.value(a.Performance[j])
			if err != nil {
				return nil, cellErr(i, a.ID, j, cr.ID, err)
			}
			v[i][j] = x
		}
	}
	return v, nil
}

func dot(a, b []float64) float64 {
	s := 0.0
	for k := range a {
		s += a[k] * b[k]
	}
	return s
}

// unitPosition returns where x lies between lo and hi (lo < hi) as a
// fraction from 0 to 1, measured from lo when higher is better and from hi
// otherwise. It halves the operands when hi − lo would overflow.
func unitPosition(x, lo, hi float64, higher bool) float64 {
	d := hi - lo
	if math.IsInf(d, 0) {
		x, lo, hi, d = x/2, lo/2, hi/2, hi/2-lo/2
	}
	if higher {
		return (x - lo) / d
	}
	return (hi - x) / d
}
