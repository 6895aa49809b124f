package commissioning

import (
	"fmt"
	"math"
	"strconv"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// Option is one way of meeting a priority: a service, a scheme or a change
// that a plan may fund, with its costs and monetised benefits by year and
// what it needs and excludes.
//
// Amounts are real, in base-year prices, and the lines Capital, Revenue
// and Benefits are read by year offset: At(t) is the amount in year t, year
// 0 being the first year of the appraisal (undiscounted). FirstYear, when
// set, anchors year 0 to a financial year; a line that is itself anchored
// must be anchored there. The lines may have different lengths; missing
// years are £0. Costs and benefits are positive amounts.
//
// Group names a mutual-exclusion group (at most one option of a group is
// chosen, such as the scale variants of one scheme); Requires lists the ids
// of options this one depends on; Mandatory options must be chosen. Stream
// names the funding stream the option draws on, for ring-fenced money.
//
// Option is plain data and round-trips through JSON.
type Option struct {
	ID        string                   `json:"id"`
	Title     string                   `json:"title,omitempty"`
	Priority  string                   `json:"priority,omitempty"` // id of the plan priority it serves
	Locality  string                   `json:"locality,omitempty"` // locality code (as in Plan.Localities), or empty for area-wide
	Group     string                   `json:"group,omitempty"`
	Requires  []string                 `json:"requires,omitempty"`
	Mandatory bool                     `json:"mandatory,omitempty"`
	Stream    string                   `json:"stream,omitempty"` // funding stream
	FirstYear investment.FinancialYear `json:"firstYear,omitzero"`

	Capital  investment.Flow `json:"capital,omitzero"`
	Revenue  investment.Flow `json:"revenue,omitzero"`
	Benefits investment.Flow `json:"benefits,omitzero"`
	// Effects are health effects in QALYs by year offset, for
	// cost-effectiveness; they are not money and are not part of the NPSV.
	Effects []float64 `json:"effects,omitempty"`

	// Outcomes lists the national outcomes ("NO-1" to "NO-9") the option
	// contributes to.
	Outcomes []string `json:"outcomes,omitempty"`
	// Bias is the option's optimism-bias exposure; the zero value means none.
	Bias OptimismBias `json:"bias,omitzero"`
	// Beneficiaries shares the option's benefits among income groups for
	// distributional weighting; empty means unweighted.
	Beneficiaries []GroupShare `json:"beneficiaries,omitempty"`
}

// Years returns the number of years the option's lines cover: the length
// of its longest line.
func (o Option) Years() int {
	return max(o.Capital.Len(), o.Revenue.Len(), o.Benefits.Len(), len(o.Effects))
}

// Costs returns the option's total cost (capital plus revenue) in year t,
// or £0 outside its lines.
func (o Option) Costs(t int) investment.Money {
	return o.Capital.At(t).Add(o.Revenue.At(t))
}

// Validate checks one option: a non-empty id, no dependency on itself,
// lines anchored (if at all) at FirstYear, finite effects, national outcome ids that outcomes.NationalOutcome knows, and a valid optimism bias.
// The error is an [*OptionError] naming the field.
func (o Option) Validate() error {
	return o.validate(0)
}

// validate checks the option at one-based position pos of a list, or 0
// when it is not from a list.
func (o Option) validate(pos int) error {
	bad := func(field string, err error) error {
		return optionErr(o.ID, pos, field, err)
	}
	if o.ID == "" {
		return bad("id", ErrEmptyID)
	}
	for i, r := range o.Requires {
		f := "requires[" + strconv.Itoa(i+1) + "]"
		if r == "" {
			return bad(f, ErrEmptyID)
		}
		if r == o.ID {
			return bad(f, ErrSelfDependency)
		}
	}
	for _, l := range [...]struct {
		name string
		f    investment.Flow
	}{{"capital", o.Capital}, {"revenue", o.Revenue}, {"benefits", o.Benefits}} {
		if y, ok := l.f.First(); ok && y != o.FirstYear {
			return bad(l.name, fmt.Errorf("anchored at %v, option starts %v: %w", y, o.FirstYear, ErrAnchor))
		}
	}
	for t, e := range o.Effects {
		if math.IsNaN(e) || math.IsInf(e, 0) {
			return bad("effects["+strconv.Itoa(t+1)+"]", ErrNotFinite)
		}
	}
	for i, id := range o.Outcomes {
		if _, ok := outcomes.NationalOutcome(id); !ok {
			return bad("outcomes["+strconv.Itoa(i+1)+"]", fmt.Errorf("%q: %w", id, ErrUnknownOutcome))
		}
	}
	if err := o.Bias.Validate(); err != nil {
		return bad("bias", err)
	}
	for i, s := range o.Beneficiaries {
		if s.Group == "" {
			return bad("beneficiaries["+strconv.Itoa(i+1)+"].group", ErrEmptyID)
		}
		if math.IsNaN(s.Share) || math.IsInf(s.Share, 0) {
			return bad("beneficiaries["+strconv.Itoa(i+1)+"].share", ErrNotFinite)
		}
	}
	return nil
}

// ValidateOptions checks each option with [Option.Validate] and that ids
// are distinct ([ErrDuplicateID]). Dependencies on options outside the
// list and cycles of dependencies are for selection to judge, since a list
// being appraised need not hold every option a plan could fund.
func ValidateOptions(opts []Option) error {
	seen := make(map[string]int, len(opts))
	for i, o := range opts {
		if err := o.validate(i + 1); err != nil {
			return err
		}
		if j, dup := seen[o.ID]; dup {
			return &OptionError{ID: o.ID, Position: i + 1, Field: "id", Err: fmt.Errorf("also at position %d: %w", j+1, ErrDuplicateID)}
		}
		seen[o.ID] = i
	}
	return nil
}
