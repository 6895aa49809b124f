package investment

import "github.com/shopspring/decimal"

// FinancialPlan holds the assumptions of a medium-term financial plan for an
// Integration Joint Board: the funding streams, the spend lines with their
// base-year budgets, uplift rates, cost pressures, savings and reserves,
// over the plan's Years (usually three). [FinancialPlan.Budget] turns it into the
// figures; [FinancialPlan.Validate] checks it.
//
// The base year is the year before Years.First: each line's Base is its
// recurring budget in that year, and the first plan year applies its
// uplifts, pressures and savings to it.
//
// A FinancialPlan is plain data, built as a literal or read from JSON;
// money is a JSON string, rates are JSON strings such as "0.03", years
// print as "2022/23", and money over years is an anchored [Flow] written
// by year: {"2022/23":"100.00","2023/24":"102.00"}. The zero FinancialPlan
// has no lines and fails validation with [ErrNoLines].
type FinancialPlan struct {
	Name      string     `json:"name,omitempty"`      // a title for reports
	Years     Years      `json:"years"`               // the plan's years, usually three
	Streams   []Stream   `json:"streams"`             // funding, by stream
	Lines     []Line     `json:"lines"`               // spend lines with base-year budgets; at least one
	Uplifts   []Uplift   `json:"uplifts,omitempty"`   // rates by uplift kind and year
	Pressures []Pressure `json:"pressures,omitempty"` // additions to spend
	Savings   []Saving   `json:"savings,omitempty"`   // reductions in spend
	Reserves  []Reserve  `json:"reserves,omitempty"`  // general and earmarked reserves
}

// Stream is a source of funding with an amount for each year of the plan,
// an anchored [Flow] such as FlowFrom(2022, nhs22, nhs23, nhs24); a year
// the flow does not cover has no funding from it. The flow must lie within
// the plan's years and its amounts must be whole pence and not negative.
//
// Spend lines that name no stream are funded from the pooled streams
// ([StreamKind.Pooled]: health board, council, other). A [SetAside] stream
// funds only lines of the care group [SetAsideServices]; a [RingFenced]
// stream funds only lines charged to it whose care group is listed in For.
type Stream struct {
	ID      string     `json:"id"`             // unique among streams; lines name it
	Name    string     `json:"name,omitempty"` // for reports
	Kind    StreamKind `json:"kind"`           // where the money comes from
	Amounts Flow       `json:"amounts"`        // funding by year, anchored
	// For lists the care groups a ring-fenced stream may fund. It must be
	// empty for any other kind.
	For []CareGroup `json:"for,omitempty"`
}

// Line is a spend line: a budget for one service in one care group and,
// optionally, one locality, identified by its GSS code as in package needs
// ("" means partnership-wide); display names belong to reports.
type Line struct {
	ID        string    `json:"id"`                 // unique among lines; pressures and savings name it
	Name      string    `json:"name,omitempty"`     // for reports
	CareGroup CareGroup `json:"careGroup"`          // the group it reports under
	Locality  string    `json:"locality,omitempty"` // the locality's GSS code; "" for partnership-wide
	// Stream names the funding stream the line is charged to; "" charges it
	// to the pooled budget.
	Stream string `json:"stream,omitempty"`
	// Base is the recurring budget in the base year, in whole pence.
	Base Money `json:"base"`
	// Mix divides the line's cost between uplift kinds; see [Mix].
	Mix Mix `json:"mix"`
	// AllowNegative permits a negative Base and negative net expenditure,
	// for income lines such as charges to service users.
	AllowNegative bool `json:"allowNegative,omitempty"`
}

// Mix is a line's cost mix: the share of its cost that is of each uplift
// kind, such as 0.7 pay and 0.3 non-pay. Shares are exact decimals, none
// negative, summing to exactly 1. Use [Only] for a line of one kind. The
// kind [NotUplifted] may only appear alone.
type Mix map[UpliftKind]decimal.Decimal

// Only returns the mix of a line whose whole cost is of kind k.
func Only(k UpliftKind) Mix { return Mix{k: decimal.NewFromInt(1)} }

// Uplift is the rate by which costs of one kind rise in one year, as a
// decimal fraction: 0.03 is 3%. A kind with no uplift for a year rises by 0
// that year. The rate must exceed −1 (−100%).
//
// Uplifts compound: each year's uplift applies to the recurring budget
// brought forward, which includes earlier years' uplifts, recurring
// pressures and recurring savings.
type Uplift struct {
	Kind UpliftKind      `json:"kind"`           // the kind of cost
	Year FinancialYear   `json:"year"`           // a year of the plan
	Rate decimal.Decimal `json:"rate"`           // 0.03 for 3%; above -1
	Note string          `json:"note,omitempty"` // the source of the rate, such as a pay award
}

// Pressure is an addition to spend in one year: Amount (whole pence, not
// negative) on the named lines. A recurring pressure (OneOff false, the
// usual case) stays in the budget in later years and is uplifted with it;
// a one-off pressure applies to its year only.
//
// When Lines names more than one line the amount is apportioned between
// them in proportion to their budgets in that year after uplift, by
// [Money.AllocateBy], so that the parts sum to Amount exactly.
type Pressure struct {
	ID     string        `json:"id"`               // unique among pressures
	Name   string        `json:"name,omitempty"`   // for reports
	Kind   PressureKind  `json:"kind"`             // why it arises
	Year   FinancialYear `json:"year"`             // the year it starts (or, one-off, happens)
	Amount Money         `json:"amount"`           // in that year's prices
	Lines  []string      `json:"lines"`            // the lines it falls on; at least one
	OneOff bool          `json:"oneOff,omitempty"` // true: that year only
}

// Saving is a reduction in spend in one year: Amount (whole pence, not
// negative) off the named lines. A recurring saving (OneOff false)
// continues in later years; a one-off saving applies to its year only.
// Several lines share the amount as for a [Pressure].
type Saving struct {
	ID     string        `json:"id"`               // unique among savings
	Name   string        `json:"name,omitempty"`   // for reports
	Year   FinancialYear `json:"year"`             // the year it is made
	Amount Money         `json:"amount"`           // positive: the reduction
	Lines  []string      `json:"lines"`            // the lines it comes off; at least one
	OneOff bool          `json:"oneOff,omitempty"` // true: that year only
}

// Reserve is a general or earmarked reserve with its balance at the start
// of the plan's first year and its planned movements by year. In each year
// the drawdown may not exceed the opening balance plus that year's
// contribution ([ErrOverdrawn]); all amounts are whole pence and not
// negative. Drawdown and Contribution are anchored flows within the plan's
// years; the zero Flow means no movement.
type Reserve struct {
	ID           string      `json:"id"`                    // unique among reserves
	Name         string      `json:"name,omitempty"`        // for reports
	Kind         ReserveKind `json:"kind"`                  // general or earmarked
	Purpose      string      `json:"purpose,omitempty"`     // what an earmarked reserve is for
	Opening      Money       `json:"opening"`               // balance at the start of the first year
	Drawdown     Flow        `json:"drawdown,omitzero"`     // planned use, by year
	Contribution Flow        `json:"contribution,omitzero"` // planned additions, by year
}

// BaseYear returns the year before the plan's first year, whose recurring
// budgets the lines' Base amounts are.
func (p *FinancialPlan) BaseYear() FinancialYear { return p.Years.First.Prev() }
