package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/opencommissioning/scp/outcomes"
)

// ragColour returns the colour of a status.
func ragColour(s outcomes.Status) color.Color {
	switch s {
	case outcomes.Green:
		return ragGreen
	case outcomes.Amber:
		return ragAmber
	}
	return ragRed
}

// RAGDashboard draws the indicators against their trajectories: for each,
// a bar of how far it is better (right) or worse (left) than the
// trajectory's value for the year, as a percentage of that value, coloured
// by its red, amber or green status and labelled with the value and the
// trajectory's.
func RAGDashboard(id, title string, inds []Indicator) (*Chart, error) {
	if len(inds) == 0 {
		return nil, &ChartError{Chart: id, Field: "indicators", Err: ErrNoData}
	}
	p := newPlot(title, "better (+) or worse (−) than the trajectory, %", "")
	names := make([]string, len(inds))
	var labels plotter.XYLabels
	lim := 1.0
	for i, ind := range inds {
		field := fmt.Sprintf("indicators[%d]", i+1)
		if err := checkIndicator(ind); err != nil {
			return nil, &ChartError{Chart: id, Field: field, Err: err}
		}
		e := ind.Assessment.Expected
		if e == 0 {
			return nil, &ChartError{Chart: id, Field: field + ".assessment.expected", Err: fmt.Errorf("zero expected value: %w", ErrNotFinite)}
		}
		sign := 1.0
		if ind.Direction == outcomes.LowerIsBetter {
			sign = -1
		}
		d := 100 * sign * (ind.Value - e) / math.Abs(e)
		lim = math.Max(lim, math.Abs(d))
		y := float64(len(inds) - 1 - i)
		p.Add(rect(math.Min(0, d), y-0.34, math.Max(0, d), y+0.34, ragColour(ind.Assessment.Status)))
		zero, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: y - 0.42}, {X: 0, Y: y + 0.34}})
		zero.Width = vg.Points(1)
		p.Add(zero)
		names[len(inds)-1-i] = ind.ID
		labels.XYs = append(labels.XYs, plotter.XY{Y: y + 0.4})
		labels.Labels = append(labels.Labels, fmt.Sprintf("%s %s against %s expected: %s", thousands(round1(ind.Value)), ind.Unit,
			thousands(round1(e)), ind.Assessment.Status))
	}
	for _, s := range []outcomes.Status{outcomes.Green, outcomes.Amber, outcomes.Red} {
		p.Legend.Add(s.String(), swatch{ragColour(s)})
	}
	p.X.Min, p.X.Max = -1.2*lim, 1.2*lim
	for i := range labels.XYs {
		labels.XYs[i].X = p.X.Min
	}
	lb, _ := plotter.NewLabels(labels)
	for i := range lb.TextStyle {
		lb.TextStyle[i].Font = font.From(sans, legendSize)
		lb.TextStyle[i].XAlign = draw.XLeft
	}
	lb.Offset = vg.Point{X: vg.Points(4), Y: vg.Points(3)}
	p.Add(lb)
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.6, float64(len(inds))+0.4
	p.X.Tick.Marker = groupedTicks(thousands)
	p.Legend.Top = false
	p.Legend.Left = false
	desc := fmt.Sprintf("%d indicators against their trajectories, coloured by status.", len(inds))
	c := newChart(id, title, desc, p)
	c.Height = vg.Length(4+1.6*float64(len(inds))) * vg.Centimeter
	return c, nil
}

// round1 rounds to one decimal place.
func round1(x float64) float64 { return math.Round(10*x) / 10 }
