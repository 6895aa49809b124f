package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/outcomes"
)

// EconomicCase returns the economic case of a short list in unit u: each
// appraisal's present value of costs and of benefits, its net present
// social value, benefit–cost ratio and the switching value of its
// benefits (the fall in benefits that would make the option not worth
// doing). titles maps an option's id to the label printed.
func EconomicCase(aps []commissioning.Appraisal, titles map[string]string, u investment.Unit) (*Table, error) {
	t := &Table{ID: "economic-case", Title: "Economic case of the short list", Stub: "option",
		Columns: []Column{
			{Heading: "PV costs " + UnitHeading(u), Kind: Money, Unit: u},
			{Heading: "PV benefits " + UnitHeading(u), Kind: Money, Unit: u},
			{Heading: "NPSV " + UnitHeading(u), Kind: Money, Unit: u},
			{Heading: "BCR", Kind: Number, Places: 2},
			{Heading: "switching value", Kind: Percent, Places: 1},
		},
		Notes: []string{"NPSV: net present social value. Switching value: the fall in benefits that makes the NPSV zero."}}
	for _, a := range aps {
		label := a.ID
		if s, ok := titles[a.ID]; ok {
			label = s
		}
		bcr, sw := Blank(), Blank()
		if a.HasBCR {
			bcr = N(a.BCR)
		}
		if v, ok := a.Switch(commissioning.Benefits, -1); ok && !math.IsInf(v.Change, 0) && !math.IsNaN(v.Change) {
			sw = N(-v.Change)
		}
		t.Rows = append(t.Rows, Row{Label: label, Cells: []Cell{M(a.PVCosts), M(a.PVBenefits), M(a.NPSV), bcr, sw}})
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// MCDAScores returns the performance of each alternative on each
// criterion, its score and its rank, best first, with the weights in the
// notes.
func MCDAScores(m mcda.Matrix, r mcda.Ranking) (*Table, error) {
	const id = "mcda-scores"
	if len(r.Weights) != len(m.Criteria) {
		return nil, &TableError{Table: id, Err: fmt.Errorf("%d weights for %d criteria: %w", len(r.Weights), len(m.Criteria), ErrShape)}
	}
	t := &Table{ID: id, Title: "Multi-criteria scores (" + r.Method + ")", Stub: "option"}
	note := "Weights:"
	for i, c := range m.Criteria {
		t.Columns = append(t.Columns, Column{Heading: c.ID, Kind: Number, Places: 1})
		note += fmt.Sprintf(" %s %.3f;", c.ID, r.Weights[i])
	}
	t.Columns = append(t.Columns, Column{Heading: "score", Kind: Number, Places: 1}, Column{Heading: "rank", Kind: Number})
	for _, id := range r.Order() {
		res, _ := r.Result(id)
		k := slices.IndexFunc(m.Alternatives, func(a mcda.Alternative) bool { return a.ID == id })
		if k < 0 || len(m.Alternatives[k].Performance) != len(m.Criteria) {
			return nil, &TableError{Table: t.ID, Err: fmt.Errorf("alternative %q: %w", id, ErrUnknownID)}
		}
		var cells []Cell
		for _, v := range m.Alternatives[k].Performance {
			cells = append(cells, N(v))
		}
		cells = append(cells, N(res.Score), N(float64(res.Rank)))
		t.Rows = append(t.Rows, Row{Label: id, Cells: cells})
	}
	t.Notes = []string{note[:len(note)-1] + "."}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// Selection returns the chosen options' costs (capital plus revenue, as
// the budget pays them) in each year of the budget fund, in unit u, the
// total spend, the budget and what is left unspent. fund must be an
// anchored flow.
// titles maps an option's id to the label printed.
func Selection(opts []commissioning.Option, chosen []string, fund investment.Flow, titles map[string]string, u investment.Unit) (*Table, error) {
	const id = "selection"
	years, ok := fund.Years()
	if !ok || years.Len() == 0 {
		return nil, &TableError{Table: id, Err: fmt.Errorf("fund is not an anchored flow: %w", ErrNoData)}
	}
	n := years.Len()
	t := &Table{ID: id, Title: "Selection: spend by year against the budget", Stub: UnitHeading(u), Columns: yearColumns(years, u)}
	for _, cid := range chosen {
		k := slices.IndexFunc(opts, func(o commissioning.Option) bool { return o.ID == cid })
		if k < 0 {
			return nil, &TableError{Table: id, Err: fmt.Errorf("chosen option %q: %w", cid, ErrUnknownID)}
		}
		o := opts[k]
		first := o.FirstYear
		if first == 0 {
			first = years.First
		}
		label := cid
		if s, ok := titles[cid]; ok {
			label = s
		}
		t.Rows = append(t.Rows, Row{Label: label, Cells: yearCells(n, func(i int) investment.Money {
			return o.Costs(int(years.At(i) - first))
		})})
	}
	c := len(t.Rows)
	var spend []investment.Money
	for i := range n {
		var s investment.Money
		for _, r := range t.Rows[:c] {
			s = s.Add(r.Cells[i].Money)
		}
		spend = append(spend, s)
	}
	t.Rows = append(t.Rows,
		Row{Label: "Total spend", Total: Sum(0, c), Cells: yearCells(n, func(i int) investment.Money { return spend[i] })},
		Row{Label: "Budget", Cells: yearCells(n, func(i int) investment.Money { return fund.In(years.At(i)) })},
		Row{Label: "Unspent", Total: []Term{{c + 1, 1}, {c, -1}},
			Cells: yearCells(n, func(i int) investment.Money { return fund.In(years.At(i)).Sub(spend[i]) })})
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// Allocation returns an allocation to areas: each area's weight (under the
// heading basis, such as "residents 75+"; no such column when weights is
// nil), its share to the penny and the share as published in unit u, with
// the total and, where the rounded shares do not add up to the rounded
// total, the rounding line.
func Allocation(title string, areas []needs.Area, basis string, weights []float64, parts []investment.Money, u investment.Unit) (*Table, error) {
	const id = "allocation"
	if len(areas) == 0 || len(areas) != len(parts) || (weights != nil && len(weights) != len(parts)) {
		return nil, &TableError{Table: id, Err: fmt.Errorf("%d areas, %d weights, %d parts: %w", len(areas), len(weights), len(parts), ErrShape)}
	}
	t := &Table{ID: id, Title: title, Stub: "locality", Columns: []Column{
		{Heading: basis, Kind: Number},
		{Heading: "allocation £", Kind: Money, Unit: investment.Penny},
		{Heading: UnitHeading(u), Kind: Money, Unit: u},
	}}
	var total investment.Money
	var w float64
	for i, a := range areas {
		name := a.Name
		if name == "" {
			name = a.Code
		}
		total = total.Add(parts[i])
		wi := 0.0
		if weights != nil {
			wi = weights[i]
		}
		w += wi
		t.Rows = append(t.Rows, Row{Label: name, Cells: []Cell{N(wi), M(parts[i]), M(parts[i])}})
	}
	t.Rows = append(t.Rows, Row{Label: "Total", Total: Sum(0, len(areas)), Cells: []Cell{N(w), M(total), M(total)}})
	if weights == nil {
		t.Columns = t.Columns[1:]
		for i := range t.Rows {
			t.Rows[i].Cells = t.Rows[i].Cells[1:]
		}
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// Indicator is one indicator's value in a year set against its trajectory.
type Indicator struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Unit  string `json:"unit"` // such as "per 100,000"
	// Direction says which way is better.
	Direction outcomes.Direction `json:"direction"`
	Value     float64            `json:"value"`
	// Lower and Upper bound the value's confidence interval; both zero
	// when there is none.
	Lower float64 `json:"lower,omitempty"`
	Upper float64 `json:"upper,omitempty"`
	// Assessment is the value against the trajectory, from
	// outcomes.Trajectory.Assess.
	Assessment outcomes.Assessment `json:"assessment"`
	// Target is the trajectory's target.
	Target outcomes.Point `json:"target"`
}

// checkIndicator reports a non-finite figure of an indicator.
func checkIndicator(ind Indicator) error {
	for _, x := range []float64{ind.Value, ind.Lower, ind.Upper, ind.Assessment.Expected, ind.Target.Value} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ErrNotFinite
		}
	}
	return nil
}

// Indicators returns each indicator's value with its interval, the
// trajectory's value for the year, the target and the RAG status.
func Indicators(inds []Indicator) (*Table, error) {
	t := &Table{ID: "indicators", Title: "Indicators against their trajectories", Stub: "indicator", Columns: []Column{
		{Heading: "unit", Kind: Text},
		{Heading: "value", Kind: Number, Places: 1},
		{Heading: "95% CI", Kind: Text},
		{Heading: "trajectory", Kind: Number, Places: 1},
		{Heading: "target", Kind: Text},
		{Heading: "status", Kind: Text},
	}}
	for i, ind := range inds {
		if err := checkIndicator(ind); err != nil {
			return nil, &TableError{Table: t.ID, Row: i + 1, Err: fmt.Errorf("%s: %w", ind.ID, err)}
		}
		ci := Blank()
		if ind.Lower != 0 || ind.Upper != 0 {
			ci = T(formatNumber(ind.Lower, 1) + "–" + formatNumber(ind.Upper, 1))
		}
		t.Rows = append(t.Rows, Row{Label: ind.ID + " " + ind.Title, Cells: []Cell{T(ind.Unit), N(ind.Value), ci,
			N(ind.Assessment.Expected), T(formatNumber(ind.Target.Value, 1) + " by " + ind.Target.Year.String()),
			T(ind.Assessment.Status.String())}})
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// Scores returns the options' multi-criteria scores as the cycle ranks
// them, best first, with the criteria's weights in the notes. titles maps
// an option's id to the label printed.
func Scores(scores []commissioning.Score, weights []commissioning.CriterionWeight, titles map[string]string) (*Table, error) {
	t := &Table{ID: "scores", Title: "Multi-criteria scores", Stub: "option",
		Columns: []Column{{Heading: "score", Kind: Number, Places: 1}, {Heading: "rank", Kind: Number}}}
	ordered := slices.Clone(scores)
	// Unranked options (rank 0, such as business as usual) go last.
	key := func(s commissioning.Score) int {
		if s.Rank <= 0 {
			return math.MaxInt
		}
		return s.Rank
	}
	slices.SortStableFunc(ordered, func(a, b commissioning.Score) int { return cmp.Compare(key(a), key(b)) })
	for _, s := range ordered {
		label := s.Option
		if x, ok := titles[s.Option]; ok {
			label = x
		}
		rank := N(float64(s.Rank))
		if s.Rank <= 0 {
			rank = Blank()
		}
		t.Rows = append(t.Rows, Row{Label: label, Cells: []Cell{N(s.Score), rank}})
	}
	if len(weights) > 0 {
		note := "Weights:"
		for _, w := range weights {
			note += fmt.Sprintf(" %s %.3f;", w.Criterion, w.Weight)
		}
		t.Notes = []string{note[:len(note)-1] + "."}
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}
