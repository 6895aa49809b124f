package report

import (
	"fmt"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// millions returns m in £m as a float64, for drawing.
func millions(m investment.Money) float64 { return m.Float64() / 1e6 }

// BudgetChart draws the medium-term financial plan by year: the funding
// of each stream and the reserves drawn, stacked, with the funding gap on
// top of them where net expenditure exceeds them, and net expenditure
// marked on each bar. names maps a stream's id to its legend label.
func BudgetChart(id, title string, b *investment.Budget, names map[string]string) (*Chart, error) {
	if err := checkBudget(id, b); err != nil {
		return nil, &ChartError{Chart: id, Field: "budget", Err: ErrNoData}
	}
	p := newPlot(title, "financial year", "£m")
	n := b.Years.Len()
	base := make([]float64, n)
	const half = 0.32
	layer := func(label string, c color.Color, get func(t int) float64) {
		for t := range n {
			v := get(t)
			if v > 0 {
				p.Add(rect(float64(t)-half, base[t], float64(t)+half, base[t]+v, c))
				base[t] += v
			}
		}
		p.Legend.Add(label, swatch{c})
	}
	for k, s := range b.ByStream {
		label := s.ID
		if nm, ok := names[s.ID]; ok {
			label = nm
		}
		if len(s.Years) != n {
			return nil, &ChartError{Chart: id, Field: "budget.byStream[" + s.ID + "]", Err: ErrShape}
		}
		layer(label, colour(k), func(t int) float64 { return millions(s.Years[t].Funding) })
	}
	layer("drawn from reserves", color.Gray{150}, func(t int) float64 { return millions(b.Totals[t].Drawdown) })
	layer("funding gap", ragRed, func(t int) float64 { return math.Max(0, millions(b.Totals[t].Gap)) })
	var net plotter.XYs
	var gaps plotter.XYLabels
	for t := range n {
		net = append(net, plotter.XY{X: float64(t), Y: millions(b.Totals[t].Net)})
		g := b.Totals[t].Gap
		var label string
		switch shown := Amount(g.Abs(), investment.Million); {
		case shown == "–":
			label = "balanced" // within £50,000 either way
		case g.Sign() < 0:
			label = "surplus £" + shown + "m"
		default:
			label = "gap £" + shown + "m"
		}
		gaps.XYs = append(gaps.XYs, plotter.XY{X: float64(t), Y: math.Max(base[t], millions(b.Totals[t].Net))})
		gaps.Labels = append(gaps.Labels, label)
	}
	gl, _ := plotter.NewLabels(gaps)
	for i := range gl.TextStyle {
		gl.TextStyle[i].Font = font.From(sans, legendSize)
		gl.TextStyle[i].XAlign = draw.XCenter
	}
	gl.Offset = vg.Point{Y: vg.Points(9)}
	p.Add(gl)
	sc, _ := plotter.NewScatter(net)
	sc.GlyphStyle = draw.GlyphStyle{Shape: draw.PyramidGlyph{}, Radius: vg.Points(4), Color: color.Black}
	p.Add(sc)
	p.Legend.Add("net expenditure", sc)
	var ticks plot.ConstantTicks
	for t := range n {
		ticks = append(ticks, plot.Tick{Value: float64(t), Label: b.Years.At(t).String()})
	}
	p.X.Tick.Marker = ticks
	p.X.Min, p.X.Max = -0.6, float64(n)-0.4
	p.Y.Min = 0
	p.Y.Tick.Marker = groupedTicks(thousands)
	p.Legend.Top = false
	p.Legend.Left = false
	p.Legend.XOffs = vg.Points(6)
	desc := fmt.Sprintf("Funding by stream, reserves drawn and the funding gap in each of %d years, with net expenditure marked.", n)
	c := newChart(id, title, desc, p)
	// The legend sits to the right of the bars.
	p.X.Max = float64(n) + 2.2
	p.Y.Max *= 1.08
	return c, nil
}

// TornadoChart draws a one-way sensitivity analysis: for each input, a bar
// from the option's base NPSV to its NPSV with the input at its low and at
// its high value, the widest swing at the top.
func TornadoChart(id, title string, t commissioning.Tornado) (*Chart, error) {
	if len(t.Bars) == 0 {
		return nil, &ChartError{Chart: id, Field: "bars", Err: ErrNoData}
	}
	bars := slices.Clone(t.Bars)
	slices.SortStableFunc(bars, func(a, b commissioning.Bar) int { return a.Swing.Compare(b.Swing) })
	p := newPlot(title, "net present social value, £m", "")
	base := millions(t.Base)
	names := make([]string, len(bars))
	for i, b := range bars {
		names[i] = fmt.Sprintf("%s (%g to %g)", b.Input, b.Low, b.High)
		y := float64(i)
		lo, hi := millions(b.AtLow), millions(b.AtHigh)
		p.Add(rect(math.Min(base, lo), y-0.36, math.Max(base, lo), y+0.36, palette[0]))
		p.Add(rect(math.Min(base, hi), y-0.36, math.Max(base, hi), y+0.36, palette[1]))
	}
	p.Legend.Add("input at its low value", swatch{palette[0]})
	p.Legend.Add("input at its high value", swatch{palette[1]})
	bl, _ := plotter.NewLine(plotter.XYs{{X: base, Y: -0.6}, {X: base, Y: float64(len(bars)) - 0.4}})
	bl.Width = vg.Points(1.2)
	p.Add(bl)
	p.Legend.Add(fmt.Sprintf("base case %s", Amount(t.Base, investment.Million)+" £m"), bl)
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.6, float64(len(bars))+0.9
	p.X.Tick.Marker = groupedTicks(thousands)
	p.Legend.Top = true
	desc := fmt.Sprintf("One-way sensitivity of the NPSV of %s to %d inputs.", t.Option, len(bars))
	c := newChart(id, title, desc, p)
	c.Height = vg.Length(3.5+0.9*float64(len(bars))) * vg.Centimeter
	return c, nil
}

// CEPlane draws the cost-effectiveness plane: each alternative's effect
// against its cost, the efficient frontier joining the alternatives that
// are not dominated, dominated alternatives hollow, and, when lambda is
// positive, the willingness-to-pay line through the first alternative on
// the frontier. effect names the unit of effect, such as "QALYs".
func CEPlane(id, title, effect string, alts []outcomes.Alternative, tab outcomes.Table, lambda investment.Money) (*Chart, error) {
	if len(alts) == 0 {
		return nil, &ChartError{Chart: id, Field: "alternatives", Err: ErrNoData}
	}
	p := newPlot(title, effect, "cost, £")
	var eff, dom plotter.XYs
	var labels plotter.XYLabels
	var frontier []outcomes.Alternative
	for i, a := range alts {
		if !finite(a.Effect) {
			return nil, &ChartError{Chart: id, Field: fmt.Sprintf("alternatives[%d].effect", i+1), Err: ErrNotFinite}
		}
		xy := plotter.XY{X: a.Effect, Y: a.Cost.Float64()}
		r, ok := tab.Row(a.ID)
		if !ok {
			return nil, &ChartError{Chart: id, Field: "table." + a.ID, Err: ErrUnknownID}
		}
		if r.Dominance == outcomes.Efficient {
			eff = append(eff, xy)
			frontier = append(frontier, a)
		} else {
			dom = append(dom, xy)
		}
		labels.XYs = append(labels.XYs, xy)
		labels.Labels = append(labels.Labels, a.ID)
	}
	slices.SortStableFunc(frontier, func(a, b outcomes.Alternative) int { return a.Cost.Compare(b.Cost) })
	var fl plotter.XYs
	for _, a := range frontier {
		fl = append(fl, plotter.XY{X: a.Effect, Y: a.Cost.Float64()})
	}
	if len(fl) > 1 {
		l, _ := plotter.NewLine(fl)
		l.Width = vg.Points(1.6)
		l.Color = palette[0]
		p.Add(l)
		p.Legend.Add("efficient frontier", l)
	}
	if lambda.Sign() > 0 && len(frontier) > 0 {
		x0, y0 := frontier[0].Effect, frontier[0].Cost.Float64()
		maxX := x0
		for _, a := range alts {
			maxX = math.Max(maxX, a.Effect)
		}
		l, _ := plotter.NewLine(plotter.XYs{{X: x0, Y: y0}, {X: maxX, Y: y0 + lambda.Float64()*(maxX-x0)}})
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		l.Color = grey
		p.Add(l)
		p.Legend.Add(fmt.Sprintf("£%s per %s", Amount(lambda, investment.Pound), singular(effect)), l)
	}
	addPoints := func(xy plotter.XYs, g draw.GlyphDrawer, c color.Color, label string) {
		if len(xy) == 0 {
			return
		}
		sc, _ := plotter.NewScatter(xy)
		sc.GlyphStyle = draw.GlyphStyle{Shape: g, Radius: vg.Points(4), Color: c}
		p.Add(sc)
		p.Legend.Add(label, sc)
	}
	addPoints(eff, draw.CircleGlyph{}, palette[0], "efficient")
	addPoints(dom, draw.RingGlyph{}, grey, "dominated")
	lb, _ := plotter.NewLabels(labels)
	for i := range lb.TextStyle {
		lb.TextStyle[i].Font = font.From(sans, tickSize)
	}
	lb.Offset = vg.Point{X: vg.Points(6), Y: vg.Points(-4)}
	p.Add(lb)
	p.Y.Tick.Marker = groupedTicks(thousands)
	p.X.Padding, p.Y.Padding = vg.Points(8), vg.Points(8)
	p.Y.Min = math.Min(0, p.Y.Min)
	// Room on the right for the label of the most effective alternative.
	p.X.Max += 0.3 * (p.X.Max - p.X.Min)
	desc := fmt.Sprintf("Cost against %s of %d alternatives with the efficient frontier.", effect, len(alts))
	return newChart(id, title, desc, p), nil
}

// singular drops a final "s" from a unit: "QALYs" is "QALY".
func singular(s string) string {
	if len(s) > 1 && s[len(s)-1] == 's' {
		return s[:len(s)-1]
	}
	return s
}

// AcceptabilityCurve draws a cost-effectiveness acceptability curve: for
// each alternative, the probability that it is the most cost-effective at
// each willingness to pay.
func AcceptabilityCurve(id, title, effect string, c *outcomes.Curve) (*Chart, error) {
	if c == nil || c.Len() == 0 {
		return nil, &ChartError{Chart: id, Field: "curve", Err: ErrNoData}
	}
	p := newPlot(title, fmt.Sprintf("willingness to pay, £ per %s", singular(effect)), "probability cost-effective")
	ids := c.IDs()
	for k, alt := range ids {
		xy := make(plotter.XYs, c.Len())
		for i := range c.Len() {
			xy[i] = plotter.XY{X: c.Lambda(i).Float64(), Y: c.Probabilities(i)[k]}
		}
		l, _ := plotter.NewLine(xy)
		l.Width = vg.Points(1.8)
		l.Color = colour(k)
		if k%2 == 1 {
			l.Dashes = []vg.Length{vg.Points(5), vg.Points(2)}
		}
		p.Add(l)
		p.Legend.Add(alt, l)
	}
	// Headroom above 1 holds the legend clear of the curves.
	p.Y.Min, p.Y.Max = 0, 1+0.11*float64(len(ids))
	p.Y.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0"}, {Value: 0.25}, {Value: 0.5, Label: "0.5"}, {Value: 0.75}, {Value: 1, Label: "1"}}
	p.X.Tick.Marker = groupedTicks(thousands)
	p.Legend.Top = true
	p.Legend.Left = false
	desc := fmt.Sprintf("Acceptability of %d alternatives at %d values of willingness to pay.", len(ids), c.Len())
	ch := newChart(id, title, desc, p)
	ch.Height = 11 * vg.Centimeter
	return ch, nil
}

// NPSVDistribution draws the Monte Carlo distribution of each option's net
// present social value: the 5th to 95th percentile as a pale bar, the
// quartiles as a dark box, the median as a white mark and the mean as a
// point, with the line of zero value. From the draws when the result kept
// them (Simulation.KeepDraws); otherwise from the percentiles it reports,
// the lowest to the highest as the bar and the median, when asked for, as
// a mark. titles maps an option's id to its label.
func NPSVDistribution(id, title string, res commissioning.SimulationResult, titles map[string]string) (*Chart, error) {
	var opts []commissioning.OptionResult
	for _, o := range res.Options {
		spread := len(o.Percentiles) >= 2 && !o.Percentiles[0].NPSV.Equal(o.Percentiles[len(o.Percentiles)-1].NPSV)
		if slices.ContainsFunc(o.NPSV, func(x float64) bool { return x != 0 }) || (len(o.NPSV) == 0 && spread) {
			opts = append(opts, o)
		}
	}
	if len(opts) == 0 {
		return nil, &ChartError{Chart: id, Field: "options.npsv", Err: ErrNoData}
	}
	p := newPlot(title, "net present social value, £m", "")
	names := make([]string, len(opts))
	var means plotter.XYs
	for i, o := range opts {
		if !finite(o.NPSV...) {
			return nil, &ChartError{Chart: id, Field: "options." + o.ID + ".npsv", Err: ErrNotFinite}
		}
		q := quantiles(o)
		y := float64(len(opts) - 1 - i)
		lo, hi := q(0.05), q(0.95)
		p.Add(rect(lo, y-0.18, hi, y+0.18, color.RGBA{158, 202, 225, 255}))
		if q1, q3 := q(0.25), q(0.75); !math.IsNaN(q1) && !math.IsNaN(q3) {
			p.Add(rect(q1, y-0.32, q3, y+0.32, palette[0]))
		}
		if m := q(0.5); !math.IsNaN(m) {
			c := color.Color(color.White)
			if math.IsNaN(q(0.25)) {
				c = palette[0]
			}
			p.Add(rect(m-0.006*(hi-lo), y-0.32, m+0.006*(hi-lo), y+0.32, c))
		}
		means = append(means, plotter.XY{X: millions(o.Mean), Y: y})
		names[len(opts)-1-i] = o.ID
		if t, ok := titles[o.ID]; ok {
			names[len(opts)-1-i] = t
		}
	}
	outer := "5th–95th percentile"
	if len(opts[0].NPSV) == 0 {
		ps := opts[0].Percentiles
		outer = fmt.Sprintf("%s–%s percentile", ordinal(ps[0].P), ordinal(ps[len(ps)-1].P))
	}
	p.Legend.Add(outer, swatch{color.RGBA{158, 202, 225, 255}})
	if !math.IsNaN(quantiles(opts[0])(0.25)) {
		p.Legend.Add("interquartile range", swatch{palette[0]})
	} else if !math.IsNaN(quantiles(opts[0])(0.5)) {
		p.Legend.Add("median", swatch{palette[0]})
	}
	sc, _ := plotter.NewScatter(means)
	sc.GlyphStyle = draw.GlyphStyle{Shape: draw.CircleGlyph{}, Radius: vg.Points(3), Color: palette[5]}
	p.Add(sc)
	p.Legend.Add("mean", sc)
	zero, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: -0.6}, {X: 0, Y: float64(len(opts)) - 0.4}})
	zero.Color = grey
	zero.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
	p.Add(zero)
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.6, float64(len(opts))+0.9
	p.X.Tick.Marker = groupedTicks(thousands)
	desc := fmt.Sprintf("Distribution of NPSV over %d draws (seed %d) for %d options.", res.Draws, res.Seed, len(opts))
	c := newChart(id, title, desc, p)
	c.Height = vg.Length(3.5+0.85*float64(len(opts))) * vg.Centimeter
	return c, nil
}

// quantiles returns the p-quantiles of an option's NPSV in £m: from its
// draws when it kept them, else from its percentiles, where the 5th and
// 95th stand for the lowest and highest given and any other missing
// quantile is NaN.
func quantiles(o commissioning.OptionResult) func(p float64) float64 {
	if len(o.NPSV) > 0 {
		s := slices.Clone(o.NPSV)
		slices.Sort(s)
		return func(p float64) float64 { return quantileOf(s, p) / 1e6 }
	}
	ps := o.Percentiles
	return func(p float64) float64 {
		switch {
		case p == 0.05 && len(ps) > 0:
			return millions(ps[0].NPSV)
		case p == 0.95 && len(ps) > 0:
			return millions(ps[len(ps)-1].NPSV)
		}
		for _, x := range ps {
			if math.Abs(x.P-100*p) < 1e-9 {
				return millions(x.NPSV)
			}
		}
		return math.NaN()
	}
}

// ordinal writes a percentile's rank: 5 is "5th", 1 "1st", 92.5 "92.5th".
func ordinal(p float64) string {
	s := fmt.Sprintf("%g", p)
	if p == math.Trunc(p) {
		switch n := int(p); {
		case n%100 >= 11 && n%100 <= 13:
		case n%10 == 1:
			return s + "st"
		case n%10 == 2:
			return s + "nd"
		case n%10 == 3:
			return s + "rd"
		}
	}
	return s + "th"
}

// quantileOf returns the p-quantile of sorted values by linear
// interpolation between order statistics (Hyndman and Fan's type 7).
func quantileOf(sorted []float64, p float64) float64 {
	h := p * float64(len(sorted)-1)
	i := int(math.Floor(h))
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (h-float64(i))*(sorted[i+1]-sorted[i])
}
