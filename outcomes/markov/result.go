package markov

import (
	"fmt"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// Result holds the outcome of every strategy of a run, in the order of the
// model's strategies.
type Result struct {
	Outcomes []*Outcome `json:"outcomes"`
}

// Outcome returns the outcome of the strategy with the given id.
func (r *Result) Outcome(id string) (*Outcome, bool) {
	for _, o := range r.Outcomes {
		if o.ID == id {
			return o, true
		}
	}
	return nil, false
}

// pounds converts a float64 total to money rounded half away from zero to
// the penny.
func pounds(x float64) (investment.Money, error) {
	m, err := investment.FromPence(100).MulFloat(x)
	if err != nil {
		return investment.Money{}, fmt.Errorf("markov: cost %v: %w", x, err)
	}
	return m.Round(investment.Penny), nil
}

// Alternatives returns each strategy's total discounted cost, rounded to
// the penny, and total discounted effect, for the functions of package
// outcomes.
func (r *Result) Alternatives(e Effect) ([]outcomes.Alternative, error) {
	alts := make([]outcomes.Alternative, len(r.Outcomes))
	for i, o := range r.Outcomes {
		c, err := pounds(o.TotalCost)
		if err != nil {
			return nil, err
		}
		alts[i] = outcomes.Alternative{ID: o.ID, Cost: c, Effect: o.Effect(e)}
	}
	return alts, nil
}

// Table returns the incremental table of the strategies with strong and
// extended dominance and ICERs ([outcomes.Frontier]), on costs rounded to
// the penny.
func (r *Result) Table(e Effect) (outcomes.Table, error) {
	alts, err := r.Alternatives(e)
	if err != nil {
		return outcomes.Table{}, err
	}
	return outcomes.Frontier(alts)
}

// NMB returns each strategy's net monetary benefit λ × effect − cost
// ([outcomes.NMB] against nothing), in the order of the strategies.
func (r *Result) NMB(e Effect, lambda investment.Money) ([]investment.Money, error) {
	alts, err := r.Alternatives(e)
	if err != nil {
		return nil, err
	}
	out := make([]investment.Money, len(alts))
	for i, a := range alts {
		if out[i], err = outcomes.NMB(a.Cost, a.Effect, lambda); err != nil {
			return nil, fmt.Errorf("markov: strategy %q: %w", a.ID, err)
		}
	}
	return out, nil
}
