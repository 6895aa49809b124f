package outcomes

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Verdict is the direction of a trend read against an indicator's better
// direction.
type Verdict int8

// The verdicts.
const (
	// Stable is a slope no steeper than the flat threshold either way, or any
	// slope of an indicator with no better direction.
	Stable Verdict = iota
	// Improving is a slope steeper than the threshold in the better direction.
	Improving
	// Worsening is a slope steeper than the threshold in the worse direction.
	Worsening
)

// TrendOptions configures [FitTrend]. The zero value uses every point and
// calls any non-zero slope a change.
type TrendOptions struct {
	// Years keeps only the most recent Years points; 0 keeps all.
	Years int `json:"years,omitempty"`
	// Flat is the largest absolute slope, in units a year, that counts as
	// stable.
	Flat float64 `json:"flat,omitempty"`
}

// Trend is an ordinary least-squares line through an indicator's values by
// year: value ≈ Intercept + Slope × (year − FirstYear).
type Trend struct {
	Points    int     `json:"points"`    // number of years used
	FirstYear int     `json:"firstYear"` // the earliest year used, as the calendar year the financial year starts in
	Slope     float64 `json:"slope"`     // change a year, in the indicator's units
	Intercept float64 `json:"intercept"` // fitted value in the first year used
	SlopeSE   float64 `json:"slopeSE"`   // standard error of the slope; 0 with two points
	Verdict   Verdict `json:"verdict"`
}

// FitTrend fits a least-squares line through the most recent points and
// reads its slope against direction dir: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²
// with x the year. Points need not be in order or consecutive. It returns
// an error wrapping [ErrTooFewPoints] for fewer than two points,
// [ErrYear] for a repeated year, [ErrNotFinite] for a NaN or infinite value
// or threshold, [ErrNegative] for a negative Years or Flat, and
// [ErrDirection] for an invalid direction.
func FitTrend(points []Point, dir Direction, opt TrendOptions) (Trend, error) {
	if !dir.Valid() {
		return Trend{}, fmt.Errorf("outcomes: trend: %w", ErrDirection)
	}
	if opt.Years < 0 || opt.Flat < 0 {
		return Trend{}, fmt.Errorf("outcomes: trend options %+v: %w", opt, ErrNegative)
	}
	if !finite(opt.Flat) {
		return Trend{}, fmt.Errorf("outcomes: trend flat threshold: %w", ErrNotFinite)
	}
	ps := slices.Clone(points)
	for i, p := range ps {
		if !finite(p.Value) {
			return Trend{}, inputErr("point", i, p.Year.String(), "value", ErrNotFinite)
		}
	}
	slices.SortStableFunc(ps, func(a, b Point) int { return cmp.Compare(a.Year, b.Year) })
	for i := 1; i < len(ps); i++ {
		if ps[i].Year == ps[i-1].Year {
			return Trend{}, fmt.Errorf("outcomes: trend: %v given twice: %w", ps[i].Year, ErrYear)
		}
	}
	if opt.Years > 0 && len(ps) > opt.Years {
		ps = ps[len(ps)-opt.Years:]
	}
	n := len(ps)
	if n < 2 {
		return Trend{}, fmt.Errorf("outcomes: trend of %d points: %w", n, ErrTooFewPoints)
	}
	first := ps[0].Year
	var mx, my float64
	for _, p := range ps {
		mx += float64(p.Year - first)
		my += p.Value
	}
	mx /= float64(n)
	my /= float64(n)
	var sxx, sxy float64
	for _, p := range ps {
		dx := float64(p.Year-first) - mx
		sxx += dx * dx
		sxy += dx * (p.Value - my)
	}
	slope := sxy / sxx
	tr := Trend{Points: n, FirstYear: int(first), Slope: slope, Intercept: my - slope*mx}
	if n > 2 {
		var sse float64
		for _, p := range ps {
			r := p.Value - (tr.Intercept + slope*float64(p.Year-first))
			sse += r * r
		}
		tr.SlopeSE = math.Sqrt(sse / float64(n-2) / sxx)
	}
	if !finite(tr.Slope) || !finite(tr.Intercept) || !finite(tr.SlopeSE) {
		return Trend{}, fmt.Errorf("outcomes: trend: values too large: %w", ErrNotFinite)
	}
	if dir != Neither && math.Abs(slope) > opt.Flat {
		if dir.improvement(slope, 0) > 0 {
			tr.Verdict = Improving
		} else {
			tr.Verdict = Worsening
		}
	}
	return tr, nil
}
