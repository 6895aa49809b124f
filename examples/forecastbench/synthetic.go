package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"

	"github.com/opencommissioning/scp/needs/forecast"
)

// syntheticSeed seeds the synthetic monthly set; series i draws from its
// own PCG stream (syntheticSeed, i), so the set is the same on every
// machine and for any number of series asked for.
const syntheticSeed = 20001428

// syntheticMonthly returns n synthetic monthly series in the shape of the
// M3 monthly data (Makridakis & Hibon 2000: 1,428 series of 48–126
// training months, horizon 18). They are not M3 data. Each series follows
// a multiplicative-error state-space process: a level between 1,000 and
// 10,000, a damped trend of −0.5% to +1% a month (φ in [0.9, 1]),
// multiplicative seasonal indices of amplitude 0–40% (none for one series
// in four), smoothing of the level, trend and season by α, β, γ drawn in
// [0.05, 0.5], [0, 0.05] and [0, 0.15], and errors of 2–8% (normal,
// relative). Values are rounded to two decimals and floored at 1. The
// training part starts in January of a year between 1980 and 1995.
func syntheticMonthly(n int) []forecast.Holdout {
	const h = 18
	out := make([]forecast.Holdout, n)
	for i := range out {
		r := rand.New(rand.NewPCG(syntheticSeed, uint64(i)))
		nTrain := 48 + r.IntN(79)
		l := 1000 + 9000*r.Float64()
		b := l * (-0.005 + 0.015*r.Float64())
		phi := 0.9 + 0.1*r.Float64()
		amp := 0.4 * r.Float64()
		if r.IntN(4) == 0 {
			amp = 0
		}
		s := make([]float64, 12)
		var sum float64
		for k := range s {
			s[k] = 1 + amp*math.Sin(2*math.Pi*float64(k)/12+2*math.Pi*r.Float64()) + amp/3*r.NormFloat64()
			s[k] = math.Max(s[k], 0.2)
			sum += s[k]
		}
		for k := range s {
			s[k] *= 12 / sum
		}
		alpha, beta, gamma := 0.05+0.45*r.Float64(), 0.05*r.Float64(), 0.15*r.Float64()
		sigma := 0.02 + 0.06*r.Float64()
		y := make([]float64, nTrain+h)
		for t := range y {
			q := l + phi*b
			k := t % 12
			mu := q * s[k]
			e := sigma * r.NormFloat64()
			v := math.Max(mu*(1+e), 1)
			y[t] = math.Round(v*100) / 100
			nl := math.Max(q*(1+alpha*e), 1)
			b = phi*b + beta*(nl-l-phi*b)
			l = nl
			s[k] *= 1 + gamma*e
		}
		out[i] = forecast.Holdout{
			ID:       fmt.Sprintf("S%04d", i+1),
			Category: "SYNTHETIC",
			Train:    forecast.Series{Start: 1980 + r.IntN(16), Period: 1, Frequency: forecast.Monthly, Values: y[:nTrain]},
			Test:     y[nTrain:],
		}
	}
	return out
}

// writeLong writes hs in the long form ReadLong reads, with t, year and
// period columns.
func writeLong(w io.Writer, hs []forecast.Holdout) error {
	if _, err := io.WriteString(w, "id,category,t,year,period,value,split\n"); err != nil {
		return err
	}
	for _, h := range hs {
		m := int(h.Train.Frequency)
		if m == 0 {
			m = 1
		}
		n := len(h.Train.Values)
		all := append(append([]float64(nil), h.Train.Values...), h.Test...)
		for t, v := range all {
			p := max(h.Train.Period, 1) - 1 + t
			split := "train"
			if t >= n {
				split = "test"
			}
			line := h.ID + "," + h.Category + "," + strconv.Itoa(t+1) + "," + strconv.Itoa(h.Train.Start+p/m) + "," +
				strconv.Itoa(p%m+1) + "," + strconv.FormatFloat(v, 'f', -1, 64) + "," + split + "\n"
			if _, err := io.WriteString(w, line); err != nil {
				return err
			}
		}
	}
	return nil
}
