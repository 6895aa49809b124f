package forecast

import (
	"math"
	"sort"
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

// Nelder–Mead coefficients: those of R's optim and of gonum's
// optimize.NelderMead when set explicitly.
const (
	nmReflect  = 1.0
	nmExpand   = 2.0
	nmContract = 0.5
	nmShrink   = 0.5
)

// nelderMead minimises f by the Nelder–Mead simplex method in the variant of
// gonum's optimize.NelderMead (Lagarias et al. 1998, SIAM J. Optim. 9(1):
// reflection 1, expansion 2, outside and inside contraction 0.5, shrink 0.5
// towards the best vertex), starting from the simplex x0, x0 + step[i]·e(i).
// It is a synchronous loop with the same iterates as gonum's method driven
// through its optimize.Method interface, which runs in a goroutine of its
// own and hands over on a channel at every evaluation; on series of a few
// dozen observations that hand-over cost as much as the objective.
//
// Infeasible points are given +Inf by f (the callers project
// box-constrained parameters first, see the package documentation,
// # Estimation). The search stops when the best value has not improved by
// more than relTol·(|f|+relTol) for stall major iterations (the relative
// criterion of R's optim, applied to the best vertex), or after maxEval
// evaluations. When flat is non-nil and reports the objective as constant
// around the best point (projected parameters beyond a bound in every
// coordinate), no vertex can improve on it by moving a little, and
// s.flatStall iterations without progress end the search. It returns the
// best point, its value and the evaluation count. scr, if non-nil, is
// storage reused from an earlier search. It is long because it keeps
// gonum's iterates exactly (one loop over reflection, expansion,
// contraction and shrink), which the yearly figures depend on bit for bit.
func nelderMead(f func([]float64) float64, x0, step []float64, s nmSettings, flat func([]float64) bool, scr *nmScratch) ([]float64, float64, int) {
	dim := len(x0)
	f0 := f(x0)
	if math.IsInf(f0, 0) || math.IsNaN(f0) {
		return x0, math.Inf(1), 1
	}
	if scr == nil {
		scr = new(nmScratch)
	}
	scr.reset(dim)
	verts, vals := scr.verts, scr.vals
	copy(verts[0], x0)
	vals[0] = f0
	evals := 1
	for i := range dim {
		v := verts[i+1]
		copy(v, x0)
		v[i] += step[i]
		vals[i+1] = f(v)
		evals++
	}
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
	// done records a major iteration at (x, fx) and reports whether the
	// search ends there.
	done := func(x []float64, fx float64) bool {
		if fx < bestF {
			bestF = fx
			copy(best, x)
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
		return stall >= limit || evals >= s.maxEval
	}
	// The first major iteration is the starting point itself.
	if done(x0, f0) {
		return best, bestF, evals
	}
	sort.Sort(nmSorter{verts, vals})
	c, xr, xt := scr.centroid, scr.reflected, scr.trial
	centroid(verts, c)
	for !done(verts[0], vals[0]) {
		worst := verts[dim]
		towards(xr, c, worst, nmReflect)
		fr := f(xr)
		evals++
		switch {
		case fr >= vals[0] && fr < vals[dim-1]:
			scr.replaceWorst(xr, fr)
			continue
		case fr < vals[0]:
			towards(xt, c, worst, nmReflect*nmExpand)
			fe := f(xt)
			evals++
			if fe < fr {
				scr.replaceWorst(xt, fe)
			} else {
				scr.replaceWorst(xr, fr)
			}
			continue
		case fr < vals[dim]:
			towards(xt, c, worst, nmReflect*nmContract)
			fc := f(xt)
			evals++
			if fc <= fr {
				scr.replaceWorst(xt, fc)
				continue
			}
		default:
			towards(xt, c, worst, -nmContract)
			fc := f(xt)
			evals++
			if fc < vals[dim] {
				scr.replaceWorst(xt, fc)
				continue
			}
		}
		// Shrink towards the best vertex.
		for i := 1; i <= dim; i++ {
			v := verts[i]
			for j := range v {
				d := v[j] - verts[0][j]
				d *= nmShrink
				v[j] = d + verts[0][j]
			}
			vals[i] = f(v)
			evals++
		}
		sort.Sort(nmSorter{verts, vals})
		centroid(verts, c)
	}
	return best, bestF, evals
}

// towards sets dst = c + scale·(c − w), computed as gonum does: the
// difference first, then the scaling, then the sum.
func towards(dst, c, w []float64, scale float64) {
	for i := range dst {
		d := c[i] - w[i]
		d *= scale
		dst[i] = d + c[i]
	}
}

// centroid sets c to the mean of every vertex but the last (the worst).
func centroid(verts [][]float64, c []float64) {
	dim := len(c)
	clear(c)
	for _, v := range verts[:dim] {
		for j, x := range v {
			c[j] += x
		}
	}
	for j := range c {
		c[j] /= float64(dim)
	}
}

// nmScratch is storage one caller reuses across searches: the simplex
// (sorted by value during the search), its centroid and two trial points.
type nmScratch struct {
	verts     [][]float64
	vals      []float64
	centroid  []float64
	reflected []float64
	trial     []float64
}

// reset sizes the storage for a search in dim dimensions.
func (s *nmScratch) reset(dim int) {
	for len(s.verts) < dim+1 {
		s.verts = append(s.verts, nil)
	}
	s.verts = s.verts[:dim+1]
	for i := range s.verts {
		s.verts[i] = zeroed(s.verts[i], dim)
	}
	s.vals = zeroed(s.vals, dim+1)
	s.centroid = zeroed(s.centroid, dim)
	s.reflected = zeroed(s.reflected, dim)
	s.trial = zeroed(s.trial, dim)
}

// replaceWorst puts (x, fx) in place of the worst vertex, keeps the simplex
// sorted and updates the centroid by the exchange, as gonum does.
func (s *nmScratch) replaceWorst(x []float64, fx float64) {
	dim := len(x)
	verts, vals := s.verts, s.vals
	copy(verts[dim], x)
	vals[dim] = fx
	for i := dim - 1; i >= 0; i-- {
		if vals[i] < fx {
			break
		}
		verts[i], verts[i+1] = verts[i+1], verts[i]
		vals[i], vals[i+1] = vals[i+1], vals[i]
	}
	w := -1 / float64(dim)
	for j, v := range verts[dim] {
		s.centroid[j] += w * v
	}
	w = 1 / float64(dim)
	for j, v := range x {
		s.centroid[j] += w * v
	}
}

// nmSorter sorts the simplex by value.
type nmSorter struct {
	verts [][]float64
	vals  []float64
}

func (n nmSorter) Len() int           { return len(n.vals) }
func (n nmSorter) Less(i, j int) bool { return n.vals[i] < n.vals[j] }
func (n nmSorter) Swap(i, j int) {
	n.vals[i], n.vals[j] = n.vals[j], n.vals[i]
	n.verts[i], n.verts[j] = n.verts[j], n.verts[i]
}
