package forecast

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The row-vector recursion gives the same base forecasts and sensitivities
// as running the state recursion from a zero state and from each unit
// initial state.
func TestAdditiveSeasonSensitivities(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, m := range []int{4, 12} {
		y := make([]float64, 5*m+3)
		for i := range y {
			y[i] = 100 + float64(i) + 10*math.Sin(2*math.Pi*float64(i)/float64(m)) + r.NormFloat64()
		}
		for _, sp := range []Spec{
			{Error: Additive, Season: Additive},
			{Error: Additive, Trend: Additive, Season: Additive},
			{Error: Multiplicative, Trend: Additive, Damped: true, Season: Additive},
		} {
			f := newFitter(sp, y, m, fixedParams{})
			f.setSmooth([]float64{0.3, 0.05, 0.2, 0.9}[:len(f.free)])
			f.sensitivities()
			base, a := slices.Clone(f.base), slices.Clone(f.a)
			f.additiveSeasonSensitivities()
			for i := range base {
				if d := math.Abs(f.base[i] - base[i]); d > 1e-9*math.Max(1, math.Abs(base[i])) {
					t.Errorf("%v m=%d: base[%d] = %g, want %g", sp, m, i, f.base[i], base[i])
				}
			}
			for i := range a {
				if d := math.Abs(f.a[i] - a[i]); d > 1e-9*math.Max(1, math.Abs(a[i])) {
					t.Errorf("%v m=%d: a[%d] = %g, want %g", sp, m, i, f.a[i], a[i])
				}
			}
			f.release()
		}
	}
}

// The ring filter gives the same sums as the general filter (Σ log ŷ up to
// rounding).
func TestSeasonalFilterMatchesFilter(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, m := range []int{4, 12} {
		y := make([]float64, 4*m+5)
		for i := range y {
			y[i] = 200 + 2*float64(i) + 30*math.Sin(2*math.Pi*float64(i)/float64(m)) + 5*r.NormFloat64()
		}
		for _, sp := range []Spec{
			{Error: Additive, Season: Additive},
			{Error: Multiplicative, Trend: Additive, Season: Additive},
			{Error: Multiplicative, Season: Multiplicative},
			{Error: Multiplicative, Trend: Additive, Damped: true, Season: Multiplicative},
		} {
			f := newFitter(sp, y, m, fixedParams{})
			f.setSmooth([]float64{0.3, 0.05, 0.2, 0.9}[:len(f.free)])
			h := heuristicInit(sp, y, m)
			f.p.Level, f.p.Slope = h.Level, h.Slope
			copy(f.p.Season, h.Season)
			st := initState(sp, &f.p, m, make([]float64, m))
			st.s = slices.Clone(st.s)
			want := filter(sp, &f.p, m, y, &st, nil, nil)
			got := f.seasonalFilter()
			if got.ok != want.ok || got.sse != want.sse || math.Abs(got.sumLog-want.sumLog) > 1e-12*math.Abs(want.sumLog) {
				t.Errorf("%v m=%d: %+v, want %+v", sp, m, got, want)
			}
			f.release()
		}
	}
}
