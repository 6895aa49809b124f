package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// AnnualReport makes the annual performance report of a round that has
// reached its Review, with the content the Public Bodies (Joint Working)
// (Content of Performance Reports) (Scotland) Regulations 2014 (SSI
// 2014/326), regulation 3, prescribes: performance against the national
// health and wellbeing outcomes and the core integration indicators in the
// reporting year and the five years before it where data exist (a table
// by year, the indicators against their trajectories and the RAG
// dashboard); financial performance (budget and outturn by line total)
// and spend by locality; and the number of significant decisions taken in
// the year with their reasons. Its checklist holds the rules of the
// performance report as commissioning.Validate finds them, and its
// decisions log the significant decisions.
func AnnualReport(r *commissioning.Round, o PaperOptions) (*Document, error) {
	if r == nil || r.Strategy == nil || r.Commitments == nil || r.Review == nil {
		return nil, fmt.Errorf("report: round: %w", ErrIncomplete)
	}
	if o.Unit == investment.Penny {
		o.Unit = investment.Thousand
	}
	p := &paper{r: r, o: o, titles: map[string]string{}, names: map[string]string{}}
	for _, l := range r.Inputs.Localities {
		p.names[l.Code] = l.Name
	}
	rv := r.Review
	inds := p.indicators()
	performance := Section{Stage: "Review", Title: fmt.Sprintf("Performance in %v and the five years before", rv.Year), Blocks: []Block{
		P("Performance against the national health and wellbeing outcomes and the core integration indicators, where data exist."),
		p.table(Performance(rv.Performance, rv.Year)),
		p.table(Indicators(inds)),
		p.chart(RAGDashboard("rag", fmt.Sprintf("Indicators against their trajectories, %v", rv.Year), inds)),
	}}
	lines := map[string]string{}
	if r.Inputs.Finance != nil {
		for _, l := range r.Inputs.Finance.Lines {
			lines[l.ID] = l.Name
			if n := p.names[l.Locality]; n != "" {
				lines[l.ID] = l.Name + ", " + n
			}
		}
	}
	for _, op := range r.Inputs.Options {
		lines[commissioning.InvestmentLine(op.ID)] = op.Title + " (investment)"
	}
	finance := Section{Stage: "Review", Title: fmt.Sprintf("Financial performance in %v", rv.Year), Blocks: []Block{
		p.table(Outturn(rv, lines, o.Unit)),
		p.table(LocalityOutturn(rv.ByLocality, p.names, o.Unit)),
	}}
	var decisions []Decision
	for _, d := range rv.Decisions {
		decisions = append(decisions, Decision{Date: d.Date, Stage: d.Stage.String(), Decision: d.Summary, By: d.By, Rationale: d.Reason})
	}
	count := Section{Stage: "Review", Title: "Significant decisions", Blocks: []Block{
		P(fmt.Sprintf("%s significant %s taken in %v; %s in the decisions log with its reason.",
			countWord(len(decisions)), plural(len(decisions), "decision was", "decisions were"), rv.Year,
			plural(len(decisions), "it is", "each is"))),
	}}
	doc := &Document{Title: fmt.Sprintf("%s: annual performance report %v", r.Inputs.Name, rv.Year), Subtitle: o.Subtitle,
		Sections: []Section{performance, finance, count}, Checklist: reportChecklist(r), Decisions: decisions}
	if p.err != nil {
		return nil, p.err
	}
	return doc, nil
}

// Performance returns the core integration indicators by year: a row for
// each indicator series of the review, a column for each of the year and
// the five before it, blank where no data exist.
func Performance(series []commissioning.IndicatorSeries, year investment.FinancialYear) (*Table, error) {
	t := &Table{ID: "performance", Title: fmt.Sprintf("Core integration indicators, %v and the five years before", year), Stub: "indicator"}
	first := year - 5
	for y := first; y <= year; y++ {
		t.Columns = append(t.Columns, Column{Heading: y.String(), Kind: Number, Places: 1})
	}
	titles := map[string]string{}
	for _, ind := range outcomes.CoreIndicators() {
		titles[ind.ID] = ind.Title
	}
	for _, s := range series {
		cells := make([]Cell, len(t.Columns))
		for i := range cells {
			cells[i] = Blank()
		}
		for _, pt := range s.Points {
			if pt.Year >= first && pt.Year <= year {
				cells[pt.Year-first] = N(pt.Value)
			}
		}
		title := s.Title
		if title == "" {
			title = titles[s.Indicator]
		}
		t.Rows = append(t.Rows, Row{Label: strings.TrimSpace(s.Indicator + " " + title), Cells: cells})
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// Outturn returns the budget, outturn and variance of the year under
// review of each line of the financial plan with investment whose outturn
// was reported, with a total row adding them; the notes say how many lines
// had none. names maps a line's id to the label printed.
func Outturn(rv *commissioning.Review, names map[string]string, u investment.Unit) (*Table, error) {
	t := &Table{ID: "outturn", Title: fmt.Sprintf("Budget and outturn of the lines reported, %v", rv.Year), Stub: "line",
		Columns: moneyColumns(u, "budget", "outturn", "variance")}
	missing := 0
	for _, l := range rv.Spend {
		if l.Year != rv.Year {
			continue
		}
		if !l.HasActual {
			missing++
			continue
		}
		label := names[l.Line]
		if label == "" {
			label = l.Line
		}
		t.Rows = append(t.Rows, Row{Label: label, Cells: []Cell{M(l.Budget), M(l.Actual), M(l.Variance)}})
	}
	if missing > 0 {
		t.Notes = append(t.Notes, fmt.Sprintf("%d further %s no outturn reported for %v.", missing, plural(missing, "line has", "lines have"), rv.Year))
	}
	return withTotal(t, "Total of the lines reported")
}

// LocalityOutturn returns budget and reported outturn by locality, the
// partnership-wide spend last, with the total row adding them. names maps
// a locality's code to the name printed.
func LocalityOutturn(spend []commissioning.LocalitySpend, names map[string]string, u investment.Unit) (*Table, error) {
	t := &Table{ID: "locality-outturn", Title: "Spend by locality", Stub: "locality", Columns: moneyColumns(u, "budget", "outturn reported"),
		Notes: []string{"Outturn is the sum of the lines whose outturn was reported; budget covers every line."}}
	for _, s := range spend {
		label := names[s.Locality]
		switch {
		case s.Locality == "":
			label = "Partnership-wide"
		case label == "":
			label = s.Locality
		}
		t.Rows = append(t.Rows, Row{Label: label, Cells: []Cell{M(s.Budget), M(s.Actual)}})
	}
	return withTotal(t, "Total")
}

func moneyColumns(u investment.Unit, headings ...string) []Column {
	cs := make([]Column, len(headings))
	for i, h := range headings {
		cs[i] = Column{Heading: h, Kind: Money, Unit: u}
	}
	return cs
}

// withTotal appends a row that adds every row above it and validates t.
func withTotal(t *Table, label string) (*Table, error) {
	n := len(t.Rows)
	if n > 0 {
		cells := make([]Cell, len(t.Columns))
		for j := range cells {
			var sum investment.Money
			for _, r := range t.Rows {
				sum = sum.Add(r.Cells[j].Money)
			}
			cells[j] = M(sum)
		}
		t.Rows = append(t.Rows, Row{Label: label, Cells: cells, Total: Sum(0, n)})
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// reportChecklist sets the round against the rules of the annual
// performance report.
func reportChecklist(r *commissioning.Round) []Check {
	var out []Check
	for _, c := range checklist(r) {
		if strings.Contains(c.Source, "2014/326") {
			out = append(out, c)
		}
	}
	return out
}

func countWord(n int) string {
	words := []string{"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"}
	if n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
