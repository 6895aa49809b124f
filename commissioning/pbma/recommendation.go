package pbma

import (
	"github.com/opencommissioning/scp/internal/enum"
	"github.com/opencommissioning/scp/investment"
)

// Reason says why a proposal stays unfunded (wholly or in part) or why a
// disinvestment is not made.
type Reason int

// The reasons.
const (
	// NoCheaperDisinvestment: nothing left on the hit list loses less
	// benefit per pound than the proposal gains, and no unspent resources
	// remain (or the proposal brings no benefit at all).
	NoCheaperDisinvestment Reason = iota + 1
	// NotEnoughReleasable: the proposal is not divisible, and headroom plus
	// every disinvestment that loses less per pound than it gains would not
	// cover its whole cost.
	NotEnoughReleasable
	// LosesMoreThanGains: the proposal is not divisible, and the whole
	// disinvestments needed to fund it would lose more benefit than it
	// brings (they would release more than it costs).
	LosesMoreThanGains
	// FundedInPart: the proposal is divisible and was funded as far as the
	// resources released allow; the rest is unfunded.
	FundedInPart
	// LossTooHigh: the disinvestment loses at least as much benefit per
	// pound as any unfunded proposal gains, so releasing it would not pay.
	LossTooHigh
	// CannotFundWhole: some unfunded proposal gains more per pound than the
	// disinvestment loses, but releasing it could not fund that proposal
	// whole without a net loss of benefit.
	CannotFundWhole
)

var reasonCodec = enum.New("pbma", "Reason", NoCheaperDisinvestment, ErrUnknownName,
	"no disinvestment loses less per pound",
	"not enough can be released",
	"funding it loses more than it gains",
	"funded in part",
	"loses too much per pound",
	"cannot fund a whole proposal").WithError(nameError)

// String returns a short description of the reason, or Reason(n) for the
// zero Reason and any other value that is not a reason.
func (r Reason) String() string { return reasonCodec.String(r) }

// Valid reports whether r is one of the defined reasons.
func (r Reason) Valid() bool { return reasonCodec.Valid(r) }

// MarshalText writes the reason as String does, so that recommendations
// read well in JSON; a value that is not a reason is an error wrapping
// [ErrUnknownName].
func (r Reason) MarshalText() ([]byte, error) { return reasonCodec.Marshal(r) }

// UnmarshalText reads what MarshalText writes; other text is an error
// wrapping [ErrUnknownName].
func (r *Reason) UnmarshalText(text []byte) error { return reasonCodec.Unmarshal(r, text) }

// Release is a disinvestment made, in whole or in part, to fund a shift.
type Release struct {
	Disinvestment string           `json:"disinvestment"`
	Programme     string           `json:"programme"`
	Amount        investment.Money `json:"amount"`      // resources released
	Fraction      float64          `json:"fraction"`    // share of the item's saving released by this piece
	BenefitLost   float64          `json:"benefitLost"` // BenefitLost × Fraction
}

// Shift is one step of the marginal analysis: a proposal funded (whole or
// in part) from unspent resources and the disinvestments made for it.
type Shift struct {
	Proposal        string           `json:"proposal"`
	Programme       string           `json:"programme"`
	Amount          investment.Money `json:"amount"`          // resources invested in the proposal
	Fraction        float64          `json:"fraction"`        // share of the proposal's cost funded (1 when whole)
	Benefit         float64          `json:"benefit"`         // benefit gained: Benefit × Fraction
	BenefitPerPound float64          `json:"benefitPerPound"` // the proposal's benefit per pound
	// FromPool is the part of Amount met from resources already available:
	// headroom, or savings released for an earlier shift and not spent.
	FromPool investment.Money `json:"fromPool"`
	Releases []Release        `json:"releases"` // disinvestments made for this shift, cheapest loss per pound first
	// Surplus is what the releases freed beyond Amount − FromPool (whole
	// disinvestments rarely match a cost exactly); it stays in the pool.
	Surplus investment.Money `json:"surplus"`
}

// Unfunded is a proposal, or the unfunded part of a divisible one, that the
// recommendation does not fund.
type Unfunded struct {
	Proposal  string           `json:"proposal"`
	Programme string           `json:"programme"`
	Cost      investment.Money `json:"cost"`    // the cost not funded
	Benefit   float64          `json:"benefit"` // the benefit forgone
	Reason    Reason           `json:"reason,omitempty"`
	Detail    string           `json:"detail"` // the figures behind the reason
}

// Retained is a disinvestment not made, or the part of a divisible one not
// released.
type Retained struct {
	Disinvestment string           `json:"disinvestment"`
	Programme     string           `json:"programme"`
	Saving        investment.Money `json:"saving"`      // the saving not released
	BenefitKept   float64          `json:"benefitKept"` // the benefit kept by not releasing it
	Reason        Reason           `json:"reason,omitempty"`
}

// ProgrammeSpend is one programme's spend before and after the shifts.
// After = Before + Invested − Released, exactly.
type ProgrammeSpend struct {
	Programme string           `json:"programme"`
	Before    investment.Money `json:"before"`
	Invested  investment.Money `json:"invested"`
	Released  investment.Money `json:"released"`
	After     investment.Money `json:"after"`
}

// Recommendation is the resource-neutral outcome of a PBMA exercise.
// Invested never exceeds Released + Headroom; the difference, Unallocated,
// is released or headroom money left unspent.
type Recommendation struct {
	Shifts   []Shift          `json:"shifts"`   // in the order made: best benefit per pound first
	Unfunded []Unfunded       `json:"unfunded"` // in wish-list order of benefit per pound, best first
	Retained []Retained       `json:"retained"` // in hit-list order of loss per pound, cheapest first
	Spend    []ProgrammeSpend `json:"spend"`    // in the exercise's programme order

	Headroom    investment.Money `json:"headroom"`    // headroom available at the start
	Invested    investment.Money `json:"invested"`    // total invested in proposals
	Released    investment.Money `json:"released"`    // total released from disinvestments
	Unallocated investment.Money `json:"unallocated"` // Headroom + Released − Invested, never negative

	BenefitGained float64 `json:"benefitGained"` // total benefit of the funded proposals
	BenefitLost   float64 `json:"benefitLost"`   // total benefit lost to the disinvestments
}

// NetBenefit returns BenefitGained − BenefitLost.
func (r Recommendation) NetBenefit() float64 { return r.BenefitGained - r.BenefitLost }
