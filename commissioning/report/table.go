package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Kind is what a column holds.
type Kind int8

// The kinds of column.
const (
	// Money is exact money, published in the column's Unit.
	Money Kind = iota
	// Number is a float64 statistic, printed with the column's Places.
	Number
	// Percent is a fraction printed as a percentage: 0.125 is "12.5%".
	Percent
	// Text is a string.
	Text
)

// Column is one column of a [Table] after its row labels.
type Column struct {
	Heading string `json:"heading"`
	Kind    Kind   `json:"kind"`
	// Unit is the unit a Money column is published in.
	Unit investment.Unit `json:"unit,omitempty"`
	// Places is the decimal places of a Number or Percent column.
	Places int `json:"places,omitempty"`
	// SumOf lists the positions (zero-based, of columns before this one)
	// that this Money column adds up across, such as a three-year total.
	// Its published figure in each row is the sum of their published
	// figures, so that every row adds up as printed.
	SumOf []int `json:"sumOf,omitempty"`
}

// Cell is one value of a row, of its column's kind. A blank cell prints
// nothing and counts as zero in a total.
type Cell struct {
	Money  investment.Money `json:"money,omitzero"`
	Number float64          `json:"number,omitempty"`
	Text   string           `json:"text,omitempty"`
	Blank  bool             `json:"blank,omitempty"`
}

// M returns a money cell.
func M(m investment.Money) Cell { return Cell{Money: m} }

// N returns a number (or percentage) cell.
func N(x float64) Cell { return Cell{Number: x} }

// T returns a text cell.
func T(s string) Cell { return Cell{Text: s} }

// Blank returns an empty cell.
func Blank() Cell { return Cell{Blank: true} }

// Term is one term of a total: a row (zero-based position among the
// table's rows) and its sign, +1 or −1.
type Term struct {
	Row  int `json:"row"`
	Sign int `json:"sign"`
}

// Row is a labelled row of cells, one per column. A total row lists its
// terms; its Money cells must equal the signed sum of the terms' cells
// exactly, and when published its rounded figure is the rounded exact
// total, with a rounding line above it wherever the rounded terms do not
// add up to it.
type Row struct {
	Label string `json:"label"`
	Cells []Cell `json:"cells"`
	// Total lists the rows this row adds up; nil for a detail row.
	Total []Term `json:"total,omitempty"`
	// Indent marks an analysis line such as "of which set-aside".
	Indent bool `json:"indent,omitempty"`
}

// Sum returns the terms +1 of rows from..to−1.
func Sum(from, to int) []Term {
	ts := make([]Term, 0, to-from)
	for i := from; i < to; i++ {
		ts = append(ts, Term{Row: i, Sign: 1})
	}
	return ts
}

// Table is a table as data: a title, a heading for its row labels, its
// columns and rows, and notes printed under it. Build one with the
// functions of this package from the library's results, or by hand; it
// prints as text, Markdown and HTML and becomes a sheet of a workbook.
type Table struct {
	// ID names the table in a document and its sheet in a workbook
	// (at most 31 characters, no []:*?/\).
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Stub    string   `json:"stub,omitempty"` // heading of the label column
	Columns []Column `json:"columns"`
	Rows    []Row    `json:"rows"`
	Notes   []string `json:"notes,omitempty"`
}

// Validate checks the table: an id, at least one column and row, one cell
// per column in every row, totals that refer to earlier rows with a sign of
// ±1, SumOf columns that refer to earlier Money columns, finite numbers,
// and every total adding up exactly, to the penny, in every Money column.
func (t *Table) Validate() error {
	fail := func(row, col int, err error) error {
		return &TableError{Table: t.ID, Row: row, Column: col, Err: err}
	}
	if t.ID == "" {
		return fail(0, 0, ErrEmptyID)
	}
	if len(t.Columns) == 0 || len(t.Rows) == 0 {
		return fail(0, 0, ErrNoData)
	}
	for j, c := range t.Columns {
		for _, k := range c.SumOf {
			if c.Kind != Money || k < 0 || k >= j || t.Columns[k].Kind != Money {
				return fail(0, j+1, fmt.Errorf("sum of column %d: %w", k+1, ErrShape))
			}
		}
	}
	for i, r := range t.Rows {
		if len(r.Cells) != len(t.Columns) {
			return fail(i+1, 0, fmt.Errorf("%d cells for %d columns: %w", len(r.Cells), len(t.Columns), ErrShape))
		}
		for _, term := range r.Total {
			if term.Row < 0 || term.Row >= i || (term.Sign != 1 && term.Sign != -1) {
				return fail(i+1, 0, fmt.Errorf("total term row %d sign %d: %w", term.Row+1, term.Sign, ErrShape))
			}
		}
		for j, c := range r.Cells {
			if err := t.checkCell(i, j, c); err != nil {
				return fail(i+1, j+1, err)
			}
		}
	}
	return nil
}

// checkCell checks that cell j of row i is finite and, in Money columns,
// adds up across its SumOf columns and down its row's total terms.
func (t *Table) checkCell(i, j int, c Cell) error {
	col, row := t.Columns[j], t.Rows[i]
	if (col.Kind == Number || col.Kind == Percent) && !c.Blank && (math.IsNaN(c.Number) || math.IsInf(c.Number, 0)) {
		return ErrNotFinite
	}
	if col.Kind != Money || c.Blank {
		return nil
	}
	if len(col.SumOf) > 0 {
		var s investment.Money
		for _, k := range col.SumOf {
			s = s.Add(row.Cells[k].Money)
		}
		if !s.Equal(c.Money) {
			return fmt.Errorf("%v across is %v: %w", c.Money, s, ErrNotAddingUp)
		}
	}
	if row.Total != nil {
		var s investment.Money
		for _, term := range row.Total {
			v := t.Rows[term.Row].Cells[j].Money
			if term.Sign < 0 {
				v = v.Neg()
			}
			s = s.Add(v)
		}
		if !s.Equal(c.Money) {
			return fmt.Errorf("%v, its terms sum to %v: %w", c.Money, s, ErrNotAddingUp)
		}
	}
	return nil
}

// RowKind is the part a published row plays.
type RowKind int8

// The kinds of published row.
const (
	DetailRow   RowKind = iota // a figure
	TotalRow                   // a total of earlier rows
	RoundingRow                // the rounding line above a total
)

// PublishedRow is a row as printed: its label, its cells as text, and
// what kind of row it is. Source is the position of the table row it
// prints, or −1 for a rounding line.
type PublishedRow struct {
	Label  string   // the row's label ("Rounding" for a rounding line)
	Cells  []string // one per column, as printed
	Kind   RowKind  // detail, total or rounding line
	Indent bool     // an analysis line, printed indented
	Source int      // the position of the table row printed, −1 for a rounding line
}

// Published returns the table's rows as printed: Money cells rounded to
// their column's unit, each total the rounding of its exact figure, and a
// rounding line before every total whose rounded terms would not add up
// to it, so that every published column adds up. The table must be valid.
func (t *Table) Published() ([]PublishedRow, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	shown := make([][]decimal.Decimal, len(t.Rows))
	var out []PublishedRow
	for i, r := range t.Rows {
		shown[i] = make([]decimal.Decimal, len(t.Columns))
		var rounding []decimal.Decimal
		for j, col := range t.Columns {
			if col.Kind != Money || len(col.SumOf) > 0 {
				continue
			}
			shown[i][j] = scaled(r.Cells[j].Money, col.Unit)
			if r.Total == nil {
				continue
			}
			d := shown[i][j]
			for _, term := range r.Total {
				d = d.Sub(shown[term.Row][j].Mul(decimal.NewFromInt(int64(term.Sign))))
			}
			if !d.IsZero() {
				if rounding == nil {
					rounding = make([]decimal.Decimal, len(t.Columns))
				}
				rounding[j] = d
			}
		}
		t.deriveSums(shown[i])
		if rounding != nil {
			t.deriveSums(rounding)
			out = append(out, PublishedRow{Label: "Rounding", Cells: t.texts(rounding, nil), Kind: RoundingRow, Source: -1})
		}
		kind := DetailRow
		if r.Total != nil {
			kind = TotalRow
		}
		out = append(out, PublishedRow{Label: r.Label, Cells: t.texts(shown[i], r.Cells), Kind: kind, Indent: r.Indent, Source: i})
	}
	return out, nil
}

// deriveSums fills the SumOf columns of a published row from the columns
// they add up.
func (t *Table) deriveSums(row []decimal.Decimal) {
	for j, col := range t.Columns {
		if len(col.SumOf) == 0 {
			continue
		}
		var s decimal.Decimal
		for _, k := range col.SumOf {
			s = s.Add(row[k])
		}
		row[j] = s
	}
}

// texts writes a published row's cells: Money from the rounded figures,
// the others from the cells (nil cells: a rounding line, blank but for
// Money).
func (t *Table) texts(shown []decimal.Decimal, cells []Cell) []string {
	out := make([]string, len(t.Columns))
	for j, col := range t.Columns {
		if cells != nil && cells[j].Blank {
			continue
		}
		switch col.Kind {
		case Money:
			out[j] = amountOf(shown[j], col.Unit)
		case Number:
			if cells != nil {
				out[j] = formatNumber(cells[j].Number, col.Places)
			}
		case Percent:
			if cells != nil {
				out[j] = formatNumber(100*cells[j].Number, col.Places) + "%"
			}
		case Text:
			if cells != nil {
				out[j] = cells[j].Text
			}
		}
	}
	return out
}

// formatNumber writes x with the given places and thousands separators,
// a minus sign for negatives that do not round to zero.
func formatNumber(x float64, places int) string {
	s := strconv.FormatFloat(math.Abs(x), 'f', places, 64)
	whole, frac, _ := strings.Cut(s, ".")
	s = groupDigits(whole)
	if frac != "" {
		s += "." + frac
	}
	if x < 0 && strings.Trim(whole+frac, "0") != "" {
		s = "−" + s
	}
	return s
}
