package markov

import (
	"errors"
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// FuzzRun feeds arbitrary transition cells, counts and values to a
// three-state model: a run either fails with one of the package's errors
// or gives finite totals and a trace with no negative counts.
func FuzzRun(f *testing.F) {
	f.Add(0.7, 0.2, 0.1, 0.5, 1.0, 100.0, uint8(3))
	f.Add(Rest, 0.2, 0.1, -1.0, 1.0, 100.0, uint8(1))
	f.Add(0.7, 0.2, 0.2, 0.5, math.NaN(), 1e300, uint8(5))
	f.Fuzz(func(t *testing.T, a, b, c, stay, init, cost float64, corr uint8) {
		m := &Model{
			States: []string{"x", "y", "z"}, Dead: []string{"z"},
			Initial: []float64{init, 0, 0}, Cycles: 4, Correction: Correction(corr % 8),
			CostSchedule: constant("0.035"), EffectSchedule: constant("0.015"),
			Strategies: []Strategy{{ID: "s",
				Transition: Matrix([]float64{a, b, c}, []float64{0, stay, Rest}, []float64{0, 0, 1}),
				Costs:      []Cost{{Category: "c", States: Fixed(cost, cost, 0)}},
				Utility:    Fixed(1, 0.5, 0)}},
		}
		res, err := m.Run()
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			if perr := fault.Prefixed(err.Error(), "markov"); perr != nil {
				t.Fatal(perr)
			}
			return
		}
		o := res.Outcomes[0]
		for _, x := range []float64{o.TotalCost, o.TotalQALYs, o.TotalLifeYears} {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Fatalf("total %v", x)
			}
		}
		for _, row := range o.Trace {
			for _, x := range row {
				if x < 0 || math.IsNaN(x) {
					t.Fatalf("count %v", x)
				}
			}
		}
	})
}
