package outcomes

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/investment"
)

func fy(s string) investment.FinancialYear { return investment.MustParseFinancialYear(s) }

func TestMeasures(t *testing.T) {
	ms := []Measure{
		{Indicator: "NI-12", Area: "S37000028", Year: fy("2021/22"), Value: 12100, Source: "PHS"},
		{Indicator: "NI-12", Area: "S37000028", Year: fy("2019/20"), Value: 12500, Source: "PHS"},
		{Indicator: "NI-12", Area: "S37000028", Year: fy("2020/21"), Value: 10900, Source: "PHS"},
		{Indicator: "NI-12", Area: "S92000003", Year: fy("2020/21"), Value: 10800, Source: "PHS"},
	}
	tab, err := NewMeasures(National(), ms)
	if err != nil {
		t.Fatal(err)
	}
	want := []Point{{fy("2019/20"), 12500}, {fy("2020/21"), 10900}, {fy("2021/22"), 12100}}
	if d := cmp.Diff(want, tab.Series("NI-12", "S37000028")); d != "" {
		t.Errorf("Series (-want +got):\n%s", d)
	}
	if m, ok := tab.Get("NI-12", "S92000003", fy("2020/21")); !ok || m.Value != 10800 {
		t.Errorf("Get = %+v, %v", m, ok)
	}
	if tab.Len() != 4 {
		t.Errorf("Len = %d", tab.Len())
	}
	bad := []struct {
		name string
		m    []Measure
		want error
	}{
		{"duplicate year", append(ms[:1:1], ms[0]), ErrDuplicateID},
		{"NaN value", []Measure{{Indicator: "NI-12", Area: "A", Value: math.NaN()}}, ErrNotFinite},
		{"unknown indicator", []Measure{{Indicator: "NI-99", Area: "A", Year: fy("2022/23")}}, ErrUnknownID},
		{"empty area", []Measure{{Indicator: "NI-12"}}, ErrEmptyID},
		{"year unset", []Measure{{Indicator: "NI-12", Area: "A"}}, ErrYear},
	}
	for _, tt := range bad {
		if _, err := NewMeasures(National(), tt.m); !isErr(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := NewMeasures(nil, []Measure{{Indicator: "NI-99", Area: "A", Year: fy("2022/23")}}); err != nil {
		t.Errorf("nil framework checks indicators: %v", err)
	}
}

func TestTrajectoryAt(t *testing.T) {
	lin, err := NewTrajectory(Point{fy("2022/23"), 100}, Point{fy("2025/26"), 70}, Linear)
	if err != nil {
		t.Fatal(err)
	}
	comp, err := NewTrajectory(Point{fy("2022/23"), 100}, Point{fy("2024/25"), 81}, Compound)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tr   Trajectory
		y    string
		want float64
	}{
		{lin, "2022/23", 100}, {lin, "2023/24", 90}, {lin, "2024/25", 80}, {lin, "2025/26", 70}, {lin, "2030/31", 70},
		{comp, "2023/24", 90}, {comp, "2024/25", 81},
	}
	for _, tt := range tests {
		got, err := tt.tr.At(fy(tt.y))
		if err != nil || !near(got, tt.want, 1e-9) {
			t.Errorf("%v At(%s) = %v, %v; want %v", tt.tr.Shape, tt.y, got, err, tt.want)
		}
	}
	if _, err := lin.At(fy("2021/22")); !isErr(err, ErrYear) {
		t.Errorf("At before baseline: %v, want ErrYear", err)
	}
	path, _ := comp.Path()
	want := []Point{{fy("2022/23"), 100}, {fy("2023/24"), 90}, {fy("2024/25"), 81}}
	if d := cmp.Diff(want, path, cmpopts.EquateApprox(0, 1e-9)); d != "" {
		t.Errorf("Path (-want +got):\n%s", d)
	}
	bad := []struct {
		name string
		b, g Point
		s    Shape
		want error
	}{
		{"target before baseline", Point{fy("2024/25"), 1}, Point{fy("2022/23"), 2}, Linear, ErrYear},
		{"same year", Point{fy("2024/25"), 1}, Point{fy("2024/25"), 2}, Linear, ErrYear},
		{"compound through zero", Point{fy("2022/23"), 0}, Point{fy("2024/25"), 2}, Compound, ErrShape},
		{"unknown shape", Point{fy("2022/23"), 1}, Point{fy("2024/25"), 2}, Shape(9), ErrShape},
		{"NaN target", Point{fy("2022/23"), 1}, Point{fy("2024/25"), math.NaN()}, Linear, ErrNotFinite},
	}
	for _, tt := range bad {
		if _, err := NewTrajectory(tt.b, tt.g, tt.s); !isErr(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestAssessRAG(t *testing.T) {
	// Emergency admissions per 100,000 to fall from 12,000 to 10,800 over
	// three years: 11,600 expected in 2023/24.
	down, _ := NewTrajectory(Point{fy("2022/23"), 12000}, Point{fy("2025/26"), 10800}, Linear)
	up, _ := NewTrajectory(Point{fy("2022/23"), 80}, Point{fy("2025/26"), 86}, Linear) // 82 in 2023/24
	abs := Tolerance{Green: 100, Amber: 300}
	rel := Tolerance{Green: 0.01, Amber: 0.03, Relative: true}
	tests := []struct {
		name   string
		tr     Trajectory
		dir    Direction
		actual float64
		tol    Tolerance
		want   Status
		short  float64
	}{
		{"better than trajectory", down, LowerIsBetter, 11000, abs, Green, 0},
		{"on trajectory", down, LowerIsBetter, 11600, abs, Green, 0},
		{"at the green bound", down, LowerIsBetter, 11700, abs, Green, 100},
		{"amber", down, LowerIsBetter, 11800, abs, Amber, 200},
		{"at the amber bound", down, LowerIsBetter, 11900, abs, Amber, 300},
		{"red", down, LowerIsBetter, 12000, abs, Red, 400},
		{"relative amber", down, LowerIsBetter, 11832, rel, Amber, 0.02},
		{"higher is better, below", up, HigherIsBetter, 81, Tolerance{Green: 0.5, Amber: 2}, Amber, 1},
		{"higher is better, above", up, HigherIsBetter, 90, Tolerance{}, Green, 0},
		{"zero tolerance", up, HigherIsBetter, 81.9, Tolerance{}, Red, 0.1},
		{"neither, above", up, Neither, 83, Tolerance{Green: 0.5, Amber: 2}, Amber, 1},
		{"neither, below", up, Neither, 79, Tolerance{Green: 0.5, Amber: 2}, Red, 3},
	}
	for _, tt := range tests {
		a, err := tt.tr.Assess(tt.dir, Point{fy("2023/24"), tt.actual}, tt.tol)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Status != tt.want || !near(a.Shortfall, tt.short, 1e-9) {
			t.Errorf("%s: Assess = %v (shortfall %v), want %v (%v)", tt.name, a.Status, a.Shortfall, tt.want, tt.short)
		}
	}
	errs := []struct {
		name string
		dir  Direction
		p    Point
		tol  Tolerance
		want error
	}{
		{"green wider than amber", LowerIsBetter, Point{fy("2023/24"), 1}, Tolerance{Green: 2, Amber: 1}, ErrTolerance},
		{"negative tolerance", LowerIsBetter, Point{fy("2023/24"), 1}, Tolerance{Green: -1}, ErrTolerance},
		{"NaN tolerance", LowerIsBetter, Point{fy("2023/24"), 1}, Tolerance{Amber: math.NaN()}, ErrTolerance},
		{"no direction", 0, Point{fy("2023/24"), 1}, Tolerance{}, ErrDirection},
		{"NaN actual", LowerIsBetter, Point{fy("2023/24"), math.NaN()}, Tolerance{}, ErrNotFinite},
		{"before baseline", LowerIsBetter, Point{fy("2020/21"), 1}, Tolerance{}, ErrYear},
	}
	for _, tt := range errs {
		if _, err := down.Assess(tt.dir, tt.p, tt.tol); !isErr(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
		}
	}
	zero, _ := NewTrajectory(Point{fy("2022/23"), 0}, Point{fy("2023/24"), 0}, Linear)
	if _, err := zero.Assess(LowerIsBetter, Point{fy("2023/24"), 1}, rel); !isErr(err, ErrRange) {
		t.Errorf("relative tolerance at zero: %v, want ErrRange", err)
	}
	as, err := down.AssessAll(LowerIsBetter, []Point{{fy("2023/24"), 11600}, {fy("2024/25"), 11500}}, abs)
	if err != nil || len(as) != 2 || as[1].Status != Amber {
		t.Errorf("AssessAll = %+v, %v", as, err)
	}
	if _, err := down.AssessAll(LowerIsBetter, []Point{{fy("2023/24"), 1}, {fy("2019/20"), 1}}, abs); !isErr(err, ErrYear) {
		t.Errorf("AssessAll error = %v, want ErrYear", err)
	}
}

func TestFitTrend(t *testing.T) {
	ps := []Point{{fy("2019/20"), 10}, {fy("2020/21"), 12}, {fy("2021/22"), 14}, {fy("2022/23"), 16}}
	tr, err := FitTrend(ps, HigherIsBetter, TrendOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !near(tr.Slope, 2, 1e-12) || !near(tr.Intercept, 10, 1e-12) || tr.SlopeSE > 1e-12 || tr.Verdict != Improving || tr.FirstYear != 2019 {
		t.Errorf("FitTrend = %+v", tr)
	}
	tr, _ = FitTrend(ps, LowerIsBetter, TrendOptions{})
	if tr.Verdict != Worsening {
		t.Errorf("lower is better, rising: %v", tr.Verdict)
	}
	tr, _ = FitTrend(ps, LowerIsBetter, TrendOptions{Flat: 2})
	if tr.Verdict != Stable {
		t.Errorf("slope at the flat threshold: %v", tr.Verdict)
	}
	// Only the last three years, out of order, with a gap year: y = 1, 4, 2
	// at x = 0, 1, 3 (2018, 2019, 2021).
	noisy := []Point{{fy("2021/22"), 2}, {fy("2015/16"), 99}, {fy("2018/19"), 1}, {fy("2019/20"), 4}}
	tr, err = FitTrend(noisy, HigherIsBetter, TrendOptions{Years: 3})
	if err != nil {
		t.Fatal(err)
	}
	// x̄ = 4/3, ȳ = 7/3; Σdx·dy = (−4/3)(−4/3) + (−1/3)(5/3) + (5/3)(−1/3) = 6/9; Σdx² = 42/9.
	if !near(tr.Slope, 6.0/42, 1e-12) || tr.Points != 3 || tr.SlopeSE <= 0 {
		t.Errorf("FitTrend(last 3) = %+v, want slope %v", tr, 6.0/42)
	}
	errs := []struct {
		name string
		ps   []Point
		opt  TrendOptions
		dir  Direction
		want error
	}{
		{"one point", ps[:1], TrendOptions{}, HigherIsBetter, ErrTooFewPoints},
		{"repeated year", []Point{ps[0], ps[0]}, TrendOptions{}, HigherIsBetter, ErrYear},
		{"NaN value", []Point{ps[0], {fy("2030/31"), math.Inf(1)}}, TrendOptions{}, HigherIsBetter, ErrNotFinite},
		{"negative years", ps, TrendOptions{Years: -1}, HigherIsBetter, ErrNegative},
		{"no direction", ps, TrendOptions{}, 0, ErrDirection},
	}
	for _, tt := range errs {
		if _, err := FitTrend(tt.ps, tt.dir, tt.opt); !isErr(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestTrajectoryOverflow(t *testing.T) {
	tr, err := NewTrajectory(Point{fy("2020/21"), math.MaxFloat64}, Point{fy("2022/23"), -math.MaxFloat64}, Linear)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.At(fy("2021/22")); !isErr(err, ErrNotFinite) {
		t.Errorf("At with overflow: %v, want ErrNotFinite", err)
	}
	if _, err := tr.Path(); !isErr(err, ErrNotFinite) {
		t.Errorf("Path with overflow: %v, want ErrNotFinite", err)
	}
}
