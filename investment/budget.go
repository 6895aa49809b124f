package investment

// Budget is the figures of a [FinancialPlan] over its years: totals and the funding
// gap by year and for the whole period, each line's budget, roll-ups by
// care group, locality and funding stream, and reserve balances. Make one
// with [FinancialPlan.Budget].
//
// Every figure is a whole number of pence, and every roll-up conserves
// them: the lines of any year sum exactly to the year's totals in each
// column, as do the care groups, the localities and the streams.
type Budget struct {
	Name  string `json:"name,omitempty"` // the plan's name
	Years Years  `json:"years"`          // the plan's years
	// Totals holds one entry per year, in order.
	Totals []YearTotals `json:"totals"`
	// Total sums the years; its reserve balances are those at the end of
	// the last year.
	Total YearTotals `json:"total"`
	// Lines holds each spend line, in the plan's order.
	Lines []LineBudget `json:"lines"`
	// ByCareGroup holds the care groups that have lines, in the order of
	// the CareGroup constants; its keys are CareGroup keys.
	ByCareGroup []Rollup `json:"byCareGroup"`
	// ByLocality holds the localities in the order they first appear among
	// the lines; the key "" collects partnership-wide lines.
	ByLocality []Rollup `json:"byLocality"`
	// ByStream holds the funding streams in the plan's order.
	ByStream []StreamRollup `json:"byStream"`
	// Reserves holds each reserve in the plan's order.
	Reserves []ReserveBalance `json:"reserves,omitempty"`
}

// Spend is one line's, group's or total's spend in one year, or over the
// plan when Year is 0:
//
//	Net = Base + Uplift + Pressures − Savings
//
// Base is the recurring budget brought forward (the base-year budget in the
// first year); Uplift the year's uplift on it; Pressures and Savings the
// year's recurring and one-off pressures and savings, both as positive
// amounts.
type Spend struct {
	Year      FinancialYear `json:"year,omitzero"` // 0 for a total over the plan
	Base      Money         `json:"base"`          // recurring budget brought forward
	Uplift    Money         `json:"uplift"`        // the year's uplift on Base
	Pressures Money         `json:"pressures"`     // recurring and one-off pressures of the year
	Savings   Money         `json:"savings"`       // recurring and one-off savings of the year, positive
	Net       Money         `json:"net"`           // Base + Uplift + Pressures − Savings
}

// add returns s + o, column by column, keeping s's year.
func (s Spend) add(o Spend) Spend {
	return Spend{Year: s.Year, Base: s.Base.Add(o.Base), Uplift: s.Uplift.Add(o.Uplift),
		Pressures: s.Pressures.Add(o.Pressures), Savings: s.Savings.Add(o.Savings), Net: s.Net.Add(o.Net)}
}

// YearTotals is the plan's position in one year (or, with Year 0, over the
// whole plan):
//
//	Gap = Net − Funding − (Drawdown − Contribution)
//
// A positive gap is a shortfall still to be closed (by savings not yet
// identified, or further reserves); a negative gap is a surplus.
type YearTotals struct {
	Year FinancialYear `json:"year,omitzero"` // 0 for the whole plan
	// Funding is the sum of all streams, set-aside included.
	Funding Money `json:"funding"`
	// SetAsideFunding is the part of Funding from set-aside streams, which
	// is in scope of the plan but not paid to the Integration Joint Board.
	SetAsideFunding Money `json:"setAsideFunding"`
	Base            Money `json:"base"`      // the lines' recurring budgets brought forward
	Uplift          Money `json:"uplift"`    // the year's uplifts
	Pressures       Money `json:"pressures"` // the year's pressures
	Savings         Money `json:"savings"`   // the year's savings, positive
	// Net is the net expenditure: Base + Uplift + Pressures − Savings.
	Net Money `json:"netExpenditure"`
	// Drawdown and Contribution are the planned movements out of and into
	// reserves.
	Drawdown     Money `json:"reserveDrawdown"`
	Contribution Money `json:"reserveContribution"`
	// Gap is Net − Funding − (Drawdown − Contribution).
	Gap Money `json:"gap"`
	// RingFencedUnspent is ring-fenced funding not used by the lines charged
	// to it. It is part of Funding and so reduces Gap, but it cannot be
	// spent elsewhere: Gap + RingFencedUnspent is the gap on unrestricted
	// money.
	RingFencedUnspent Money `json:"ringFencedUnspent"`
	// GeneralReserves and EarmarkedReserves are the closing balances.
	GeneralReserves   Money `json:"generalReserves"`
	EarmarkedReserves Money `json:"earmarkedReserves"`
}

// Spend returns the spend columns of t.
func (t YearTotals) Spend() Spend {
	return Spend{Year: t.Year, Base: t.Base, Uplift: t.Uplift, Pressures: t.Pressures, Savings: t.Savings, Net: t.Net}
}

// LineBudget is one spend line's budget by year and in total.
type LineBudget struct {
	ID        string    `json:"id"`                 // the line's id
	CareGroup CareGroup `json:"careGroup"`          // the line's care group
	Locality  string    `json:"locality,omitempty"` // the line's locality
	Stream    string    `json:"stream,omitempty"`   // the stream it is charged to, "" for pooled
	Years     []Spend   `json:"years"`              // one per year of the plan
	Total     Spend     `json:"total"`              // the sum of Years
}

// Rollup is the spend of a group of lines (a care group or a locality) by
// year and in total.
type Rollup struct {
	// Key is the care group's key ("older-people") or the locality's GSS
	// code ("" for partnership-wide lines).
	Key string `json:"key"`
	// Title names the group for a table: the care group's [CareGroup.Title],
	// the locality's code, or "Partnership-wide".
	Title string  `json:"title"`
	Years []Spend `json:"years"` // one per year of the plan
	Total Spend   `json:"total"` // the sum of Years
}

// StreamRollup is one funding stream's funding and the spend attributed to
// it, by year and in total. Lines charged to the stream are attributed to
// it in full; spend on lines charged to the pooled budget is apportioned
// between the pooled streams in proportion to their funding that year by
// [Money.AllocateBy], so that the streams' Expenditure sums exactly to the
// year's net expenditure.
type StreamRollup struct {
	ID    string       `json:"id"`    // the stream's id
	Kind  StreamKind   `json:"kind"`  // the stream's kind
	Years []StreamYear `json:"years"` // one per year of the plan
	Total StreamYear   `json:"total"` // the sum of Years
}

// StreamYear is a stream's position in one year (Year 0: the whole plan).
// Balance = Funding − Expenditure.
type StreamYear struct {
	Year        FinancialYear `json:"year,omitzero"` // 0 for the whole plan
	Funding     Money         `json:"funding"`       // the stream's funding
	Expenditure Money         `json:"expenditure"`   // net expenditure attributed to it
	Balance     Money         `json:"balance"`       // Funding − Expenditure; negative is a shortfall
}

// ReserveBalance is one reserve's movements by year.
type ReserveBalance struct {
	ID    string        `json:"id"`    // the reserve's id
	Kind  ReserveKind   `json:"kind"`  // general or earmarked
	Years []ReserveYear `json:"years"` // one per year of the plan
}

// ReserveYear is a reserve's movement in one year:
// Closing = Opening + Contribution − Drawdown, never negative.
type ReserveYear struct {
	Year         FinancialYear `json:"year"`         // the year
	Opening      Money         `json:"opening"`      // balance on 1 April
	Contribution Money         `json:"contribution"` // added in the year
	Drawdown     Money         `json:"drawdown"`     // used in the year
	Closing      Money         `json:"closing"`      // balance on 31 March
}

// Year returns the totals of year y, and false if y is not in the plan.
func (b *Budget) Year(y FinancialYear) (YearTotals, bool) {
	i, ok := b.Years.Index(y)
	if !ok || i >= len(b.Totals) {
		return YearTotals{}, false
	}
	return b.Totals[i], true
}

// Column returns one figure of the year totals as money over the plan's
// years, an anchored [Flow]: b.Column(func(t YearTotals) Money { return t.Gap })
// is the funding gap by year, ready for [Schedule.PresentValueAt] or as a
// budget by year.
func (b *Budget) Column(figure func(YearTotals) Money) Flow {
	amounts := make([]Money, len(b.Totals))
	for i, t := range b.Totals {
		amounts[i] = figure(t)
	}
	return FlowFrom(b.Years.First, amounts...)
}

// Line returns the budget of the line with the given id, and false if there
// is none.
func (b *Budget) Line(id string) (LineBudget, bool) {
	for _, l := range b.Lines {
		if l.ID == id {
			return l, true
		}
	}
	return LineBudget{}, false
}
