package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/opencommissioning/scp/investment"
)

// inputsSheet is the name of the workbook's sheet of inputs.
const inputsSheet = "Inputs"

// The layout of a table's sheet: the title in row 1, the headings in row
// 2 (frozen with the labels in column A), and row r of the table in sheet
// row r+headRows.
const headRows = 2

// SheetCell returns the address on a table's sheet of the cell in row
// (zero-based, of Table.Rows) and column (zero-based, of Table.Columns),
// as [WriteWorkbook] lays it out: "B3" for row 0, column 0.
func SheetCell(row, column int) string {
	c, _ := excelize.CoordinatesToCellName(column+2, row+headRows+1)
	return c
}

// SheetName returns the sheet a table is written to: its id, cut to the
// 31 characters a sheet name may have.
func SheetName(t *Table) string {
	if len(t.ID) > 31 {
		return t.ID[:31]
	}
	return t.ID
}

// numberFormat returns the number format of a money column in unit u,
// negatives in brackets and zero as a dash; amounts are held in pounds and
// scaled by the format.
func numberFormat(u investment.Unit) string {
	switch u {
	case investment.Penny:
		return `#,##0.00;(#,##0.00);"–"`
	case investment.Thousand:
		return `#,##0,;(#,##0,);"–"`
	case investment.Million:
		return `#,##0.0,,;(#,##0.0,,);"–"`
	}
	return `#,##0;(#,##0);"–"`
}

// WriteWorkbook writes the tables as an XLSX workbook: one sheet per table
// and an Inputs sheet holding every amount that is not a total. On a
// table's sheet each amount refers to its input, each total row (its
// amounts and its numbers, such as the weights of an allocation) is a
// formula over the rows it adds up (so that the gap recomputes when a
// finance officer edits an input), each total column a SUM across the
// years; amounts are held in pounds to the penny and shown in the
// column's unit (£ or £000) with negatives in brackets. Headings are
// frozen. Rounding lines are not written: the workbook holds exact
// figures.
func WriteWorkbook(w io.Writer, tables ...*Table) error {
	f, err := Workbook(tables...)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Write(w); err != nil {
		return fmt.Errorf("report: workbook: %w", err)
	}
	return nil
}

// Workbook returns the workbook [WriteWorkbook] writes, for a caller that
// wants to add to it.
func Workbook(tables ...*Table) (*excelize.File, error) {
	if len(tables) == 0 {
		return nil, fmt.Errorf("report: workbook: no tables: %w", ErrNoData)
	}
	seen := map[string]bool{inputsSheet: true}
	for _, t := range tables {
		if err := t.Validate(); err != nil {
			return nil, err
		}
		if seen[SheetName(t)] || strings.ContainsAny(t.ID, `[]:*?/\`) {
			return nil, &TableError{Table: t.ID, Err: fmt.Errorf("sheet name %q: %w", SheetName(t), ErrDuplicateID)}
		}
		seen[SheetName(t)] = true
	}
	f := excelize.NewFile()
	wb := &workbook{f: f, styles: map[string]int{}}
	if err := wb.build(tables); err != nil {
		f.Close()
		return nil, fmt.Errorf("report: workbook: %w", err)
	}
	return f, nil
}

// workbook builds the sheets of one file and remembers its styles.
type workbook struct {
	f      *excelize.File
	styles map[string]int
	next   int // the next free row of the inputs sheet
}

// style returns the id of a style: a number format (or "" for none), bold
// and a rule above.
func (wb *workbook) style(format string, bold, rule bool) (int, error) {
	key := fmt.Sprintf("%s|%v|%v", format, bold, rule)
	if id, ok := wb.styles[key]; ok {
		return id, nil
	}
	s := &excelize.Style{Font: &excelize.Font{Bold: bold, Family: "Arial", Size: 10}}
	if format != "" {
		s.CustomNumFmt = &format
	}
	if rule {
		s.Border = []excelize.Border{{Type: "top", Color: "000000", Style: 1}}
	}
	id, err := wb.f.NewStyle(s)
	wb.styles[key] = id
	return id, err
}

func (wb *workbook) build(tables []*Table) error {
	f := wb.f
	if err := f.SetSheetName("Sheet1", inputsSheet); err != nil {
		return err
	}
	wb.next = 1
	if err := f.SetCellStr(inputsSheet, "A1", "Inputs: the figures of every table; the tables' totals are formulas over them"); err != nil {
		return err
	}
	bold, err := wb.style("", true, false)
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(inputsSheet, "A1", "A1", bold); err != nil {
		return err
	}
	wb.next = 3
	if err := f.SetColWidth(inputsSheet, "A", "A", 40); err != nil {
		return err
	}
	if err := f.SetColWidth(inputsSheet, "B", "M", 16); err != nil {
		return err
	}
	for _, t := range tables {
		refs, err := wb.inputs(t)
		if err != nil {
			return err
		}
		if err := wb.sheet(t, refs); err != nil {
			return err
		}
	}
	full := true
	return f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full})
}

// inputs writes the figures of t that are not totals to the inputs sheet
// and returns their addresses, by row and column of t.
func (wb *workbook) inputs(t *Table) (map[[2]int]string, error) {
	f := wb.f
	refs := map[[2]int]string{}
	cell := func(col, row int) string { c, _ := excelize.CoordinatesToCellName(col, row); return c }
	bold, err := wb.style("", true, false)
	if err != nil {
		return nil, err
	}
	if err := f.SetCellStr(inputsSheet, cell(1, wb.next), t.Title+" ("+SheetName(t)+")"); err != nil {
		return nil, err
	}
	if err := f.SetCellStyle(inputsSheet, cell(1, wb.next), cell(1, wb.next), bold); err != nil {
		return nil, err
	}
	wb.next++
	head := wb.next
	if err := f.SetCellStr(inputsSheet, cell(1, head), t.Stub); err != nil {
		return nil, err
	}
	wb.next++
	for i, r := range t.Rows {
		if r.Total != nil {
			continue
		}
		wrote := false
		for j, c := range t.Columns {
			if c.Kind != Money || len(c.SumOf) > 0 || r.Cells[j].Blank {
				continue
			}
			if err := f.SetCellStr(inputsSheet, cell(j+2, head), c.Heading+" (£)"); err != nil {
				return nil, err
			}
			addr := cell(j+2, wb.next)
			if err := f.SetCellFloat(inputsSheet, addr, r.Cells[j].Money.Float64(), -1, 64); err != nil {
				return nil, err
			}
			st, err := wb.style(numberFormat(investment.Penny), false, false)
			if err != nil {
				return nil, err
			}
			if err := f.SetCellStyle(inputsSheet, addr, addr, st); err != nil {
				return nil, err
			}
			refs[[2]int{i, j}] = fmt.Sprintf("%s!%s", inputsSheet, absolute(addr))
			wrote = true
		}
		if wrote {
			if err := f.SetCellStr(inputsSheet, cell(1, wb.next), r.Label); err != nil {
				return nil, err
			}
			wb.next++
		}
	}
	if err := f.SetCellStyle(inputsSheet, cell(1, head), cell(len(t.Columns)+1, head), bold); err != nil {
		return nil, err
	}
	wb.next++
	return refs, nil
}

// absolute returns an absolute reference to a cell: "C5" is "$C$5".
func absolute(addr string) string {
	i := strings.IndexAny(addr, "0123456789")
	return "$" + addr[:i] + "$" + addr[i:]
}

// sheet writes one table's sheet.
func (wb *workbook) sheet(t *Table, refs map[[2]int]string) error {
	f := wb.f
	name := SheetName(t)
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	bold, err := wb.style("", true, false)
	if err != nil {
		return err
	}
	if err := f.SetCellStr(name, "A1", t.Title); err != nil {
		return err
	}
	if err := f.SetCellStr(name, "A2", t.Stub); err != nil {
		return err
	}
	for j, c := range t.Columns {
		h := c.Heading
		if c.Kind == Money && !strings.Contains(h, "£") {
			h += " (" + UnitHeading(c.Unit) + ")"
		}
		if err := f.SetCellStr(name, SheetCell(-1, j), h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(name, "A1", SheetCell(-1, len(t.Columns)-1), bold); err != nil {
		return err
	}
	for i, r := range t.Rows {
		if err := wb.row(t, name, i, r, refs); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(name, "A", "A", labelWidth(t)); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(t.Columns) + 1)
	if err := f.SetColWidth(name, "B", last, 16); err != nil {
		return err
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: headRows, TopLeftCell: SheetCell(0, 0), ActivePane: "bottomRight"})
}

// labelWidth returns the width of the label column in characters.
func labelWidth(t *Table) float64 {
	w := 12
	for _, r := range t.Rows {
		w = max(w, len([]rune(r.Label))+2)
	}
	return float64(min(w, 60))
}

// row writes row i of t: its label, its figures as references to the
// inputs, and its totals as formulas.
func (wb *workbook) row(t *Table, name string, i int, r Row, refs map[[2]int]string) error {
	f := wb.f
	labelCell, _ := excelize.CoordinatesToCellName(1, i+headRows+1)
	label := r.Label
	if r.Indent {
		label = "  " + label
	}
	if err := f.SetCellStr(name, labelCell, label); err != nil {
		return err
	}
	total := r.Total != nil
	for j, c := range t.Columns {
		addr := SheetCell(i, j)
		cell := r.Cells[j]
		if cell.Blank {
			continue
		}
		var err error
		format := ""
		switch c.Kind {
		case Money:
			format = numberFormat(c.Unit)
			// The cached value, for readers that do not recompute.
			if err := f.SetCellFloat(name, addr, cell.Money.Float64(), -1, 64); err != nil {
				return err
			}
			switch {
			case len(c.SumOf) > 0:
				err = f.SetCellFormula(name, addr, sumAcross(i, c.SumOf))
			case total:
				err = f.SetCellFormula(name, addr, sumDown(j, r.Total))
			default:
				err = f.SetCellFormula(name, addr, refs[[2]int{i, j}])
			}
		case Number:
			format = "#,##0" + decimals(c.Places)
			err = f.SetCellFloat(name, addr, cell.Number, -1, 64)
			if err == nil && total {
				err = f.SetCellFormula(name, addr, sumDown(j, r.Total))
			}
		case Percent:
			format = "0" + decimals(c.Places) + "%"
			err = f.SetCellFloat(name, addr, cell.Number, -1, 64)
		case Text:
			err = f.SetCellStr(name, addr, cell.Text)
		}
		if err != nil {
			return err
		}
		st, err := wb.style(format, total, total)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(name, addr, addr, st); err != nil {
			return err
		}
	}
	if total {
		st, err := wb.style("", true, true)
		if err != nil {
			return err
		}
		return f.SetCellStyle(name, labelCell, labelCell, st)
	}
	return nil
}

// decimals returns the decimal part of a number format with p places.
func decimals(p int) string {
	if p <= 0 {
		return ""
	}
	return "." + strings.Repeat("0", p)
}

// sumAcross returns the formula adding up columns cols of row i: a SUM of
// a range when they are contiguous.
func sumAcross(i int, cols []int) string {
	contiguous := true
	for k := 1; k < len(cols); k++ {
		contiguous = contiguous && cols[k] == cols[k-1]+1
	}
	if contiguous {
		return fmt.Sprintf("SUM(%s:%s)", SheetCell(i, cols[0]), SheetCell(i, cols[len(cols)-1]))
	}
	parts := make([]string, len(cols))
	for k, c := range cols {
		parts[k] = SheetCell(i, c)
	}
	return strings.Join(parts, "+")
}

// sumDown returns the formula of a total in column j: a SUM of a range
// for contiguous rows added, the signed terms otherwise.
func sumDown(j int, terms []Term) string {
	contiguous := true
	for k, term := range terms {
		contiguous = contiguous && term.Sign == 1 && (k == 0 || term.Row == terms[k-1].Row+1)
	}
	if contiguous && len(terms) > 0 {
		return fmt.Sprintf("SUM(%s:%s)", SheetCell(terms[0].Row, j), SheetCell(terms[len(terms)-1].Row, j))
	}
	var b strings.Builder
	for k, term := range terms {
		switch {
		case term.Sign < 0:
			b.WriteByte('-')
		case k > 0:
			b.WriteByte('+')
		}
		b.WriteString(SheetCell(term.Row, j))
	}
	if b.Len() == 0 {
		return "0"
	}
	return b.String()
}
