package report

import (
	"fmt"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
)

// Point is one observation on a chart: a position on the x axis (a
// calendar year for a yearly series) and a value.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Fan is the data of a fan chart: the observed history, the forecast from
// its end with its prediction intervals, and, optionally, what was observed
// after the forecast was made.
type Fan struct {
	History  forecast.Series
	Forecast *forecast.Forecast
	Outturn  []Point
}

// xOf returns the x position (a fractional calendar year) of observation
// i of s.
func xOf(s forecast.Series, i int) float64 {
	f := int(s.Frequency)
	if f <= 1 {
		return float64(s.Start + i)
	}
	p := max(s.Period, 1) - 1
	return float64(s.Start) + float64(p+i)/float64(f)
}

// FanChart draws a forecast against its history: the history as a solid
// line, the point forecast dashed from the last observation, each
// prediction interval as a band (the widest palest), and the outturn as
// points. yLabel names the quantity with its unit, such as "people".
func FanChart(id, title, yLabel string, f Fan) (*Chart, error) {
	fail := func(field string, err error) error { return &ChartError{Chart: id, Field: field, Err: err} }
	n := f.History.Len()
	if n == 0 {
		return nil, fail("history", ErrNoData)
	}
	if f.Forecast == nil || len(f.Forecast.Mean) == 0 {
		return nil, fail("forecast", ErrNoData)
	}
	if !finite(f.History.Values...) || !finite(f.Forecast.Mean...) {
		return nil, fail("values", ErrNotFinite)
	}
	h := len(f.Forecast.Mean)
	last := Point{xOf(f.History, n-1), f.History.Values[n-1]}
	xAhead := func(k int) float64 { return xOf(f.History, n+k) }
	p := newPlot(title, "year", yLabel)
	ivs := slices.Clone(f.Forecast.Intervals)
	slices.SortFunc(ivs, func(a, b forecast.Interval) int { return -cmpFloat(a.Level, b.Level) })
	shades := []color.Color{color.RGBA{198, 219, 239, 255}, color.RGBA{107, 174, 214, 255}, color.RGBA{33, 113, 181, 255}}
	for k, iv := range ivs {
		if len(iv.Lower) != h || len(iv.Upper) != h || !finite(iv.Lower...) || !finite(iv.Upper...) {
			return nil, fail(fmt.Sprintf("forecast.intervals[%d]", k+1), ErrShape)
		}
		band := plotter.XYs{{X: last.X, Y: last.Y}}
		for i := range h {
			band = append(band, plotter.XY{X: xAhead(i), Y: iv.Upper[i]})
		}
		for i := h - 1; i >= 0; i-- {
			band = append(band, plotter.XY{X: xAhead(i), Y: iv.Lower[i]})
		}
		pg, err := plotter.NewPolygon(band)
		if err != nil {
			return nil, fail("forecast", err)
		}
		pg.Color = shades[min(k+max(0, len(shades)-len(ivs)), len(shades)-1)]
		pg.LineStyle.Width = 0
		p.Add(pg)
		p.Legend.Add(fmt.Sprintf("%g%% interval", iv.Level), swatch{pg.Color})
	}
	hist := make(plotter.XYs, n)
	for i, v := range f.History.Values {
		hist[i] = plotter.XY{X: xOf(f.History, i), Y: v}
	}
	hl, _ := plotter.NewLine(hist)
	hl.Width = vg.Points(1.6)
	p.Add(hl)
	p.Legend.Add("history", hl)
	mean := plotter.XYs{{X: last.X, Y: last.Y}}
	for i, v := range f.Forecast.Mean {
		mean = append(mean, plotter.XY{X: xAhead(i), Y: v})
	}
	ml, _ := plotter.NewLine(mean)
	ml.Width = vg.Points(1.6)
	ml.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
	ml.Color = color.RGBA{8, 48, 107, 255}
	p.Add(ml)
	label := "forecast"
	if f.Forecast.Model != "" {
		label = "forecast, " + f.Forecast.Model
	}
	p.Legend.Add(label, ml)
	if len(f.Outturn) > 0 {
		out := make(plotter.XYs, len(f.Outturn))
		for i, o := range f.Outturn {
			if !finite(o.X, o.Y) {
				return nil, fail(fmt.Sprintf("outturn[%d]", i+1), ErrNotFinite)
			}
			out[i] = plotter.XY(o)
		}
		sc, _ := plotter.NewScatter(out)
		sc.GlyphStyle = draw.GlyphStyle{Shape: draw.CircleGlyph{}, Radius: vg.Points(3.5), Color: palette[5]}
		p.Add(sc)
		p.Legend.Add("outturn", sc)
	}
	lo, hi := int(math.Floor(xOf(f.History, 0))), int(math.Ceil(xAhead(h-1)))
	p.X.Tick.Marker = yearTicks(lo, hi, max(1, (hi-lo+1)/8))
	p.Y.Tick.Marker = groupedTicks(thousands)
	desc := fmt.Sprintf("%d observations from %g and a %d-step forecast with %d prediction intervals.", n, xOf(f.History, 0), h, len(ivs))
	return newChart(id, title, desc, p), nil
}

// cmpFloat orders two floats.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// PopulationPyramid draws the population of an area in a year by
// five-year age band, males to the left and females to the right; when
// compare is not zero, the population of that year is drawn over it as an
// outline.
func PopulationPyramid(id, title string, pop *needs.Population, area string, year, compare int) (*Chart, error) {
	fail := func(field string, err error) error { return &ChartError{Chart: id, Field: field, Err: err} }
	if pop == nil {
		return nil, fail("population", ErrNoData)
	}
	bands := needs.FiveYearBands(0, needs.TopAge)
	counts := func(y int) ([2][]float64, error) {
		var out [2][]float64
		for k, s := range []needs.Sex{needs.Male, needs.Female} {
			v, err := pop.Banded(area, y, s, bands)
			if err != nil {
				return out, fail(fmt.Sprintf("population[%s][%d]", area, y), err)
			}
			out[k] = v
		}
		return out, nil
	}
	now, err := counts(year)
	if err != nil {
		return nil, err
	}
	p := newPlot(title, "people in each five-year age band", "age")
	names := make([]string, len(bands))
	for i, b := range bands {
		names[i] = b.String()
		p.Add(rect(-now[0][i], float64(i)-0.42, 0, float64(i)+0.42, palette[0]))
		p.Add(rect(0, float64(i)-0.42, now[1][i], float64(i)+0.42, palette[1]))
	}
	p.Legend.Add(fmt.Sprintf("males %d", year), swatch{palette[0]})
	p.Legend.Add(fmt.Sprintf("females %d", year), swatch{palette[1]})
	if compare != 0 {
		then, err := counts(compare)
		if err != nil {
			return nil, err
		}
		for k, sign := range []float64{-1, 1} {
			var xy plotter.XYs
			for i := range bands {
				x := sign * then[k][i]
				xy = append(xy, plotter.XY{X: x, Y: float64(i) - 0.5}, plotter.XY{X: x, Y: float64(i) + 0.5})
			}
			l, _ := plotter.NewLine(xy)
			l.Width = vg.Points(1.4)
			if k == 0 {
				p.Legend.Add(fmt.Sprintf("%d", compare), l)
			}
			p.Add(l)
		}
	}
	p.NominalY(names...)
	p.Y.Tick.Label.Font.Size = 8
	p.X.Tick.Marker = groupedTicks(func(x float64) string { return thousands(math.Abs(x)) })
	p.Legend.Left = false
	name := pop.Name(area)
	if name == "" {
		name = area
	}
	desc := fmt.Sprintf("Population of %s in %d by sex and five-year age band.", name, year)
	c := newChart(id, title, desc, p)
	c.Height = 11 * vg.Centimeter
	return c, nil
}

// ProjectionChart draws the projected population of each area in band
// (such as needs.Band{Lo: 75, Hi: needs.Open}) from year first to year
// last, one line an area, with the areas' names in the legend.
func ProjectionChart(id, title string, pop *needs.Population, areas []needs.Area, band needs.Band, first, last int) (*Chart, error) {
	if pop == nil || len(areas) == 0 || last < first {
		return nil, &ChartError{Chart: id, Field: "population", Err: ErrNoData}
	}
	if !band.Valid() {
		return nil, &ChartError{Chart: id, Field: "band", Err: fmt.Errorf("band %v: %w", band, ErrShape)}
	}
	p := newPlot(title, "mid-year", "people aged "+band.String())
	for k, a := range areas {
		var xy plotter.XYs
		for y := first; y <= last; y++ {
			n, err := pop.Count(a.Code, y, needs.All, band)
			if err != nil {
				return nil, &ChartError{Chart: id, Field: fmt.Sprintf("population[%s][%d]", a.Code, y), Err: err}
			}
			xy = append(xy, plotter.XY{X: float64(y), Y: n})
		}
		l, s, _ := plotter.NewLinePoints(xy)
		l.Width = vg.Points(1.8)
		l.Color = colour(k)
		s.GlyphStyle = draw.GlyphStyle{Shape: draw.CircleGlyph{}, Radius: vg.Points(2.2), Color: colour(k)}
		p.Add(l, s)
		name := a.Name
		if name == "" {
			name = a.Code
		}
		p.Legend.Add(name, l, s)
	}
	p.X.Tick.Marker = yearTicks(first, last, max(1, (last-first+1)/8))
	p.Y.Tick.Marker = groupedTicks(thousands)
	p.Y.Min = 0
	p.Y.Max *= 1.25 // room for the legend above the lines
	desc := fmt.Sprintf("People aged %s in each of %d areas, %d to %d.", band, len(areas), first, last)
	return newChart(id, title, desc, p), nil
}
