package commissioning

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/opencommissioning/scp/investment"
)

// NationalOutcomes is the number of National Health and Wellbeing Outcomes
// (the Public Bodies (Joint Working) (National Health and Wellbeing
// Outcomes) (Scotland) Regulations 2014, SSI 2014/343). Plans, priorities and
// options link to them by id, 1 to NationalOutcomes.
const NationalOutcomes = 9

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
	Localities []Locality `json:"localities"`
	// Options holds the ids of the options the plan chose to fund.
	Options []string `json:"options,omitempty"`
	// Outcomes lists the national outcomes (1–9) the plan as a whole
	// contributes to, beyond those its priorities link to.
	Outcomes []int `json:"outcomes,omitempty"`
	// Finance, when not nil, is the plan's medium-term financial plan; its
	// years must be the plan's period.
	Finance *investment.Plan `json:"finance,omitempty"`
}

// Priority is one of a plan's strategic priorities, such as "Mental health
// and addictions", with the national outcomes (1–9) it serves.
type Priority struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Outcomes []int  `json:"outcomes,omitempty"`
}

// Locality is a locality of the plan's area, by code and name, such as
// "Clydesdale".
type Locality struct {
	Code string `json:"code,omitempty"`
	Name string `json:"name"`
}

// Validate checks the plan: a period whose last year is not before its
// first; at least two localities with distinct non-empty names (and
// distinct codes where given); priorities with distinct non-empty ids;
// chosen options with distinct non-empty ids; and national outcome ids in
// 1–9; and a financial plan, when present, valid (investment.Plan.Validate)
// over the same period. The error is a [*FieldError] naming the first bad
// field and wrapping [ErrPeriod], [ErrLocalities], [ErrEmptyID],
// [ErrDuplicateID], [ErrUnknownOutcome] or the financial plan's errors.
func (p Plan) Validate() error {
	if p.Period.Last < p.Period.First {
		return &FieldError{Field: "Period", Err: fmt.Errorf("%v before %v: %w", p.Period.Last, p.Period.First, ErrPeriod)}
	}
	if len(p.Localities) < 2 {
		return &FieldError{Field: "Localities", Err: fmt.Errorf("%d given: %w", len(p.Localities), ErrLocalities)}
	}
	names := map[string]bool{}
	codes := map[string]bool{}
	for i, l := range p.Localities {
		f := "Localities[" + strconv.Itoa(i) + "]"
		if l.Name == "" {
			return &FieldError{Field: f + ".Name", Err: ErrEmptyID}
		}
		if names[l.Name] {
			return &FieldError{Field: f + ".Name", Err: fmt.Errorf("%q: %w", l.Name, ErrDuplicateID)}
		}
		names[l.Name] = true
		if l.Code != "" {
			if codes[l.Code] {
				return &FieldError{Field: f + ".Code", Err: fmt.Errorf("%q: %w", l.Code, ErrDuplicateID)}
			}
			codes[l.Code] = true
		}
	}
	ids := map[string]bool{}
	for i, pr := range p.Priorities {
		f := "Priorities[" + strconv.Itoa(i) + "]"
		if pr.ID == "" {
			return &FieldError{Field: f + ".ID", Err: ErrEmptyID}
		}
		if ids[pr.ID] {
			return &FieldError{Field: f + ".ID", Err: fmt.Errorf("%q: %w", pr.ID, ErrDuplicateID)}
		}
		ids[pr.ID] = true
		if err := checkOutcomes(f+".Outcomes", pr.Outcomes); err != nil {
			return err
		}
	}
	chosen := map[string]bool{}
	for i, id := range p.Options {
		f := "Options[" + strconv.Itoa(i) + "]"
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
			return &FieldError{Field: "Finance", Err: err}
		}
	}
	return nil
}

func checkOutcomes(field string, ids []int) error {
	for i, o := range ids {
		if o < 1 || o > NationalOutcomes {
			return &FieldError{Field: field + "[" + strconv.Itoa(i) + "]", Err: fmt.Errorf("%d: %w", o, ErrUnknownOutcome)}
		}
	}
	return nil
}

// LinkedOutcomes returns the national outcomes (1–9) that the plan links
// to, through its priorities or directly, in increasing order without
// repeats. Ids outside 1–9 are left out.
func (p Plan) LinkedOutcomes() []int {
	var seen [NationalOutcomes + 1]bool
	mark := func(ids []int) {
		for _, o := range ids {
			if o >= 1 && o <= NationalOutcomes {
				seen[o] = true
			}
		}
	}
	mark(p.Outcomes)
	for _, pr := range p.Priorities {
		mark(pr.Outcomes)
	}
	var out []int
	for o := 1; o <= NationalOutcomes; o++ {
		if seen[o] {
			out = append(out, o)
		}
	}
	return out
}

// UnlinkedOutcomes returns the national outcomes that nothing in the plan
// links to: the gaps a plan must explain, since s.29 asks how the plan
// contributes to the national outcomes.
func (p Plan) UnlinkedOutcomes() []int {
	linked := p.LinkedOutcomes()
	var out []int
	for o := 1; o <= NationalOutcomes; o++ {
		if !slices.Contains(linked, o) {
			out = append(out, o)
		}
	}
	return out
}
