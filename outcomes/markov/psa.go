package markov

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// DefaultDraws is the number of draws when a [Simulation] leaves Draws at
// zero.
const DefaultDraws = 10_000

// chunkDraws is the number of draws a worker takes at a time; progress is
// reported and cancellation checked between chunks.
const chunkDraws = 256

// Simulation holds the settings of a probabilistic analysis.
//
// Draw d takes its own random stream, a PCG seeded from (Seed, d), and
// draws the parameters in the order of [Model.Parameters] from it; draws
// are shared among Workers goroutines in chunks. So results depend only on
// the model, the seed and the number of draws: they are bit-identical
// whatever the number of workers or GOMAXPROCS.
type Simulation struct {
	Draws   int    `json:"draws,omitempty"` // zero means DefaultDraws
	Seed    uint64 `json:"seed"`
	Workers int    `json:"workers,omitempty"` // zero means GOMAXPROCS
	// Effect is the measure of effect of the acceptability curve.
	Effect Effect `json:"effect"`
	// Lambdas, when not empty, are the values of a unit of effect at which
	// the acceptability curve is computed ([outcomes.CEAC]).
	Lambdas []investment.Money `json:"lambdas,omitempty"`
	// Progress, when not nil, is called after each chunk of draws with the
	// number done and the total. Calls never overlap and done only grows,
	// but they come from the worker goroutines. A function has no JSON
	// form, so it is left out.
	Progress func(done, total int) `json:"-"`
}

// PSA holds the draws of a probabilistic analysis: per strategy and draw,
// the discounted cost, QALYs and life-years, and each draw's parameters.
type PSA struct {
	IDs []string `json:"ids"`
	// Names gives the parameter of each position of a draw's vector; the
	// components of a Dirichlet parameter p are "p[1]", "p[2]" and so on.
	Names []string `json:"names"`
	// Cost, QALYs and LifeYears are [strategy][draw].
	Cost      [][]float64 `json:"cost"`
	QALYs     [][]float64 `json:"qalys"`
	LifeYears [][]float64 `json:"lifeYears"`
	// Params holds draw d's parameter vector at Params[d*len(Names):].
	Params []float64 `json:"params"`
	// CEAC is the acceptability curve and its frontier (the alternative
	// with the highest mean net benefit, [outcomes.Curve.Optimal]) when
	// Lambdas were given.
	CEAC *outcomes.Curve `json:"ceac,omitempty"`
}

// Draws returns the number of draws.
func (p *PSA) Draws() int {
	if len(p.Cost) == 0 {
		return 0
	}
	return len(p.Cost[0])
}

// Effects returns the draws of the given measure, [strategy][draw].
func (p *PSA) Effects(e Effect) [][]float64 {
	if e == LifeYears {
		return p.LifeYears
	}
	return p.QALYs
}

// Simulate runs the probabilistic analysis: for each draw, every parameter
// is drawn from its distribution and every strategy run. It returns the
// model's validation errors, an [*Error] naming the draw for a matrix or
// value that fails the checks, an error wrapping [ErrDraws] for a negative
// number of draws, and the context's error if it is cancelled.
func (m *Model) Simulate(ctx context.Context, sim Simulation) (*PSA, error) {
	e, err := newEngine(m)
	if err != nil {
		return nil, err
	}
	draws := sim.Draws
	if draws == 0 {
		draws = DefaultDraws
	}
	if draws < 0 {
		return nil, fmt.Errorf("markov: simulate: %d draws: %w", draws, ErrDraws)
	}
	workers := sim.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunks := (draws + chunkDraws - 1) / chunkDraws
	workers = min(workers, chunks)

	res := newPSA(m, draws)
	var (
		next    atomic.Int64
		mu      sync.Mutex
		done    int
		wg      sync.WaitGroup
		stopped atomic.Bool  // cancelled
		failAt  atomic.Int64 // the first chunk known to fail
		errs    = make([]error, chunks)
	)
	failAt.Store(int64(chunks))
	work := func() {
		defer wg.Done()
		pcg := rand.NewPCG(0, 0)
		samplers := make([]sampler, len(m.Parameters))
		for k, q := range m.Parameters {
			samplers[k] = q.sampler(pcg)
		}
		w := e.newWork()
		for {
			c := int(next.Add(1) - 1)
			if c >= chunks || stopped.Load() {
				return
			}
			if int64(c) > failAt.Load() {
				continue // a later chunk than one that failed: not needed
			}
			if ctx.Err() != nil {
				stopped.Store(true)
				return
			}
			lo, hi := c*chunkDraws, min((c+1)*chunkDraws, draws)
			for d := lo; d < hi; d++ {
				if err := e.draw(d, sim.Seed, pcg, samplers, w, res); err != nil {
					errs[c] = err
					for {
						f := failAt.Load()
						if int64(c) >= f || failAt.CompareAndSwap(f, int64(c)) {
							break
						}
					}
					break
				}
			}
			if sim.Progress != nil {
				mu.Lock()
				done += hi - lo
				sim.Progress(done, draws)
				mu.Unlock()
			}
		}
	}
	wg.Add(workers)
	for range workers {
		go work()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil { // the first failing draw, whatever the workers
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("markov: simulation stopped: %w", err)
	}
	if len(sim.Lambdas) > 0 {
		if res.CEAC, err = res.Curve(sim.Effect, sim.Lambdas); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// newPSA allocates the results of draws draws of m.
func newPSA(m *Model, draws int) *PSA {
	ns := len(m.Strategies)
	res := &PSA{IDs: make([]string, ns)}
	for _, q := range m.Parameters {
		for k := range q.dim() {
			name := q.Name
			if q.dim() > 1 {
				name = at(q.Name, k)
			}
			res.Names = append(res.Names, name)
		}
	}
	res.Params = make([]float64, draws*len(res.Names))
	res.Cost, res.QALYs, res.LifeYears = make([][]float64, ns), make([][]float64, ns), make([][]float64, ns)
	for i, s := range m.Strategies {
		res.IDs[i] = s.ID
		res.Cost[i], res.QALYs[i], res.LifeYears[i] = make([]float64, draws), make([]float64, draws), make([]float64, draws)
	}
	return res
}

// draw runs draw d: it seeds the stream from (seed, d), draws the
// parameters in order and runs every strategy.
func (e *engine) draw(d int, seed uint64, pcg *rand.PCG, samplers []sampler, w *work, res *PSA) error {
	np := e.nParam
	pcg.Seed(seed, splitmix64(uint64(d)))
	p := res.Params[d*np : (d+1)*np]
	pos := 0
	for k, s := range samplers {
		dim := e.m.Parameters[k].dim()
		s.draw(p[pos : pos+dim])
		pos += dim
	}
	for i := range e.m.Strategies {
		t, err := e.run(i, p, w, false)
		if err != nil {
			var me *Error
			if errors.As(err, &me) {
				me.Draw = d + 1
			}
			return err
		}
		res.Cost[i][d], res.QALYs[i][d], res.LifeYears[i][d] = t.cost, t.qaly, t.ly
	}
	return nil
}

// Curve returns the acceptability curve of the draws over the λ values
// ([outcomes.CEAC]), from the draws' float costs in pounds. An undefined
// measure of effect wraps [ErrUnknownName]; the errors of outcomes.CEAC
// come wrapped.
func (p *PSA) Curve(e Effect, lambdas []investment.Money) (*outcomes.Curve, error) {
	if !e.Valid() {
		return nil, fmt.Errorf("markov: acceptability curve: %v: %w", e, ErrUnknownName)
	}
	eff := p.Effects(e)
	ds := make([]outcomes.Draws, len(p.IDs))
	for i, id := range p.IDs {
		ds[i] = outcomes.Draws{ID: id, Costs: p.Cost[i], Effects: eff[i]}
	}
	c, err := outcomes.CEAC(ds, lambdas)
	if err != nil {
		return nil, fmt.Errorf("markov: acceptability curve: %w", err)
	}
	return c, nil
}

// splitmix64 scrambles a draw number into a PCG seed word.
func splitmix64(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}
