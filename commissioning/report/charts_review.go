package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

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
		names[len(inds)-1-i] = ind.ID
		labels.XYs = append(labels.XYs, plotter.XY{X: 0, Y: y + 0.42})
		labels.Labels = append(labels.Labels, fmt.Sprintf("%s: %s against %s (%s)", ind.Title, thousands(round1(ind.Value)),
			thousands(round1(e)), ind.Assessment.Status))
	}
	for _, s := range []outcomes.Status{outcomes.Green, outcomes.Amber, outcomes.Red} {
		p.Legend.Add(s.String(), swatch{ragColour(s)})
	}
	zero, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: -0.6}, {X: 0, Y: float64(len(inds)) - 0.3}})
	zero.Width = vg.Points(1)
	p.Add(zero)
	lb, _ := plotter.NewLabels(labels)
	for i := range lb.TextStyle {
		lb.TextStyle[i].Font = font.From(sans, noteSize)
		lb.TextStyle[i].XAlign = -0.5
	}
	lb.Offset = vg.Point{Y: vg.Points(2)}
	p.Add(lb)
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.6, float64(len(inds))+0.6
	p.X.Min, p.X.Max = -1.25*lim, 1.25*lim
	p.Legend.Left = false
	desc := fmt.Sprintf("%d indicators against their trajectories, coloured by status.", len(inds))
	c := newChart(id, title, desc, p)
	c.Height = vg.Length(3.5+1.3*float64(len(inds))) * vg.Centimeter
	return c, nil
}

// round1 rounds to one decimal place.
func round1(x float64) float64 { return math.Round(10*x) / 10 }
