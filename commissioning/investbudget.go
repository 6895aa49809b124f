package commissioning

import (
	"fmt"
	"maps"
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// InvestmentBudget is the stated rule that links the medium-term financial
// plan to the budget the options compete for. In each financial year y of
// the period the options may spend
//
//	Fund(y) + Headroom(y) + Amounts(y)
//
// where Fund(y) is the planned drawdown in y of the earmarked reserve named
// by Fund (the transformation fund), Headroom(y), when Headroom is set, is
// the plan's surplus in y on unrestricted money before investment,
// max(0, −(Gap + RingFencedUnspent)), and Amounts(y) is a stated amount.
//
// The plan "before investment" is the financial plan with the fund's
// drawdown removed. The plan "with investment" (the one the strategic plan
// carries) adds one line per chosen option, "investment:" and its id, with
// the option's costs as one-off pressures in each year, and draws the fund
// for what the pooled options spend, up to its planned drawdown. So money
// from the fund leaves the gap as it was, money from headroom uses the
// surplus, and stated amounts beyond both widen the gap, which the Do gate
// then asks the board to decide on.
type InvestmentBudget struct {
	Fund     string          `json:"fund,omitempty"`
	Headroom bool            `json:"headroom,omitempty"`
	Amounts  investment.Flow `json:"amounts,omitzero"`
	// Streams are ring-fenced budgets for options charged to a funding
	// stream of the financial plan (Option.Stream), such as alcohol and
	// drug partnership money; the options' costs count against them as
	// well as against the budget above.
	Streams []StreamBudget `json:"streams,omitempty"`
	// CareGroup is the care group of investment lines of options not
	// charged to a ring-fenced stream; zero means OtherServices. A
	// ring-fenced option takes its stream's first care group.
	CareGroup investment.CareGroup `json:"careGroup,omitzero"`
}

// StreamBudget is the ring-fenced budget of one stream for the options
// charged to it, by financial year.
type StreamBudget struct {
	Stream  string          `json:"stream"`
	Amounts investment.Flow `json:"amounts"`
}

// InvestmentPosition is what the financial plan leaves for investment in
// each year of the period, part by part, as anchored flows, and the
// position of the plan before and after the chosen options are in it.
type InvestmentPosition struct {
	Fund      investment.Flow `json:"fund"`
	Headroom  investment.Flow `json:"headroom"`
	Stated    investment.Flow `json:"stated"`
	Available investment.Flow `json:"available"`
	// Streams are the ring-fenced budgets, as given.
	Streams []StreamBudget `json:"streams,omitempty"`
	// GapBefore and GapAfter are the funding gap (positive a shortfall)
	// each year before and with the investment.
	GapBefore investment.Flow `json:"gapBefore"`
	GapAfter  investment.Flow `json:"gapAfter"`
}

// InvestmentLine returns the id of the financial plan line of an option.
func InvestmentLine(option string) string { return "investment:" + option }

// cloneEach returns a copy of s in which deep has replaced each element's
// own slices and maps by copies; a nil s stays nil.
func cloneEach[E any](s []E, deep func(*E)) []E {
	out := slices.Clone(s)
	for i := range out {
		deep(&out[i])
	}
	return out
}

// cloneFinance returns a deep copy of p.
func cloneFinance(p *investment.FinancialPlan) *investment.FinancialPlan {
	if p == nil {
		return nil
	}
	q := *p
	q.Streams = cloneEach(p.Streams, func(s *investment.Stream) { s.For = slices.Clone(s.For) })
	q.Lines = cloneEach(p.Lines, func(l *investment.Line) { l.Mix = maps.Clone(l.Mix) })
	q.Uplifts = slices.Clone(p.Uplifts)
	q.Pressures = cloneEach(p.Pressures, func(x *investment.Pressure) { x.Lines = slices.Clone(x.Lines) })
	q.Savings = cloneEach(p.Savings, func(x *investment.Saving) { x.Lines = slices.Clone(x.Lines) })
	q.Reserves = slices.Clone(p.Reserves) // flows are immutable values
	return &q
}

// fundReserve returns the position of the earmarked reserve with the given id.
func fundReserve(p *investment.FinancialPlan, id string) (int, error) {
	for i, r := range p.Reserves {
		if r.ID == id && r.Kind == investment.Earmarked {
			return i, nil
		}
	}
	return -1, &FieldError{Field: "investment.fund", Err: fmt.Errorf("%q: %w", id, ErrUnknownFund)}
}

// position works out what the financial plan leaves for investment, and
// the plan before investment (the fund's drawdown removed) with its figures.
func (in *Inputs) position() (InvestmentPosition, *investment.FinancialPlan, error) {
	ys := in.Period
	before := cloneFinance(in.Finance)
	n := ys.Len()
	fund := make([]investment.Money, n)
	if in.Investment.Fund != "" {
		i, err := fundReserve(before, in.Investment.Fund)
		if err != nil {
			return InvestmentPosition{}, nil, err
		}
		for k := range n {
			fund[k] = before.Reserves[i].Drawdown.In(ys.At(k))
		}
		before.Reserves[i].Drawdown = investment.Flow{}
	}
	b, err := before.Budget()
	if err != nil {
		return InvestmentPosition{}, nil, &FieldError{Field: "finance", Err: err}
	}
	head := make([]investment.Money, n)
	stated := make([]investment.Money, n)
	avail := make([]investment.Money, n)
	gap := make([]investment.Money, n)
	for k := range n {
		y := ys.At(k)
		t, ok := b.Year(y)
		if !ok {
			return InvestmentPosition{}, nil, &FieldError{Field: "finance.years", Err: fmt.Errorf("no %v: %w", y, ErrPeriod)}
		}
		gap[k] = t.Gap
		if in.Investment.Headroom {
			head[k] = t.Gap.Add(t.RingFencedUnspent).Neg().Max(investment.Money{})
		}
		stated[k] = in.Investment.Amounts.In(y)
		avail[k] = investment.Sum(fund[k], head[k], stated[k])
	}
	flow := func(ms []investment.Money) investment.Flow { return investment.NewFlow(ms...).Anchor(ys.First) }
	pos := InvestmentPosition{Fund: flow(fund), Headroom: flow(head), Stated: flow(stated), Available: flow(avail),
		Streams: slices.Clone(in.Investment.Streams), GapBefore: flow(gap)}
	return pos, before, nil
}

// withInvestment returns the financial plan with the chosen options'
// costs in it (see [InvestmentBudget]) from the plan before investment.
func (in *Inputs) withInvestment(before *investment.FinancialPlan, chosen []Option, fund investment.Flow) (*investment.FinancialPlan, error) {
	p := cloneFinance(before)
	ys := in.Period
	pooled := make([]investment.Money, ys.Len())
	for _, o := range chosen {
		line := investment.Line{ID: InvestmentLine(o.ID), Name: o.Title, CareGroup: in.careGroupOf(o),
			Locality: o.Locality, Stream: o.Stream, Mix: investment.Only(investment.NotUplifted)}
		costed := false
		for k := range ys.Len() {
			y := ys.At(k)
			c := optionCost(o, y, ys.First)
			if c.IsZero() {
				continue
			}
			costed = true
			if o.Stream == "" {
				pooled[k] = pooled[k].Add(c)
			}
			p.Pressures = append(p.Pressures, investment.Pressure{ID: InvestmentLine(o.ID) + ":" + y.String(),
				Name: o.Title, Kind: investment.OtherPressure, Year: y, Amount: c, Lines: []string{line.ID}, OneOff: true})
		}
		if costed {
			p.Lines = append(p.Lines, line)
		}
	}
	if in.Investment.Fund != "" {
		i, err := fundReserve(p, in.Investment.Fund)
		if err != nil {
			return nil, err
		}
		d := make([]investment.Money, ys.Len())
		for k := range ys.Len() {
			d[k] = pooled[k].Min(fund.In(ys.At(k)))
		}
		p.Reserves[i].Drawdown = investment.NewFlow(d...).Anchor(ys.First)
	}
	return p, nil
}

// careGroupOf returns the care group of an option's investment line.
func (in *Inputs) careGroupOf(o Option) investment.CareGroup {
	if o.Stream != "" {
		for _, s := range in.Finance.Streams {
			if s.ID == o.Stream && len(s.For) > 0 {
				return s.For[0]
			}
		}
	}
	if in.Investment.CareGroup != 0 {
		return in.Investment.CareGroup
	}
	return investment.OtherServices
}

// optionCost returns an option's undiscounted capital and revenue cost in
// financial year y; an option without a first year starts at start.
func optionCost(o Option, y, start investment.FinancialYear) investment.Money {
	first := o.FirstYear
	if first == 0 {
		first = start
	}
	return o.Costs(int(y - first))
}

// streamFlows adapts ring-fenced budgets to [Select].
func streamFlows(ss []StreamBudget) map[string]investment.Flow {
	if len(ss) == 0 {
		return nil
	}
	m := make(map[string]investment.Flow, len(ss))
	for _, s := range ss {
		m[s.Stream] = s.Amounts
	}
	return m
}
