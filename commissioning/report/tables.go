package report

import (
	"fmt"

	"github.com/opencommissioning/scp/investment"
)

// yearColumns returns a Money column for each year and, for more than one
// year, a total column that adds them up.
func yearColumns(years investment.Years, u investment.Unit) []Column {
	var cols []Column
	var sum []int
	for y := range years.All() {
		sum = append(sum, len(cols))
		cols = append(cols, Column{Heading: y.String(), Kind: Money, Unit: u})
	}
	if len(cols) > 1 {
		cols = append(cols, Column{Heading: fmt.Sprintf("%d years", len(cols)), Kind: Money, Unit: u, SumOf: sum})
	}
	return cols
}

// yearCells returns one money cell per year from get, and the total over
// the years when there is more than one.
func yearCells(n int, get func(t int) investment.Money) []Cell {
	cells := make([]Cell, 0, n+1)
	var total investment.Money
	for t := range n {
		v := get(t)
		total = total.Add(v)
		cells = append(cells, M(v))
	}
	if n > 1 {
		cells = append(cells, M(total))
	}
	return cells
}

// checkBudget reports a budget without years or with totals of the wrong
// length.
func checkBudget(id string, b *investment.Budget) error {
	if b == nil || b.Years.Len() == 0 || len(b.Totals) != b.Years.Len() {
		return &TableError{Table: id, Err: fmt.Errorf("budget without a total for each year: %w", ErrNoData)}
	}
	return nil
}

// FinancialPlan returns the medium-term financial plan as a board paper
// shows it, in unit u: the recurring budget brought forward, the uplifts,
// pressures and savings (in brackets) adding up to net expenditure; the
// funding (with the set-aside part), the planned movements on reserves and
// the funding gap they leave, Net − Funding − Drawdown + Contribution,
// each year and over the plan. A gap in brackets is a surplus.
func FinancialPlan(b *investment.Budget, u investment.Unit) (*Table, error) {
	const id = "financial-plan"
	if err := checkBudget(id, b); err != nil {
		return nil, err
	}
	n := b.Years.Len()
	row := func(label string, get func(investment.YearTotals) investment.Money) Row {
		return Row{Label: label, Cells: yearCells(n, func(t int) investment.Money { return get(b.Totals[t]) })}
	}
	rows := []Row{
		row("Recurring budget brought forward", func(y investment.YearTotals) investment.Money { return y.Base }),
		row("Pay, price and rate uplifts", func(y investment.YearTotals) investment.Money { return y.Uplift }),
		row("Cost and demand pressures", func(y investment.YearTotals) investment.Money { return y.Pressures }),
		row("Savings", func(y investment.YearTotals) investment.Money { return y.Savings.Neg() }),
		row("Net expenditure", func(y investment.YearTotals) investment.Money { return y.Net }),
		row("Funding", func(y investment.YearTotals) investment.Money { return y.Funding }),
		row("of which set-aside", func(y investment.YearTotals) investment.Money { return y.SetAsideFunding }),
		row("Drawn from reserves", func(y investment.YearTotals) investment.Money { return y.Drawdown }),
		row("Contributed to reserves", func(y investment.YearTotals) investment.Money { return y.Contribution }),
		row("Funding gap", func(y investment.YearTotals) investment.Money { return y.Gap }),
	}
	rows[4].Total = Sum(0, 4)
	rows[6].Indent = true
	rows[9].Total = []Term{{4, 1}, {5, -1}, {7, -1}, {8, 1}}
	t := &Table{ID: id, Title: b.Name, Stub: UnitHeading(u), Columns: yearColumns(b.Years, u), Rows: rows,
		Notes: []string{"Funding gap = net expenditure − funding − reserves drawn + reserves contributed; a gap in brackets is a surplus."}}
	if t.Title == "" {
		t.Title = "Medium-term financial plan"
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// rollupTable returns the net expenditure of each group by year with the
// total net expenditure beneath.
func rollupTable(id, title string, b *investment.Budget, u investment.Unit, groups []investment.Rollup, name func(investment.Rollup) string) (*Table, error) {
	if err := checkBudget(id, b); err != nil {
		return nil, err
	}
	n := b.Years.Len()
	t := &Table{ID: id, Title: title, Stub: UnitHeading(u), Columns: yearColumns(b.Years, u)}
	for _, g := range groups {
		if len(g.Years) != n {
			return nil, &TableError{Table: id, Err: fmt.Errorf("%s has %d years for %d: %w", g.Key, len(g.Years), n, ErrShape)}
		}
		t.Rows = append(t.Rows, Row{Label: name(g), Cells: yearCells(n, func(i int) investment.Money { return g.Years[i].Net })})
	}
	t.Rows = append(t.Rows, Row{Label: "Net expenditure", Total: Sum(0, len(groups)),
		Cells: yearCells(n, func(i int) investment.Money { return b.Totals[i].Net })})
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// SpendByCareGroup returns the net expenditure of each care group by year,
// in unit u, adding up to the plan's net expenditure.
func SpendByCareGroup(b *investment.Budget, u investment.Unit) (*Table, error) {
	if b == nil {
		return nil, checkBudget("spend-by-care-group", b)
	}
	return rollupTable("spend-by-care-group", "Net expenditure by care group", b, u, b.ByCareGroup,
		func(r investment.Rollup) string { return r.Title })
}

// SpendByLocality returns the net expenditure of each locality by year,
// in unit u, with partnership-wide lines on their own row, adding up to the
// plan's net expenditure. names maps a locality's code to the name printed
// (a code without a name prints as the budget titles it).
func SpendByLocality(b *investment.Budget, u investment.Unit, names map[string]string) (*Table, error) {
	if b == nil {
		return nil, checkBudget("spend-by-locality", b)
	}
	return rollupTable("spend-by-locality", "Net expenditure by locality", b, u, b.ByLocality,
		func(r investment.Rollup) string {
			if n, ok := names[r.Key]; ok && r.Key != "" {
				return n
			}
			return r.Title
		})
}

// SpendByStream returns, in unit u, the net expenditure attributed to each
// funding stream by year, adding up to the plan's net expenditure.
func SpendByStream(b *investment.Budget, u investment.Unit, names map[string]string) (*Table, error) {
	const id = "spend-by-stream"
	if err := checkBudget(id, b); err != nil {
		return nil, err
	}
	n := b.Years.Len()
	t := &Table{ID: id, Title: "Net expenditure by funding stream", Stub: UnitHeading(u), Columns: yearColumns(b.Years, u)}
	for _, s := range b.ByStream {
		if len(s.Years) != n {
			return nil, &TableError{Table: id, Err: fmt.Errorf("stream %s has %d years for %d: %w", s.ID, len(s.Years), n, ErrShape)}
		}
		label := s.ID
		if nm, ok := names[s.ID]; ok {
			label = nm
		}
		t.Rows = append(t.Rows, Row{Label: label, Cells: yearCells(n, func(i int) investment.Money { return s.Years[i].Expenditure })})
	}
	t.Rows = append(t.Rows, Row{Label: "Net expenditure", Total: Sum(0, len(b.ByStream)),
		Cells: yearCells(n, func(i int) investment.Money { return b.Totals[i].Net })})
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// Reserves returns the movements on all reserves by year in unit u:
// opening balance, contributions, drawdowns (in brackets) and the closing
// balance they add up to.
func Reserves(b *investment.Budget, u investment.Unit) (*Table, error) {
	const id = "reserves"
	if err := checkBudget(id, b); err != nil {
		return nil, err
	}
	n := b.Years.Len()
	var cols []Column
	for y := range b.Years.All() {
		cols = append(cols, Column{Heading: y.String(), Kind: Money, Unit: u})
	}
	sums := make([][4]investment.Money, n)
	for _, r := range b.Reserves {
		if len(r.Years) != n {
			return nil, &TableError{Table: id, Err: fmt.Errorf("reserve %s has %d years for %d: %w", r.ID, len(r.Years), n, ErrShape)}
		}
		for i, y := range r.Years {
			sums[i][0] = sums[i][0].Add(y.Opening)
			sums[i][1] = sums[i][1].Add(y.Contribution)
			sums[i][2] = sums[i][2].Sub(y.Drawdown)
			sums[i][3] = sums[i][3].Add(y.Closing)
		}
	}
	labels := []string{"Opening balance", "Contributions", "Drawdowns", "Closing balance"}
	t := &Table{ID: id, Title: "Reserves", Stub: UnitHeading(u), Columns: cols}
	for k, l := range labels {
		r := Row{Label: l}
		for i := range n {
			r.Cells = append(r.Cells, M(sums[i][k]))
		}
		t.Rows = append(t.Rows, r)
	}
	t.Rows[3].Total = Sum(0, 3)
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}
