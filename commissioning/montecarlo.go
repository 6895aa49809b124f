package commissioning

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// DefaultDraws is the number of Monte Carlo draws when a [Simulation]
// leaves Draws at zero.
const DefaultDraws = 10_000

// MaxDraws is the most Monte Carlo draws a [Simulation] may ask for: ten
// million, a thousand times the default, beyond which the draws kept for
// the percentiles would not fit in memory.
const MaxDraws = 10_000_000

// defaultPercentiles are reported when a Simulation gives none.
var defaultPercentiles = [...]float64{5, 25, 50, 75, 95}

// chunkDraws is the number of draws a worker takes at a time; progress is
// reported and cancellation checked between chunks.
const chunkDraws = 256

// Simulation holds the settings of a Monte Carlo analysis: the uncertain
// inputs with their distributions, an optional correlation between them,
// the number of draws and the seed.
//
// Each draw d takes its own random stream, a PCG seeded from (Seed, d), and
// samples the inputs in order from it; draws are shared among Workers
// goroutines in chunks. So the results depend only on the inputs, the seed
// and the number of draws: they are bit-identical whatever the number of
// workers or GOMAXPROCS.
type Simulation struct {
	// Inputs are the uncertain factors; each needs a valid Dist.
	Inputs []Input `json:"inputs"`
	// Correlation, when not nil, is the correlation matrix of the inputs'
	// normal scores (a Gaussian copula): len(Inputs) × len(Inputs),
	// symmetric, unit diagonal, positive definite. Nil means independent.
	//
	// An input correlated with another takes the value F⁻¹(Φ(z)) at its
	// normal score z (F its distribution function): in closed form for
	// normal, log-normal, uniform and triangular inputs; for beta, PERT
	// and gamma inputs, when Draws is at least 4,096, from a table built
	// once per distinct distribution — a monotone cubic Hermite
	// interpolant in z on 1,024 equal steps of [−8.25, 8.25], exact at the
	// nodes, with slopes from the density — whose error, checked when the
	// table is built at every step's midpoint, is at most 1e-9 of the
	// distribution's range (for gamma, of F⁻¹(Φ(8.25)) − F⁻¹(Φ(−8.25)));
	// a shape too steep for that (such as Beta(0.1, 0.1)), or fewer
	// draws, uses the exact inverse for every draw. Scores beyond ±8.25
	// (probability 1.6e-16 each) are taken as ±8.25 for those kinds.
	// Uncorrelated inputs are drawn directly, as without a Correlation.
	Correlation [][]float64 `json:"correlation,omitempty"`
	// Draws is the number of draws; zero means DefaultDraws.
	Draws int `json:"draws,omitempty"`
	// Seed seeds the draws' streams.
	Seed uint64 `json:"seed"`
	// Workers is the number of goroutines; zero means GOMAXPROCS.
	Workers int `json:"workers,omitempty"`
	// Percentiles of each option's NPSV to report, in [0, 100]; nil means
	// 5, 25, 50, 75 and 95.
	Percentiles []float64 `json:"percentiles,omitempty"`
	// Lambdas, when not empty, are the values of a QALY for which the
	// cost-effectiveness acceptability curve is computed (outcomes.CEAC),
	// from each draw's present value of costs and of effects.
	Lambdas []investment.Money `json:"lambdas,omitempty"`
	// KeepDraws keeps every draw's NPSV in the result.
	KeepDraws bool `json:"keepDraws,omitempty"`
	// Progress, when not nil, is called after each chunk of draws with the
	// number done so far and the total. Calls never overlap and done only
	// grows, but they come from the worker goroutines. A function has no
	// JSON form, so it is left out of the settings' JSON.
	Progress func(done, total int) `json:"-"`
}

// SimulationResult is the outcome of a Monte Carlo analysis: per option,
// the distribution of its NPSV and the probability that it is the best.
type SimulationResult struct {
	Draws   int                `json:"draws"`
	Seed    uint64             `json:"seed"`
	Options []OptionResult     `json:"options"`
	CEAC    *outcomes.Curve    `json:"ceac,omitempty"` // when Lambdas were given
	Lambdas []investment.Money `json:"lambdas,omitempty"`
}

// OptionResult is the simulated distribution of one option's NPSV. Money
// figures are rounded to the penny from the float64 statistics.
type OptionResult struct {
	ID string `json:"id"`
	// Mean and SD of the NPSV over the draws (SD with divisor n − 1).
	Mean investment.Money `json:"mean"`
	SD   investment.Money `json:"sd"`
	// Percentiles of the NPSV, linearly interpolated between order
	// statistics, at the Simulation's percentiles.
	Percentiles []Percentile `json:"percentiles"`
	// ProbBest is the share of draws in which the option has the highest
	// NPSV (on an exact tie the option given first wins the draw).
	ProbBest float64 `json:"probBest"`
	// ProbPositive is the share of draws with NPSV above zero.
	ProbPositive float64 `json:"probPositive"`
	// MeanEffects is the mean present value of health effects, in QALYs.
	MeanEffects float64 `json:"meanEffects,omitempty"`
	// NPSV holds every draw's NPSV in pounds when the Simulation kept them.
	NPSV []float64 `json:"npsv,omitempty"`
}

// Percentile is one percentile of a simulated NPSV.
type Percentile struct {
	P    float64          `json:"p"`
	NPSV investment.Money `json:"npsv"`
}

// term is a part of an option's present value: coef × the product of the
// factors of inputs idx[in0 : in0+n], added to accumulator acc.
type term struct {
	coef float64
	acc  int32
	in0  int32
	n    int32
}

// accumulators of a draw: benefits, costs, effects.
const (
	accBenefits = iota
	accCosts
	accEffects
)

// model is a compiled simulation: the terms of every option, grouped so
// that amounts sharing the same inputs are summed once, in float64.
type model struct {
	nOpt   int
	start  []int // terms of option i are terms[start[i]:start[i+1]]
	terms  []term
	idx    []int32
	effect bool
}

func (a Appraiser) compile(ps []prepared, inputs []Input) model {
	m := model{nOpt: len(ps), start: make([]int, len(ps)+1)}
	for i, p := range ps {
		type key struct {
			acc int32
			set string
		}
		sums := map[key]float64{}
		var order []key
		var sets = map[string][]int32{}
		addAmt := func(acc int32, l, t int, x float64) {
			if x == 0 {
				return
			}
			var set []int32
			for k, in := range inputs {
				if in.applies(p.opt.ID, l, t) {
					set = append(set, int32(k))
				}
			}
			ks := fmt.Sprint(set)
			k := key{acc, ks}
			if _, ok := sums[k]; !ok {
				order = append(order, k)
				sets[ks] = set
			}
			sums[k] += x
		}
		for l := range nLines {
			f := p.adjusted[l]
			acc := int32(accCosts)
			if l == benefitsIdx {
				acc = accBenefits
			}
			for t := range f.Len() {
				addAmt(acc, l, t, f.At(t).Float64()*a.Schedule.FactorFloat(t))
			}
		}
		for t, e := range p.opt.Effects {
			m.effect = true
			addAmt(accEffects, effectsIdx, t, e*a.EffectSchedule.FactorFloat(t))
		}
		for _, k := range order {
			set := sets[k.set]
			m.terms = append(m.terms, term{coef: sums[k], acc: k.acc, in0: int32(len(m.idx)), n: int32(len(set))})
			m.idx = append(m.idx, set...)
		}
		m.start[i+1] = len(m.terms)
	}
	return m
}

// eval returns the benefits, costs and effects of option i given factors v.
func (m *model) eval(i int, v []float64) (b, c, e float64) {
	var acc [3]float64
	for _, tm := range m.terms[m.start[i]:m.start[i+1]] {
		x := tm.coef
		for _, k := range m.idx[tm.in0 : tm.in0+tm.n] {
			x *= v[k]
		}
		acc[tm.acc] += x
	}
	return acc[accBenefits], acc[accCosts], acc[accEffects]
}

// splitmix64 scrambles a draw number into a PCG seed word.
func splitmix64(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// validateCorrelation checks the matrix and returns its lower Cholesky
// factor, row-major.
func validateCorrelation(c [][]float64, n int) ([]float64, error) {
	bad := func(i, j int, err error) error {
		return &FieldError{Field: "correlation[" + strconv.Itoa(i+1) + "][" + strconv.Itoa(j+1) + "]", Err: err}
	}
	if len(c) != n {
		return nil, &FieldError{Field: "correlation", Err: fmt.Errorf("%d rows for %d inputs: %w", len(c), n, ErrCorrelation)}
	}
	sym := mat.NewSymDense(n, nil)
	for i := range n {
		if len(c[i]) != n {
			return nil, &FieldError{Field: "correlation[" + strconv.Itoa(i+1) + "]", Err: fmt.Errorf("%d columns for %d inputs: %w", len(c[i]), n, ErrCorrelation)}
		}
		for j := range n {
			x := c[i][j]
			switch {
			case math.IsNaN(x) || math.IsInf(x, 0):
				return nil, bad(i, j, ErrNotFinite)
			case i == j && x != 1:
				return nil, bad(i, j, fmt.Errorf("diagonal %v: %w", x, ErrCorrelation))
			case x < -1 || x > 1:
				return nil, bad(i, j, fmt.Errorf("%v: %w", x, ErrCorrelation))
			case j < i && math.Abs(x-c[j][i]) > 1e-12:
				return nil, bad(i, j, fmt.Errorf("not symmetric: %w", ErrCorrelation))
			}
			if j >= i {
				sym.SetSym(i, j, x)
			}
		}
	}
	var ch mat.Cholesky
	if !ch.Factorize(sym) {
		return nil, &FieldError{Field: "correlation", Err: fmt.Errorf("not positive definite: %w", ErrCorrelation)}
	}
	var l mat.TriDense
	ch.LTo(&l)
	out := make([]float64, n*n)
	for i := range n {
		for j := 0; j <= i; j++ {
			out[i*n+j] = l.At(i, j)
		}
	}
	return out, nil
}

// Simulate runs a Monte Carlo analysis of opts: in each draw every input
// takes a value from its distribution (correlated through a Gaussian copula
// when a Correlation is given) and multiplies the amounts it applies to;
// each option's NPSV is then computed as [Appraiser.Appraise] computes it,
// in float64. The result holds, per option, the NPSV's mean, standard
// deviation and percentiles, the probability of having the highest NPSV
// and of a positive one, and, with Lambdas, the cost-effectiveness
// acceptability curve through outcomes.CEAC, from each draw's float64
// present values of costs and effects.
//
// Options are validated as for Appraise and inputs as for Tornado, plus a
// valid Dist for every input ([*DistributionError] inside an
// [*InputError]); a bad correlation gives [ErrCorrelation], negative Draws
// or more than [MaxDraws] [ErrDraws], percentiles outside [0, 100] [ErrPercentile]. A cancelled ctx
// stops the workers and returns ctx's error.
func (a Appraiser) Simulate(ctx context.Context, opts []Option, sim Simulation) (SimulationResult, error) {
	ps, err := a.prepare(opts)
	if err != nil {
		return SimulationResult{}, err
	}
	set, err := sim.settings(opts)
	if err != nil {
		return SimulationResult{}, err
	}
	m := a.compile(ps, sim.Inputs)
	out := newDrawn(len(ps), set.draws, len(sim.Lambdas) > 0 || m.effect)
	if err := sim.run(ctx, &m, set, out); err != nil {
		return SimulationResult{}, err
	}
	res := SimulationResult{Draws: set.draws, Seed: sim.Seed}
	if res.Options, err = summariseAll(ps, out, set, m.effect, sim.KeepDraws); err != nil {
		return SimulationResult{}, err
	}
	if len(sim.Lambdas) > 0 {
		if res.CEAC, err = acceptability(ps, out, sim.Lambdas); err != nil {
			return SimulationResult{}, err
		}
		res.Lambdas = slices.Clone(sim.Lambdas)
	}
	return res, nil
}

// settings are a simulation's checked settings, with defaults applied.
type settings struct {
	draws   int
	pcts    []float64
	chol    []float64 // lower Cholesky factor of the correlation, row-major; nil when independent
	copula  []bool    // inputs correlated with another, drawn through the copula
	workers int
	chunks  int
}

// settings checks the simulation's inputs against opts, its number of
// draws, percentiles and correlation, and applies the defaults.
func (sim Simulation) settings(opts []Option) (settings, error) {
	ids := make(map[string]bool, len(opts))
	for _, o := range opts {
		ids[o.ID] = true
	}
	if err := validateInputs(sim.Inputs, ids, inputCheck{distNeeded: true}); err != nil {
		return settings{}, err
	}
	set := settings{draws: sim.Draws, pcts: sim.Percentiles, workers: sim.Workers}
	if set.draws < 0 || set.draws > MaxDraws {
		return settings{}, &FieldError{Field: "draws", Err: fmt.Errorf("%d, want 1 to %d: %w", set.draws, MaxDraws, ErrDraws)}
	}
	if set.draws == 0 {
		set.draws = DefaultDraws
	}
	if set.pcts == nil {
		set.pcts = defaultPercentiles[:]
	}
	for i, p := range set.pcts {
		if !(p >= 0 && p <= 100) {
			return settings{}, &FieldError{Field: "percentiles[" + strconv.Itoa(i+1) + "]", Err: fmt.Errorf("%v: %w", p, ErrPercentile)}
		}
	}
	nIn := len(sim.Inputs)
	if sim.Correlation != nil {
		var err error
		if set.chol, err = validateCorrelation(sim.Correlation, nIn); err != nil {
			return settings{}, err
		}
		// Inputs correlated with no other input are drawn directly; the
		// copula (and its numerical inversions) is for the others.
		set.copula = make([]bool, nIn)
		for i := range nIn {
			for j := range nIn {
				if i != j && sim.Correlation[i][j] != 0 {
					set.copula[i] = true
				}
			}
		}
	}
	if set.workers <= 0 {
		set.workers = runtime.GOMAXPROCS(0)
	}
	set.chunks = (set.draws + chunkDraws - 1) / chunkDraws
	set.workers = min(set.workers, set.chunks)
	return set, nil
}

// drawn holds the per-draw outputs of a simulation, option-major:
// npsv[i*draws+d] is option i's NPSV in draw d. Costs and effects are kept
// only when the acceptability curve or the mean effects need them.
type drawn struct {
	draws          int
	npsv           []float64
	costs, effects []float64
}

func newDrawn(nOpt, draws int, keepCosts bool) *drawn {
	out := &drawn{draws: draws, npsv: make([]float64, nOpt*draws)}
	if keepCosts {
		out.costs = make([]float64, nOpt*draws)
		out.effects = make([]float64, nOpt*draws)
	}
	return out
}

// option returns the slice of option i's draws of x.
func (out *drawn) option(x []float64, i int) []float64 {
	return x[i*out.draws : (i+1)*out.draws]
}

// drawer samples the inputs of one draw; each worker has its own.
type drawer struct {
	pcg      *rand.PCG
	rng      *rand.Rand
	samplers []sampler
	scorers  []scorer
	set      settings
	z        []float64
}

func newDrawer(inputs []Input, scorers []scorer, set settings) *drawer {
	pcg := rand.NewPCG(0, 0)
	dr := &drawer{pcg: pcg, rng: rand.New(pcg), samplers: make([]sampler, len(inputs)),
		scorers: scorers, set: set, z: make([]float64, len(inputs))}
	for k, in := range inputs {
		dr.samplers[k] = in.Dist.sampler(pcg)
	}
	return dr
}

// draw sets v to the inputs' factors in draw d, from the draw's own
// stream seeded from (seed, d).
func (dr *drawer) draw(seed uint64, d int, v []float64) {
	dr.pcg.Seed(seed, splitmix64(uint64(d)))
	if dr.set.chol == nil {
		for k, s := range dr.samplers {
			v[k] = s.Rand()
		}
		return
	}
	n := len(v)
	for k := range dr.z {
		dr.z[k] = dr.rng.NormFloat64()
	}
	for k, s := range dr.samplers {
		if !dr.set.copula[k] {
			v[k] = s.Rand()
			continue
		}
		x := 0.0
		for j, l := range dr.set.chol[k*n : k*n+k+1] {
			x += l * dr.z[j]
		}
		v[k] = dr.scorers[k].at(x)
	}
}

// run computes every draw into out, sharing chunks of draws among the
// workers; a cancelled ctx stops them.
func (sim Simulation) run(ctx context.Context, m *model, set settings, out *drawn) error {
	var scorers []scorer
	if set.chol != nil {
		scorers = buildScorers(sim.Inputs, set.copula, set.draws, set.workers)
	}
	var (
		next    atomic.Int64
		mu      sync.Mutex
		done    int
		wg      sync.WaitGroup
		stopped atomic.Bool
	)
	work := func() {
		dr := newDrawer(sim.Inputs, scorers, set)
		v := make([]float64, len(sim.Inputs))
		for {
			c := int(next.Add(1) - 1)
			if c >= set.chunks || stopped.Load() {
				return
			}
			if ctx.Err() != nil {
				stopped.Store(true)
				return
			}
			lo, hi := c*chunkDraws, min((c+1)*chunkDraws, set.draws)
			for d := lo; d < hi; d++ {
				dr.draw(sim.Seed, d, v)
				for i := range m.nOpt {
					b, cst, e := m.eval(i, v)
					out.npsv[i*set.draws+d] = b - cst
					if out.costs != nil {
						out.costs[i*set.draws+d] = cst
						out.effects[i*set.draws+d] = e
					}
				}
			}
			if sim.Progress != nil {
				mu.Lock()
				done += hi - lo
				sim.Progress(done, set.draws)
				mu.Unlock()
			}
		}
	}
	for range set.workers {
		wg.Go(work)
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("commissioning: simulation stopped: %w", err)
	}
	return nil
}

// summariseAll returns each option's statistics over the draws, the
// options shared among the workers.
func summariseAll(ps []prepared, out *drawn, set settings, effect, keep bool) ([]OptionResult, error) {
	nOpt := len(ps)
	best := make([]int, nOpt)
	for d := range out.draws {
		bi, bv := 0, out.npsv[d]
		for i := 1; i < nOpt; i++ {
			if x := out.npsv[i*out.draws+d]; x > bv {
				bi, bv = i, x
			}
		}
		best[bi]++
	}
	res := make([]OptionResult, nOpt)
	errs := make([]error, nOpt)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(set.workers, nOpt) {
		wg.Go(func() {
			sorted := make([]float64, out.draws)
			for {
				i := int(next.Add(1) - 1)
				if i >= nOpt {
					return
				}
				x := out.option(out.npsv, i)
				if res[i], errs[i] = summarise(ps[i].opt.ID, x, sorted, set.pcts, best[i]); errs[i] != nil {
					continue
				}
				if effect {
					res[i].MeanEffects = stat.Mean(out.option(out.effects, i), nil)
				}
				if keep {
					res[i].NPSV = slices.Clone(x)
				}
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, &OptionError{ID: ps[i].opt.ID, Position: i + 1, Err: err}
		}
	}
	return res, nil
}

// acceptability returns the cost-effectiveness acceptability curve of the
// options from each draw's float64 present values of costs and effects.
func acceptability(ps []prepared, out *drawn, lambdas []investment.Money) (*outcomes.Curve, error) {
	ds := make([]outcomes.Draws, len(ps))
	for i, p := range ps {
		ds[i] = outcomes.Draws{ID: p.opt.ID, Costs: out.option(out.costs, i), Effects: out.option(out.effects, i)}
	}
	c, err := outcomes.CEAC(ds, lambdas)
	if err != nil {
		return nil, fmt.Errorf("commissioning: acceptability curve: %w", err)
	}
	return c, nil
}

// summarise returns the statistics of one option's draws x, using sorted
// as scratch space.
func summarise(id string, x, sorted []float64, pcts []float64, best int) (OptionResult, error) {
	n := len(x)
	for _, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return OptionResult{}, fmt.Errorf("simulated NPSV %v: %w", v, ErrNotFinite)
		}
	}
	mean, sd := stat.MeanStdDev(x, nil)
	if n == 1 {
		sd = 0
	}
	r := OptionResult{ID: id, ProbBest: float64(best) / float64(n)}
	pos := 0
	for _, v := range x {
		if v > 0 {
			pos++
		}
	}
	r.ProbPositive = float64(pos) / float64(n)
	var err error
	if r.Mean, err = moneyOf(mean); err != nil {
		return OptionResult{}, fmt.Errorf("mean: %w", err)
	}
	if r.SD, err = moneyOf(sd); err != nil {
		return OptionResult{}, fmt.Errorf("standard deviation: %w", err)
	}
	copy(sorted, x)
	slices.Sort(sorted)
	r.Percentiles = make([]Percentile, len(pcts))
	for j, q := range pcts {
		v, err := moneyOf(quantile(sorted, q/100))
		if err != nil {
			return OptionResult{}, fmt.Errorf("percentile %v: %w", q, err)
		}
		r.Percentiles[j] = Percentile{P: q, NPSV: v}
	}
	return r, nil
}

// quantile returns the p-quantile of sorted x, interpolating linearly
// between order statistics (type 7 of Hyndman and Fan, as R's default).
func quantile(sorted []float64, p float64) float64 {
	n := len(sorted)
	h := p * float64(n-1)
	lo := int(math.Floor(h))
	if lo >= n-1 {
		return sorted[n-1]
	}
	return sorted[lo] + (h-float64(lo))*(sorted[lo+1]-sorted[lo])
}

var pound = investment.MustGBP("1")

// moneyOf converts a float64 statistic in pounds to money to the penny,
// through investment.Money.MulFloat, the one float-to-money crossing.
func moneyOf(x float64) (investment.Money, error) {
	m, err := pound.MulFloat(x)
	if err != nil {
		return investment.Money{}, err
	}
	return m.Round(investment.Penny), nil
}
