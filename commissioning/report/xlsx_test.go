package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/opencommissioning/scp/investment"
)

// openWorkbook writes the tables as a workbook and opens it again.
func openWorkbook(t *testing.T, tables ...*Table) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := WriteWorkbook(&b, tables...); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// calcPounds computes a cell and returns its value in pounds rounded to
// the penny.
func calcPounds(t *testing.T, f *excelize.File, sheet, cell string) decimal.Decimal {
	t.Helper()
	v, err := f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	d, err := decimal.NewFromString(v)
	if err != nil {
		t.Fatalf("%s!%s = %q: %v", sheet, cell, v, err)
	}
	return d.Round(2)
}

// TestWorkbookTotals opens the workbook of every money table and checks
// each total cell: it holds a formula, and the formula computes the
// library's figure to the penny. Every other figure refers to the inputs
// sheet and computes the same figure.
func TestWorkbookTotals(t *testing.T) {
	var tables []*Table
	for _, tb := range testTables(t) {
		for _, c := range tb.Columns {
			if c.Kind == Money {
				tables = append(tables, tb)
				break
			}
		}
	}
	f := openWorkbook(t, tables...)
	if got := f.GetSheetList(); len(got) != len(tables)+1 || got[0] != inputsSheet {
		t.Fatalf("sheets %v, want %s and one per table", got, inputsSheet)
	}
	totals := 0
	for _, tb := range tables {
		sheet := SheetName(tb)
		for i, r := range tb.Rows {
			for j, c := range tb.Columns {
				if c.Kind != Money || r.Cells[j].Blank {
					continue
				}
				cell := SheetCell(i, j)
				formula, err := f.GetCellFormula(sheet, cell)
				if err != nil {
					t.Fatal(err)
				}
				isTotal := r.Total != nil || len(c.SumOf) > 0
				switch {
				case formula == "":
					t.Errorf("%s!%s (%s, %s) holds no formula", sheet, cell, r.Label, c.Heading)
				case isTotal && strings.Contains(formula, inputsSheet):
					t.Errorf("%s!%s is a total but refers to the inputs: %s", sheet, cell, formula)
				case !isTotal && !strings.HasPrefix(formula, inputsSheet+"!"):
					t.Errorf("%s!%s is a figure but does not refer to the inputs: %s", sheet, cell, formula)
				}
				if isTotal {
					totals++
				}
				if got, want := calcPounds(t, f, sheet, cell), r.Cells[j].Money.Decimal(); !got.Equal(want) {
					t.Errorf("%s!%s (%s, %s) computes £%s, the library's figure is £%s", sheet, cell, r.Label, c.Heading, got, want)
				}
			}
		}
	}
	// Numbers that add up, such as an allocation's weights, are formulas
	// in their total rows too.
	alloc := tables[slicesIndex(tables, "allocation")]
	last := len(alloc.Rows) - 1
	if formula, _ := f.GetCellFormula(SheetName(alloc), SheetCell(last, 0)); formula == "" {
		t.Errorf("allocation weights total holds no formula")
	}
	if v, err := f.CalcCellValue(SheetName(alloc), SheetCell(last, 0), excelize.Options{RawCellValue: true}); err != nil || v != "7" {
		t.Errorf("allocation weights total computes %q, %v; want 7", v, err)
	}
	if totals < 40 {
		t.Errorf("only %d total cells checked", totals)
	}
}

// TestWorkbookRecomputes edits the first year's funding on the inputs
// sheet and checks that the gap moves by the same amount the other way.
func TestWorkbookRecomputes(t *testing.T) {
	plan := testTables(t)[0]
	f := openWorkbook(t, plan)
	sheet := SheetName(plan)
	funding, err := f.GetCellFormula(sheet, SheetCell(5, 0))
	if err != nil || !strings.HasPrefix(funding, inputsSheet+"!") {
		t.Fatalf("funding cell formula %q, %v", funding, err)
	}
	ref := strings.ReplaceAll(strings.TrimPrefix(funding, inputsSheet+"!"), "$", "")
	gapBefore := calcPounds(t, f, sheet, SheetCell(9, 0))
	totalBefore := calcPounds(t, f, sheet, SheetCell(9, 3))
	old := calcPounds(t, f, inputsSheet, ref)
	raise := investment.MustGBP("1,000,000.01").Decimal()
	v, _ := old.Add(raise).Float64()
	if err := f.SetCellFloat(inputsSheet, ref, v, -1, 64); err != nil {
		t.Fatal(err)
	}
	if got, want := calcPounds(t, f, sheet, SheetCell(9, 0)), gapBefore.Sub(raise); !got.Equal(want) {
		t.Errorf("gap after raising funding by £%s = £%s, want £%s", raise, got, want)
	}
	if got, want := calcPounds(t, f, sheet, SheetCell(9, 3)), totalBefore.Sub(raise); !got.Equal(want) {
		t.Errorf("gap over the plan after the raise = £%s, want £%s", got, want)
	}
}

// TestWorkbookLayout checks the number formats and the frozen headings.
func TestWorkbookLayout(t *testing.T) {
	plan := testTables(t)[0]
	f := openWorkbook(t, plan)
	sheet := SheetName(plan)
	panes, err := f.GetPanes(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.YSplit != headRows || panes.XSplit != 1 {
		t.Errorf("panes %+v, want the headings and labels frozen", panes)
	}
	id, err := f.GetCellStyle(sheet, SheetCell(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil || *st.CustomNumFmt != numberFormat(investment.Thousand) {
		t.Errorf("figure number format %v, want %q", st.CustomNumFmt, numberFormat(investment.Thousand))
	}
	// The cached value of a total is there for readers that do not
	// recompute.
	got, err := f.GetCellValue(sheet, SheetCell(9, 0), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := load(t).budget.Totals[0].Gap.Decimal(); got != want.String() {
		t.Errorf("cached gap %q, want %s", got, want)
	}
}

// slicesIndex returns the position of the table with the given id.
func slicesIndex(ts []*Table, id string) int {
	for i, t := range ts {
		if t.ID == id {
			return i
		}
	}
	panic("no table " + id)
}
