package mcda

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"
)

// matrixFromBytes decodes a small matrix from fuzz input: the first two
// bytes size it, then each float64 comes from eight bytes (so NaN, ±Inf,
// huge and subnormal values all occur).
func matrixFromBytes(b []byte) (Matrix, bool) {
	if len(b) < 2 {
		return Matrix{}, false
	}
	nAlt, nCrit := 1+int(b[0]%5), 1+int(b[1]%4)
	b = b[2:]
	next := func() float64 {
		if len(b) < 8 {
			return 1
		}
		x := math.Float64frombits(binary.LittleEndian.Uint64(b))
		b = b[8:]
		return x
	}
	m := Matrix{}
	for j := range nCrit {
		sw := next()
		d := HigherIsBetter
		if math.Signbit(sw) {
			d, sw = LowerIsBetter, -sw
		}
		m.Criteria = append(m.Criteria, Criterion{ID: string(rune('a' + j)), Direction: d, Swing: sw})
	}
	for i := range nAlt {
		p := make([]float64, nCrit)
		for j := range p {
			p[j] = next()
		}
		m.Alternatives = append(m.Alternatives, Alternative{ID: string(rune('A' + i)), Performance: p})
	}
	return m, true
}

func floatsToBytes(head []byte, xs ...float64) []byte {
	for _, x := range xs {
		head = binary.LittleEndian.AppendUint64(head, math.Float64bits(x))
	}
	return head
}

var knownErrors = []error{ErrNoCriteria, ErrNoAlternatives, ErrWeight, ErrNotFinite, ErrNotPositive, ErrIndistinct}

func isKnown(err error) bool {
	for _, k := range knownErrors {
		if errors.Is(err, k) {
			return true
		}
	}
	return false
}

// FuzzRank checks the invariants of both methods on any matrix: an error
// is one of the documented sentinels; otherwise weights sum to one,
// weighted-sum scores lie in 0–100, TOPSIS closeness in 0–1, nothing is NaN,
// and ranks agree with the order.
func FuzzRank(f *testing.F) {
	f.Add(floatsToBytes([]byte{2, 2}, -1, 2, 3, 4, 5, 6, 7, 8))
	f.Add(floatsToBytes([]byte{1, 1}, 1, 0, 0, 0, 0))
	f.Add(floatsToBytes([]byte{4, 3}, 100, -50, 1e-300, 1e308, -1e308, 0, 5, 5, 5, 7, 7, 7, 1, 2, 3))
	f.Add(floatsToBytes([]byte{3, 0}, 1, math.NaN(), math.Inf(1), 3))
	f.Add(floatsToBytes([]byte{0, 1}, 0, 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, ok := matrixFromBytes(b)
		if !ok {
			return
		}
		check := func(name string, r Ranking, err error, lo, hi float64) {
			if err != nil {
				if !isKnown(err) {
					t.Fatalf("%s: undocumented error %v", name, err)
				}
				return
			}
			sum := 0.0
			for _, w := range r.Weights {
				sum += w
			}
			if math.Abs(sum-1) > 1e-12 {
				t.Fatalf("%s: weights sum to %v", name, sum)
			}
			order := r.Order()
			for k, id := range order {
				res, _ := r.Result(id)
				if math.IsNaN(res.Score) || res.Score < lo-1e-9 || res.Score > hi+1e-9 {
					t.Fatalf("%s: score %v of %s outside [%v, %v]", name, res.Score, id, lo, hi)
				}
				if k > 0 {
					prev, _ := r.Result(order[k-1])
					if prev.Score < res.Score || prev.Rank > res.Rank {
						t.Fatalf("%s: order %v inconsistent with scores and ranks", name, order)
					}
				}
			}
		}
		r, err := WeightedSum{}.Rank(m)
		check("weighted sum", r, err, 0, 100)
		for _, n := range []Normalisation{Vector, LinearMax, MinMax} {
			r, err := TOPSIS{Normalisation: n}.Rank(m)
			check(n.String(), r, err, 0, 1)
		}
		s, err := WeightedSum{}.Sensitivity(m, SensitivityOptions{Ranking: true})
		if err == nil {
			for _, x := range s {
				for _, iv := range []Interval{x.Top, x.Ranking} {
					if !(iv.Low >= 0 && iv.Low <= x.Weight+1e-12 && iv.High <= 1 && iv.High >= x.Weight-1e-12) {
						t.Fatalf("interval %+v does not bracket weight %v", iv, x.Weight)
					}
				}
			}
		}
	})
}

// FuzzAHP builds reciprocal matrices from arbitrary judgements and checks
// that the weights are positive and sum to one, λmax ≥ n and CR ≥ 0.
func FuzzAHP(f *testing.F) {
	f.Add(floatsToBytes([]byte{3}, 3, 5, 3))
	f.Add(floatsToBytes([]byte{4}, 9, 1.0/9, 2, 7, 0.5, 3))
	f.Add(floatsToBytes([]byte{10}, 2, 3, 4, 5, 6, 7, 8, 9))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 1 {
			return
		}
		n := 1 + int(b[0]%10)
		b = b[1:]
		a := make([][]float64, n)
		for i := range a {
			a[i] = make([]float64, n)
			a[i][i] = 1
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				x := 1.0
				if len(b) >= 8 {
					x = math.Float64frombits(binary.LittleEndian.Uint64(b))
					b = b[8:]
				}
				// Keep judgements on a sane scale, as Saaty's 1/9–9 is.
				if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
					x = 1
				}
				x = math.Max(1.0/81, math.Min(81, math.Abs(x)))
				a[i][j], a[j][i] = x, 1/x
			}
		}
		p, err := AHP(a)
		if err != nil {
			t.Fatalf("AHP of a valid reciprocal matrix: %v", err)
		}
		sum := 0.0
		for _, w := range p.Weights {
			if !(w > 0) {
				t.Fatalf("weight %v not positive", w)
			}
			sum += w
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Fatalf("weights sum to %v", sum)
		}
		if p.LambdaMax < float64(n)-1e-9*float64(n) || p.CR < 0 || math.IsNaN(p.CR) {
			t.Fatalf("λmax %v for n %d, CR %v", p.LambdaMax, n, p.CR)
		}
	})
}
