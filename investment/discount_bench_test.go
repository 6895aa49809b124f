package investment

import (
	"math"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// The present-value benchmarks discount 100,000 cash-flow streams of 30
// years, the size of the peers' NPV benchmark (peers README), on the peers'
// stepped schedule, three ways over the same data:
//
//   - Exact: Schedule.PresentValues, penny-exact;
//   - Float64: a plain float64 loop, Σ pounds × float factor per stream;
//   - NaiveDecimal (10,000 streams only): shopspring Mul and Add per term.
//
// The streams are synthetic but shaped like the peers' (capital in years
// 0–2, benefits ramping up, running costs) and deterministic (PCG, fixed
// seed); whole pence up to about £2m a year.

const (
	benchStreams = 100_000
	benchYears   = 30
)

type benchCashflows struct {
	flows   []Flow
	pounds  []float64 // benchStreams × benchYears, row by row
	factors []float64
	s       Schedule
}

var benchData = sync.OnceValue(func() *benchCashflows {
	rng := rand.New(rand.NewPCG(2_100_000, 30))
	d := &benchCashflows{
		flows:  make([]Flow, benchStreams),
		pounds: make([]float64, 0, benchStreams*benchYears),
		s:      steppedSchedule(),
	}
	pence := make([]int64, benchYears)
	for i := range d.flows {
		life := 10 + rng.IntN(21)
		capital := 50_000_00 + rng.Int64N(150_000_000)
		benefit := capital / int64(5+rng.IntN(10))
		running := benefit / int64(3+rng.IntN(5))
		for t := range pence {
			var p int64
			switch {
			case t < 3:
				p = -capital * int64(3-t) / 6
			case t < life:
				ramp := min(int64(t-2), 4)
				p = benefit*ramp/4 - running*int64(100+3*t)/100
			}
			if p != 0 {
				p += rng.Int64N(int64(absPence(p))/12+1) * int64(1-2*rng.IntN(2)) // about 8% noise
			}
			pence[t] = p
			d.pounds = append(d.pounds, float64(p)/100)
		}
		d.flows[i] = FlowFromPence(pence...)
	}
	for t := range benchYears {
		d.factors = append(d.factors, d.s.FactorFloat(t))
	}
	return d
})

// BenchmarkPresentValue100kExact discounts 100,000 × 30 years exactly to the
// penny with Schedule.PresentValues.
func BenchmarkPresentValue100kExact(b *testing.B) {
	d := benchData()
	b.ReportAllocs()
	for b.Loop() {
		out := d.s.PresentValues(d.flows)
		if len(out) != benchStreams {
			b.Fatal(len(out))
		}
	}
}

// BenchmarkPresentValue100kExactOneByOne is the same with one call to
// Schedule.PresentValue per stream.
func BenchmarkPresentValue100kExactOneByOne(b *testing.B) {
	d := benchData()
	out := make([]Money, benchStreams)
	b.ReportAllocs()
	for b.Loop() {
		for i, f := range d.flows {
			out[i] = d.s.PresentValue(f)
		}
	}
}

// BenchmarkPresentValue100kFloat64 is the float64 loop over the same data:
// the speed reference, not exact.
func BenchmarkPresentValue100kFloat64(b *testing.B) {
	d := benchData()
	out := make([]float64, benchStreams)
	b.ReportAllocs()
	for b.Loop() {
		presentValuesFloat64(d.pounds, d.factors, out)
	}
	if math.IsNaN(out[0]) {
		b.Fatal("NaN")
	}
}

// presentValuesFloat64 sets out[i] to Σ pounds[i×30+t] × factors[t]. It is a
// function of its own, as the exact path is, so that both are compiled the
// same way inside the benchmark loop.
func presentValuesFloat64(pounds, factors, out []float64) {
	df := factors[:benchYears]
	for i := range out {
		row := pounds[i*benchYears : (i+1)*benchYears]
		var sum float64
		for t, v := range row {
			sum += v * df[t]
		}
		out[i] = sum
	}
}

// BenchmarkPresentValue10kNaiveDecimal discounts the first 10,000 streams
// with shopspring Mul and Add per term and one Round per stream: the naive
// exact path, a tenth of the size of the others.
func BenchmarkPresentValue10kNaiveDecimal(b *testing.B) {
	d := benchData()
	const n = 10_000
	amounts := make([][]decimal.Decimal, n)
	for i := range amounts {
		amounts[i] = make([]decimal.Decimal, benchYears)
		for t := range benchYears {
			amounts[i][t] = d.flows[i].At(t).Decimal()
		}
	}
	factors := d.s.Factors(benchYears)
	out := make([]decimal.Decimal, n)
	b.ReportAllocs()
	for b.Loop() {
		for i, row := range amounts {
			var sum decimal.Decimal
			for t, a := range row {
				sum = sum.Add(a.Mul(factors[t]))
			}
			out[i] = sum.Round(2)
		}
	}
}

// TestBenchDataAgreesWithDecimal keeps the benchmark honest: its exact path
// agrees with the decimal computation on a sample of its streams.
func TestBenchDataAgreesWithDecimal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 100,000 streams")
	}
	d := benchData()
	got := d.s.PresentValues(d.flows)
	for i := 0; i < benchStreams; i += 101 {
		if want := decimalPresentValue(d.s, d.flows[i]); !got[i].Equal(want) {
			t.Errorf("stream %d: PresentValue = %v, decimal %v", i, got[i], want)
		}
	}
}

func BenchmarkIRR30Years(b *testing.B) {
	f := benchData().flows[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := IRRs(f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXIRR(b *testing.B) {
	amounts, dates := []Money{MustGBP("-10000"), MustGBP("2750"), MustGBP("4250"), MustGBP("3250"), MustGBP("2750")},
		[]time.Time{time.Date(2008, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2008, 3, 1, 0, 0, 0, 0, time.UTC),
			time.Date(2008, 10, 30, 0, 0, 0, 0, time.UTC), time.Date(2009, 2, 15, 0, 0, 0, 0, time.UTC),
			time.Date(2009, 4, 1, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := XIRR(amounts, dates); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScheduleFactorsCold builds the first 400 Green Book factors of a
// new schedule (the one-off cost of a schedule's table).
func BenchmarkScheduleFactorsCold(b *testing.B) {
	bands := GreenBook().Bands()
	b.ReportAllocs()
	for b.Loop() {
		MustSchedule(bands...).Factor(399)
	}
}
