package commissioning

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

func FuzzParseStage(f *testing.F) {
	for _, s := range []string{"Analyse", "analyze", " Plan", "DO", "review", "", "Stage(4)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := ParseStage(s)
		if err != nil {
			return
		}
		b, err := st.MarshalText()
		if err != nil {
			t.Fatalf("ParseStage(%q) = %v, which does not marshal: %v", s, st, err)
		}
		back, err := ParseStage(string(b))
		if err != nil || back != st {
			t.Fatalf("%v → %q → %v, %v", st, b, back, err)
		}
	})
}

func FuzzLinesText(f *testing.F) {
	for _, s := range []string{"capital", "costs|benefits", "all", "none", "Revenue, effects", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l Lines
		if err := l.UnmarshalText([]byte(s)); err != nil {
			return
		}
		b, err := l.MarshalText()
		if err != nil {
			t.Fatalf("%q read as %d, which does not marshal: %v", s, l, err)
		}
		var back Lines
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Fatalf("%d → %q → %d, %v", l, b, back, err)
		}
	})
}

// FuzzOptionJSON: any option that reads from JSON writes back to JSON that
// reads to the same option.
func FuzzOptionJSON(f *testing.F) {
	seed, _ := json.Marshal(fullOption())
	f.Add(string(seed))
	f.Add(`{"id":"a","capital":{"amounts":["1.005"]},"bias":{"shares":[{"category":"outsourcing","share":1}]}}`)
	f.Add(`{"id":"b","effects":[0.5,1e300],"outcomes":[3]}`)
	f.Add(`{"00":"0","0000000":{"0000000":["00000"]},"BiAs":{"shAres":[]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var o Option
		if err := json.Unmarshal([]byte(s), &o); err != nil {
			return
		}
		b, err := json.Marshal(o)
		if err != nil {
			return // such as a category number that has no name
		}
		var back Option
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("re-reading %s: %v", b, err)
		}
		if diff := cmp.Diff(o, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip of %s (-want +got):\n%s", b, diff)
		}
	})
}

// FuzzDistribution: a distribution that validates samples finite values
// and has finite quantiles.
func FuzzDistribution(f *testing.F) {
	f.Add(uint8(Normal), 1.0, 0.1, 0.0)
	f.Add(uint8(PERT), 0.9, 1.0, 1.5)
	f.Add(uint8(Gamma), 0.01, 100.0, 0.0)
	f.Add(uint8(Beta), 0.1, 0.1, 0.0)
	f.Add(uint8(Triangular), -1.0, -1.0, 1.0)
	// Shapes so small that both gamma variates of a beta draw underflow.
	f.Add(uint8(Beta), 0.0025, 0.00037037037037037035, 20.666666666666668)
	f.Fuzz(func(t *testing.T, kind uint8, a, b, c float64) {
		d := Distribution{Kind: Kind(kind % 9)}
		switch d.Kind {
		case Fixed:
			d.Value = a
		case Normal:
			d.Mean, d.SD = a, b
		case LogNormal:
			d.Mu, d.Sigma = a, b
		case Gamma:
			d.Shape, d.Rate = a, b
		case Beta:
			d.Alpha, d.Beta = a, b
		case Triangular, PERT:
			d.Min, d.Mode, d.Max = a, b, c
		case Uniform:
			d.Min, d.Max = a, b
		}
		if d.Validate() != nil {
			return
		}
		q, err := d.Quantile(0.5)
		switch {
		case err != nil && !errors.Is(err, ErrNotFinite): // a median beyond float64, such as e^2025
			t.Fatalf("%+v: Quantile(0.5) = %v, %v", d, q, err)
		case err == nil && (math.IsNaN(q) || math.IsInf(q, 0)):
			t.Fatalf("%+v: Quantile(0.5) = %v", d, q)
		}
		s := d.sampler(rand.NewPCG(1, 2))
		for range 20 {
			if x := s.Rand(); math.IsNaN(x) {
				t.Fatalf("%+v: drew NaN", d)
			}
		}
	})
}

// FuzzOptimismRate: the bias of a two-type project lies between the
// types' upper bounds, reduced by the mitigation.
func FuzzOptimismRate(f *testing.F) {
	f.Add(uint8(1), uint8(2), 0.3, 0.92)
	f.Add(uint8(5), uint8(6), 0.5, 0.0)
	f.Fuzz(func(t *testing.T, c1, c2 uint8, share, mitigation float64) {
		a, b := Category(c1%7), Category(c2%7)
		o := OptimismBias{Shares: []Share{{a, share}, {b, 1 - share}}, Mitigation: mitigation}
		r, err := o.Rate(CapitalCost)
		if err != nil {
			return
		}
		ba, _ := OptimismBounds(a, CapitalCost)
		bb, _ := OptimismBounds(b, CapitalCost)
		keep := decimal.NewFromInt(1).Sub(decimal.NewFromFloat(mitigation))
		lo := decimal.Min(ba.Upper, bb.Upper).Mul(keep)
		hi := decimal.Max(ba.Upper, bb.Upper).Mul(keep)
		eps := decimal.New(1, -9)
		if r.LessThan(lo.Sub(eps)) || r.GreaterThan(hi.Add(eps)) {
			t.Fatalf("Rate(%v %v, %v %v, mitigation %v) = %v, outside [%v, %v]", a, share, b, 1-share, mitigation, r, lo, hi)
		}
	})
}
