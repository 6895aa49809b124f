package forecast

import (
	"math"

	"gonum.org/v1/gonum/optimize"
)

// nmSettings controls one Nelder–Mead minimisation.
type nmSettings struct {
	maxEval int     // evaluation budget
	relTol  float64 // relative improvement that counts as progress
	stall   int     // major iterations without progress that end the search
	// flatStall replaces stall while flat reports the best point as lying
	// where the objective is locally constant (0: never).
	flatStall int
}

// nelderMead minimises f with gonum's [optimize.NelderMead] (reflection 1,
// expansion 2, contraction and shrink 0.5, the coefficients of R's optim),
// starting from the simplex x0, x0 + step[i]·e(i). Infeasible points are given
// +Inf by f (the callers project box-constrained parameters first, see the
// package documentation, # Estimation). It returns the best point, its value
// and the evaluation count.
//
// The method is driven through its [optimize.Method] interface rather than
// [optimize.Minimize], whose worker and statistics goroutines cost about three
// times the objective itself on series of a few dozen observations; the
// iterates are the same. The search stops when the best value has not improved
// by more than relTol·(|f|+relTol) for stall major iterations (the relative
// criterion of R's optim, applied to the best vertex), or after maxEval
// evaluations. When flat is non-nil and reports the objective as constant
// around the best point (projected parameters beyond a bound in every
// coordinate), no vertex can improve on it by moving a little, and
// s.flatStall iterations without progress end the search. The optimiser is
// sequential, so results do not depend on GOMAXPROCS. scr, if non-nil, is
// storage reused from an earlier search.
func nelderMead(f func([]float64) float64, x0, step []float64, s nmSettings, flat func([]float64) bool, scr *nmScratch) ([]float64, float64, int) {
	dim := len(x0)
	f0 := f(x0)
	if math.IsInf(f0, 0) || math.IsNaN(f0) {
		return x0, math.Inf(1), 1
	}
	if scr == nil {
		scr = new(nmScratch)
	}
	for len(scr.verts) < dim+1 {
		scr.verts = append(scr.verts, nil)
	}
	verts := scr.verts[:dim+1]
	vals := zeroed(scr.vals, dim+1)
	scr.vals = vals
	verts[0] = append(verts[0][:0], x0...)
	vals[0] = f0
	evals := 1
	for i := range dim {
		v := append(verts[i+1][:0], x0...)
		v[i] += step[i]
		verts[i+1] = v
		vals[i+1] = f(v)
		evals++
	}
	// Set the exported fields one by one: the method keeps its internal
	// slices between searches.
	nm := &scr.method
	nm.InitialVertices, nm.InitialValues = verts, vals
	nm.Reflection, nm.Expansion, nm.Contraction, nm.Shrink = 1, 2, 0.5, 0.5
	nm.Init(dim, 1)
	ops := make(chan optimize.Task, 1)
	res := make(chan optimize.Task, 1)
	loc := &scr.loc
	loc.X = append(loc.X[:0], x0...)
	loc.F = f0
	go nm.Run(ops, res, []optimize.Task{{Op: optimize.FuncEvaluation, Location: loc}})

	best := append([]float64(nil), x0...)
	bestF := f0
	for i, v := range vals {
		if v < bestF {
			bestF = v
			copy(best, verts[i])
		}
	}
	lastF := bestF
	stall := 0
	stopping := false
	stop := func() {
		stopping = true
		res <- optimize.Task{Op: optimize.PostIteration}
		close(res)
	}
	for t := range ops {
		if stopping {
			continue
		}
		switch {
		case t.Op == optimize.MajorIteration:
			if t.F < bestF {
				bestF = t.F
				copy(best, t.X)
			}
			if lastF-bestF > s.relTol*(math.Abs(bestF)+s.relTol) {
				lastF = bestF
				stall = 0
			} else {
				stall++
			}
			limit := s.stall
			if flat != nil && s.flatStall > 0 && stall >= s.flatStall && flat(best) {
				limit = s.flatStall
			}
			if stall >= limit || evals >= s.maxEval {
				stop()
				continue
			}
		case t.Op == optimize.MethodDone:
			stop()
			continue
		case t.Op&optimize.FuncEvaluation != 0:
			t.F = f(t.X)
			evals++
		}
		res <- t
	}
	return best, bestF, evals
}

// nmScratch is storage one caller reuses across searches.
type nmScratch struct {
	method optimize.NelderMead
	verts  [][]float64
	vals   []float64
	loc    optimize.Location
}
