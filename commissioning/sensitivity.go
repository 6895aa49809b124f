package commissioning

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Bar is one bar of a tornado diagram: an input moved from its low to its
// high value with every other input at base, and the NPSV at each end.
type Bar struct {
	Input  string           `json:"input"`
	Low    float64          `json:"low"`
	High   float64          `json:"high"`
	AtLow  investment.Money `json:"atLow"`  // NPSV with the input at Low
	AtHigh investment.Money `json:"atHigh"` // NPSV with the input at High
	Swing  investment.Money `json:"swing"`  // |AtHigh − AtLow|
}

// Tornado is the data of a tornado diagram for one option: the NPSV with
// every input at base, and one bar per input, widest swing first.
type Tornado struct {
	Option string           `json:"option"`
	Base   investment.Money `json:"base"`
	Bars   []Bar            `json:"bars"`
}

// Grid is a two-way sensitivity table for one option: the NPSV for every
// pair of values of two inputs, NPSV[i][j] being at XValues[i] and
// YValues[j], every other input at base.
type Grid struct {
	Option  string               `json:"option"`
	X       string               `json:"x"`
	Y       string               `json:"y"`
	XValues []float64            `json:"xValues"`
	YValues []float64            `json:"yValues"`
	NPSV    [][]investment.Money `json:"npsv"`
}

// evaluator computes an option's NPSV exactly with input factors applied,
// as [Appraiser.Appraise] does: each line's present value is the exact sum
// of amounts times factors, rounded once to the penny.
type evaluator struct {
	s      investment.Schedule
	p      prepared
	inputs []Input
}

func (e evaluator) npsv(v []decimal.Decimal) investment.Money {
	var pv [nLines]investment.Money
	for l := range nLines {
		f := e.p.adjusted[l]
		sum := decimal.Zero
		for t := range f.Len() {
			a := f.At(t)
			if a.IsZero() {
				continue
			}
			x := a.Decimal().Mul(e.s.Factor(t))
			for k, in := range e.inputs {
				if in.applies(e.p.opt.ID, l, t) {
					x = x.Mul(v[k])
				}
			}
			sum = sum.Add(x)
		}
		pv[l] = investment.FromDecimal(sum).Round(investment.Penny)
	}
	return pv[benefitsIdx].Sub(pv[capitalIdx]).Sub(pv[revenueIdx])
}

// base returns factors of 1 for every input.
func (e evaluator) base() []decimal.Decimal {
	v := make([]decimal.Decimal, len(e.inputs))
	for i := range v {
		v[i] = one
	}
	return v
}

func (a Appraiser) evaluator(o Option, inputs []Input, need inputCheck) (evaluator, error) {
	ps, err := a.prepare([]Option{o})
	if err != nil {
		return evaluator{}, err
	}
	if err := validateInputs(inputs, map[string]bool{o.ID: true}, need); err != nil {
		return evaluator{}, err
	}
	return evaluator{s: a.Schedule, p: ps[0], inputs: inputs}, nil
}

// Tornado returns the one-way sensitivity of option o's NPSV to each input
// that applies to it: the input at its Low and at its High value, every
// other input at its base value 1. Bars are sorted by swing, widest first;
// equal swings keep the inputs' order. Inputs naming another option are
// left out.
//
// Inputs must have distinct non-empty names, known lines, non-negative
// years, finite Low ≤ High ([*InputError] wrapping [ErrLowHigh],
// [ErrNotFinite], ...). The NPSV is exact, as in [Appraiser.Appraise].
func (a Appraiser) Tornado(o Option, inputs ...Input) (Tornado, error) {
	var mine []Input
	for _, in := range inputs {
		if in.Option == "" || in.Option == o.ID {
			mine = append(mine, in)
		}
	}
	if err := validateInputs(inputs, nil, inputCheck{rangeNeeded: true}); err != nil {
		return Tornado{}, err
	}
	e, err := a.evaluator(o, mine, inputCheck{rangeNeeded: true})
	if err != nil {
		return Tornado{}, err
	}
	v := e.base()
	t := Tornado{Option: o.ID, Base: e.npsv(v)}
	for k, in := range mine {
		v[k] = decimal.NewFromFloat(in.Low)
		lo := e.npsv(v)
		v[k] = decimal.NewFromFloat(in.High)
		hi := e.npsv(v)
		v[k] = one
		t.Bars = append(t.Bars, Bar{Input: in.Name, Low: in.Low, High: in.High, AtLow: lo, AtHigh: hi, Swing: hi.Sub(lo).Abs()})
	}
	slices.SortStableFunc(t.Bars, func(x, y Bar) int { return cmp.Compare(0, x.Swing.Compare(y.Swing)) })
	return t, nil
}

// TwoWay returns option o's NPSV over the grid of values xs of input x and
// ys of input y, with no other input applied. Both inputs must apply to o
// and have different names; the grids must be non-empty ([ErrGrid]) and
// finite ([ErrNotFinite]). Low, High and Dist of x and y are not read.
func (a Appraiser) TwoWay(o Option, x, y Input, xs, ys []float64) (Grid, error) {
	inputs := []Input{x, y}
	e, err := a.evaluator(o, inputs, inputCheck{})
	if err != nil {
		return Grid{}, err
	}
	for i, vals := range [][]float64{xs, ys} {
		if len(vals) == 0 {
			return Grid{}, &InputError{Position: i + 1, Name: inputs[i].Name, Field: "values", Err: ErrGrid}
		}
		for j, v := range vals {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return Grid{}, &InputError{Position: i + 1, Name: inputs[i].Name, Field: "values[" + strconv.Itoa(j+1) + "]", Err: ErrNotFinite}
			}
		}
	}
	g := Grid{Option: o.ID, X: x.Name, Y: y.Name,
		XValues: slices.Clone(xs), YValues: slices.Clone(ys), NPSV: make([][]investment.Money, len(xs))}
	v := make([]decimal.Decimal, 2)
	for i, xv := range xs {
		v[0] = decimal.NewFromFloat(xv)
		g.NPSV[i] = make([]investment.Money, len(ys))
		for j, yv := range ys {
			v[1] = decimal.NewFromFloat(yv)
			g.NPSV[i][j] = e.npsv(v)
		}
	}
	return g, nil
}

// String returns the tornado as a small table, one bar a line.
func (t Tornado) String() string {
	s := fmt.Sprintf("%s: base NPSV %v\n", t.Option, t.Base)
	for _, b := range t.Bars {
		s += fmt.Sprintf("  %-20s %6.2f → %-16v %6.2f → %-16v swing %v\n", b.Input, b.Low, b.AtLow, b.High, b.AtHigh, b.Swing)
	}
	return s
}
