package commissioning

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
)

func mustDist(d Distribution, err error) Distribution {
	if err != nil {
		panic(err)
	}
	return d
}

// portfolio returns n deterministic options over the given years, and
// inputs giving each option an uncertain capital cost (PERT), revenue
// cost (triangular) and benefit (log-normal), plus two inputs shared by
// every option: benefit realisation from year 3 (beta, scaled around 1 by
// a second factor) and a revenue cost uplift (gamma with mean 1).
func portfolio(n, years int) ([]Option, []Input) {
	opts := make([]Option, n)
	var inputs []Input
	for i := range opts {
		capital := make([]investment.Money, years)
		revenue := make([]investment.Money, years)
		benefits := make([]investment.Money, years)
		scale := int64(100 + (i*37)%400)
		capital[0] = investment.FromPence(scale * 1_000_000)
		for t := 1; t < years; t++ {
			revenue[t] = investment.FromPence(scale * 50_000)
			benefits[t] = investment.FromPence(scale * int64(150_000+(i*7919+t*104729)%100_000))
		}
		id := fmt.Sprintf("opt%03d", i)
		opts[i] = Option{ID: id, Capital: investment.NewFlow(capital...),
			Revenue: investment.NewFlow(revenue...), Benefits: investment.NewFlow(benefits...)}
		inputs = append(inputs,
			Input{Name: id + " capital", Option: id, Lines: Capital, Dist: mustDist(NewPERT(0.9, 1, 1.5))},
			Input{Name: id + " revenue", Option: id, Lines: Revenue, Dist: mustDist(NewTriangular(0.9, 1, 1.3))},
			Input{Name: id + " benefits", Option: id, Lines: Benefits, Dist: mustDist(NewLogNormal(0, 0.2))},
		)
	}
	var late []int
	for t := 3; t < years; t++ {
		late = append(late, t)
	}
	inputs = append(inputs,
		Input{Name: "realisation", Lines: Benefits, Years: late, Dist: mustDist(NewBeta(18, 2))},
		Input{Name: "uplift", Lines: Revenue, Dist: mustDist(NewGamma(100, 100))},
	)
	return opts, inputs
}

func TestSimulateDeterministicAcrossWorkers(t *testing.T) {
	opts, inputs := portfolio(6, 8)
	corr := make([][]float64, len(inputs))
	for i := range corr {
		corr[i] = make([]float64, len(inputs))
		corr[i][i] = 1
	}
	// Capital over-runs of the first two options move together.
	corr[0][3], corr[3][0] = 0.6, 0.6
	for _, c := range []struct {
		name string
		corr [][]float64
	}{{"independent", nil}, {"correlated", corr}} {
		t.Run(c.name, func(t *testing.T) {
			var first SimulationResult
			for _, w := range []int{1, 2, 3, 7} {
				sim := Simulation{Inputs: inputs, Correlation: c.corr, Draws: 1500, Seed: 42, Workers: w, KeepDraws: true}
				got, err := Appraiser{}.Simulate(context.Background(), opts, sim)
				if err != nil {
					t.Fatal(err)
				}
				if w == 1 {
					first = got
					continue
				}
				if diff := cmp.Diff(first, got); diff != "" {
					t.Fatalf("workers %d differ from 1 (-want +got):\n%s", w, diff)
				}
			}
			other, err := Appraiser{}.Simulate(context.Background(), opts, Simulation{Inputs: inputs, Correlation: c.corr, Draws: 1500, Seed: 43})
			if err != nil {
				t.Fatal(err)
			}
			if other.Options[0].Mean.Equal(first.Options[0].Mean) {
				t.Errorf("seeds 42 and 43 gave the same mean %v", other.Options[0].Mean)
			}
		})
	}
}

// TestSimulateFixedMatchesAppraise: with every input fixed at 1 each draw
// is the deterministic appraisal, to float64 precision.
func TestSimulateFixedMatchesAppraise(t *testing.T) {
	opts, _ := portfolio(4, 6)
	opts[1].Bias = OptimismBias{Shares: []Share{{StandardBuildings, 1}}}
	in := []Input{{Name: "none", Lines: AllLines, Dist: Distribution{Kind: Fixed, Value: 1}}}
	got, err := Appraiser{}.Simulate(context.Background(), opts, Simulation{Inputs: in, Draws: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	aps, err := Appraiser{}.Appraise(opts...)
	if err != nil {
		t.Fatal(err)
	}
	best := 0
	for i, ap := range aps {
		r := got.Options[i]
		if d := r.Mean.Sub(ap.NPSV).Abs(); d.Compare(investment.MustGBP("0.02")) > 0 {
			t.Errorf("%s: simulated mean %v, appraised NPSV %v", ap.ID, r.Mean, ap.NPSV)
		}
		if !r.SD.IsZero() {
			t.Errorf("%s: SD %v, want 0", ap.ID, r.SD)
		}
		if ap.NPSV.Compare(aps[best].NPSV) > 0 {
			best = i
		}
	}
	if got.Options[best].ProbBest != 1 {
		t.Errorf("ProbBest of %s = %v, want 1", aps[best].ID, got.Options[best].ProbBest)
	}
}

// TestSimulateMoments checks the sampled factors against their
// distributions' means: an option with one benefit of £1,000 in year 0 has
// NPSV equal to 1000 × the factor.
func TestSimulateMoments(t *testing.T) {
	o := Option{ID: "o", Benefits: gbp("1000")}
	cases := []struct {
		d        Distribution
		mean, sd float64
	}{
		{mustDist(NewNormal(1, 0.1)), 1, 0.1},
		{mustDist(NewLogNormal(0, 0.25)), math.Exp(0.25 * 0.25 / 2), math.Sqrt((math.Exp(0.0625) - 1) * math.Exp(0.0625))},
		{mustDist(NewGamma(4, 4)), 1, 0.5},
		{mustDist(NewBeta(2, 3)), 0.4, math.Sqrt(6.0 / (25 * 6))},
		{mustDist(NewTriangular(0, 1, 2)), 1, math.Sqrt(1.0 / 6)},
		{mustDist(NewPERT(0, 1, 4)), 8.0 / 6, math.Sqrt((8.0 / 6) * (4 - 8.0/6) / 7)},
		{mustDist(NewUniform(0, 2)), 1, math.Sqrt(4.0 / 12)},
		{mustDist(NewFixed(1.5)), 1.5, 0},
	}
	for _, c := range cases {
		for _, corr := range [][][]float64{nil, {{1}}} {
			t.Run(fmt.Sprintf("%v/copula=%v", c.d.Kind, corr != nil), func(t *testing.T) {
				sim := Simulation{Inputs: []Input{{Name: "f", Lines: Benefits, Dist: c.d}}, Correlation: corr, Draws: 20000, Seed: 7}
				got, err := Appraiser{}.Simulate(context.Background(), []Option{o}, sim)
				if err != nil {
					t.Fatal(err)
				}
				mean := got.Options[0].Mean.Float64() / 1000
				sd := got.Options[0].SD.Float64() / 1000
				// Five standard errors of the mean; 5% on the SD.
				if !approx(mean, c.mean, 5*c.sd/math.Sqrt(20000)+1e-5) {
					t.Errorf("mean factor %v, want %v", mean, c.mean)
				}
				if !approx(sd, c.sd, 0.05*c.sd+1e-5) {
					t.Errorf("sd factor %v, want %v", sd, c.sd)
				}
			})
		}
	}
}

func TestSimulateCorrelation(t *testing.T) {
	o1 := Option{ID: "a", Benefits: gbp("1000")}
	o2 := Option{ID: "b", Benefits: gbp("1000")}
	n, _ := NewNormal(1, 0.2)
	in := []Input{{Name: "x", Option: "a", Lines: Benefits, Dist: n}, {Name: "y", Option: "b", Lines: Benefits, Dist: n}}
	sim := Simulation{Inputs: in, Correlation: [][]float64{{1, 0.8}, {0.8, 1}}, Draws: 20000, Seed: 3, KeepDraws: true}
	got, err := Appraiser{}.Simulate(context.Background(), []Option{o1, o2}, sim)
	if err != nil {
		t.Fatal(err)
	}
	x, y := got.Options[0].NPSV, got.Options[1].NPSV
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= float64(len(x))
	my /= float64(len(y))
	var sxy, sxx, syy float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
		syy += (y[i] - my) * (y[i] - my)
	}
	if r := sxy / math.Sqrt(sxx*syy); !approx(r, 0.8, 0.02) {
		t.Errorf("correlation %v, want 0.8", r)
	}
	if p := got.Options[0].ProbBest + got.Options[1].ProbBest; p != 1 {
		t.Errorf("ProbBest sums to %v", p)
	}
}

func TestSimulateCEACAndProgress(t *testing.T) {
	cheap := Option{ID: "cheap", Revenue: gbp("1000"), Effects: []float64{0.1}}
	dear := Option{ID: "dear", Revenue: gbp("5000"), Effects: []float64{0.3}}
	eff, _ := NewNormal(1, 0.3)
	in := []Input{{Name: "effect", Option: "dear", Lines: Effects, Dist: eff}}
	var mu sync.Mutex
	var calls []int
	sim := Simulation{Inputs: in, Draws: 1000, Seed: 5, Workers: 2,
		Lambdas: []investment.Money{investment.MustGBP("0"), investment.MustGBP("20000"), investment.MustGBP("100000")},
		Progress: func(done, total int) {
			mu.Lock()
			calls = append(calls, done)
			mu.Unlock()
		}}
	got, err := Appraiser{}.Simulate(context.Background(), []Option{cheap, dear}, sim)
	if err != nil {
		t.Fatal(err)
	}
	if got.CEAC == nil || got.CEAC.Len() != 3 {
		t.Fatalf("CEAC = %v, want three λ", got.CEAC)
	}
	// At λ = 0 the cheaper option always wins; at £100,000 a QALY the dearer
	// one (ICER £20,000 at its mean effect) nearly always does.
	if p := got.CEAC.Probabilities(0); p[0] != 1 {
		t.Errorf("P(cheap best at λ=0) = %v, want 1", p[0])
	}
	if p := got.CEAC.Probabilities(2); p[1] < 0.9 {
		t.Errorf("P(dear best at λ=100k) = %v, want > 0.9", p[1])
	}
	if !approx(got.Options[1].MeanEffects, 0.3, 0.01) {
		t.Errorf("MeanEffects = %v, want 0.3", got.Options[1].MeanEffects)
	}
	if len(calls) == 0 || calls[len(calls)-1] != 1000 {
		t.Errorf("progress calls %v, want ending at 1000", calls)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i] <= calls[i-1] {
			t.Errorf("progress not increasing: %v", calls)
		}
	}
}

func TestSimulateCancel(t *testing.T) {
	opts, inputs := portfolio(5, 5)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Appraiser{}.Simulate(ctx, opts, Simulation{Inputs: inputs, Draws: 5000})
	if !isErr(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

func TestSimulateErrors(t *testing.T) {
	o := []Option{{ID: "a", Benefits: gbp("1")}}
	n, _ := NewNormal(1, 0.1)
	good := Input{Name: "x", Lines: Benefits, Dist: n}
	cases := []struct {
		name string
		sim  Simulation
		want error
	}{
		{"bad distribution", Simulation{Inputs: []Input{{Name: "x", Lines: Benefits, Dist: Distribution{Kind: Normal, SD: -1}}}}, ErrParameter},
		{"unknown option", Simulation{Inputs: []Input{{Name: "x", Option: "zz", Lines: Benefits, Dist: n}}}, ErrUnknownID},
		{"no lines", Simulation{Inputs: []Input{{Name: "x", Dist: n}}}, ErrNoLines},
		{"negative draws", Simulation{Inputs: []Input{good}, Draws: -1}, ErrDraws},
		{"percentile", Simulation{Inputs: []Input{good}, Percentiles: []float64{101}}, ErrPercentile},
		{"NaN percentile", Simulation{Inputs: []Input{good}, Percentiles: []float64{math.NaN()}}, ErrPercentile},
		{"correlation size", Simulation{Inputs: []Input{good}, Correlation: [][]float64{{1, 0}, {0, 1}}}, ErrCorrelation},
		{"correlation diagonal", Simulation{Inputs: []Input{good}, Correlation: [][]float64{{0.5}}}, ErrCorrelation},
		{"correlation NaN", Simulation{Inputs: []Input{good, {Name: "y", Lines: Capital, Dist: n}}, Correlation: [][]float64{{1, math.NaN()}, {math.NaN(), 1}}}, ErrNotFinite},
		{"correlation asymmetric", Simulation{Inputs: []Input{good, {Name: "y", Lines: Capital, Dist: n}}, Correlation: [][]float64{{1, 0.5}, {0.4, 1}}}, ErrCorrelation},
		{"not positive definite", Simulation{Inputs: []Input{good, {Name: "y", Lines: Capital, Dist: n}, {Name: "z", Lines: Revenue, Dist: n}},
			Correlation: [][]float64{{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}}, ErrCorrelation},
		{"negative lambda", Simulation{Inputs: []Input{good}, Draws: 10, Lambdas: []investment.Money{investment.MustGBP("-1")}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Appraiser{}.Simulate(context.Background(), o, c.sim)
			if c.want == nil {
				if err == nil {
					t.Fatalf("no error")
				}
				return
			}
			if !isErr(err, c.want) {
				t.Fatalf("error %v, want %v", err, c.want)
			}
		})
	}
}

// BenchmarkSimulate is the goal of 10,000 draws × 50 options × 10 years
// (152 uncertain inputs: three per option and two shared).
func BenchmarkSimulate(b *testing.B) {
	opts, inputs := portfolio(50, 10)
	sim := Simulation{Inputs: inputs, Draws: 10_000, Seed: 1}
	b.Logf("GOMAXPROCS %d", runtime.GOMAXPROCS(0))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Appraiser{}).Simulate(context.Background(), opts, sim); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSimulateCorrelated is the same with each option's capital and
// revenue factors correlated (0.3) through the Gaussian copula: 100 of the
// 152 inputs are then drawn by inversion (triangular in closed form, PERT
// from the table of its inverse regularised incomplete beta function).
func BenchmarkSimulateCorrelated(b *testing.B) {
	opts, inputs := portfolio(50, 10)
	corr := make([][]float64, len(inputs))
	for i := range corr {
		corr[i] = make([]float64, len(inputs))
		corr[i][i] = 1
	}
	for o := range 50 {
		corr[3*o][3*o+1], corr[3*o+1][3*o] = 0.3, 0.3
	}
	sim := Simulation{Inputs: inputs, Correlation: corr, Draws: 10_000, Seed: 1}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Appraiser{}).Simulate(context.Background(), opts, sim); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSimulateCEAC is BenchmarkSimulate with the acceptability curve
// at 21 values of a QALY (£0 to £100,000 by £5,000), from each draw's
// float64 present values of costs and effects.
func BenchmarkSimulateCEAC(b *testing.B) {
	opts, inputs := portfolio(50, 10)
	lambdas := make([]investment.Money, 21)
	for i := range lambdas {
		lambdas[i] = investment.FromPence(int64(i) * 500_000)
	}
	sim := Simulation{Inputs: inputs, Draws: 10_000, Seed: 1, Lambdas: lambdas}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Appraiser{}).Simulate(context.Background(), opts, sim); err != nil {
			b.Fatal(err)
		}
	}
}
