package commissioning

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
)

// Commitments is the artefact of the Do stage: a commitment (a direction
// to the health board, the council or both, or a contract) for every
// chosen option with costs in the period, each with its amounts by year
// and its share of them by locality, and the totals by locality and year.
//
// Every penny is accounted for: each year's amount of a commitment is
// shared between localities by largest remainder (investment.Money
// Allocate), so the localities add up to the commitment exactly, and the
// commitments add up to the selection's spend. [Commitments.LocalityTable]
// gives a year's table as published, whose rounding line makes it add up.
type Commitments struct {
	Years      investment.Years `json:"years"`
	Localities []string         `json:"localities"`
	Items      []Commitment     `json:"items"`
	// ByLocality holds each locality's total, in the inputs' order.
	ByLocality []LocalityAmounts `json:"byLocality"`
	// Total is the sum of the commitments by year.
	Total investment.Flow `json:"total"`
}

// Commitment is one direction or contract: the option it delivers, to
// whom, the funding stream it is charged to ("" the pooled budget), and
// its amounts by year, in total and by locality.
type Commitment struct {
	ID         string            `json:"id"`
	Option     string            `json:"option"`
	Kind       CommitmentKind    `json:"kind"`
	To         []string          `json:"to"`
	Stream     string            `json:"stream,omitempty"`
	Amounts    investment.Flow   `json:"amounts"`
	ByLocality []LocalityAmounts `json:"byLocality"`
}

// LocalityAmounts is a locality's amounts by year.
type LocalityAmounts struct {
	Locality string          `json:"locality"`
	Amounts  investment.Flow `json:"amounts"`
}

// Do runs the Do stage. Its gate: a plan must exist ([ErrNoStrategy]), and
// every year with a funding gap after investment needs a decision logged
// on it (Subject [SubjectGap], naming the year or no year) with a reason
// ([ErrUnbalanced], [ErrDecisionReason]); both come as a [*GateError]. The
// assessment supplies the allocation weights of bases other than the
// population and may be nil for those.
func (in *Inputs) Do(a *Assessment, s *Strategy) (*Commitments, error) {
	if s == nil {
		return nil, &GateError{Stage: StageDo, Err: ErrNoStrategy}
	}
	if err := in.balanced(s); err != nil {
		return nil, err
	}
	weights, err := in.weights(a)
	if err != nil {
		return nil, err
	}
	codes := in.localityCodes()
	c := &Commitments{Years: in.Period, Localities: codes}
	n := in.Period.Len()
	totals := make([][]investment.Money, len(codes))
	for i := range totals {
		totals[i] = make([]investment.Money, n)
	}
	for _, id := range s.Choice.Options {
		o, _ := in.option(id)
		item, err := in.commitment(o, weights)
		if err != nil {
			return nil, err
		}
		if item.Amounts.Total().IsZero() {
			continue
		}
		for i, la := range item.ByLocality {
			for k := range n {
				totals[i][k] = totals[i][k].Add(la.Amounts.At(k))
			}
		}
		c.Items = append(c.Items, item)
	}
	sum := make([]investment.Money, n)
	for i, code := range codes {
		c.ByLocality = append(c.ByLocality, LocalityAmounts{Locality: code, Amounts: investment.NewFlow(totals[i]...).Anchor(in.Period.First)})
		for k := range n {
			sum[k] = sum[k].Add(totals[i][k])
		}
	}
	c.Total = investment.NewFlow(sum...).Anchor(in.Period.First)
	return c, nil
}

// balanced checks the Do gate on the funding gap.
func (in *Inputs) balanced(s *Strategy) error {
	for y, gap := range s.Budget.GapAfter.ByYear() {
		if gap.Sign() <= 0 {
			continue
		}
		d, ok := in.gapDecision(y)
		if !ok {
			return &GateError{Stage: StageDo, Where: y.String() + " gap " + gap.String(), Err: ErrUnbalanced}
		}
		if d.Reason == "" {
			return &GateError{Stage: StageDo, Where: y.String() + " decision of " + d.Date.Format("2 January 2006"), Err: ErrDecisionReason}
		}
	}
	return nil
}

// gapDecision returns the last decision logged on the gap of year y.
func (in *Inputs) gapDecision(y investment.FinancialYear) (Decision, bool) {
	var found Decision
	ok := false
	for _, d := range in.Decisions {
		if d.Subject == SubjectGap && (len(d.Years) == 0 || slices.Contains(d.Years, y)) {
			found, ok = d, true
		}
	}
	return found, ok
}

// commitment makes the commitment of one option.
func (in *Inputs) commitment(o Option, weights []float64) (Commitment, error) {
	c := Commitment{ID: o.ID, Option: o.ID, Kind: Direction, To: []string{in.HealthBoard, in.Council}, Stream: o.Stream}
	for _, d := range in.Routes {
		if d.Option == o.ID {
			c.Kind, c.To = d.Kind, slices.Clone(d.To)
		}
	}
	c.ID = c.Kind.String() + ":" + o.ID
	w := weights
	if o.Locality != "" {
		i := slices.Index(in.localityCodes(), o.Locality)
		if i < 0 {
			return Commitment{}, &OptionError{ID: o.ID, Field: "locality", Err: fmt.Errorf("%q: %w", o.Locality, ErrUnknownLocality)}
		}
		w = make([]float64, len(weights))
		w[i] = 1
	}
	n := in.Period.Len()
	amounts := make([]investment.Money, n)
	parts := make([][]investment.Money, len(w))
	for i := range parts {
		parts[i] = make([]investment.Money, n)
	}
	for k := range n {
		amounts[k] = optionCost(o, in.Period.At(k), in.Period.First)
		share, err := amounts[k].Allocate(w...)
		if err != nil {
			return Commitment{}, &OptionError{ID: o.ID, Field: "allocation", Err: err}
		}
		for i := range share {
			parts[i][k] = share[i]
		}
	}
	c.Amounts = investment.NewFlow(amounts...).Anchor(in.Period.First)
	for i, code := range in.localityCodes() {
		c.ByLocality = append(c.ByLocality, LocalityAmounts{Locality: code, Amounts: investment.NewFlow(parts[i]...).Anchor(in.Period.First)})
	}
	return c, nil
}

// weights returns the localities' allocation weights.
func (in *Inputs) weights(a *Assessment) ([]float64, error) {
	codes := in.localityCodes()
	al := in.Allocation
	w := make([]float64, len(codes))
	first := int(in.Period.First)
	if len(al.Weights) > 0 {
		for i, lw := range al.Weights {
			k := slices.Index(codes, lw.Locality)
			if k < 0 {
				return nil, &FieldError{Field: "allocation.weights[" + strconv.Itoa(i+1) + "]", Err: fmt.Errorf("%q: %w", lw.Locality, ErrUnknownLocality)}
			}
			w[k] = lw.Weight
		}
		return checkWeights(codes, w)
	}
	for k, code := range codes {
		var ok bool
		switch al.Basis {
		case BasisPopulation:
			band := al.Band
			if band == (needs.Band{}) {
				band = needs.Band{Lo: 0, Hi: needs.Open}
			}
			v, err := in.Population.Count(code, first, needs.All, band)
			if err != nil {
				return nil, &FieldError{Field: "allocation.band", Err: err}
			}
			w[k], ok = v, true
		case BasisCases:
			var r CasesRow
			if a != nil {
				r, ok = a.CasesOf(al.Condition, code, first)
			}
			w[k] = r.Cases
		case BasisDemand:
			var r DemandRow
			if a != nil {
				r, ok = a.DemandOf(al.Service, code, first)
			}
			w[k] = r.Demand
		}
		if !ok {
			return nil, &FieldError{Field: "allocation", Err: fmt.Errorf("%v for %s in %d: %w", al.Basis, code, first, ErrNotCovered)}
		}
	}
	return checkWeights(codes, w)
}

// checkWeights refuses a locality's weight that is negative or not finite,
// naming the locality and the value, and weights whose sum is not
// positive.
func checkWeights(codes []string, w []float64) ([]float64, error) {
	var t float64
	for k, v := range w {
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0):
			return nil, &FieldError{Field: "allocation", Err: fmt.Errorf("weight of %s (%v): %w", codes[k], v, ErrNotFinite)}
		case v < 0:
			return nil, &FieldError{Field: "allocation", Err: fmt.Errorf("weight of %s (%v): %w", codes[k], v, ErrNegative)}
		}
		t += v
	}
	if t <= 0 {
		return nil, &FieldError{Field: "allocation", Err: ErrNoWeights}
	}
	return w, nil
}

// LocalityTable returns the commitments' totals by locality in financial
// year y, exact and as a table rounded to u whose rounding line makes it
// add up; ok is false for a year outside the period. Like
// [investment.RoundTable] it panics for a unit that is not one of the four,
// a programming error.
func (c *Commitments) LocalityTable(y investment.FinancialYear, u investment.Unit) (exact []investment.Money, t investment.Table, ok bool) {
	if !c.Years.Contains(y) {
		return nil, investment.Table{}, false
	}
	for _, la := range c.ByLocality {
		exact = append(exact, la.Amounts.In(y))
	}
	return exact, investment.RoundTable(u, exact...), true
}

// StreamTotals returns the commitments' totals by funding stream ("" the
// pooled budget), each by year, in order of first appearance.
func (c *Commitments) StreamTotals() []KeyFlow {
	var out []KeyFlow
	for _, it := range c.Items {
		i := slices.IndexFunc(out, func(k KeyFlow) bool { return k.Key == it.Stream })
		if i < 0 {
			out = append(out, KeyFlow{Key: it.Stream, Amounts: it.Amounts})
			continue
		}
		sum, err := out[i].Amounts.Add(it.Amounts)
		if err == nil {
			out[i].Amounts = sum
		}
	}
	return out
}

// KeyFlow is money by year under a key.
type KeyFlow struct {
	Key     string          `json:"key"`
	Amounts investment.Flow `json:"amounts"`
}
