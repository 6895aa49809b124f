package mcda

import (
	"fmt"
	"math"
	"slices"
)

// SensitivityOptions configure weight sensitivity analysis. The zero value
// finds where the top alternative changes, scanning TOPSIS in 1,000 steps
// and bisecting to 1e-10.
type SensitivityOptions struct {
	// Ranking asks for the interval within which the whole ranking, not
	// only the top alternative, stays the same.
	Ranking bool `json:"ranking,omitempty"`
	// Steps is the number of steps, at most [MaxSteps], the scan takes across weights 0 to 1
	// for TOPSIS, whose closeness is not linear in a weight; 0 means 1,000.
	// A change that starts and reverses within one step can be missed.
	Steps int `json:"steps,omitempty"`
	// Tolerance is the width to which TOPSIS breakpoints are bisected;
	// 0 means 1e-10.
	Tolerance float64 `json:"tolerance,omitempty"`
}

func (o SensitivityOptions) withDefaults() (SensitivityOptions, error) {
	if o.Steps == 0 {
		o.Steps = 1000
	}
	if o.Tolerance == 0 {
		o.Tolerance = 1e-10
	}
	if o.Steps < 1 || !(o.Tolerance > 0) || math.IsInf(o.Tolerance, 0) {
		return o, fmt.Errorf("mcda: sensitivity steps %d, tolerance %v: %w", o.Steps, o.Tolerance, ErrNotPositive)
	}
	if o.Steps > MaxSteps {
		return o, fmt.Errorf("mcda: sensitivity steps %d, want at most %d: %w", o.Steps, MaxSteps, ErrRange)
	}
	return o, nil
}

// MaxSteps is the most steps a sensitivity scan may take across a weight,
// a million: finer than any weight is known, and a bound on the time the
// scan takes.
const MaxSteps = 1_000_000

// Interval is the range of one criterion's weight within which a result
// holds, all other weights moving in proportion so that the weights still
// sum to 1.
type Interval struct {
	// Low and High bound the weights at which the result still holds. At a
	// bound where the result changes, the alternatives concerned are level
	// and input order decides, as in [Ranking.Order].
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	// LowChange reports that the result changes just below Low; false means
	// it holds all the way down to weight 0 (and Low is 0). HighChange is
	// the same above High, up to weight 1.
	LowChange  bool `json:"lowChange"`
	HighChange bool `json:"highChange"`
	// LowLeader and HighLeader name the top alternative just below Low and
	// just above High when the top changes there; "" otherwise, and always
	// "" for the ranking interval.
	LowLeader  string `json:"lowLeader,omitempty"`
	HighLeader string `json:"highLeader,omitempty"`
}

// Stability says how far one criterion's weight can move before the
// decision changes. Moving weight w_i to t rescales every other weight
// w_j to w_j·(1 − t)/(1 − w_i).
type Stability struct {
	Criterion string   `json:"criterion"` // the criterion's id
	Weight    float64  `json:"weight"`    // its current normalised weight
	Top       Interval `json:"top"`       // where the top-ranked alternative stays the same
	Ranking   Interval `json:"ranking"`   // where the whole ranking stays the same (with SensitivityOptions.Ranking)
}

// Down returns how far the weight can fall before the top alternative
// changes (or to zero if it never does).
func (s Stability) Down() float64 { return s.Weight - s.Top.Low }

// Up returns how far the weight can rise before the top alternative
// changes (or to one if it never does).
func (s Stability) Up() float64 { return s.Top.High - s.Weight }

// reweight writes into dst the weights with criterion i set to t and the
// others rescaled in proportion.
func reweight(dst, w []float64, i int, t float64) {
	f := (1 - t) / (1 - w[i])
	for j := range w {
		dst[j] = w[j] * f
	}
	dst[i] = t
}

// Sensitivity returns, for each criterion in order, the interval of its
// weight within which the weighted-sum winner (and, if asked, the whole
// ranking) stays the same. The weighted sum is linear in each weight:
// with w_i = t, alternative a scores S_a(t) = t·v_ai + (1 − t)·R_a, where
// R_a = Σ_{j≠i} w_j·v_aj / (1 − w_i), so the breakpoints are the exact
// crossings of these lines. A criterion with all the weight (the only
// criterion) cannot move and gets the interval [1, 1]. Errors are those of
// [WeightedSum.Rank].
func (WeightedSum) Sensitivity(m Matrix, o SensitivityOptions) ([]Stability, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	w, _ := Weights(m.Criteria)
	v, err := values(m)
	if err != nil {
		return nil, err
	}
	n := len(v)
	out := make([]Stability, len(w))
	rest := make([]float64, n)
	slope := make([]float64, n)
	cur := make([]float64, n)
	for i, c := range m.Criteria {
		s := Stability{Criterion: c.ID, Weight: w[i]}
		if w[i] >= 1 {
			s.Top = Interval{Low: 1, High: 1}
			s.Ranking = s.Top
			out[i] = s
			continue
		}
		for a := range v {
			r := 0.0
			for j := range w {
				if j != i {
					r += w[j] * v[a][j]
				}
			}
			rest[a] = r / (1 - w[i])
			slope[a] = v[a][i] - rest[a]
			cur[a] = rest[a] + w[i]*slope[a]
		}
		order := orderOf(cur)
		top := order[0]
		var pairs [][2]int
		for _, b := range order[1:] {
			pairs = append(pairs, [2]int{top, b})
		}
		s.Top = crossings(rest, slope, w[i], pairs)
		if s.Top.LowChange {
			s.Top.LowLeader = m.Alternatives[leaderBeyond(rest, slope, s.Top.Low, -1)].ID
		}
		if s.Top.HighChange {
			s.Top.HighLeader = m.Alternatives[leaderBeyond(rest, slope, s.Top.High, +1)].ID
		}
		if o.Ranking {
			// The first change in a ranking as t moves is always a swap of
			// two neighbours, so adjacent pairs suffice.
			pairs = pairs[:0]
			for k := 1; k < len(order); k++ {
				pairs = append(pairs, [2]int{order[k-1], order[k]})
			}
			s.Ranking = crossings(rest, slope, w[i], pairs)
		}
		out[i] = s
	}
	return out, nil
}

// crossings finds, for lines S_a(t) = rest_a + t·slope_a and pairs (a, b)
// with a ranked ahead of b at t0, the nearest t below and above t0 in [0, 1]
// at which some b draws level with its a and passes it beyond.
func crossings(rest, slope []float64, t0 float64, pairs [][2]int) Interval {
	iv := Interval{Low: 0, High: 1}
	for _, p := range pairs {
		a, b := p[0], p[1]
		beta := slope[a] - slope[b] // dD/dt for D = S_a − S_b
		if beta == 0 {
			continue // parallel lines never cross
		}
		t := -(rest[a] - rest[b]) / beta
		if beta > 0 { // D grows with t: b can only pass a below t0
			t = min(t, t0)
			if t >= 0 && (!iv.LowChange || t > iv.Low) {
				iv.Low, iv.LowChange = t, true
			}
		} else {
			t = max(t, t0)
			if t <= 1 && (!iv.HighChange || t < iv.High) {
				iv.High, iv.HighChange = t, true
			}
		}
	}
	return iv
}

// leaderBeyond returns the alternative that leads just beyond t in
// direction dir: the highest line at t, then the steepest in dir among lines
// level at t, then the first in input order.
func leaderBeyond(rest, slope []float64, t float64, dir float64) int {
	best := 0
	at := func(a int) float64 { return rest[a] + t*slope[a] }
	for a := 1; a < len(rest); a++ {
		sa, sb := at(a), at(best)
		eps := 1e-9 * max(1, math.Abs(sa), math.Abs(sb))
		switch {
		case sa > sb+eps:
			best = a
		case sa >= sb-eps && dir*slope[a] > dir*slope[best]:
			best = a
		}
	}
	return best
}

// Sensitivity returns, for each criterion in order, the interval of its
// weight within which the TOPSIS winner (and, if asked, the whole ranking)
// stays the same. Closeness is not linear in a weight, so each direction is
// scanned in steps of 1/[SensitivityOptions.Steps] from the current weight
// to 0 and to 1, and the first change found is bisected to
// [SensitivityOptions.Tolerance]. Where every alternative is level (which
// can happen at weight 0 or 1), input order decides. Errors are those of
// [TOPSIS.Rank], and [ErrNotPositive] for negative steps or tolerance.
func (t TOPSIS) Sensitivity(m Matrix, o SensitivityOptions) ([]Stability, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	p, err := t.prepare(m)
	if err != nil {
		return nil, err
	}
	w, _ := Weights(m.Criteria)
	e := p.newEval()
	if !e.run(w) {
		return nil, fmt.Errorf("mcda: TOPSIS: %w", ErrIndistinct)
	}
	score := func(wt []float64) []float64 {
		e.run(wt)
		return e.score
	}
	return scanAll(m, w, score, o), nil
}

// scanAll runs the numerical scan for every criterion. score returns the
// alternatives' scores under the given weights (it may reuse its result).
func scanAll(m Matrix, w []float64, score func([]float64) []float64, o SensitivityOptions) []Stability {
	out := make([]Stability, len(w))
	wt := make([]float64, len(w))
	for i, c := range m.Criteria {
		s := Stability{Criterion: c.ID, Weight: w[i]}
		if w[i] >= 1 {
			s.Top = Interval{Low: 1, High: 1}
			s.Ranking = s.Top
			out[i] = s
			continue
		}
		at := func(t float64) []float64 {
			reweight(wt, w, i, t)
			return score(wt)
		}
		base := at(w[i])
		top := leader(base)
		baseOrder := orderOf(base)
		sameTop := func(t float64) bool { return leader(at(t)) == top }
		sameOrder := func(t float64) bool { return slices.Equal(orderOf(at(t)), baseOrder) }

		lo, loChange, loOut := scan(w[i], -1, sameTop, o)
		hi, hiChange, hiOut := scan(w[i], +1, sameTop, o)
		s.Top = Interval{Low: lo, High: hi, LowChange: loChange, HighChange: hiChange}
		if loChange {
			s.Top.LowLeader = m.Alternatives[leader(at(loOut))].ID
		}
		if hiChange {
			s.Top.HighLeader = m.Alternatives[leader(at(hiOut))].ID
		}
		if o.Ranking {
			lo, loChange, _ = scan(w[i], -1, sameOrder, o)
			hi, hiChange, _ = scan(w[i], +1, sameOrder, o)
			s.Ranking = Interval{Low: lo, High: hi, LowChange: loChange, HighChange: hiChange}
		}
		out[i] = s
	}
	return out
}

// scan walks from t0 towards 0 (dir −1) or 1 (dir +1) in steps of
// 1/o.Steps until same reports false, then bisects. It returns the
// breakpoint (the middle of the final bracket), whether a change was found,
// and a weight just beyond the breakpoint where the change holds.
func scan(t0, dir float64, same func(float64) bool, o SensitivityOptions) (bp float64, changed bool, beyond float64) {
	bound := 0.0
	if dir > 0 {
		bound = 1
	}
	h := 1 / float64(o.Steps)
	prev := t0
	for k := 1; prev != bound; k++ {
		t := t0 + dir*float64(k)*h
		if (dir < 0 && t <= bound) || (dir > 0 && t >= bound) {
			t = bound
		}
		if !same(t) {
			in, out := prev, t
			for math.Abs(out-in) > o.Tolerance {
				mid := in + (out-in)/2
				if mid == in || mid == out {
					break
				}
				if same(mid) {
					in = mid
				} else {
					out = mid
				}
			}
			return in + (out-in)/2, true, out
		}
		prev = t
	}
	return bound, false, bound
}
