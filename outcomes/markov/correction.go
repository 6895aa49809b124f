package markov

// Correction is a within-cycle correction: how the occupancy of the trace
// rows 0 … T (T = Cycles) is counted. The zero value names none and is
// rejected ([ErrCorrection]), so every model says which it uses.
//
// Writing m(t) for row t, v(k) for the values of cycle k and D(t) for the
// discount factor of row t (see [Model]), the total of a value is:
//
//   - [StartOfCycle]: Σ_{k=1..T} m(k−1)·v(k)·D(k−1). Row 0 is counted, row T
//     is not.
//
//   - [EndOfCycle]: Σ_{k=1..T} m(k)·v(k)·D(k). Row 0 is not counted.
//
//   - [HalfCycle]: the start-of-cycle total with half of row 0 taken off and
//     half of row T added: weights ½, 1, …, 1, ½ on rows 0 … T, row t
//     valued with cycle max(t, 1).
//
//   - [LifeTable]: the trapezoid within each cycle, Σ_{k=1..T} ½(m(k−1)·D(k−1)
//
//   - m(k)·D(k))·v(k). It is [HalfCycle] when values do not vary by cycle;
//     with cycle-varying values each cycle's value is applied to both of its
//     ends.
//
//   - [Simpson]: Simpson's 1/3 rule on the rows, weights ⅓, 4⁄3, ⅔, 4⁄3, …,
//     4⁄3, ⅓ when T is even; when T is odd, Simpson's 1/3 rule on rows
//     0 … T−3 and the 3/8 rule (⅜, 9⁄8, 9⁄8, ⅜) on rows T−3 … T, and the
//     trapezoid when T is 1. Row t is valued with cycle max(t, 1). The weights
//     always sum to T, so a constant is counted exactly.
//
//   - [RowWeights]: the weights of [Model.Weights], one per row 0 … T, row t
//     valued with cycle max(t, 1), for a published model's own rule.
//
// Row 0 is counted by every correction but [EndOfCycle]. One-off move
// values are counted at the end of their cycle under every correction.
type Correction int8

// The within-cycle corrections.
const (
	// StartOfCycle counts each cycle at its start (rows 0 … T−1).
	StartOfCycle Correction = iota + 1
	// EndOfCycle counts each cycle at its end (rows 1 … T).
	EndOfCycle
	// HalfCycle is the half-cycle correction.
	HalfCycle
	// LifeTable is the life-table (trapezoid) method.
	LifeTable
	// Simpson is Simpson's 1/3 rule.
	Simpson
	// RowWeights takes the weights of the rows from [Model.Weights].
	RowWeights
)

// term counts row `row`, with weight w, with the values of one cycle.
type term struct {
	row int
	w   float64
}

// terms returns, for each cycle k = 1 … T (index k), the rows counted with
// that cycle's values and their weights.
func (c Correction) terms(T int, weights []float64) [][]term {
	out := make([][]term, T+1)
	node := func(w []float64) {
		for t, x := range w {
			if x == 0 {
				continue
			}
			k := max(t, 1)
			out[k] = append(out[k], term{t, x})
		}
	}
	switch c {
	case StartOfCycle:
		for k := 1; k <= T; k++ {
			out[k] = []term{{k - 1, 1}}
		}
	case EndOfCycle:
		for k := 1; k <= T; k++ {
			out[k] = []term{{k, 1}}
		}
	case LifeTable:
		for k := 1; k <= T; k++ {
			out[k] = []term{{k - 1, 0.5}, {k, 0.5}}
		}
	case HalfCycle:
		w := make([]float64, T+1)
		for t := range w {
			w[t] = 1
		}
		w[0], w[T] = 0.5, 0.5
		node(w)
	case Simpson:
		node(SimpsonWeights(T))
	case RowWeights:
		node(weights)
	}
	return out
}

// SimpsonWeights returns the weights of rows 0 … T under [Simpson]: the
// composite 1/3 rule for even T; for odd T ≥ 3 the 1/3 rule on rows 0 … T−3
// and the 3/8 rule on the last three intervals; ½, ½ for T = 1.
func SimpsonWeights(T int) []float64 {
	w := make([]float64, T+1)
	if T == 1 {
		w[0], w[1] = 0.5, 0.5
		return w
	}
	even := T
	if T%2 == 1 {
		even = T - 3
	}
	for t := 0; t <= even && even > 0; t++ {
		switch {
		case t == 0 || t == even:
			w[t] += 1.0 / 3
		case t%2 == 1:
			w[t] += 4.0 / 3
		default:
			w[t] += 2.0 / 3
		}
	}
	if even != T {
		for i, x := range [4]float64{3.0 / 8, 9.0 / 8, 9.0 / 8, 3.0 / 8} {
			w[even+i] += x
		}
	}
	return w
}
