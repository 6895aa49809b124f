package commissioning

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/outcomes"
	"github.com/shopspring/decimal"
)

// Clone returns a copy of the inputs that shares nothing a [Change] may
// edit in place: lists, the financial plan and options are copied. The
// Population is shared (see [Inputs]), as are the immutable values
// (needs.Rates, investment.Flow).
func (in Inputs) Clone() Inputs {
	out := in
	out.Localities = slices.Clone(in.Localities)
	out.Arrangements = slices.Clone(in.Arrangements)
	out.Conditions = slices.Clone(in.Conditions)
	out.Services = cloneEach(in.Services, func(s *Service) { s.Capacity = slices.Clone(s.Capacity) })
	out.History = cloneEach(in.History, func(h *History) { h.Values = slices.Clone(h.Values) })
	out.Finance = cloneFinance(in.Finance)
	out.Investment.Streams = slices.Clone(in.Investment.Streams)
	out.Priorities = slices.Clone(in.Priorities)
	for i, p := range out.Priorities {
		out.Priorities[i].Outcomes = slices.Clone(p.Outcomes)
	}
	out.Outcomes = slices.Clone(in.Outcomes)
	out.Options = slices.Clone(in.Options)
	for i, o := range out.Options {
		out.Options[i] = cloneOption(o)
	}
	out.Scoring.Criteria = slices.Clone(in.Scoring.Criteria)
	out.Scoring.Scores = slices.Clone(in.Scoring.Scores)
	for i, s := range out.Scoring.Scores {
		out.Scoring.Scores[i].Values = slices.Clone(s.Values)
	}
	out.Choice.FrontierLevels = slices.Clone(in.Choice.FrontierLevels)
	if in.Simulation != nil {
		sim := *in.Simulation
		sim.Inputs = slices.Clone(sim.Inputs)
		sim.Percentiles = slices.Clone(sim.Percentiles)
		out.Simulation = &sim
	}
	out.Targets = slices.Clone(in.Targets)
	out.Links = slices.Clone(in.Links)
	out.Measures = slices.Clone(in.Measures)
	out.Allocation.Weights = slices.Clone(in.Allocation.Weights)
	out.Routes = slices.Clone(in.Routes)
	for i, r := range out.Routes {
		out.Routes[i].To = slices.Clone(r.To)
	}
	out.Actuals.Spend = slices.Clone(in.Actuals.Spend)
	out.Actuals.Measures = slices.Clone(in.Actuals.Measures)
	out.Decisions = slices.Clone(in.Decisions)
	for i, d := range out.Decisions {
		out.Decisions[i].Options = slices.Clone(d.Options)
		out.Decisions[i].Years = slices.Clone(d.Years)
	}
	out.Carried = slices.Clone(in.Carried)
	return out
}

func cloneOption(o Option) Option {
	o.Requires = slices.Clone(o.Requires)
	o.Effects = slices.Clone(o.Effects)
	o.Outcomes = slices.Clone(o.Outcomes)
	o.Bias.Shares = slices.Clone(o.Bias.Shares)
	o.Beneficiaries = slices.Clone(o.Beneficiaries)
	return o
}

// sameAnalysis reports whether Analyse would give a and b the same
// assessment: the same Population value and equal other inputs it reads.
func sameAnalysis(a, b *Inputs) bool {
	if a.Population != b.Population || (a.Finance == nil) != (b.Finance == nil) ||
		a.Partnership != b.Partnership || a.Period != b.Period || a.Horizon != b.Horizon ||
		!slices.Equal(a.Localities, b.Localities) || !slices.Equal(a.Carried, b.Carried) ||
		!slices.EqualFunc(a.Conditions, b.Conditions, sameRates) ||
		!slices.EqualFunc(a.Services, b.Services, func(x, y Service) bool {
			return x.ID == y.ID && x.Title == y.Title && x.Unit == y.Unit && x.Trend == y.Trend &&
				x.BaseYear == y.BaseYear && slices.Equal(x.Capacity, y.Capacity) && sameRates(x.Rates, y.Rates)
		}) ||
		!slices.EqualFunc(a.History, b.History, func(x, y History) bool {
			return x.ID == y.ID && x.Title == y.Title && x.Area == y.Area && x.Start == y.Start && x.Method == y.Method &&
				x.Level == y.Level && x.Seed == y.Seed && slices.Equal(x.Values, y.Values)
		}) {
		return false
	}
	return a.Finance == nil || slices.EqualFunc(a.Finance.Lines, b.Finance.Lines, func(x, y investment.Line) bool {
		return x.ID == y.ID && x.CareGroup == y.CareGroup && x.Locality == y.Locality && x.Stream == y.Stream && x.Base.Equal(y.Base)
	})
}

// sameAppraisal reports whether the Plan stage would appraise and score
// the options of a and b alike: equal options, appraiser and scoring.
func sameAppraisal(a, b *Inputs) bool {
	type key struct {
		Options   []Option  `json:"options"`
		Appraiser Appraiser `json:"appraiser"`
		Scoring   Scoring   `json:"scoring"`
	}
	da, err := json.Marshal(key{a.Options, a.Appraiser, a.Scoring})
	if err != nil {
		return false
	}
	db, err := json.Marshal(key{b.Options, b.Appraiser, b.Scoring})
	return err == nil && bytes.Equal(da, db)
}

// sameRates reports whether two sets of rates are the same: they are
// immutable, so equal JSON means equal rates.
func sameRates(x, y needs.Rates) bool {
	dx, err := json.Marshal(x)
	if err != nil {
		return false
	}
	dy, err := json.Marshal(y)
	return err == nil && bytes.Equal(dx, dy)
}

// ScaleStream changes a funding stream of the financial plan by a rate in
// every year (0.02 is +2%), each amount rounded half away from zero to the
// penny: "the council's contribution rises 2%".
func ScaleStream(id string, rate decimal.Decimal) Change {
	return func(in *Inputs) error {
		if in.Finance == nil {
			return &FieldError{Field: "finance", Err: ErrNoFinance}
		}
		for i, s := range in.Finance.Streams {
			if s.ID == id {
				in.Finance.Streams[i].Amounts = scaleFlow(s.Amounts, decimal.NewFromInt(1).Add(rate))
				return nil
			}
		}
		return &FieldError{Field: "finance.streams", Err: fmt.Errorf("%q: %w", id, ErrUnknownStream)}
	}
}

// ScaleOptionCosts multiplies an option's capital or revenue costs (or
// both: lines Costs) by factor, each amount rounded to the penny.
func ScaleOptionCosts(id string, lines Lines, factor decimal.Decimal) Change {
	return func(in *Inputs) error {
		for i, o := range in.Options {
			if o.ID != id {
				continue
			}
			if lines&Capital != 0 {
				in.Options[i].Capital = scaleFlow(o.Capital, factor)
			}
			if lines&Revenue != 0 {
				in.Options[i].Revenue = scaleFlow(o.Revenue, factor)
			}
			return nil
		}
		return &OptionError{ID: id, Err: ErrUnknownID}
	}
}

// ScaleCondition multiplies every rate of a condition (in Conditions and
// in the services' demand models) by factor.
func ScaleCondition(condition string, factor float64) Change {
	return func(in *Inputs) error {
		found := false
		for i, r := range in.Conditions {
			if r.Condition() == condition {
				s, err := scaleRates(r, factor)
				if err != nil {
					return &FieldError{Field: "conditions", Err: err}
				}
				in.Conditions[i], found = s, true
			}
		}
		for i, sv := range in.Services {
			if sv.Rates.Condition() == condition {
				s, err := scaleRates(sv.Rates, factor)
				if err != nil {
					return &FieldError{Field: "services", Err: err}
				}
				in.Services[i].Rates, found = s, true
			}
		}
		if !found {
			return &FieldError{Field: "conditions", Err: fmt.Errorf("%q: %w", condition, ErrUnknownName)}
		}
		return nil
	}
}

// SetLocalityWeights sets the split of area-wide commitments between the
// localities.
func SetLocalityWeights(weights ...LocalityWeight) Change {
	return func(in *Inputs) error {
		in.Allocation.Weights = slices.Clone(weights)
		return nil
	}
}

// SetMeasures replaces the actual measures of the year under review.
func SetMeasures(ms ...outcomes.Measure) Change {
	return func(in *Inputs) error {
		in.Actuals.Measures = slices.Clone(ms)
		return nil
	}
}

// scaleFlow multiplies every amount of f by k, rounding to the penny.
func scaleFlow(f investment.Flow, k decimal.Decimal) investment.Flow {
	ms := f.Amounts()
	for i := range ms {
		ms[i] = ms[i].Mul(k).Round(investment.Penny)
	}
	out := investment.NewFlow(ms...)
	if first, ok := f.First(); ok {
		out = out.Anchor(first)
	}
	return out
}

// scaleRates multiplies every rate of r by k.
func scaleRates(r needs.Rates, k float64) (needs.Rates, error) {
	bands := r.Bands()
	spec := needs.RatesSpec{Condition: r.Condition(), Kind: r.Kind(), Unit: r.Unit(), Bands: bands, Provenance: r.Provenance()}
	for _, b := range bands {
		f, err := r.Rate(needs.Female, b)
		if err != nil {
			return needs.Rates{}, err
		}
		m, err := r.Rate(needs.Male, b)
		if err != nil {
			return needs.Rates{}, err
		}
		spec.Female = append(spec.Female, f*k)
		spec.Male = append(spec.Male, m*k)
	}
	return needs.NewRates(spec)
}
