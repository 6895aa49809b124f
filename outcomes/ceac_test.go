package outcomes

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
)

// Two alternatives with known answers: B costs £20,000 × k/10 more than A
// in draw k = 0 … 9 for one more QALY, so at λ it wins the draws with
// 20,000 × k/10 < λ; an exact tie goes to A, given first.
func TestCEACKnown(t *testing.T) {
	const n = 10
	a := Draws{ID: "A", Costs: make([]float64, n), Effects: make([]float64, n)}
	b := Draws{ID: "B", Costs: make([]float64, n), Effects: make([]float64, n)}
	for k := range n {
		b.Costs[k] = float64(k) * 2000
		b.Effects[k] = 1
	}
	lambdas := []investment.Money{investment.MustGBP("0"), investment.MustGBP("10000"), investment.MustGBP("10000.01"), investment.MustGBP("30000")}
	c, err := CEAC([]Draws{a, b}, lambdas)
	if err != nil {
		t.Fatal(err)
	}
	// λ = 0: draw 0 ties (both NMB 0) and goes to A. λ = 10,000: B wins
	// k = 0 … 4 except the tie at k = 5; at 10,000.01 it wins k = 0 … 5.
	want := [][]float64{{1, 0}, {0.5, 0.5}, {0.4, 0.6}, {0, 1}}
	for i := range lambdas {
		if d := cmp.Diff(want[i], c.Probabilities(i)); d != "" {
			t.Errorf("λ %v (-want +got):\n%s", c.Lambda(i), d)
		}
	}
	// Mean NMB of B at λ: λ − mean cost (£9,000).
	if got := c.MeanNMB(3); !near(got[1], 21000, 1e-9) || got[0] != 0 {
		t.Errorf("MeanNMB at £30,000 = %v", got)
	}
	if c.Optimal(0) != 0 || c.Optimal(3) != 1 || c.Optimal(1) != 1 {
		t.Errorf("Optimal = %d %d %d", c.Optimal(0), c.Optimal(1), c.Optimal(3))
	}
	if d := cmp.Diff([]string{"A", "B"}, c.IDs()); d != "" || c.Len() != 4 {
		t.Errorf("IDs/Len: %s %d", d, c.Len())
	}
}

func randomDraws(seed uint64, nd, na int) []Draws {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	ds := make([]Draws, na)
	for a := range ds {
		ds[a] = Draws{ID: fmt.Sprintf("alt%02d", a), Costs: make([]float64, nd), Effects: make([]float64, nd)}
		for k := range nd {
			ds[a].Costs[k] = float64(int64(1_000_000*a)+r.Int64N(2_000_000)) / 100
			ds[a].Effects[k] = 0.05*float64(a) + r.NormFloat64()*0.05
		}
	}
	return ds
}

func lambdaGrid(n int) []investment.Money {
	ls := make([]investment.Money, n)
	for i := range ls {
		ls[i] = investment.FromPence(int64(i) * 100_000) // £0, £1,000, …
	}
	return ls
}

func TestCEACDeterministicAcrossGOMAXPROCS(t *testing.T) {
	ds := randomDraws(7, 2000, 5)
	ls := lambdaGrid(40)
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	one, err := CEAC(ds, ls)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(4)
	four, err := CEAC(ds, ls)
	if err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(one.prob, four.prob) || !cmp.Equal(one.meanNMB, four.meanNMB) {
		t.Error("CEAC differs between GOMAXPROCS 1 and 4")
	}
	for i := range ls {
		var s float64
		for _, p := range one.Probabilities(i) {
			s += p
		}
		if !near(s, 1, 1e-12) {
			t.Errorf("probabilities at λ %d sum to %v", i, s)
		}
	}
}

func TestCEACErrors(t *testing.T) {
	good := func() []Draws { return randomDraws(1, 3, 2) }
	ls := lambdaGrid(2)
	tests := []struct {
		name    string
		ds      []Draws
		lambdas []investment.Money
		want    error
	}{
		{"no alternatives", nil, ls, ErrNoAlternatives},
		{"no lambdas", good(), nil, ErrLambda},
		{"negative lambda", good(), []investment.Money{investment.MustGBP("-1")}, ErrLambda},
		{"duplicate id", func() []Draws { d := good(); d[1].ID = d[0].ID; return d }(), ls, ErrDuplicateID},
		{"empty id", func() []Draws { d := good(); d[1].ID = ""; return d }(), ls, ErrEmptyID},
		{"no draws", func() []Draws { d := good(); d[0].Costs, d[0].Effects = nil, nil; return d }(), ls, ErrDraws},
		{"unequal draws", func() []Draws { d := good(); d[1].Costs, d[1].Effects = d[1].Costs[:2], d[1].Effects[:2]; return d }(), ls, ErrDraws},
		{"costs and effects differ", func() []Draws { d := good(); d[1].Effects = d[1].Effects[:2]; return d }(), ls, ErrDraws},
		{"NaN effect", func() []Draws { d := good(); d[1].Effects[2] = math.NaN(); return d }(), ls, ErrNotFinite},
		{"infinite cost", func() []Draws { d := good(); d[0].Costs[1] = math.Inf(1); return d }(), ls, ErrNotFinite},
		{"cost overflow", func() []Draws { d := good(); d[0].Costs[0], d[0].Costs[1] = math.MaxFloat64, math.MaxFloat64; return d }(), ls, ErrRange},
		{"overflow", func() []Draws { d := good(); d[1].Effects[2] = 1e308; return d }(), []investment.Money{investment.MustGBP("1000")}, ErrRange},
	}
	for _, tt := range tests {
		if _, err := CEAC(tt.ds, tt.lambdas); !isErr(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}

func BenchmarkCEAC10000x20x100(b *testing.B) {
	ds := randomDraws(11, 10_000, 20)
	ls := lambdaGrid(100)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CEAC(ds, ls); err != nil {
			b.Fatal(err)
		}
	}
}
