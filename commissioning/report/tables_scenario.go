package report

import (
	"fmt"

	"github.com/opencommissioning/scp/investment"
)

// ScenarioLine is one amount by year in the base case and in a scenario,
// such as the funding gap before and after a change in a contribution.
// Both flows must be anchored.
type ScenarioLine struct {
	Label    string
	Base     investment.Flow
	Scenario investment.Flow
}

// Scenario returns a what-if comparison over years in unit u: for each
// line its base amount, its amount in the scenario (under the label
// scenario, such as "after the rise") and the change, a total row
// Scenario − Base that adds up as printed through its rounding line.
func Scenario(title, scenario string, years investment.Years, u investment.Unit, lines ...ScenarioLine) (*Table, error) {
	const id = "scenario"
	if len(lines) == 0 || years.Len() == 0 {
		return nil, &TableError{Table: id, Err: fmt.Errorf("no lines or years: %w", ErrNoData)}
	}
	t := &Table{ID: id, Title: title, Stub: UnitHeading(u), Columns: yearColumns(years, u)}
	n := years.Len()
	for i, l := range lines {
		for _, f := range []investment.Flow{l.Base, l.Scenario} {
			if _, ok := f.First(); !ok && f.Len() > 0 {
				return nil, &TableError{Table: id, Row: 3*i + 1, Err: fmt.Errorf("%s: flow not anchored: %w", l.Label, ErrShape)}
			}
		}
		at := func(f investment.Flow) func(int) investment.Money {
			return func(k int) investment.Money { return f.In(years.At(k)) }
		}
		b := len(t.Rows)
		t.Rows = append(t.Rows,
			Row{Label: l.Label, Cells: yearCells(n, at(l.Base))},
			Row{Label: scenario, Indent: true, Cells: yearCells(n, at(l.Scenario))},
			Row{Label: "change", Indent: true, Total: []Term{{b + 1, 1}, {b, -1}},
				Cells: yearCells(n, func(k int) investment.Money { return at(l.Scenario)(k).Sub(at(l.Base)(k)) })})
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}
