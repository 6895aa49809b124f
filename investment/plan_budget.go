package investment

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
)

// Budget validates the plan and works out its figures, year by year. For
// each line and year:
//
//  1. the recurring budget brought forward (Base; in the first year the
//     line's base-year budget) is uplifted by the line's mix of the year's
//     rates: Uplift = round(Base × Σ share(k) × rate(k, year)), rounded once,
//     half away from zero, to the penny;
//  2. the year's pressures are added and savings taken off; an amount
//     spread over several lines is apportioned in proportion to their
//     uplifted budgets by [Money.AllocateBy], so the parts sum exactly;
//  3. Net = Base + Uplift + Pressures − Savings, and the budget carried to
//     the next year is Base + Uplift + recurring pressures − recurring
//     savings (one-off items drop out).
//
// Since every input is a whole number of pence and the uplift is the only
// rounding, every figure is exact to the penny and every roll-up conserves
// pence. £10,000,000 uplifted 3% a year for three years is £10,927,270.00
// in the third year.
//
// Budget returns the errors of [FinancialPlan.Validate], or [*PlanError] values
// wrapping [ErrNegativeBudget] (savings taking a line's net expenditure, or
// its recurring budget carried forward, below zero), [ErrZeroWeights] or
// [ErrNegativeWeight] (an amount that cannot be apportioned by the lines'
// budgets) or [ErrNoFunding] (pooled spend in a year without pooled
// funding). It stops at the first year with an error, since later years
// build on it.
func (p *FinancialPlan) Budget() (*Budget, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	c := newCalc(p)
	for t := range p.Years.Len() {
		// Later years build on this one: stop at the first year in error.
		if c.year(t); len(c.errs) > 0 {
			return nil, errors.Join(c.errs...)
		}
	}
	b := &Budget{Name: p.Name, Years: p.Years}
	b.Lines = c.lineBudgets()
	b.ByCareGroup = c.byCareGroup(b.Lines)
	b.ByLocality = c.byLocality(b.Lines)
	if b.ByStream = c.byStream(); len(c.errs) > 0 {
		return nil, errors.Join(c.errs...)
	}
	b.Reserves = c.reserves()
	b.Totals, b.Total = c.totals(b)
	return b, nil
}

type calc struct {
	p     *FinancialPlan
	n     int
	index map[string]int // line id → position
	rec   []Money        // recurring budget carried forward, per line
	spend [][]Spend      // per line, per year
	errs  []error
}

func newCalc(p *FinancialPlan) *calc {
	c := &calc{p: p, n: p.Years.Len(), index: make(map[string]int, len(p.Lines))}
	c.rec = make([]Money, len(p.Lines))
	c.spend = make([][]Spend, len(p.Lines))
	for i, l := range p.Lines {
		c.index[l.ID] = i
		c.rec[i] = l.Base
		c.spend[i] = make([]Spend, c.n)
	}
	return c
}

// year works out every line's spend in the t-th year of the plan.
func (c *calc) year(t int) {
	p := c.p
	y := p.Years.At(t)
	rates := map[UpliftKind]decimal.Decimal{}
	for _, u := range p.Uplifts {
		if u.Year == y {
			rates[u.Kind] = u.Rate
		}
	}
	before := make([]Money, len(p.Lines))
	for i, l := range p.Lines {
		factor := decimal.Zero
		for k, share := range l.Mix {
			if r, ok := rates[k]; ok {
				factor = factor.Add(share.Mul(r))
			}
		}
		open := c.rec[i]
		up := open.Mul(factor).Round(Penny)
		before[i] = open.Add(up)
		c.spend[i][t] = Spend{Year: y, Base: open, Uplift: up}
	}
	next := make([]Money, len(p.Lines))
	copy(next, before)
	for j, x := range p.Pressures {
		if x.Year == y {
			c.change("pressure", x.ID, j+1, y, t, x.Amount, x.Lines, x.OneOff, before, next, true)
		}
	}
	for j, x := range p.Savings {
		if x.Year == y {
			c.change("saving", x.ID, j+1, y, t, x.Amount, x.Lines, x.OneOff, before, next, false)
		}
	}
	for i, l := range p.Lines {
		s := &c.spend[i][t]
		s.Net = s.Base.Add(s.Uplift).Add(s.Pressures).Sub(s.Savings)
		if s.Net.IsNegative() && !l.AllowNegative {
			c.errs = append(c.errs, &PlanError{Item: "line", ID: l.ID, Position: i + 1, Year: y,
				Err: fmt.Errorf("net expenditure %s after savings of %s: %w", s.Net, s.Savings, ErrNegativeBudget)})
		}
		if next[i].IsNegative() && !l.AllowNegative {
			c.errs = append(c.errs, &PlanError{Item: "line", ID: l.ID, Position: i + 1, Year: y,
				Err: fmt.Errorf("recurring budget carried forward %s after recurring savings: %w", next[i], ErrNegativeBudget)})
		}
		c.rec[i] = next[i]
	}
}

// change spreads a pressure (adds) or a saving (not adds) of year y, the
// t-th year of the plan, over its lines in proportion to their budgets
// before, into the lines' spend of the year and, unless it is one-off, into
// the recurring budgets carried forward in next. A failure to apportion is
// recorded against the item at its one-based position.
func (c *calc) change(item, id string, pos int, y FinancialYear, t int, amount Money, lines []string, oneOff bool, before, next []Money, adds bool) {
	parts, err := c.apportion(amount, lines, before)
	if err != nil {
		c.errs = append(c.errs, &PlanError{Item: item, ID: id, Position: pos, Year: y, Field: "lines", Err: err})
		return
	}
	for k, lid := range lines {
		i := c.index[lid]
		s, part := &c.spend[i][t], parts[k]
		if !adds {
			s.Savings = s.Savings.Add(part)
			part = part.Neg()
		} else {
			s.Pressures = s.Pressures.Add(part)
		}
		if !oneOff {
			next[i] = next[i].Add(part)
		}
	}
}

// apportion splits amount between the named lines in proportion to their
// budgets before.
func (c *calc) apportion(amount Money, lines []string, before []Money) ([]Money, error) {
	if len(lines) == 1 {
		return []Money{amount}, nil
	}
	ws := make([]Money, len(lines))
	for k, id := range lines {
		ws[k] = before[c.index[id]]
	}
	if amount.IsZero() {
		return make([]Money, len(lines)), nil
	}
	parts, err := amount.AllocateBy(ws...)
	if err != nil {
		var ie *IndexError
		if errors.As(err, &ie) && ie.Position >= 1 && ie.Position <= len(lines) {
			k := ie.Position - 1
			return nil, fmt.Errorf("apportioning %s by the budget of line %q (%s): %w", amount, lines[k], ws[k], reason(err))
		}
		return nil, fmt.Errorf("apportioning %s by the lines' budgets: %w", amount, reason(err))
	}
	return parts, nil
}

// reason returns the innermost error that err wraps: the sentinel of an
// error this package made, whose own message carries the package prefix
// and so cannot be wrapped again by a [*PlanError].
func reason(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}

func sumSpend(y FinancialYear, ss []Spend) Spend {
	t := Spend{Year: y}
	for _, s := range ss {
		t = t.add(s)
	}
	return t
}

func (c *calc) lineBudgets() []LineBudget {
	out := make([]LineBudget, len(c.p.Lines))
	for i, l := range c.p.Lines {
		out[i] = LineBudget{ID: l.ID, CareGroup: l.CareGroup, Locality: l.Locality, Stream: l.Stream,
			Years: c.spend[i], Total: sumSpend(0, c.spend[i])}
	}
	return out
}

// rollup adds up the lines by the key each is given.
func (c *calc) rollup(lines []LineBudget, keys, titles []string, key func(LineBudget) string) []Rollup {
	pos := make(map[string]int, len(keys))
	out := make([]Rollup, len(keys))
	for i, k := range keys {
		pos[k] = i
		out[i] = Rollup{Key: k, Title: titles[i], Years: make([]Spend, c.n)}
		for t := range c.n {
			out[i].Years[t].Year = c.p.Years.At(t)
		}
	}
	for _, l := range lines {
		r := &out[pos[key(l)]]
		for t, s := range l.Years {
			r.Years[t] = r.Years[t].add(s)
		}
	}
	for i := range out {
		out[i].Total = sumSpend(0, out[i].Years)
	}
	return out
}

func (c *calc) byCareGroup(lines []LineBudget) []Rollup {
	present := map[CareGroup]bool{}
	for _, l := range lines {
		present[l.CareGroup] = true
	}
	var keys, titles []string
	for g := CareGroup(1); g.Valid(); g++ {
		if present[g] {
			keys = append(keys, g.String())
			titles = append(titles, g.Title())
		}
	}
	return c.rollup(lines, keys, titles, func(l LineBudget) string { return l.CareGroup.String() })
}

func (c *calc) byLocality(lines []LineBudget) []Rollup {
	seen := map[string]bool{}
	var keys, titles []string
	for _, l := range lines {
		if !seen[l.Locality] {
			seen[l.Locality] = true
			keys = append(keys, l.Locality)
			title := l.Locality
			if title == "" {
				title = "Partnership-wide"
			}
			titles = append(titles, title)
		}
	}
	return c.rollup(lines, keys, titles, func(l LineBudget) string { return l.Locality })
}

// byStream attributes each year's net expenditure to the funding streams.
func (c *calc) byStream() []StreamRollup {
	p := c.p
	pos := make(map[string]int, len(p.Streams))
	out := make([]StreamRollup, len(p.Streams))
	for i, s := range p.Streams {
		pos[s.ID] = i
		out[i] = StreamRollup{ID: s.ID, Kind: s.Kind, Years: make([]StreamYear, c.n)}
	}
	for t := range c.n {
		y := p.Years.At(t)
		var pooled Money
		for i, l := range p.Lines {
			net := c.spend[i][t].Net
			if l.Stream == "" {
				pooled = pooled.Add(net)
				continue
			}
			sy := &out[pos[l.Stream]].Years[t]
			sy.Expenditure = sy.Expenditure.Add(net)
		}
		var idx []int
		var ws []Money
		for i, s := range p.Streams {
			out[i].Years[t].Year = y
			out[i].Years[t].Funding = s.Amounts.In(y)
			if s.Kind.Pooled() {
				idx = append(idx, i)
				ws = append(ws, s.Amounts.In(y))
			}
		}
		if !pooled.IsZero() {
			parts, err := pooled.AllocateBy(ws...)
			if err != nil {
				c.errs = append(c.errs, &PlanError{Item: "plan", Year: y, Field: "streams",
					Err: fmt.Errorf("%s of pooled spend: %w", pooled, ErrNoFunding)})
				continue
			}
			for k, i := range idx {
				sy := &out[i].Years[t]
				sy.Expenditure = sy.Expenditure.Add(parts[k])
			}
		}
		for i := range out {
			sy := &out[i].Years[t]
			sy.Balance = sy.Funding.Sub(sy.Expenditure)
		}
	}
	for i := range out {
		tot := StreamYear{}
		for _, sy := range out[i].Years {
			tot.Funding = tot.Funding.Add(sy.Funding)
			tot.Expenditure = tot.Expenditure.Add(sy.Expenditure)
			tot.Balance = tot.Balance.Add(sy.Balance)
		}
		out[i].Total = tot
	}
	return out
}

func (c *calc) reserves() []ReserveBalance {
	p := c.p
	out := make([]ReserveBalance, len(p.Reserves))
	for i, r := range p.Reserves {
		out[i] = ReserveBalance{ID: r.ID, Kind: r.Kind, Years: make([]ReserveYear, c.n)}
		bal := r.Opening
		for t := range c.n {
			y := p.Years.At(t)
			ry := ReserveYear{Year: y, Opening: bal, Contribution: r.Contribution.In(y), Drawdown: r.Drawdown.In(y)}
			ry.Closing = ry.Opening.Add(ry.Contribution).Sub(ry.Drawdown)
			out[i].Years[t] = ry
			bal = ry.Closing
		}
	}
	return out
}

func (c *calc) totals(b *Budget) ([]YearTotals, YearTotals) {
	p := c.p
	out := make([]YearTotals, c.n)
	var total YearTotals
	for t := range c.n {
		y := p.Years.At(t)
		yt := YearTotals{Year: y}
		for _, l := range b.Lines {
			s := l.Years[t]
			yt.Base = yt.Base.Add(s.Base)
			yt.Uplift = yt.Uplift.Add(s.Uplift)
			yt.Pressures = yt.Pressures.Add(s.Pressures)
			yt.Savings = yt.Savings.Add(s.Savings)
			yt.Net = yt.Net.Add(s.Net)
		}
		for i, s := range b.ByStream {
			sy := s.Years[t]
			yt.Funding = yt.Funding.Add(sy.Funding)
			switch p.Streams[i].Kind {
			case SetAside:
				yt.SetAsideFunding = yt.SetAsideFunding.Add(sy.Funding)
			case RingFenced:
				if sy.Balance.Sign() > 0 {
					yt.RingFencedUnspent = yt.RingFencedUnspent.Add(sy.Balance)
				}
			}
		}
		for _, r := range b.Reserves {
			ry := r.Years[t]
			yt.Drawdown = yt.Drawdown.Add(ry.Drawdown)
			yt.Contribution = yt.Contribution.Add(ry.Contribution)
			if r.Kind == General {
				yt.GeneralReserves = yt.GeneralReserves.Add(ry.Closing)
			} else {
				yt.EarmarkedReserves = yt.EarmarkedReserves.Add(ry.Closing)
			}
		}
		yt.Gap = yt.Net.Sub(yt.Funding).Sub(yt.Drawdown.Sub(yt.Contribution))
		out[t] = yt

		total.Funding = total.Funding.Add(yt.Funding)
		total.SetAsideFunding = total.SetAsideFunding.Add(yt.SetAsideFunding)
		total.Base = total.Base.Add(yt.Base)
		total.Uplift = total.Uplift.Add(yt.Uplift)
		total.Pressures = total.Pressures.Add(yt.Pressures)
		total.Savings = total.Savings.Add(yt.Savings)
		total.Net = total.Net.Add(yt.Net)
		total.Drawdown = total.Drawdown.Add(yt.Drawdown)
		total.Contribution = total.Contribution.Add(yt.Contribution)
		total.Gap = total.Gap.Add(yt.Gap)
		total.RingFencedUnspent = total.RingFencedUnspent.Add(yt.RingFencedUnspent)
		total.GeneralReserves = yt.GeneralReserves
		total.EarmarkedReserves = yt.EarmarkedReserves
	}
	return out, total
}
