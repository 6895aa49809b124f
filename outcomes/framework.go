package outcomes

import (
	"fmt"
	"iter"
	"slices"
)

// Priority is a strategic priority of a plan: what a partnership has chosen
// to focus on, the outcomes it serves and the indicators that will show
// progress. A priority without indicators is allowed in a [Framework] but
// reported by [Framework.PrioritiesWithoutIndicators].
type Priority struct {
	ID         string   `json:"id"`
	Title      string   `json:"title,omitempty"`
	Outcomes   []string `json:"outcomes,omitempty"`   // ids of outcomes in the same framework
	Indicators []string `json:"indicators,omitempty"` // ids of indicators in the same framework
}

// Target says what kind of element an id names in a [Framework].
type Target int8

// The kinds of element.
const (
	// NoTarget is returned for an id the framework does not hold.
	NoTarget Target = iota
	// OutcomeTarget is an [Outcome].
	OutcomeTarget
	// IndicatorTarget is an [Indicator].
	IndicatorTarget
	// PriorityTarget is a [Priority].
	PriorityTarget
)

// Framework is a validated set of outcomes, indicators and priorities with
// lookups by id. Ids are unique across all three kinds, so that a link can
// name an outcome or an indicator by id alone. [National] returns the
// national framework; a partnership builds its own with [NewFramework],
// typically from [NationalOutcomes] and [CoreIndicators] plus local
// outcomes, indicators and priorities.
//
// A Framework is immutable after construction and safe for concurrent use;
// its accessors return copies.
type Framework struct {
	name       string
	outcomes   []Outcome
	indicators []Indicator
	priorities []Priority
	kind       map[string]Target
	pos        map[string]int
}

// NewFramework validates and indexes a framework. It returns an
// [*InputError] for an empty or duplicate id ([ErrEmptyID],
// [ErrDuplicateID]), an indicator without a valid scale or direction
// ([ErrScale], [ErrDirection]), or a priority that names an unknown outcome
// or indicator ([ErrUnknownID]). The slices are copied.
func NewFramework(name string, outcomes []Outcome, indicators []Indicator, priorities []Priority) (*Framework, error) {
	f := &Framework{
		name:       name,
		outcomes:   slices.Clone(outcomes),
		indicators: slices.Clone(indicators),
		priorities: make([]Priority, len(priorities)),
		kind:       make(map[string]Target, len(outcomes)+len(indicators)+len(priorities)),
		pos:        make(map[string]int, len(outcomes)+len(indicators)+len(priorities)),
	}
	add := func(what string, i int, id string, t Target) error {
		if id == "" {
			return inputErr(what, i, id, "id", ErrEmptyID)
		}
		if k, ok := f.kind[id]; ok {
			return inputErr(what, i, id, "id", fmt.Errorf("already used by a %v: %w", k, ErrDuplicateID))
		}
		f.kind[id] = t
		f.pos[id] = i
		return nil
	}
	for i, o := range f.outcomes {
		if err := add("outcome", i, o.ID, OutcomeTarget); err != nil {
			return nil, err
		}
	}
	for i, ind := range f.indicators {
		if err := add("indicator", i, ind.ID, IndicatorTarget); err != nil {
			return nil, err
		}
		if !ind.Scale.Valid() {
			return nil, inputErr("indicator", i, ind.ID, "scale", ErrScale)
		}
		if !ind.Direction.Valid() {
			return nil, inputErr("indicator", i, ind.ID, "direction", ErrDirection)
		}
	}
	for i, p := range priorities {
		if err := add("priority", i, p.ID, PriorityTarget); err != nil {
			return nil, err
		}
		f.priorities[i] = Priority{ID: p.ID, Title: p.Title, Outcomes: slices.Clone(p.Outcomes), Indicators: slices.Clone(p.Indicators)}
	}
	// References are checked once every id is known.
	for i, p := range f.priorities {
		for j, id := range p.Outcomes {
			if f.kind[id] != OutcomeTarget {
				return nil, inputErr("priority", i, p.ID, fmt.Sprintf("outcomes[%d]", j+1), fmt.Errorf("no outcome %q: %w", id, ErrUnknownID))
			}
		}
		for j, id := range p.Indicators {
			if f.kind[id] != IndicatorTarget {
				return nil, inputErr("priority", i, p.ID, fmt.Sprintf("indicators[%d]", j+1), fmt.Errorf("no indicator %q: %w", id, ErrUnknownID))
			}
		}
	}
	return f, nil
}

// Name returns the framework's name.
func (f *Framework) Name() string { return f.name }

// Kind reports what the id names: an outcome, an indicator, a priority, or
// [NoTarget] when the framework does not hold it.
func (f *Framework) Kind(id string) Target { return f.kind[id] }

// Outcome returns the outcome with the given id.
func (f *Framework) Outcome(id string) (Outcome, bool) {
	if f.kind[id] != OutcomeTarget {
		return Outcome{}, false
	}
	return f.outcomes[f.pos[id]], true
}

// Indicator returns the indicator with the given id.
func (f *Framework) Indicator(id string) (Indicator, bool) {
	if f.kind[id] != IndicatorTarget {
		return Indicator{}, false
	}
	return f.indicators[f.pos[id]], true
}

// Priority returns a copy of the priority with the given id.
func (f *Framework) Priority(id string) (Priority, bool) {
	if f.kind[id] != PriorityTarget {
		return Priority{}, false
	}
	return clonePriority(f.priorities[f.pos[id]]), true
}

// Outcomes iterates over the outcomes in the order given.
func (f *Framework) Outcomes() iter.Seq[Outcome] { return slices.Values(f.outcomes) }

// Indicators iterates over the indicators in the order given.
func (f *Framework) Indicators() iter.Seq[Indicator] { return slices.Values(f.indicators) }

// Priorities iterates over copies of the priorities in the order given.
func (f *Framework) Priorities() iter.Seq[Priority] {
	return func(yield func(Priority) bool) {
		for _, p := range f.priorities {
			if !yield(clonePriority(p)) {
				return
			}
		}
	}
}

// PrioritiesWithoutIndicators returns the ids of the priorities that name
// no indicator, in the order given: priorities whose progress nothing
// would show.
func (f *Framework) PrioritiesWithoutIndicators() []string {
	var ids []string
	for _, p := range f.priorities {
		if len(p.Indicators) == 0 {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

// Equal reports whether f and o have the same name and the same outcomes,
// indicators and priorities in the same order. A nil and an empty list of
// ids in a priority are equal. Two nil frameworks are equal.
func (f *Framework) Equal(o *Framework) bool {
	if f == nil || o == nil {
		return f == o
	}
	return f.name == o.name && slices.Equal(f.outcomes, o.outcomes) && slices.Equal(f.indicators, o.indicators) &&
		slices.EqualFunc(f.priorities, o.priorities, func(a, b Priority) bool {
			return a.ID == b.ID && a.Title == b.Title && slices.Equal(a.Outcomes, b.Outcomes) && slices.Equal(a.Indicators, b.Indicators)
		})
}

func clonePriority(p Priority) Priority {
	p.Outcomes = slices.Clone(p.Outcomes)
	p.Indicators = slices.Clone(p.Indicators)
	return p
}
