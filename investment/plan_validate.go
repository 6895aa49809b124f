package investment

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/shopspring/decimal"
)

// Validate checks the plan and returns every problem it finds, joined with
// [errors.Join]; each is a [*PlanError] saying which item, year and field,
// and wrapping a sentinel such as [ErrDuplicateID], [ErrUnknownID],
// [ErrYearOutsidePlan], [ErrNegativeBudget], [ErrRateTooLow], [ErrRateTooHigh], [ErrMixSum]
// or [ErrOverdrawn]. It returns nil for a valid plan. Problems that only
// show when the plan is run, such as savings that take a line below zero,
// are reported by [FinancialPlan.Budget].
func (p *FinancialPlan) Validate() error {
	v := validator{p: p}
	v.validate()
	return errors.Join(v.errs...)
}

type validator struct {
	p       *FinancialPlan
	errs    []error
	streams map[string]*Stream
	lines   map[string]*Line
}

// add records a problem with the item at zero-based index (-1 for the plan
// itself); the error reports its one-based position.
func (v *validator) add(item, id string, index int, year FinancialYear, field string, err error) {
	v.errs = append(v.errs, &PlanError{Item: item, ID: id, Position: index + 1, Year: year, Field: field, Err: err})
}

func (v *validator) validate() {
	p := v.p
	if p.Years.Last < p.Years.First {
		v.add("plan", "", -1, 0, "years", fmt.Errorf("%v to %v: %w", p.Years.First, p.Years.Last, ErrYearOrder))
		return // nothing else can be checked against the years
	}
	if len(p.Lines) == 0 {
		v.add("plan", "", -1, 0, "lines", ErrNoLines)
	}
	v.validateStreams()
	v.validateLines()
	v.validateUplifts()
	v.validatePressures()
	v.validateSavings()
	v.validateReserves()
}

// checkMoney reports a negative amount (with sentinel neg) or one that is
// not a whole number of pence.
func (v *validator) checkMoney(item, id string, index int, year FinancialYear, field string, m Money, neg error) {
	if neg != nil && m.IsNegative() {
		v.add(item, id, index, year, field, fmt.Errorf("%s: %w", m, neg))
	}
	if !m.IsWhole(Penny) {
		v.add(item, id, index, year, field, fmt.Errorf("%s is not a whole number of pence: %w", m, ErrNotWhole))
	}
}

// checkFlow checks money over years: an anchored flow (or none) within the
// plan's years, whole pence, not negative. Years are visited in order so
// that errors are reported in a stable order.
func (v *validator) checkFlow(item, id string, index int, field string, f Flow) {
	if f.Len() == 0 {
		return
	}
	if _, anchored := f.First(); !anchored {
		v.add(item, id, index, 0, field, fmt.Errorf("amounts without a first year: %w", ErrNotAnchored))
		return
	}
	for y, m := range f.ByYear() {
		if !v.p.Years.Contains(y) {
			v.add(item, id, index, y, field, fmt.Errorf("%v not in %v: %w", y, v.p.Years, ErrYearOutsidePlan))
			continue
		}
		v.checkMoney(item, id, index, y, field, m, ErrNegativeAmount)
	}
}

func (v *validator) checkYear(item, id string, index int, y FinancialYear) bool {
	if !v.p.Years.Contains(y) {
		v.add(item, id, index, y, "year", fmt.Errorf("%v not in %v: %w", y, v.p.Years, ErrYearOutsidePlan))
		return false
	}
	return true
}

// checkID reports an empty or repeated id and records the id in seen.
func (v *validator) checkID(item, id string, index int, seen map[string]int) {
	if id == "" {
		v.add(item, id, index, 0, "id", fmt.Errorf("no id: %w", ErrEmptyID))
		return
	}
	if first, dup := seen[id]; dup {
		v.add(item, id, index, 0, "id", fmt.Errorf("also %s[%d]: %w", planLists[item], first+1, ErrDuplicateID))
		return
	}
	seen[id] = index
}

func (v *validator) validateStreams() {
	v.streams = make(map[string]*Stream, len(v.p.Streams))
	seen := map[string]int{}
	for i := range v.p.Streams {
		s := &v.p.Streams[i]
		v.checkID("stream", s.ID, i, seen)
		if s.ID != "" && v.streams[s.ID] == nil {
			v.streams[s.ID] = s
		}
		if !s.Kind.Valid() {
			v.add("stream", s.ID, i, 0, "kind", fmt.Errorf("%v: %w", s.Kind, ErrUnknownKind))
		}
		v.checkFlow("stream", s.ID, i, "amounts", s.Amounts)
		switch {
		case s.Kind == RingFenced && len(s.For) == 0:
			v.add("stream", s.ID, i, 0, "for", fmt.Errorf("ring-fenced stream names no care group it may fund: %w", ErrRingFence))
		case s.Kind != RingFenced && len(s.For) > 0:
			v.add("stream", s.ID, i, 0, "for", fmt.Errorf("only a ring-fenced stream restricts what it funds: %w", ErrRingFence))
		}
		for _, g := range s.For {
			if !g.Valid() {
				v.add("stream", s.ID, i, 0, "for", fmt.Errorf("care group %v: %w", g, ErrUnknownKind))
			}
		}
	}
}

func (v *validator) validateLines() {
	v.lines = make(map[string]*Line, len(v.p.Lines))
	seen := map[string]int{}
	for i := range v.p.Lines {
		l := &v.p.Lines[i]
		v.checkID("line", l.ID, i, seen)
		if l.ID != "" && v.lines[l.ID] == nil {
			v.lines[l.ID] = l
		}
		if !l.CareGroup.Valid() {
			v.add("line", l.ID, i, 0, "careGroup", fmt.Errorf("%v: %w", l.CareGroup, ErrUnknownKind))
		}
		var neg error
		if !l.AllowNegative {
			neg = ErrNegativeBudget
		}
		v.checkMoney("line", l.ID, i, 0, "base", l.Base, neg)
		v.checkMix(l, i)
		v.checkLineStream(l, i)
	}
}

func (v *validator) checkMix(l *Line, i int) {
	sum := decimal.Zero
	for _, k := range slices.Sorted(maps.Keys(l.Mix)) {
		s := l.Mix[k]
		switch {
		case !k.Valid():
			v.add("line", l.ID, i, 0, "mix", fmt.Errorf("uplift kind %v: %w", k, ErrUnknownKind))
		case s.IsNegative():
			v.add("line", l.ID, i, 0, "mix", fmt.Errorf("%v share %s: %w", k, s, ErrMixShare))
		case k == NotUplifted && len(l.Mix) > 1:
			v.add("line", l.ID, i, 0, "mix", fmt.Errorf("%v must be the only kind: %w", k, ErrMixShare))
		}
		sum = sum.Add(s)
	}
	if !sum.Equal(decimal.NewFromInt(1)) {
		v.add("line", l.ID, i, 0, "mix", fmt.Errorf("shares sum to %s: %w", sum, ErrMixSum))
	}
}

func (v *validator) checkLineStream(l *Line, i int) {
	if l.Stream == "" {
		if l.CareGroup == SetAsideServices {
			v.add("line", l.ID, i, 0, "stream", fmt.Errorf("set-aside line charged to the pooled budget: %w", ErrSetAside))
		}
		return
	}
	s, ok := v.streams[l.Stream]
	if !ok {
		v.add("line", l.ID, i, 0, "stream", fmt.Errorf("stream %q: %w", l.Stream, ErrUnknownID))
		return
	}
	switch {
	case (s.Kind == SetAside) != (l.CareGroup == SetAsideServices):
		v.add("line", l.ID, i, 0, "stream", fmt.Errorf("%v line charged to %v stream %q: %w", l.CareGroup, s.Kind, s.ID, ErrSetAside))
	case s.Kind == RingFenced && !slices.Contains(s.For, l.CareGroup):
		v.add("line", l.ID, i, 0, "stream", fmt.Errorf("stream %q may not fund %v: %w", s.ID, l.CareGroup, ErrRingFence))
	}
}

func (v *validator) validateUplifts() {
	type key struct {
		k UpliftKind
		y FinancialYear
	}
	seen := map[key]int{}
	minusOne := decimal.NewFromInt(-1)
	for i, u := range v.p.Uplifts {
		id := u.Kind.String()
		switch {
		case !u.Kind.Valid():
			v.add("uplift", "", i, u.Year, "kind", fmt.Errorf("%v: %w", u.Kind, ErrUnknownKind))
		case u.Kind == NotUplifted:
			v.add("uplift", id, i, u.Year, "kind", fmt.Errorf("%v costs have no uplift: %w", u.Kind, ErrUnknownKind))
		}
		if !v.checkYear("uplift", id, i, u.Year) {
			continue
		}
		if first, dup := seen[key{u.Kind, u.Year}]; dup {
			v.add("uplift", id, i, u.Year, "year", fmt.Errorf("also uplifts[%d]: %w", first+1, ErrDuplicateID))
		} else {
			seen[key{u.Kind, u.Year}] = i
		}
		switch {
		case u.Rate.LessThanOrEqual(minusOne):
			v.add("uplift", id, i, u.Year, "rate", fmt.Errorf("%s: %w", u.Rate, ErrRateTooLow))
		case u.Rate.GreaterThan(maxRate):
			v.add("uplift", id, i, u.Year, "rate", checkRate(u.Rate))
		}
	}
}

// checkTargets checks the lines a pressure or saving applies to.
func (v *validator) checkTargets(item, id string, index int, lines []string) {
	if len(lines) == 0 {
		v.add(item, id, index, 0, "lines", fmt.Errorf("no line named: %w", ErrNoParts))
	}
	seen := map[string]bool{}
	for _, l := range lines {
		if _, ok := v.lines[l]; !ok {
			v.add(item, id, index, 0, "lines", fmt.Errorf("line %q: %w", l, ErrUnknownID))
		}
		if seen[l] {
			v.add(item, id, index, 0, "lines", fmt.Errorf("line %q named twice: %w", l, ErrDuplicateID))
		}
		seen[l] = true
	}
}

func (v *validator) validatePressures() {
	seen := map[string]int{}
	for i, x := range v.p.Pressures {
		v.checkID("pressure", x.ID, i, seen)
		if !x.Kind.Valid() {
			v.add("pressure", x.ID, i, 0, "kind", fmt.Errorf("%v: %w", x.Kind, ErrUnknownKind))
		}
		v.checkYear("pressure", x.ID, i, x.Year)
		v.checkMoney("pressure", x.ID, i, x.Year, "amount", x.Amount, ErrNegativeAmount)
		v.checkTargets("pressure", x.ID, i, x.Lines)
	}
}

func (v *validator) validateSavings() {
	seen := map[string]int{}
	for i, x := range v.p.Savings {
		v.checkID("saving", x.ID, i, seen)
		v.checkYear("saving", x.ID, i, x.Year)
		v.checkMoney("saving", x.ID, i, x.Year, "amount", x.Amount, ErrNegativeAmount)
		v.checkTargets("saving", x.ID, i, x.Lines)
	}
}

func (v *validator) validateReserves() {
	seen := map[string]int{}
	for i := range v.p.Reserves {
		r := &v.p.Reserves[i]
		v.checkID("reserve", r.ID, i, seen)
		if !r.Kind.Valid() {
			v.add("reserve", r.ID, i, 0, "kind", fmt.Errorf("%v: %w", r.Kind, ErrUnknownKind))
		}
		n := len(v.errs)
		v.checkMoney("reserve", r.ID, i, 0, "opening", r.Opening, ErrNegativeAmount)
		v.checkFlow("reserve", r.ID, i, "drawdown", r.Drawdown)
		v.checkFlow("reserve", r.ID, i, "contribution", r.Contribution)
		if len(v.errs) > n {
			continue // balances are meaningless with bad amounts
		}
		bal := r.Opening
		for y := range v.p.Years.All() {
			avail := bal.Add(r.Contribution.In(y))
			d := r.Drawdown.In(y)
			if d.Compare(avail) > 0 {
				v.add("reserve", r.ID, i, y, "drawdown", &OverdrawError{Available: avail, Drawdown: d})
				break // later balances follow from this one
			}
			bal = avail.Sub(d)
		}
	}
}
