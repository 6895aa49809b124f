package commissioning

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/outcomes"
)

// Plan is a strategic commissioning plan: the period it covers, its
// priorities, the localities the area is divided into, the options it
// chose, the national outcomes it links to, and the medium-term financial
// plan it carries.
//
// Section 29 of the Public Bodies (Joint Working) (Scotland) Act 2014
// requires a strategic plan to divide the area into at least two
// localities; [Plan.Validate] checks that and the rest.
//
// Plan is plain data and round-trips through JSON.
type Plan struct {
	Title    string           `json:"title"`
	Area     string           `json:"area,omitempty"` // partnership code, such as "S37000028"
	Approved time.Time        `json:"approved,omitzero"`
	Period   investment.Years `json:"period"`
	// Priorities in the order the plan lists them.
	Priorities []Priority `json:"priorities,omitempty"`
	// Localities are the localities the area is divided into, each keyed
	// by its code (a GSS code, or another stable code where a locality has
	// none); names are for display.
	Localities []needs.Area `json:"localities"`
	// Options holds the ids of the options the plan chose to fund.
	Options []string `json:"options,omitempty"`
	// Outcomes lists the national outcomes ("NO-1" to "NO-9", as
	// outcomes.NationalOutcomes has them) the plan as a whole contributes
	// to, beyond those its priorities link to.
	Outcomes []string `json:"outcomes,omitempty"`
	// Finance, when not nil, is the plan's medium-term financial plan; its
	// years must be the plan's period.
	Finance *investment.FinancialPlan `json:"finance,omitempty"`
}

// Priority is one of a plan's strategic priorities, such as "Mental health
// and addictions", with the national outcomes ("NO-1" to "NO-9") it
// serves.
type Priority struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Outcomes []string `json:"outcomes,omitempty"`
}

// Validate checks the plan: a period whose last year is not before its
// first; at least two localities with distinct non-empty codes (names are
// for display and not checked); priorities with distinct non-empty ids;
// chosen options with distinct non-empty ids; national outcome ids that
// outcomes.NationalOutcome knows ("NO-1" to "NO-9"); and a financial plan,
// when present, valid over the same period. The error is a [*FieldError]
// naming the first bad field and wrapping [ErrPeriod], [ErrLocalities],
// [ErrEmptyID], [ErrDuplicateID], [ErrUnknownOutcome] or the financial
// plan's errors.
func (p Plan) Validate() error {
	if p.Period.Last < p.Period.First {
		return &FieldError{Field: "period", Err: fmt.Errorf("%v before %v: %w", p.Period.Last, p.Period.First, ErrPeriod)}
	}
	if len(p.Localities) < 2 {
		return &FieldError{Field: "localities", Err: fmt.Errorf("%d given: %w", len(p.Localities), ErrLocalities)}
	}
	codes := map[string]bool{}
	for i, l := range p.Localities {
		f := "localities[" + strconv.Itoa(i+1) + "].code"
		if l.Code == "" {
			return &FieldError{Field: f, Err: ErrEmptyID}
		}
		if codes[l.Code] {
			return &FieldError{Field: f, Err: fmt.Errorf("%q: %w", l.Code, ErrDuplicateID)}
		}
		codes[l.Code] = true
	}
	ids := map[string]bool{}
	for i, pr := range p.Priorities {
		f := "priorities[" + strconv.Itoa(i+1) + "]"
		if pr.ID == "" {
			return &FieldError{Field: f + ".id", Err: ErrEmptyID}
		}
		if ids[pr.ID] {
			return &FieldError{Field: f + ".id", Err: fmt.Errorf("%q: %w", pr.ID, ErrDuplicateID)}
		}
		ids[pr.ID] = true
		if err := checkOutcomes(f+".Outcomes", pr.Outcomes); err != nil {
			return err
		}
	}
	chosen := map[string]bool{}
	for i, id := range p.Options {
		f := "options[" + strconv.Itoa(i+1) + "]"
		if id == "" {
			return &FieldError{Field: f, Err: ErrEmptyID}
		}
		if chosen[id] {
			return &FieldError{Field: f, Err: fmt.Errorf("%q: %w", id, ErrDuplicateID)}
		}
		chosen[id] = true
	}
	if err := checkOutcomes("Outcomes", p.Outcomes); err != nil {
		return err
	}
	if p.Finance != nil {
		if p.Finance.Years != p.Period {
			return &FieldError{Field: "Finance.Years", Err: fmt.Errorf("%v, plan period %v: %w", p.Finance.Years, p.Period, ErrPeriod)}
		}
		if err := p.Finance.Validate(); err != nil {
			return &FieldError{Field: "finance", Err: err}
		}
	}
	return nil
}

func checkOutcomes(field string, ids []string) error {
	for i, o := range ids {
		if _, ok := outcomes.NationalOutcome(o); !ok {
			return &FieldError{Field: field + "[" + strconv.Itoa(i+1) + "]", Err: fmt.Errorf("%q: %w", o, ErrUnknownOutcome)}
		}
	}
	return nil
}

// LinkedOutcomes returns the ids of the national outcomes that the plan
// links to, through its priorities or directly, in the order of
// outcomes.NationalOutcomes ("NO-1" first) without repeats. Ids that name
// no national outcome are left out.
func (p Plan) LinkedOutcomes() []string {
	seen := map[string]bool{}
	for _, o := range p.Outcomes {
		seen[o] = true
	}
	for _, pr := range p.Priorities {
		for _, o := range pr.Outcomes {
			seen[o] = true
		}
	}
	var out []string
	for _, o := range outcomes.NationalOutcomes() {
		if seen[o.ID] {
			out = append(out, o.ID)
		}
	}
	return out
}

// UnlinkedOutcomes returns the ids of the national outcomes that nothing in
// the plan links to, in the order of outcomes.NationalOutcomes: the gaps a
// plan must explain, since s.29 asks how the plan contributes to the
// national outcomes.
func (p Plan) UnlinkedOutcomes() []string {
	linked := p.LinkedOutcomes()
	var out []string
	for _, o := range outcomes.NationalOutcomes() {
		if !slices.Contains(linked, o.ID) {
			out = append(out, o.ID)
		}
	}
	return out
}
