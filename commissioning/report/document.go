package report

import (
	"fmt"
	"time"
)

// Document is a board paper or an annual performance report: a title,
// sections (one per stage of the cycle, or as the author likes), the
// statutory checklist with its results and the decisions log.
type Document struct {
	Title    string // the paper's title
	Subtitle string // a line under the title, such as what the paper asks the board
	// Date is the date of the paper, printed in its heading; zero for none.
	Date      time.Time
	Sections  []Section  // in order
	Checklist []Check    // printed after the sections
	Decisions []Decision // printed last
}

// Section is a headed part of a document, such as the Analyse stage.
type Section struct {
	// Stage names the stage of the cycle the section reports, such as
	// "Analyse"; it may be empty.
	Stage  string
	Title  string  // the section's heading
	Blocks []Block // its paragraphs, tables and charts, in order
}

// Block is one element of a section: a paragraph, a table or a chart.
// Exactly one of its fields is set.
type Block struct {
	Paragraph string // plain text, escaped when written
	Table     *Table
	Chart     *Chart
}

// P returns a paragraph block.
func P(text string) Block { return Block{Paragraph: text} }

// TableBlock returns a table block.
func TableBlock(t *Table) Block { return Block{Table: t} }

// ChartBlock returns a chart block.
func ChartBlock(c *Chart) Block { return Block{Chart: c} }

// Check is one statutory requirement and whether the paper meets it.
type Check struct {
	Requirement string // what the law or guidance asks
	Source      string // where it asks it, such as "Public Bodies (Joint Working) (Scotland) Act 2014, s.29"
	Met         bool   // whether the paper meets it
	Evidence    string // how it is met, or why not
}

// Decision is one entry of the decisions log.
type Decision struct {
	Date      time.Time // when it was taken
	Stage     string    // the stage of the cycle it belongs to
	Decision  string    // what was decided
	By        string    // who decided, such as "Integration Joint Board"
	Rationale string    // why
}

// Validate checks the document: a title, a title for every section,
// exactly one element in every block, valid tables, and ids unique among
// its tables and charts.
func (d *Document) Validate() error {
	if d.Title == "" {
		return fmt.Errorf("report: document: no title: %w", ErrNoData)
	}
	seen := map[string]bool{}
	for i, s := range d.Sections {
		if s.Title == "" {
			return fmt.Errorf("report: section %d: no title: %w", i+1, ErrNoData)
		}
		for j, b := range s.Blocks {
			n := 0
			if b.Paragraph != "" {
				n++
			}
			if b.Table != nil {
				n++
				if err := b.Table.Validate(); err != nil {
					return err
				}
				if seen["table:"+b.Table.ID] {
					return fmt.Errorf("report: section %d block %d: table %q: %w", i+1, j+1, b.Table.ID, ErrDuplicateID)
				}
				seen["table:"+b.Table.ID] = true
			}
			if b.Chart != nil {
				n++
				if b.Chart.ID == "" || b.Chart.plot == nil {
					return fmt.Errorf("report: section %d block %d: chart without id or plot: %w", i+1, j+1, ErrEmptyID)
				}
				if seen["chart:"+b.Chart.ID] {
					return fmt.Errorf("report: section %d block %d: chart %q: %w", i+1, j+1, b.Chart.ID, ErrDuplicateID)
				}
				seen["chart:"+b.Chart.ID] = true
			}
			if n != 1 {
				return fmt.Errorf("report: section %d block %d: %d elements: %w", i+1, j+1, n, ErrShape)
			}
		}
	}
	return nil
}

// Tables returns the document's tables in order.
func (d *Document) Tables() []*Table {
	var ts []*Table
	for _, s := range d.Sections {
		for _, b := range s.Blocks {
			if b.Table != nil {
				ts = append(ts, b.Table)
			}
		}
	}
	return ts
}

// Charts returns the document's charts in order.
func (d *Document) Charts() []*Chart {
	var cs []*Chart
	for _, s := range d.Sections {
		for _, b := range s.Blocks {
			if b.Chart != nil {
				cs = append(cs, b.Chart)
			}
		}
	}
	return cs
}

// heading returns a section's heading: "Stage — Title" or the title.
func (s Section) heading() string {
	if s.Stage == "" {
		return s.Title
	}
	return s.Stage + " — " + s.Title
}

// dateText writes a date as a board paper does, "21 March 2022", or ""
// for the zero time.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 January 2006")
}
