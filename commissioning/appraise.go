package commissioning

import (
	"fmt"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Appraiser holds the settings of an economic appraisal. The zero
// Appraiser appraises as the Green Book does: the Green Book discount
// schedule, each option's optimism bias applied, no distributional
// weights.
type Appraiser struct {
	// Schedule discounts costs and benefits; the zero Schedule is
	// investment.GreenBook.
	Schedule investment.Schedule `json:"schedule,omitzero"`
	// EffectSchedule discounts health effects (QALYs); the zero Schedule is
	// investment.GreenBook, as NICE's 3.5% for effects. Set
	// investment.GreenBookHealth for the Green Book's health rates.
	EffectSchedule investment.Schedule `json:"effectSchedule,omitzero"`
	// IgnoreOptimismBias appraises costs as given, without the uplift of
	// each option's [OptimismBias].
	IgnoreOptimismBias bool `json:"ignoreOptimismBias,omitempty"`
	// Equity, when not nil, adds distributionally weighted benefits to each
	// appraisal, from the options' Beneficiaries.
	Equity *Equity `json:"equity,omitempty"`
}

// Appraisal is the economic case of one option: present values, net
// present social value, benefit–cost ratio, equivalent annual cost and
// switching values.
//
// Present values are rounded half away from zero to the penny, line by
// line, from exact sums of the (optimism-bias adjusted) amounts times the
// schedule's factors; the totals are sums of the rounded lines, so
// PVCosts = PVCapital + PVRevenue and NPSV = PVBenefits − PVCosts exactly.
type Appraisal struct {
	ID    string `json:"id"`
	Years int    `json:"years"` // the number of years the option's lines cover

	// CapitalBias and RevenueBias are the optimism-bias rates applied to the
	// capital and revenue lines (0 when none or ignored).
	CapitalBias decimal.Decimal `json:"capitalBias"`
	RevenueBias decimal.Decimal `json:"revenueBias"`

	PVCapital  investment.Money `json:"pvCapital"`
	PVRevenue  investment.Money `json:"pvRevenue"`
	PVCosts    investment.Money `json:"pvCosts"`
	PVBenefits investment.Money `json:"pvBenefits"`
	// NPSV is the net present social value, PVBenefits − PVCosts.
	NPSV investment.Money `json:"npsv"`
	// BCR is PVBenefits / PVCosts when HasBCR; an option with no costs has
	// no ratio.
	BCR    float64 `json:"bcr"`
	HasBCR bool    `json:"hasBCR"`
	// EAC is the equivalent annual cost: PVCosts spread as a level amount
	// over years 1 … Years−1 (at least one year) by the schedule's annuity
	// factor, the convention of an investment in year 0 followed by years
	// of service. It is £0 for an option with no lines.
	EAC investment.Money `json:"eac"`
	// PVEffects is the present value of the option's health effects, in
	// QALYs, on the appraiser's EffectSchedule.
	PVEffects float64 `json:"pvEffects,omitempty"`

	// Switching holds a switching value for every input that has a non-zero
	// present value: benefits, costs, capital and revenue as wholes first,
	// then each line in each year. See [SwitchingValue].
	Switching []SwitchingValue `json:"switching"`

	// Weighted is present when the appraiser has Equity settings.
	Weighted *Weighted `json:"weighted,omitempty"`
}

// SwitchingValue is the proportional change in one input that brings an
// option's NPSV to zero, all else fixed (the Green Book's switching
// values, HM Treasury, The Green Book, 2022): Change = −NPSV / PV, where PV is the input's signed
// contribution to the NPSV (benefits positive, costs negative). So for an
// option worth doing, benefits have a negative Change (the fall they can
// take: NPSV/PVB) and costs a positive one (the rise they can take:
// NPSV/PVC).
type SwitchingValue struct {
	Lines  Lines            `json:"lines"`  // Benefits, Costs, Capital or Revenue
	Year   int              `json:"year"`   // year offset, or −1 for every year
	PV     investment.Money `json:"pv"`     // the input's present value, unsigned
	Change float64          `json:"change"` // the fractional change that makes NPSV zero
}

// Weighted is the distributionally weighted view of an appraisal: the
// benefits multiplied by Σ shareᵢ × wᵢ over the option's beneficiary
// groups, and the NPSV that results.
type Weighted struct {
	Factor     float64          `json:"factor"`
	PVBenefits investment.Money `json:"pvBenefits"`
	NPSV       investment.Money `json:"npsv"`
}

// Switch returns the switching value for lines in year (−1 for the line as
// a whole), and false when there is none (the input's present value is 0).
func (a Appraisal) Switch(lines Lines, year int) (SwitchingValue, bool) {
	for _, s := range a.Switching {
		if s.Lines == lines && s.Year == year {
			return s, true
		}
	}
	return SwitchingValue{}, false
}

// prepared is an option made ready for appraisal: its amounts per line and
// year after the optimism-bias uplift, exact.
type prepared struct {
	opt      Option
	n        int
	capRate  decimal.Decimal
	revRate  decimal.Decimal
	adjusted [nLines]investment.Flow
}

var one = decimal.NewFromInt(1)

// prepare validates opts and applies each option's optimism bias.
func (a Appraiser) prepare(opts []Option) ([]prepared, error) {
	if len(opts) == 0 {
		return nil, fmt.Errorf("commissioning: appraisal: %w", ErrNoOptions)
	}
	if err := ValidateOptions(opts); err != nil {
		return nil, err
	}
	out := make([]prepared, len(opts))
	for i, o := range opts {
		p := prepared{opt: o, n: o.Years(), capRate: decimal.Zero, revRate: decimal.Zero}
		if !a.IgnoreOptimismBias && len(o.Bias.Shares) > 0 {
			var err error
			if p.capRate, err = o.Bias.CapitalRate(); err != nil {
				return nil, optionErr(o.ID, i+1, "bias", err)
			}
			if p.revRate, err = o.Bias.RevenueRate(); err != nil {
				return nil, optionErr(o.ID, i+1, "bias", err)
			}
		}
		p.adjusted[capitalIdx] = o.Capital
		if !p.capRate.IsZero() {
			p.adjusted[capitalIdx] = o.Capital.Scale(one.Add(p.capRate))
		}
		p.adjusted[revenueIdx] = o.Revenue
		if !p.revRate.IsZero() {
			p.adjusted[revenueIdx] = o.Revenue.Scale(one.Add(p.revRate))
		}
		p.adjusted[benefitsIdx] = o.Benefits
		out[i] = p
	}
	return out, nil
}

// Appraise returns the economic case of each option, in order. The options
// must pass [ValidateOptions]; with Equity settings every beneficiary group
// must be defined there. Errors are [*OptionError] or [*FieldError] values.
func (a Appraiser) Appraise(opts ...Option) ([]Appraisal, error) {
	ps, err := a.prepare(opts)
	if err != nil {
		return nil, err
	}
	var weights map[string]float64
	if a.Equity != nil {
		if weights, err = a.Equity.Weights(); err != nil {
			return nil, &FieldError{Field: "equity", Err: err}
		}
	}
	out := make([]Appraisal, len(ps))
	for i, p := range ps {
		ap, err := a.appraise(p, weights)
		if err != nil {
			return nil, &OptionError{ID: p.opt.ID, Position: i + 1, Err: err}
		}
		out[i] = ap
	}
	return out, nil
}

func (a Appraiser) appraise(p prepared, weights map[string]float64) (Appraisal, error) {
	s := a.Schedule
	ap := Appraisal{ID: p.opt.ID, Years: p.n, CapitalBias: p.capRate, RevenueBias: p.revRate}
	var pv [nLines]investment.Money
	for l := range nLines {
		pv[l] = s.PresentValue(p.adjusted[l])
	}
	ap.PVCapital, ap.PVRevenue, ap.PVBenefits = pv[capitalIdx], pv[revenueIdx], pv[benefitsIdx]
	ap.PVCosts = ap.PVCapital.Add(ap.PVRevenue)
	ap.NPSV = ap.PVBenefits.Sub(ap.PVCosts)
	if !ap.PVCosts.IsZero() {
		r, err := ap.PVBenefits.Ratio(ap.PVCosts)
		if err != nil {
			return Appraisal{}, err
		}
		ap.BCR, ap.HasBCR = r, true
	}
	if p.n > 0 {
		eac, err := s.EquivalentAnnualCost(ap.PVCosts, max(1, p.n-1))
		if err != nil {
			return Appraisal{}, fmt.Errorf("equivalent annual cost: %w", err)
		}
		ap.EAC = eac
	}
	if len(p.opt.Effects) > 0 {
		e, err := a.EffectSchedule.PresentValueFloat(p.opt.Effects)
		if err != nil {
			return Appraisal{}, fmt.Errorf("effects: %w", err)
		}
		ap.PVEffects = e
	}

	add := func(lines Lines, year int, contribution investment.Money) error {
		if contribution.IsZero() {
			return nil
		}
		r, err := ap.NPSV.Ratio(contribution)
		if err != nil {
			return err
		}
		ap.Switching = append(ap.Switching, SwitchingValue{Lines: lines, Year: year, PV: contribution.Abs(), Change: -r})
		return nil
	}
	wholes := []struct {
		l  Lines
		pv investment.Money
	}{
		{Benefits, ap.PVBenefits}, {Costs, ap.PVCosts.Neg()},
		{Capital, ap.PVCapital.Neg()}, {Revenue, ap.PVRevenue.Neg()},
	}
	for _, w := range wholes {
		if err := add(w.l, -1, w.pv); err != nil {
			return Appraisal{}, err
		}
	}
	for l := range nLines {
		f := p.adjusted[l]
		for t := range f.Len() {
			c := f.At(t).Mul(s.Factor(t)).Round(investment.Penny)
			if l != benefitsIdx {
				c = c.Neg()
			}
			if err := add(lineOf(l), t, c); err != nil {
				return Appraisal{}, err
			}
		}
	}

	if weights != nil {
		k, err := factorWith(weights, p.opt.Beneficiaries)
		if err != nil {
			return Appraisal{}, err
		}
		wb, err := ap.PVBenefits.MulFloat(k)
		if err != nil {
			return Appraisal{}, fmt.Errorf("weighted benefits: %w", err)
		}
		wb = wb.Round(investment.Penny)
		ap.Weighted = &Weighted{Factor: k, PVBenefits: wb, NPSV: wb.Sub(ap.PVCosts)}
	}
	return ap, nil
}
