package outcomes

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Effect is an expected change with its range: a central value and the low
// and high ends of a plausible range, Low ≤ Central ≤ High. Effects in
// this package are improvements in the target's own units: positive is
// better, so a fall of 30 admissions per 100,000 on a lower-is-better
// indicator is an effect of +30.
type Effect struct {
	Central float64 `json:"central"`
	Low     float64 `json:"low"`
	High    float64 `json:"high"`
}

// PointEffect returns the effect with no range: Central = Low = High = v.
func PointEffect(v float64) Effect { return Effect{v, v, v} }

func (e Effect) validate() (field string, err error) {
	switch {
	case !finite(e.Central):
		return "effect.central", ErrNotFinite
	case !finite(e.Low):
		return "effect.low", ErrNotFinite
	case !finite(e.High):
		return "effect.high", ErrNotFinite
	case e.Low > e.Central:
		return "effect.low", fmt.Errorf("low %v above central %v: %w", e.Low, e.Central, ErrRange)
	case e.High < e.Central:
		return "effect.high", fmt.Errorf("high %v below central %v: %w", e.High, e.Central, ErrRange)
	}
	return "", nil
}

func (e Effect) scale(f float64) Effect { return Effect{e.Central * f, e.Low * f, e.High * f} }

func (e Effect) add(o Effect) Effect {
	return Effect{e.Central + o.Central, e.Low + o.Low, e.High + o.High}
}

func (e Effect) isZero() bool { return e.Central == 0 && e.Low == 0 && e.High == 0 }

// Line is an investment line of a plan as the logic model sees it: an id
// and what it costs a year.
type Line struct {
	ID    string           `json:"id"`
	Title string           `json:"title,omitempty"`
	Cost  investment.Money `json:"cost"` // annual cost of the line
}

// Link is one chain of a logic model: an investment line funds an activity
// that produces an output that moves an outcome or indicator (the Target).
// Effect is the expected improvement in the target's units from the whole
// activity; Attribution is the share of that improvement credited to this
// line (other funders and factors take the rest); Lag is the number of
// years from investment until the effect shows.
type Link struct {
	ID          string  `json:"id"`
	Line        string  `json:"line"`               // id of a [Line]
	Activity    string  `json:"activity,omitempty"` // what the money buys, such as "reablement visits"
	Output      string  `json:"output,omitempty"`   // what the activity produces, such as "600 people reabled"
	Target      string  `json:"target"`             // id of an outcome or indicator in the framework
	Effect      Effect  `json:"effect"`             // expected improvement in the target's units
	Attribution float64 `json:"attribution"`        // share in [0, 1]
	Lag         int     `json:"lag,omitempty"`      // years until the effect shows, ≥ 0
}

// LogicModel links investment lines to the outcomes and indicators of a
// framework. It is immutable after construction and safe for concurrent use.
type LogicModel struct {
	f       *Framework
	lines   []Line
	links   []Link
	lineIdx map[string]int
}

// NewLogicModel validates a logic model against a framework (nil means
// [National]). It returns an [*InputError] for an empty or duplicate line
// or link id ([ErrEmptyID], [ErrDuplicateID]), a link to an unknown line or
// to an id that is not an outcome or indicator of the framework
// ([ErrUnknownID]), a NaN or infinite effect ([ErrNotFinite]), a range with
// low above central or high below it ([ErrRange]), an attribution outside
// [0, 1] ([ErrShare]), a negative lag or cost ([ErrNegative]) and links
// whose attributed effects on one target add up beyond float64
// ([ErrNotFinite]), so that every contribution is finite. The slices are
// copied.
func NewLogicModel(f *Framework, lines []Line, links []Link) (*LogicModel, error) {
	if f == nil {
		f = National()
	}
	m := &LogicModel{f: f, lines: slices.Clone(lines), links: slices.Clone(links), lineIdx: make(map[string]int, len(lines))}
	for i, l := range m.lines {
		switch {
		case l.ID == "":
			return nil, inputErr("line", i, "", "id", ErrEmptyID)
		case l.Cost.IsNegative():
			return nil, inputErr("line", i, l.ID, "cost", ErrNegative)
		}
		if _, dup := m.lineIdx[l.ID]; dup {
			return nil, inputErr("line", i, l.ID, "id", ErrDuplicateID)
		}
		m.lineIdx[l.ID] = i
	}
	seen := make(map[string]bool, len(links))
	for i, k := range m.links {
		if k.ID == "" {
			return nil, inputErr("link", i, "", "id", ErrEmptyID)
		}
		if seen[k.ID] {
			return nil, inputErr("link", i, k.ID, "id", ErrDuplicateID)
		}
		seen[k.ID] = true
		if _, ok := m.lineIdx[k.Line]; !ok {
			return nil, inputErr("link", i, k.ID, "line", fmt.Errorf("no line %q: %w", k.Line, ErrUnknownID))
		}
		if t := f.Kind(k.Target); t != OutcomeTarget && t != IndicatorTarget {
			return nil, inputErr("link", i, k.ID, "target", fmt.Errorf("no outcome or indicator %q in %s: %w", k.Target, f.Name(), ErrUnknownID))
		}
		if field, err := k.Effect.validate(); err != nil {
			return nil, inputErr("link", i, k.ID, field, err)
		}
		if err := checkShare(k.Attribution); err != nil {
			return nil, inputErr("link", i, k.ID, "attribution", err)
		}
		if k.Lag < 0 {
			return nil, inputErr("link", i, k.ID, "lag", ErrNegative)
		}
	}
	if err := m.checkSums(); err != nil {
		return nil, err
	}
	return m, nil
}

// checkSums refuses links whose attributed effects on one target add up
// beyond float64, so that every contribution and every [LogicModel.EffectAt]
// is finite: it bounds each partial sum by the sum of magnitudes, kept
// below half the largest float64 so that rounding cannot reach infinity.
func (m *LogicModel) checkSums() error {
	total := make(map[string]float64)
	for i, k := range m.links {
		e := k.Effect.scale(k.Attribution)
		t := total[k.Target] + math.Abs(e.Central) + math.Abs(e.Low) + math.Abs(e.High)
		if !(t <= math.MaxFloat64/2) {
			return inputErr("link", i, k.ID, "effect",
				fmt.Errorf("attributed effects on %q add up beyond float64: %w", k.Target, ErrNotFinite))
		}
		total[k.Target] = t
	}
	return nil
}

func checkShare(x float64) error {
	if !finite(x) {
		return ErrNotFinite
	}
	if x < 0 || x > 1 {
		return fmt.Errorf("%v: %w", x, ErrShare)
	}
	return nil
}

// Framework returns the framework the model is checked against.
func (m *LogicModel) Framework() *Framework { return m.f }

// Lines iterates over the investment lines in the order given.
func (m *LogicModel) Lines() iter.Seq[Line] { return slices.Values(m.lines) }

// Links iterates over the links in the order given.
func (m *LogicModel) Links() iter.Seq[Link] { return slices.Values(m.links) }

// Equal reports whether m and o have equal frameworks ([Framework.Equal])
// and the same lines and links in the same order, costs compared by value.
// Two nil models are equal.
func (m *LogicModel) Equal(o *LogicModel) bool {
	if m == nil || o == nil {
		return m == o
	}
	return m.f.Equal(o.f) && slices.Equal(m.links, o.links) &&
		slices.EqualFunc(m.lines, o.lines, func(a, b Line) bool {
			return a.ID == b.ID && a.Title == b.Title && a.Cost.Equal(b.Cost)
		})
}

// Contribution is what one investment line is expected to contribute to one
// outcome or indicator: the sum over its links to that target of effect ×
// attribution. Ranges add end to end (low with low, high with high), which
// treats the links' uncertainties as moving together: a cautious, wide
// range.
type Contribution struct {
	Line   string `json:"line"`
	Target string `json:"target"`
	Effect Effect `json:"effect"` // attributed improvement in the target's units
	Lag    int    `json:"lag"`    // the longest lag among the links: when the whole effect has shown
	Links  int    `json:"links"`  // number of links summed
}

// Contributions returns the contribution of each line to each target it
// links to, ordered by line (in the order given) and then by the target's
// first link.
func (m *LogicModel) Contributions() []Contribution {
	var out []Contribution
	for _, l := range m.lines {
		start := len(out)
		for _, k := range m.links {
			if k.Line != l.ID {
				continue
			}
			j := start
			for ; j < len(out) && out[j].Target != k.Target; j++ {
			}
			if j == len(out) {
				out = append(out, Contribution{Line: l.ID, Target: k.Target})
			}
			c := &out[j]
			c.Effect = c.Effect.add(k.Effect.scale(k.Attribution))
			c.Lag = max(c.Lag, k.Lag)
			c.Links++
		}
	}
	return out
}

// Contribution returns the contribution of one line to one target; ok is
// false when the line has no link to it.
func (m *LogicModel) Contribution(line, target string) (c Contribution, ok bool) {
	c = Contribution{Line: line, Target: target}
	for _, k := range m.links {
		if k.Line == line && k.Target == target {
			c.Effect = c.Effect.add(k.Effect.scale(k.Attribution))
			c.Lag = max(c.Lag, k.Lag)
			c.Links++
		}
	}
	return c, c.Links > 0
}

// EffectAt returns the attributed effect on a target from every line whose
// link has shown by the given number of years after investment (links with
// Lag ≤ years).
func (m *LogicModel) EffectAt(target string, years int) Effect {
	var e Effect
	for _, k := range m.links {
		if k.Target == target && k.Lag <= years {
			e = e.add(k.Effect.scale(k.Attribution))
		}
	}
	return e
}

// CostPer returns cost / effect rounded half away from zero to the penny,
// computed exactly: the cost is divided by the shortest decimal that reads
// back as effect, with [decimal.Decimal.DivRound] at 2 places. It returns
// an error wrapping [ErrNotFinite] for a NaN or infinite effect and
// [ErrNonPositiveEffect] for an effect of zero or less.
func CostPer(cost investment.Money, effect float64) (investment.Money, error) {
	if !finite(effect) {
		return investment.Money{}, fmt.Errorf("outcomes: cost per unit of effect %v: %w", effect, ErrNotFinite)
	}
	if effect <= 0 {
		return investment.Money{}, fmt.Errorf("outcomes: cost per unit of effect %v: %w", effect, ErrNonPositiveEffect)
	}
	return investment.FromDecimal(cost.Decimal().DivRound(decimal.NewFromFloat(effect), 2)), nil
}

// UnitCost is the cost of a line per unit of its attributed contribution to
// a target, at the central effect and at the ends of its range.
type UnitCost struct {
	Line    string           `json:"line"`
	Target  string           `json:"target"`
	Central investment.Money `json:"central"` // cost / central effect
	Best    investment.Money `json:"best"`    // cost / high effect
	// Worst is cost / low effect. When the low effect is zero or negative
	// the worst case has no finite cost per unit: WorstUnbounded is true and
	// Worst is £0.
	Worst          investment.Money `json:"worst"`
	WorstUnbounded bool             `json:"worstUnbounded,omitempty"`
}

// UnitCost returns the annual cost of a line per unit of its attributed
// contribution to a target, each rounded to the penny as [CostPer] does. It
// returns an error wrapping [ErrUnknownID] when the line does not link to
// the target and [ErrNonPositiveEffect] when the central contribution is
// not positive.
func (m *LogicModel) UnitCost(line, target string) (UnitCost, error) {
	c, ok := m.Contribution(line, target)
	if !ok {
		return UnitCost{}, fmt.Errorf("outcomes: cost of %q per unit of %q: no link: %w", line, target, ErrUnknownID)
	}
	cost := m.lines[m.lineIdx[line]].Cost
	u := UnitCost{Line: line, Target: target}
	var err error
	if u.Central, err = CostPer(cost, c.Effect.Central); err != nil {
		return UnitCost{}, fmt.Errorf("outcomes: cost of %q per unit of %q: %w", line, target, err)
	}
	u.Best, _ = CostPer(cost, c.Effect.High) // High ≥ Central > 0
	if c.Effect.Low > 0 {
		u.Worst, _ = CostPer(cost, c.Effect.Low)
	} else {
		u.WorstUnbounded = true
	}
	return u, nil
}

// Orphans lists what a logic model leaves unconnected, by id in the order
// given.
type Orphans struct {
	// Lines reach no outcome: they have no link with a non-zero effect and
	// a non-zero attribution.
	Lines []string `json:"lines,omitempty"`
	// Priorities name no indicator.
	Priorities []string `json:"priorities,omitempty"`
	// Outcomes are reached by no line, neither directly nor through an
	// indicator that a priority ties to them.
	Outcomes []string `json:"outcomes,omitempty"`
}

// Empty reports whether nothing is orphaned.
func (o Orphans) Empty() bool {
	return len(o.Lines) == 0 && len(o.Priorities) == 0 && len(o.Outcomes) == 0
}

// Orphans returns what the model leaves unconnected.
func (m *LogicModel) Orphans() Orphans {
	reachesLine := make(map[string]bool)
	reached := make(map[string]bool) // targets with a live link
	for _, k := range m.links {
		if k.Attribution > 0 && !k.Effect.isZero() {
			reachesLine[k.Line] = true
			reached[k.Target] = true
		}
	}
	var o Orphans
	for _, l := range m.lines {
		if !reachesLine[l.ID] {
			o.Lines = append(o.Lines, l.ID)
		}
	}
	o.Priorities = m.f.PrioritiesWithoutIndicators()
	viaPriority := make(map[string]bool)
	for _, p := range m.f.priorities {
		if slices.ContainsFunc(p.Indicators, func(id string) bool { return reached[id] }) {
			for _, id := range p.Outcomes {
				viaPriority[id] = true
			}
		}
	}
	for _, oc := range m.f.outcomes {
		if !reached[oc.ID] && !viaPriority[oc.ID] {
			o.Outcomes = append(o.Outcomes, oc.ID)
		}
	}
	return o
}

// Check returns an [*OrphanError] when a line reaches no outcome or a
// priority has no indicators, and nil otherwise. Outcomes that no line
// reaches are reported by [LogicModel.Orphans] but are not an error: a
// plan need not fund every national outcome.
func (m *LogicModel) Check() error {
	o := m.Orphans()
	if len(o.Lines) == 0 && len(o.Priorities) == 0 {
		return nil
	}
	return &OrphanError{Lines: o.Lines, Priorities: o.Priorities}
}

// OrphanError reports the ids of investment lines that reach no outcome
// and of priorities without indicators. It unwraps to [ErrOrphan].
type OrphanError struct {
	Lines      []string
	Priorities []string
}

// Error implements the error interface.
func (e *OrphanError) Error() string { return "outcomes: " + e.detail() }

func (e *OrphanError) detail() string {
	var parts []string
	if len(e.Lines) > 0 {
		parts = append(parts, "lines reaching no outcome: "+strings.Join(e.Lines, ", "))
	}
	if len(e.Priorities) > 0 {
		parts = append(parts, "priorities without indicators: "+strings.Join(e.Priorities, ", "))
	}
	return ErrOrphan.Error() + ": " + strings.Join(parts, "; ")
}

// Unwrap returns [ErrOrphan].
func (e *OrphanError) Unwrap() error { return ErrOrphan }
