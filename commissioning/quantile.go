package commissioning

import (
	"math"
	"sync"
	"sync/atomic"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// Correlated inputs are drawn through a Gaussian copula: input k gets a
// standard normal score z, and its value is g(z) = F⁻¹(Φ(z)), with F the
// input's distribution function and Φ the standard normal one. This file
// computes g.
//
// Normal, log-normal, uniform and triangular inputs have closed forms.
// Beta, PERT and gamma inputs need the inverse of an incomplete beta or
// gamma function, which costs microseconds a call; for a simulation of
// many draws g is tabulated once per distinct distribution (a
// [scoreTable]) and interpolated.

const (
	// scoreMax bounds the normal scores of beta, PERT and gamma inputs:
	// scores beyond ±scoreMax (probability 1.6e-16 each side) are taken
	// as ±scoreMax, so unbounded distributions give finite values.
	scoreMax = 8.25
	// tableIntervals is the number of equal steps in z of a scoreTable.
	tableIntervals = 1024
	// tableTol is a scoreTable's largest error, relative to the distance
	// between its end values.
	tableTol = 1e-9
	// tableMinDraws is the number of draws from which a table is built:
	// the table costs about 2 × tableIntervals exact inversions.
	tableMinDraws = 4 * tableIntervals
)

// scorer maps a standard normal score to a value of a distribution.
type scorer interface {
	at(z float64) float64
}

// normCDF returns Φ(z), accurate in the lower tail.
func normCDF(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

// exactScorer computes g exactly, to the precision of the inverse
// distribution functions.
type exactScorer struct{ d Distribution }

func (e exactScorer) at(z float64) float64 { return e.d.atScore(z) }

// atScore returns F⁻¹(Φ(z)) for d's distribution function F. Upper-tail
// values are computed from the upper-tail probability Φ(−z), so that they
// keep their precision when Φ(z) rounds to 1. d must be valid.
func (d Distribution) atScore(z float64) float64 {
	switch d.Kind {
	case Normal:
		return d.Mean + d.SD*z
	case LogNormal:
		return math.Exp(d.Mu + d.Sigma*z)
	case Uniform:
		if z <= 0 {
			return d.Min + (d.Max-d.Min)*normCDF(z)
		}
		return d.Max - (d.Max-d.Min)*normCDF(-z)
	case Triangular:
		span := d.Max - d.Min
		if p := normCDF(z); p <= (d.Mode-d.Min)/span {
			return d.Min + math.Sqrt(p*span*(d.Mode-d.Min))
		}
		return d.Max - math.Sqrt(normCDF(-z)*span*(d.Max-d.Mode))
	case Beta, PERT:
		a, b, lo, span := d.Alpha, d.Beta, 0.0, 1.0
		if d.Kind == PERT {
			a, b = d.pertShapes()
			lo, span = d.Min, d.Max-d.Min
		}
		z = min(max(z, -scoreMax), scoreMax)
		if z <= 0 {
			return lo + span*mathext.InvRegIncBeta(a, b, normCDF(z))
		}
		// The upper tail of Beta(a, b) is the lower tail of Beta(b, a)
		// reflected.
		return (lo + span) - span*mathext.InvRegIncBeta(b, a, normCDF(-z))
	case Gamma:
		z = min(max(z, -scoreMax), scoreMax)
		if z <= 0 {
			return mathext.GammaIncRegInv(d.Shape, normCDF(z)) / d.Rate
		}
		return mathext.GammaIncRegCompInv(d.Shape, normCDF(-z)) / d.Rate
	}
	return d.Value
}

// logDensity returns the log of d's density at x, for the kinds that
// scoreTable handles.
func (d Distribution) logDensity(x float64) float64 {
	switch d.Kind {
	case Beta:
		return distuv.Beta{Alpha: d.Alpha, Beta: d.Beta}.LogProb(x)
	case PERT:
		a, b := d.pertShapes()
		span := d.Max - d.Min
		return distuv.Beta{Alpha: a, Beta: b}.LogProb((x-d.Min)/span) - math.Log(span)
	case Gamma:
		return distuv.Gamma{Alpha: d.Shape, Beta: d.Rate}.LogProb(x)
	}
	return math.NaN()
}

// scoreTable is g = F⁻¹∘Φ as a piecewise cubic Hermite interpolant on
// [−scoreMax, scoreMax] in tableIntervals equal steps of z: the nodes
// hold exact values of g, and the slopes are exact too, g′(z) =
// φ(z)/f(g(z)) with f the density. The nodes are equally spaced in z, so
// in probability u = Φ(z) they crowd into both tails.
//
// A table is only used when, at build time, it passes two checks: the
// Fritsch–Carlson condition (α, β ≥ 0 and α + β ≤ 3 for each interval's
// scaled end slopes), which makes the interpolant monotone; and at every
// interval's midpoint, where a cubic Hermite interpolant's error
// h⁴g⁗/384 peaks, the error against the exact g is at most tableTol times
// the table's span g(scoreMax) − g(−scoreMax). Otherwise (very small
// shapes, whose g is too steep for the grid) the draws use the exact g.
type scoreTable struct {
	// c holds per interval i the cubic y0 + s(d0 + s(c2 + s·c3)) in the
	// interval's local coordinate s ∈ [0, 1].
	c [tableIntervals][4]float64
}

const tableStep = 2 * scoreMax / tableIntervals

// newScoreTable builds and checks the table of d, whose kind is Beta,
// PERT or Gamma; ok is false if the table misses the checks.
func newScoreTable(d Distribution) (t *scoreTable, ok bool) {
	const n = tableIntervals
	var y, m [n + 1]float64 // values and slopes × step at the nodes
	logPhi0 := -0.5 * math.Log(2*math.Pi)
	for i := range n + 1 {
		z := -scoreMax + float64(i)*tableStep
		y[i] = d.atScore(z)
		m[i] = tableStep * math.Exp(logPhi0-z*z/2-d.logDensity(y[i]))
		if math.IsNaN(y[i]) || math.IsInf(y[i], 0) || !(m[i] >= 0) || math.IsInf(m[i], 0) {
			return nil, false
		}
	}
	span := y[n] - y[0]
	if !(span > 0) {
		return nil, false
	}
	// The exact inverses carry rounding noise, and near a bound the values
	// can be equal to the last bit: nodes are made non-decreasing (the
	// midpoint check below covers the change).
	for i := range n {
		if y[i+1] < y[i] {
			if y[i]-y[i+1] > tableTol*span {
				return nil, false
			}
			y[i+1] = y[i]
		}
	}
	t = new(scoreTable)
	for i := range n {
		delta := y[i+1] - y[i]
		switch {
		case delta == 0:
			t.c[i] = [4]float64{y[i], 0, 0, 0}
		case (m[i]+m[i+1])/delta <= 3:
			t.c[i] = [4]float64{y[i], m[i], 3*delta - 2*m[i] - m[i+1], m[i] + m[i+1] - 2*delta}
		default:
			// Slopes out of the monotone region: the interval is
			// interpolated linearly, and must still pass the check.
			t.c[i] = [4]float64{y[i], delta, 0, 0}
		}
		z := -scoreMax + (float64(i)+0.5)*tableStep
		if !(math.Abs(t.at(z)-d.atScore(z)) <= tableTol*span) {
			return nil, false
		}
	}
	return t, true
}

// at returns the interpolated g(z); scores beyond ±scoreMax are taken as
// ±scoreMax.
func (t *scoreTable) at(z float64) float64 {
	z = min(max(z, -scoreMax), scoreMax)
	x := (z + scoreMax) * (1 / tableStep)
	i := int(x)
	if i >= tableIntervals {
		i = tableIntervals - 1
	}
	s := x - float64(i)
	c := &t.c[i]
	return c[0] + s*(c[1]+s*(c[2]+s*c[3]))
}

// buildScorers returns how each input marked in copula is drawn through
// the copula in a simulation of the given number of draws: beta, PERT and
// gamma inputs by a [scoreTable] when the draws are at least
// tableMinDraws and the table passes its checks, every other case by the
// exact g. One table is built per distinct distribution, the tables
// shared among up to workers goroutines; each table depends only on its
// distribution, so the result does not depend on workers.
func buildScorers(inputs []Input, copula []bool, draws, workers int) []scorer {
	out := make([]scorer, len(inputs))
	var distinct []Distribution
	index := map[Distribution]int{}
	for k, in := range inputs {
		if !copula[k] {
			continue
		}
		out[k] = exactScorer{in.Dist}
		switch in.Dist.Kind {
		case Beta, PERT, Gamma:
			if draws < tableMinDraws {
				continue
			}
			if _, ok := index[in.Dist]; !ok {
				index[in.Dist] = len(distinct)
				distinct = append(distinct, in.Dist)
			}
		}
	}
	if len(distinct) == 0 {
		return out
	}
	tables := make([]*scoreTable, len(distinct))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(distinct))) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(distinct) {
					return
				}
				if t, ok := newScoreTable(distinct[i]); ok {
					tables[i] = t
				}
			}
		})
	}
	wg.Wait()
	for k, in := range inputs {
		if i, ok := index[in.Dist]; ok && copula[k] && tables[i] != nil {
			out[k] = tables[i]
		}
	}
	return out
}
