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
		if o != nil && o.ID == id {
			return o, true
		}
	}
	return nil, false
}

// money converts x pounds to exact money (float64 to money through
// [investment.Money.MulFloat]). The error, without the package prefix,
// wraps [ErrNotFinite] for a NaN or infinite cost and [ErrRange] for one
// too large for money.
func money(x float64) (investment.Money, error) {
	m, err := investment.FromPence(100).MulFloat(x)
	if err != nil {
		reason := ErrRange
		if !finite(x) {
			reason = ErrNotFinite
		}
		return investment.Money{}, fmt.Errorf("cost of %v pounds: %w", x, reason)
	}
	return m, nil
}

// pounds converts the total cost of o to money rounded half away from
// zero to the penny. A total that is not finite or too large for money is
// an [*Error] naming the strategy and the cost category at fault, or the
// field totalCost when no single category is.
func (o *Outcome) pounds() (investment.Money, error) {
	m, err := money(o.TotalCost)
	if err == nil {
		return m.Round(investment.Penny), nil
	}
	for c, name := range o.Categories {
		if c >= len(o.CostByCategory) {
			break
		}
		sum := 0.0
		for _, x := range o.CostByCategory[c] {
			sum += x
		}
		if _, cerr := money(sum); cerr != nil {
			return investment.Money{}, &Error{Strategy: o.ID, Category: name, Err: cerr}
		}
	}
	return investment.Money{}, &Error{Strategy: o.ID, Field: "totalCost", Err: err}
}

// Alternatives returns each strategy's total discounted cost, rounded to
// the penny, and total discounted effect, for the functions of package
// outcomes. A cost that is not finite or too large for money is an
// [*Error] naming the strategy and the cost category; an undefined measure
// of effect wraps [ErrUnknownName].
func (r *Result) Alternatives(e Effect) ([]outcomes.Alternative, error) {
	if !e.Valid() {
		return nil, fmt.Errorf("markov: %v: %w", e, ErrUnknownName)
	}
	alts := make([]outcomes.Alternative, len(r.Outcomes))
	for i, o := range r.Outcomes {
		if o == nil {
			return nil, fieldErr("", at("outcomes", i), fmt.Errorf("no outcome: %w", ErrNoStrategies))
		}
		c, err := o.pounds()
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
	t, err := outcomes.Frontier(alts)
	if err != nil {
		return outcomes.Table{}, fmt.Errorf("markov: incremental table: %w", err)
	}
	return t, nil
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
