package mcda

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestWeightedSumSensitivityHandWorked checks the exact breakpoints of the
// services problem. With the quality weight at t (others in proportion),
// A scores 65 − 15t, B 21 + 79t and C 95 − 95t: B stays top for
// t ≥ 44/94, below which A leads; the ranking B, A, C also first changes at
// 44/94. With the cost weight at t, A scores 60 − 10t, B 232/3 − 202t/3 and
// C 100/3 + 170t/3: B stays top for t ≤ 13/43, above which A leads.
func TestWeightedSumSensitivityHandWorked(t *testing.T) {
	s, err := WeightedSum{}.Sensitivity(services(), SensitivityOptions{Ranking: true})
	if err != nil {
		t.Fatal(err)
	}
	q, c := s[0], s[1]
	if q.Criterion != "quality" || q.Weight != 0.5 {
		t.Fatalf("first row %+v", q)
	}
	assertNear(t, "quality Top.Low", q.Top.Low, 44.0/94, 1e-12)
	assertNear(t, "quality Down", q.Down(), 0.5-44.0/94, 1e-12)
	if !q.Top.LowChange || q.Top.LowLeader != "A" || q.Top.HighChange || q.Top.High != 1 || q.Up() != 0.5 {
		t.Errorf("quality Top = %+v", q.Top)
	}
	assertNear(t, "quality Ranking.Low", q.Ranking.Low, 44.0/94, 1e-12)
	if q.Ranking.HighChange {
		t.Errorf("quality Ranking = %+v", q.Ranking)
	}
	assertNear(t, "cost Top.High", c.Top.High, 13.0/43, 1e-12)
	if !c.Top.HighChange || c.Top.HighLeader != "A" || c.Top.LowChange || c.Top.Low != 0 {
		t.Errorf("cost Top = %+v", c.Top)
	}
}

// randomMatrix draws a deterministic problem with nAlt alternatives and
// nCrit criteria.
func randomMatrix(seed uint64, nAlt, nCrit int) Matrix {
	rng := rand.New(rand.NewPCG(seed, 0x6d636461))
	m := Matrix{}
	for j := range nCrit {
		d := HigherIsBetter
		if rng.IntN(3) == 0 {
			d = LowerIsBetter
		}
		m.Criteria = append(m.Criteria, Criterion{ID: fmt.Sprintf("c%d", j), Direction: d, Swing: 1 + 99*rng.Float64()})
	}
	for i := range nAlt {
		p := make([]float64, nCrit)
		for j := range p {
			p[j] = 1 + 100*rng.Float64()
		}
		m.Alternatives = append(m.Alternatives, Alternative{ID: fmt.Sprintf("a%d", i), Performance: p})
	}
	return m
}

// TestSensitivityScanMatchesExact runs the numerical scan that TOPSIS uses
// on the weighted sum, whose breakpoints are known exactly.
func TestSensitivityScanMatchesExact(t *testing.T) {
	o, _ := SensitivityOptions{Ranking: true, Steps: 2000}.withDefaults()
	for seed := range uint64(40) {
		m := randomMatrix(seed, 2+int(seed%6), 2+int(seed%4))
		exact, err := WeightedSum{}.Sensitivity(m, o)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := Weights(m.Criteria)
		v, _ := Values(m)
		sc := make([]float64, len(v))
		numeric := scanAll(m, w, func(wt []float64) []float64 {
			for a := range v {
				sc[a] = dot(wt, v[a])
			}
			return sc
		}, o)
		for i := range exact {
			e, n := exact[i], numeric[i]
			for _, pair := range []struct {
				what string
				e, n Interval
			}{{"Top", e.Top, n.Top}, {"Ranking", e.Ranking, n.Ranking}} {
				if pair.e.LowChange != pair.n.LowChange || pair.e.HighChange != pair.n.HighChange ||
					!near(pair.e.Low, pair.n.Low, 1e-8) || !near(pair.e.High, pair.n.High, 1e-8) {
					t.Errorf("seed %d criterion %d %s: exact %+v, scan %+v", seed, i, pair.what, pair.e, pair.n)
				}
			}
			if e.Top.LowLeader != n.Top.LowLeader || e.Top.HighLeader != n.Top.HighLeader {
				t.Errorf("seed %d criterion %d leaders: exact %+v, scan %+v", seed, i, e.Top, n.Top)
			}
		}
	}
}

// TestTOPSISSensitivityBreakpoints re-ranks just inside and just outside
// each breakpoint that the scan reports.
func TestTOPSISSensitivityBreakpoints(t *testing.T) {
	for _, norm := range []Normalisation{Vector, LinearMax, MinMax} {
		for seed := range uint64(10) {
			m := randomMatrix(100+seed, 4, 3)
			tp := TOPSIS{Normalisation: norm}
			base, err := tp.Rank(m)
			if err != nil {
				t.Fatal(err)
			}
			s, err := tp.Sensitivity(m, SensitivityOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for i, st := range s {
				topAt := func(x float64) string {
					mm := m
					mm.Criteria = append([]Criterion(nil), m.Criteria...)
					wt := make([]float64, len(base.Weights))
					reweight(wt, base.Weights, i, x)
					for j := range mm.Criteria {
						mm.Criteria[j].Swing = max(wt[j], 1e-300)
					}
					r, err := tp.Rank(mm)
					if err != nil {
						t.Fatal(err)
					}
					return r.Top()
				}
				const d = 1e-7
				if st.Top.LowChange {
					if got := topAt(st.Top.Low + d); got != base.Top() {
						t.Errorf("%v seed %d crit %d: top just above Low = %s, want %s", norm, seed, i, got, base.Top())
					}
					if got := topAt(st.Top.Low - d); got != st.Top.LowLeader || got == base.Top() {
						t.Errorf("%v seed %d crit %d: top just below Low = %s, want %s", norm, seed, i, got, st.Top.LowLeader)
					}
				}
				if st.Top.HighChange {
					if got := topAt(st.Top.High - d); got != base.Top() {
						t.Errorf("%v seed %d crit %d: top just below High = %s, want %s", norm, seed, i, got, base.Top())
					}
					if got := topAt(st.Top.High + d); got != st.Top.HighLeader || got == base.Top() {
						t.Errorf("%v seed %d crit %d: top just above High = %s, want %s", norm, seed, i, got, st.Top.HighLeader)
					}
				}
			}
		}
	}
}

func TestSensitivitySingleCriterion(t *testing.T) {
	m := Matrix{Criteria: []Criterion{{ID: "only", Direction: HigherIsBetter, Swing: 3}},
		Alternatives: []Alternative{{ID: "x", Performance: []float64{1}}, {ID: "y", Performance: []float64{2}}}}
	for _, s := range [][]Stability{
		must(WeightedSum{}.Sensitivity(m, SensitivityOptions{})),
		must(TOPSIS{}.Sensitivity(m, SensitivityOptions{})),
	} {
		if s[0].Top != (Interval{Low: 1, High: 1}) || s[0].Down() != 0 || s[0].Up() != 0 {
			t.Errorf("single criterion: %+v", s[0])
		}
	}
}

func TestSensitivityBadOptions(t *testing.T) {
	for _, o := range []SensitivityOptions{{Steps: -1}, {Tolerance: -1e-9}} {
		if _, err := (TOPSIS{}).Sensitivity(cars(), o); !errors.Is(err, ErrNotPositive) {
			t.Errorf("options %+v: error = %v, want ErrNotPositive", o, err)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
