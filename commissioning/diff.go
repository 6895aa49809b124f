package commissioning

import (
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// RoundDiff is what changed from one round to another: options added to
// or removed from the short list and the chosen set, money by line,
// stream, locality and year, the gap by year, targets and indicators.
// Only changes are listed; an empty RoundDiff means the rounds agree on
// everything it compares.
type RoundDiff struct {
	ShortListAdded   []string `json:"shortListAdded,omitempty"`
	ShortListRemoved []string `json:"shortListRemoved,omitempty"`
	ChosenAdded      []string `json:"chosenAdded,omitempty"`
	ChosenRemoved    []string `json:"chosenRemoved,omitempty"`
	// Money lists the amounts that changed, kind by kind in the order
	// "gap-before", "gap", "available", "investment", "stream", "line",
	// "locality", and then by key and year.
	Money []MoneyChange `json:"money,omitempty"`
	// Targets lists trajectory values that changed.
	Targets []ValueChange `json:"targets,omitempty"`
	// Indicators lists reviewed measures whose value or status changed.
	Indicators []StatusChange `json:"indicators,omitempty"`
}

// MoneyChange is one amount in both rounds: Change = After − Before. An
// amount missing from a round counts as zero there.
type MoneyChange struct {
	Kind   string                   `json:"kind"`
	Key    string                   `json:"key,omitempty"`
	Year   investment.FinancialYear `json:"year"`
	Before investment.Money         `json:"before"`
	After  investment.Money         `json:"after"`
	Change investment.Money         `json:"change"`
}

// ValueChange is a target's trajectory value in a year in both rounds.
type ValueChange struct {
	Indicator string                   `json:"indicator"`
	Area      string                   `json:"area"`
	Year      investment.FinancialYear `json:"year"`
	Before    float64                  `json:"before"`
	After     float64                  `json:"after"`
}

// StatusChange is a reviewed measure's value and RAG status in both rounds.
type StatusChange struct {
	Indicator    string  `json:"indicator"`
	Area         string  `json:"area"`
	BeforeValue  float64 `json:"beforeValue"`
	AfterValue   float64 `json:"afterValue"`
	BeforeStatus string  `json:"beforeStatus"`
	AfterStatus  string  `json:"afterStatus"`
}

// Diff compares two rounds, a before and b after. Stages that have not run
// in a round contribute nothing from it.
func Diff(a, b *Round) RoundDiff {
	var d RoundDiff
	ids := func(r *Round) []string {
		var out []string
		for _, o := range r.Inputs.Options {
			out = append(out, o.ID)
		}
		return out
	}
	d.ShortListAdded, d.ShortListRemoved = setDiff(ids(a), ids(b))
	d.ChosenAdded, d.ChosenRemoved = setDiff(chosenOf(a), chosenOf(b))
	for _, kind := range moneyKinds {
		d.Money = append(d.Money, diffMoney(kind.name, kind.get(a), kind.get(b))...)
	}
	d.Targets = diffTargets(a, b)
	d.Indicators = diffIndicators(a, b)
	return d
}

func chosenOf(r *Round) []string {
	if r.Strategy == nil {
		return nil
	}
	return r.Strategy.Choice.Options
}

// setDiff returns what b has that a has not, and what a has that b has not.
func setDiff(a, b []string) (added, removed []string) {
	for _, x := range b {
		if !slices.Contains(a, x) {
			added = append(added, x)
		}
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			removed = append(removed, x)
		}
	}
	return added, removed
}

// keyed is money by key and year, keys in order of first appearance.
type keyed struct {
	keys []string
	by   map[string]investment.Flow
}

func (k *keyed) put(key string, f investment.Flow) {
	if k.by == nil {
		k.by = map[string]investment.Flow{}
	}
	if _, ok := k.by[key]; !ok {
		k.keys = append(k.keys, key)
	}
	k.by[key] = f
}

var moneyKinds = []struct {
	name string
	get  func(*Round) keyed
}{
	{"gap-before", func(r *Round) keyed {
		return strategyFlow(r, func(s *Strategy) investment.Flow { return s.Budget.GapBefore })
	}},
	{"gap", func(r *Round) keyed {
		return strategyFlow(r, func(s *Strategy) investment.Flow { return s.Budget.GapAfter })
	}},
	{"available", func(r *Round) keyed {
		return strategyFlow(r, func(s *Strategy) investment.Flow { return s.Budget.Available })
	}},
	{"investment", func(r *Round) keyed {
		return strategyFlow(r, func(s *Strategy) investment.Flow { return s.Choice.Spend })
	}},
	{"stream", streamsOf},
	{"line", linesOf},
	{"locality", localitiesOf},
}

func strategyFlow(r *Round, get func(*Strategy) investment.Flow) keyed {
	var k keyed
	if r.Strategy != nil {
		k.put("", get(r.Strategy))
	}
	return k
}

func streamsOf(r *Round) keyed {
	var k keyed
	if r.Strategy == nil || r.Strategy.Finance == nil {
		return k
	}
	b := r.Strategy.Finance
	for _, s := range b.ByStream {
		k.put(s.ID, yearly(b.Years.First, s.Years, func(y investment.StreamYear) investment.Money { return y.Funding }))
	}
	return k
}

func linesOf(r *Round) keyed {
	var k keyed
	if r.Strategy == nil || r.Strategy.Finance == nil {
		return k
	}
	b := r.Strategy.Finance
	for _, l := range b.Lines {
		k.put(l.ID, yearly(b.Years.First, l.Years, func(y investment.Spend) investment.Money { return y.Net }))
	}
	return k
}

// yearly returns the amounts amount picks from each of a budget's years,
// one per year from first, as a flow.
func yearly[Y any](first investment.FinancialYear, years []Y, amount func(Y) investment.Money) investment.Flow {
	ms := make([]investment.Money, len(years))
	for i, y := range years {
		ms[i] = amount(y)
	}
	return investment.NewFlow(ms...).Anchor(first)
}

func localitiesOf(r *Round) keyed {
	var k keyed
	if r.Commitments != nil {
		for _, la := range r.Commitments.ByLocality {
			k.put(la.Locality, la.Amounts)
		}
	}
	return k
}

// diffMoney lists the amounts of a kind that differ.
func diffMoney(kind string, a, b keyed) []MoneyChange {
	keys := slices.Clone(a.keys)
	for _, key := range b.keys {
		if !slices.Contains(keys, key) {
			keys = append(keys, key)
		}
	}
	var out []MoneyChange
	for _, key := range keys {
		fa, fb := a.by[key], b.by[key]
		var years []investment.FinancialYear
		for _, f := range []investment.Flow{fa, fb} {
			for y := range f.ByYear() {
				if !slices.Contains(years, y) {
					years = append(years, y)
				}
			}
		}
		slices.Sort(years)
		for _, y := range years {
			x, z := fa.In(y), fb.In(y)
			if !x.Equal(z) {
				out = append(out, MoneyChange{Kind: kind, Key: key, Year: y, Before: x, After: z, Change: z.Sub(x)})
			}
		}
	}
	return out
}

func diffTargets(a, b *Round) []ValueChange {
	if a.Strategy == nil || b.Strategy == nil {
		return nil
	}
	var out []ValueChange
	for _, pa := range a.Strategy.Trajectories {
		for _, pb := range b.Strategy.Trajectories {
			if pa.Indicator != pb.Indicator || pa.Area != pb.Area {
				continue
			}
			for _, x := range pa.Points {
				for _, z := range pb.Points {
					if x.Year == z.Year && x.Value != z.Value {
						out = append(out, ValueChange{Indicator: pa.Indicator, Area: pa.Area, Year: x.Year, Before: x.Value, After: z.Value})
					}
				}
			}
		}
	}
	return out
}

func diffIndicators(a, b *Round) []StatusChange {
	if a.Review == nil || b.Review == nil {
		return nil
	}
	var out []StatusChange
	for _, ma := range a.Review.Measures {
		for _, mb := range b.Review.Measures {
			if ma.Indicator != mb.Indicator || ma.Area != mb.Area {
				continue
			}
			x, z := ma.Assessment, mb.Assessment
			if x.Actual != z.Actual || x.Status != z.Status {
				out = append(out, StatusChange{Indicator: ma.Indicator, Area: ma.Area, BeforeValue: x.Actual, AfterValue: z.Actual,
					BeforeStatus: x.Status.String(), AfterStatus: z.Status.String()})
			}
		}
	}
	return out
}
