package report

import (
	"errors"
	"io"
	"math"
	"testing"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
	"github.com/opencommissioning/scp/outcomes"
)

// TestErrorsPrefixed provokes a representative failure of every exported
// entry point that returns an error and checks that the message carries
// the package prefix exactly once and that errors.Is reaches the reason.
func TestErrorsPrefixed(t *testing.T) {
	f := load(t)
	m := investment.MustGBP
	one := func() *Table {
		return &Table{ID: "t", Title: "T", Columns: []Column{{Heading: "£", Kind: Money, Unit: investment.Pound}},
			Rows: []Row{{Label: "a", Cells: []Cell{M(m("1"))}}, {Label: "b", Cells: []Cell{M(m("2"))}}, {Label: "total", Total: Sum(0, 2), Cells: []Cell{M(m("3"))}}}}
	}
	nanInd := append([]Indicator(nil), f.indicators...)
	nanInd[0].Value = math.NaN()
	tests := []struct {
		name string
		err  func() error
		want error
	}{
		{"Validate, no id", func() error { tb := one(); tb.ID = ""; return tb.Validate() }, ErrEmptyID},
		{"Validate, no rows", func() error { tb := one(); tb.Rows = nil; return tb.Validate() }, ErrNoData},
		{"Validate, cells", func() error { tb := one(); tb.Rows[1].Cells = nil; return tb.Validate() }, ErrShape},
		{"Validate, later term", func() error { tb := one(); tb.Rows[2].Total = []Term{{Row: 2, Sign: 1}}; return tb.Validate() }, ErrShape},
		{"Validate, sign", func() error { tb := one(); tb.Rows[2].Total[0].Sign = 2; return tb.Validate() }, ErrShape},
		{"Validate, a penny out", func() error { tb := one(); tb.Rows[2].Cells[0] = M(m("3.01")); return tb.Validate() }, ErrNotAddingUp},
		{"Validate, across", func() error {
			tb := one()
			tb.Columns = append(tb.Columns, Column{Heading: "sum", Kind: Money, SumOf: []int{0}})
			for i := range tb.Rows {
				tb.Rows[i].Cells = append(tb.Rows[i].Cells, M(m("9")))
			}
			return tb.Validate()
		}, ErrNotAddingUp},
		{"Validate, NaN", func() error {
			tb := one()
			tb.Columns[0] = Column{Heading: "x", Kind: Number}
			tb.Rows[0].Cells[0] = N(math.NaN())
			tb.Rows[2].Total = nil
			return tb.Validate()
		}, ErrNotFinite},
		{"Published", func() error { tb := one(); tb.Rows[2].Cells[0] = M(m("4")); _, err := tb.Published(); return err }, ErrNotAddingUp},
		{"Text", func() error { tb := one(); tb.ID = ""; _, err := tb.Text(); return err }, ErrEmptyID},
		{"Markdown", func() error { tb := one(); tb.ID = ""; _, err := tb.Markdown(); return err }, ErrEmptyID},
		{"FinancialPlan, nil", func() error { _, err := FinancialPlan(nil, investment.Thousand); return err }, ErrNoData},
		{"SpendByCareGroup, nil", func() error { _, err := SpendByCareGroup(nil, investment.Thousand); return err }, ErrNoData},
		{"SpendByLocality, nil", func() error { _, err := SpendByLocality(nil, investment.Thousand, nil); return err }, ErrNoData},
		{"SpendByStream, nil", func() error { _, err := SpendByStream(nil, investment.Thousand, nil); return err }, ErrNoData},
		{"Reserves, nil", func() error { _, err := Reserves(&investment.Budget{}, investment.Thousand); return err }, ErrNoData},
		{"MCDAScores, weights", func() error { r := f.ranking; r.Weights = nil; _, err := MCDAScores(f.matrix, r); return err }, ErrShape},
		{"Selection, unknown", func() error {
			_, err := Selection(f.options, []string{"nope"}, investment.FlowFrom(2024, m("1")), nil, investment.Pound)
			return err
		}, ErrUnknownID},
		{"Selection, unanchored", func() error {
			_, err := Selection(f.options, nil, investment.NewFlow(m("1")), nil, investment.Pound)
			return err
		}, ErrNoData},
		{"Allocation, shape", func() error {
			_, err := Allocation("A", testAreas, "w", []float64{1}, f.allocation, investment.Thousand)
			return err
		}, ErrShape},
		{"Indicators, NaN", func() error { _, err := Indicators(nanInd); return err }, ErrNotFinite},
		{"FanChart, no history", func() error { _, err := FanChart("fan", "F", "y", Fan{Forecast: f.forecast}); return err }, ErrNoData},
		{"FanChart, NaN", func() error {
			_, err := FanChart("fan", "F", "y", Fan{History: forecast.Series{Start: 2000, Values: []float64{1, math.Inf(1)}}, Forecast: f.forecast})
			return err
		}, ErrNotFinite},
		{"FanChart, interval length", func() error {
			fc := *f.forecast
			fc.Intervals = []forecast.Interval{{Level: 80, Lower: []float64{1}, Upper: []float64{2}}}
			_, err := FanChart("fan", "F", "y", Fan{History: f.history, Forecast: &fc})
			return err
		}, ErrShape},
		{"PopulationPyramid, nil", func() error { _, err := PopulationPyramid("p", "P", nil, "x", 2022, 0); return err }, ErrNoData},
		{"BudgetChart, nil", func() error { _, err := BudgetChart("b", "B", nil, nil); return err }, ErrNoData},
		{"TornadoChart, empty", func() error { _, err := TornadoChart("t", "T", commissioning.Tornado{}); return err }, ErrNoData},
		{"CEPlane, empty", func() error { _, err := CEPlane("c", "C", "QALYs", nil, f.frontier, m("0")); return err }, ErrNoData},
		{"CEPlane, unknown", func() error {
			_, err := CEPlane("c", "C", "QALYs", []outcomes.Alternative{{ID: "new"}}, f.frontier, m("0"))
			return err
		}, ErrUnknownID},
		{"AcceptabilityCurve, nil", func() error { _, err := AcceptabilityCurve("a", "A", "QALYs", nil); return err }, ErrNoData},
		{"NPSVDistribution, no draws", func() error {
			_, err := NPSVDistribution("n", "N", commissioning.SimulationResult{}, nil)
			return err
		}, ErrNoData},
		{"RAGDashboard, NaN", func() error { _, err := RAGDashboard("r", "R", nanInd); return err }, ErrNotFinite},
		{"Document.Validate, no title", func() error { return (&Document{}).Validate() }, ErrNoData},
		{"Document.WriteHTML, duplicate", func() error {
			d := &Document{Title: "D", Sections: []Section{{Title: "S", Blocks: []Block{TableBlock(one()), TableBlock(one())}}}}
			return d.WriteHTML(io.Discard)
		}, ErrDuplicateID},
		{"Document.WriteMarkdown, empty block", func() error {
			d := &Document{Title: "D", Sections: []Section{{Title: "S", Blocks: []Block{{}}}}}
			return d.WriteMarkdown(io.Discard)
		}, ErrShape},
		{"Document.WriteFiles, bad table", func() error {
			tb := one()
			tb.Rows[2].Cells[0] = M(m("4"))
			d := &Document{Title: "D", Sections: []Section{{Title: "S", Blocks: []Block{TableBlock(tb)}}}}
			_, err := d.WriteFiles(t.TempDir())
			return err
		}, ErrNotAddingUp},
		{"Document.WriteFilesAs, bad name", func() error {
			d := &Document{Title: "D"}
			_, err := d.WriteFilesAs(t.TempDir(), "a/b")
			return err
		}, ErrShape},
		{"Scenario, no lines", func() error {
			_, err := Scenario("S", "after", investment.NewYears(2024, 1), investment.Pound)
			return err
		}, ErrNoData},
		{"Scenario, unanchored", func() error {
			_, err := Scenario("S", "after", investment.NewYears(2024, 1), investment.Pound, ScenarioLine{Label: "x", Base: investment.NewFlow(m("1"))})
			return err
		}, ErrShape},
		{"Scores, NaN", func() error {
			_, err := Scores([]commissioning.Score{{Option: "a", Score: math.NaN(), Rank: 1}}, nil, nil)
			return err
		}, ErrNotFinite},
		{"ProjectionChart, nil", func() error {
			_, err := ProjectionChart("p", "P", nil, testAreas, needs.Band{Lo: 75, Hi: needs.Open}, 2022, 2030)
			return err
		}, ErrNoData},
		{"ProjectionChart, unknown area", func() error {
			_, err := ProjectionChart("p", "P", f.pop, testAreas, needs.Band{Lo: 75, Hi: needs.Open}, 2022, 2030)
			return err
		}, needs.ErrAreaNotFound},
		{"BoardPaper, no round", func() error { _, err := BoardPaper(nil, PaperOptions{}); return err }, ErrIncomplete},
		{"AnnualReport, no round", func() error { _, err := AnnualReport(nil, PaperOptions{}); return err }, ErrIncomplete},
		{"AnnualReport, not reviewed", func() error {
			_, err := AnnualReport(&commissioning.Round{Strategy: &commissioning.Strategy{}}, PaperOptions{})
			return err
		}, ErrIncomplete},
		{"BoardPaper, not reviewed", func() error {
			_, err := BoardPaper(&commissioning.Round{Assessment: &commissioning.Assessment{}}, PaperOptions{})
			return err
		}, ErrIncomplete},
		{"WriteWorkbook, none", func() error { return WriteWorkbook(io.Discard) }, ErrNoData},
		{"WriteWorkbook, same sheet", func() error { return WriteWorkbook(io.Discard, one(), one()) }, ErrDuplicateID},
		{"Workbook, bad table", func() error { tb := one(); tb.ID = ""; _, err := Workbook(tb); return err }, ErrEmptyID},
	}
	for _, c := range tests {
		err := c.err()
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if perr := fault.Prefixed(err.Error(), "report"); perr != nil {
			t.Errorf("%s: %v", c.name, perr)
		}
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v does not wrap %v", c.name, err, c.want)
		}
	}
}

// TestTableErrorSaysWhere checks the position a table error names.
func TestTableErrorSaysWhere(t *testing.T) {
	tb := &Table{ID: "plan", Title: "P", Columns: []Column{{Heading: "£", Kind: Money}},
		Rows: []Row{{Label: "a", Cells: []Cell{M(investment.MustGBP("1"))}}, {Label: "t", Total: Sum(0, 1), Cells: []Cell{M(investment.MustGBP("2"))}}}}
	err := tb.Validate()
	var te *TableError
	if !errors.As(err, &te) || te.Row != 2 || te.Column != 1 || te.Table != "plan" {
		t.Fatalf("Validate = %v, want a *TableError at row 2 column 1 of plan", err)
	}
	if want := `report: table "plan" row 2 column 1: £2.00, its terms sum to £1.00: total is not the sum of its terms`; err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
}
