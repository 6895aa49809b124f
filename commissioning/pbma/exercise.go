package pbma

import (
	"fmt"
	"math"

	"github.com/opencommissioning/scp/investment"
)

// Programme is a programme budget line: a care group or service area and
// what it spends now.
type Programme struct {
	ID    string           `json:"id"`
	Spend investment.Money `json:"spend"`
}

// Proposal is an item on the wish list: a service development that would
// buy Benefit (QALYs, points on a local scale, any measure common to the
// exercise) for Cost. A divisible proposal can be funded in part, with
// benefit in proportion.
type Proposal struct {
	ID        string           `json:"id"`
	Programme string           `json:"programme"`
	Cost      investment.Money `json:"cost"`
	Benefit   float64          `json:"benefit"`
	Divisible bool             `json:"divisible,omitempty"`
}

// BenefitPerPound returns Benefit / Cost.
func (p Proposal) BenefitPerPound() float64 { return p.Benefit / p.Cost.Float64() }

// Disinvestment is an item on the hit list: a service that could be
// reduced or stopped to release Saving at the price of BenefitLost (in the
// wish list's measure). A divisible disinvestment can be made in part, with
// loss in proportion.
type Disinvestment struct {
	ID          string           `json:"id"`
	Programme   string           `json:"programme"`
	Saving      investment.Money `json:"saving"`
	BenefitLost float64          `json:"benefitLost"`
	Divisible   bool             `json:"divisible,omitempty"`
}

// LossPerPound returns BenefitLost / Saving.
func (d Disinvestment) LossPerPound() float64 { return d.BenefitLost / d.Saving.Float64() }

// Exercise is a PBMA exercise: the programmes and their current spend, the
// wish list, the hit list, and any headroom (uncommitted resources, such
// as growth money or an unallocated reserve) that may be invested without
// a disinvestment.
type Exercise struct {
	Programmes []Programme      `json:"programmes"`
	WishList   []Proposal       `json:"wishList"`
	HitList    []Disinvestment  `json:"hitList"`
	Headroom   investment.Money `json:"headroom"`
}

// maxTotal bounds the sum of an exercise's benefits, leaving room for the
// differences and totals the analysis forms.
const maxTotal = math.MaxFloat64 / 4

// Validate checks the exercise: at least one programme; non-empty, unique
// programme ids and unique item ids across both lists; every item in a
// known programme; spends, costs, savings and headroom not negative; costs
// and savings not zero; benefits finite and not negative; and no
// programme's hit list saving more than it spends. Benefits whose sum, or
// whose ratio to their cost or saving, leaves the range of float64 are
// refused with [ErrNotFinite], so that every total and rate of the analysis
// is finite. Problems are returned as [*ItemError] values.
func (e Exercise) Validate() error {
	if len(e.Programmes) == 0 {
		return fmt.Errorf("pbma: exercise: %w", ErrNoProgrammes)
	}
	if e.Headroom.IsNegative() {
		return &ItemError{List: "headroom", Err: ErrNegative}
	}
	spend := make(map[string]investment.Money, len(e.Programmes))
	for i, p := range e.Programmes {
		bad := func(field string, err error) error {
			return &ItemError{List: "programmes", Position: i + 1, ID: p.ID, Field: field, Err: err}
		}
		if p.ID == "" {
			return bad("ID", ErrEmptyID)
		}
		if _, dup := spend[p.ID]; dup {
			return bad("ID", ErrDuplicateID)
		}
		if p.Spend.IsNegative() {
			return bad("Spend", ErrNegative)
		}
		spend[p.ID] = p.Spend
	}
	ids := make(map[string]bool, len(e.WishList)+len(e.HitList))
	total := 0.0 // Σ benefit over both lists
	item := func(list string, i int, id, prog string, amount investment.Money, amountField string, benefit float64, benefitField string) error {
		bad := func(field string, err error) error {
			return &ItemError{List: list, Position: i + 1, ID: id, Field: field, Err: err}
		}
		switch {
		case id == "":
			return bad("ID", ErrEmptyID)
		case ids[id]:
			return bad("ID", ErrDuplicateID)
		}
		ids[id] = true
		if _, ok := spend[prog]; !ok {
			return bad("Programme", fmt.Errorf("programme %q: %w", prog, ErrUnknownID))
		}
		switch {
		case amount.IsNegative():
			return bad(amountField, ErrNegative)
		case amount.IsZero():
			return bad(amountField, ErrZeroCost)
		case math.IsNaN(benefit) || math.IsInf(benefit, 0):
			return bad(benefitField, ErrNotFinite)
		case benefit < 0:
			return bad(benefitField, ErrNegative)
		}
		// Guards on the sums and ratios the analysis forms: every benefit
		// per pound, and the totals of benefit gained and lost, are finite.
		if r := benefit / amount.Float64(); math.IsInf(r, 0) || math.IsNaN(r) {
			return bad(benefitField, fmt.Errorf("%v per %v is beyond float64: %w", benefit, amount, ErrNotFinite))
		}
		if total += benefit; total > maxTotal {
			return bad(benefitField, fmt.Errorf("%v: the benefits add up beyond float64: %w", benefit, ErrNotFinite))
		}
		return nil
	}
	for i, p := range e.WishList {
		if err := item("wish list", i, p.ID, p.Programme, p.Cost, "Cost", p.Benefit, "Benefit"); err != nil {
			return err
		}
	}
	savings := make(map[string]investment.Money, len(e.Programmes))
	for i, d := range e.HitList {
		if err := item("hit list", i, d.ID, d.Programme, d.Saving, "Saving", d.BenefitLost, "BenefitLost"); err != nil {
			return err
		}
		savings[d.Programme] = savings[d.Programme].Add(d.Saving)
		if savings[d.Programme].Compare(spend[d.Programme]) > 0 {
			return &ItemError{List: "hit list", Position: i + 1, ID: d.ID, Field: "Saving",
				Err: fmt.Errorf("programme %q saves %v of %v: %w", d.Programme, savings[d.Programme], spend[d.Programme], ErrExceedsSpend)}
		}
	}
	return nil
}
