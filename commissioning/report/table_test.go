package report

import (
	"errors"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

func TestAmount(t *testing.T) {
	m := investment.MustGBP
	for _, c := range []struct {
		m    investment.Money
		u    investment.Unit
		want string
	}{
		{m("1,234,567"), investment.Thousand, "1,235"},
		{m("-1,234,567"), investment.Thousand, "(1,235)"},
		{m("-1,234,567"), investment.Million, "(1.2)"},
		{m("1,250,000"), investment.Million, "1.3"},
		{m("1,500"), investment.Thousand, "2"},
		{m("-1,500"), investment.Thousand, "(2)"},
		{m("499.99"), investment.Thousand, "–"},
		{m("0"), investment.Pound, "–"},
		{m("1,234,567.891"), investment.Penny, "1,234,567.89"},
		{m("-0.005"), investment.Penny, "(0.01)"},
		{m("999,999"), investment.Pound, "999,999"},
	} {
		if got := Amount(c.m, c.u); got != c.want {
			t.Errorf("Amount(%v, %v) = %q, want %q", c.m, c.u, got, c.want)
		}
	}
}

// TestRoundingLineAsLibrary publishes the example of investment.RoundTable
// and checks the rounded parts, the rounding line and the total against it.
func TestRoundingLineAsLibrary(t *testing.T) {
	parts := []investment.Money{investment.MustGBP("1,234,400"), investment.MustGBP("2,345,400")}
	lib := investment.RoundTable(investment.Thousand, parts...)
	tb := &Table{ID: "t", Title: "T", Columns: []Column{{Heading: "£000", Kind: Money, Unit: investment.Thousand}},
		Rows: []Row{{Label: "a", Cells: []Cell{M(parts[0])}}, {Label: "b", Cells: []Cell{M(parts[1])}},
			{Label: "Total", Total: Sum(0, 2), Cells: []Cell{M(investment.Sum(parts...))}}}}
	rows, err := tb.Published()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{Amount(lib.Parts[0], investment.Thousand), Amount(lib.Parts[1], investment.Thousand),
		Amount(lib.Rounding, investment.Thousand), Amount(lib.Total, investment.Thousand)}
	if len(rows) != 4 || rows[2].Kind != RoundingRow || rows[3].Kind != TotalRow {
		t.Fatalf("published rows %+v, want two parts, a rounding line and the total", rows)
	}
	for i, w := range want {
		if rows[i].Cells[0] != w {
			t.Errorf("row %d = %q, want %q", i+1, rows[i].Cells[0], w)
		}
	}
	if want[2] != "1" || want[3] != "3,580" {
		t.Errorf("library example changed: rounding %s, total %s", want[2], want[3])
	}
}

// parseShown reads a published money figure back: "(1,235)" is −1235,
// "–" and "" are 0.
func parseShown(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	if s == "–" || s == "" {
		return decimal.Zero
	}
	neg := strings.HasPrefix(s, "(")
	s = strings.NewReplacer("(", "", ")", "", ",", "").Replace(s)
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("published figure %q: %v", s, err)
	}
	if neg {
		d = d.Neg()
	}
	return d
}

// TestPublishedColumnsAddUp checks every fixture table as printed: each
// total equals the signed sum of its terms' printed figures and the
// rounding line above it, and each total column the sum of the columns
// it adds up.
func TestPublishedColumnsAddUp(t *testing.T) {
	tables := testTables(t)
	for _, u := range []investment.Unit{investment.Penny, investment.Pound, investment.Million} {
		tb, err := FinancialPlan(load(t).budget, u)
		if err != nil {
			t.Fatal(err)
		}
		tables = append(tables, tb)
	}
	for _, tb := range tables {
		rows, err := tb.Published()
		if err != nil {
			t.Fatal(err)
		}
		at := map[int]int{} // table row → published row
		for k, r := range rows {
			if r.Source >= 0 {
				at[r.Source] = k
			}
		}
		for k, r := range rows {
			for j, c := range tb.Columns {
				if c.Kind != Money {
					continue
				}
				got := parseShown(t, r.Cells[j])
				if len(c.SumOf) > 0 {
					var s decimal.Decimal
					for _, o := range c.SumOf {
						s = s.Add(parseShown(t, r.Cells[o]))
					}
					if !s.Equal(got) {
						t.Errorf("%s row %q column %q: %s, its columns add to %s", tb.ID, r.Label, c.Heading, got, s)
					}
					continue
				}
				if r.Kind != TotalRow {
					continue
				}
				var s decimal.Decimal
				for _, term := range tb.Rows[r.Source].Total {
					s = s.Add(parseShown(t, rows[at[term.Row]].Cells[j]).Mul(decimal.NewFromInt(int64(term.Sign))))
				}
				if k > 0 && rows[k-1].Kind == RoundingRow {
					s = s.Add(parseShown(t, rows[k-1].Cells[j]))
				}
				if !s.Equal(got) {
					t.Errorf("%s total %q column %q: printed %s, its printed terms add to %s", tb.ID, r.Label, c.Heading, got, s)
				}
				// The printed total is the exact total rounded.
				if want := scaled(tb.Rows[r.Source].Cells[j].Money, c.Unit); !want.Equal(got) {
					t.Errorf("%s total %q column %q: printed %s, exact total rounds to %s", tb.ID, r.Label, c.Heading, got, want)
				}
			}
		}
	}
}

// TestFinancialPlanFigures checks the plan table against the budget the
// library computed, to the penny.
func TestFinancialPlanFigures(t *testing.T) {
	f := load(t)
	tb, err := FinancialPlan(f.budget, investment.Thousand)
	if err != nil {
		t.Fatal(err)
	}
	byLabel := map[string]Row{}
	for _, r := range tb.Rows {
		byLabel[r.Label] = r
	}
	for i, yt := range f.budget.Totals {
		for label, want := range map[string]investment.Money{"Net expenditure": yt.Net, "Funding gap": yt.Gap, "Funding": yt.Funding, "Savings": yt.Savings.Neg()} {
			if got := byLabel[label].Cells[i].Money; !got.Equal(want) {
				t.Errorf("%s %v = %v, want %v", label, yt.Year, got, want)
			}
		}
	}
	if got := byLabel["Funding gap"].Cells[len(f.budget.Totals)].Money; !got.Equal(f.budget.Total.Gap) {
		t.Errorf("gap over the plan = %v, want %v", got, f.budget.Total.Gap)
	}
}

func TestTextAndMarkdownShape(t *testing.T) {
	tb := testTables(t)[0]
	txt, err := tb.Text()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(txt), "\n")
	if !strings.HasPrefix(lines[0], tb.Title) || !strings.Contains(txt, "Rounding") || !strings.Contains(txt, "(180)") {
		t.Errorf("text table lacks its title, rounding line or bracketed savings:\n%s", txt)
	}
	md, err := tb.Markdown()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md, "| **Funding gap** |") || !strings.Contains(md, "---: |") {
		t.Errorf("Markdown table lacks a bold total or right-aligned figures:\n%s", md)
	}
}

// TestScenario checks the change rows of a what-if table against the
// flows, and that they add up as printed.
func TestScenario(t *testing.T) {
	m := investment.MustGBP
	years := investment.NewYears(2024, 2)
	tb, err := Scenario("What if", "after", years, investment.Thousand,
		ScenarioLine{Label: "Gap", Base: investment.FlowFrom(2024, m("1,000,400"), m("2,000,600")), Scenario: investment.FlowFrom(2024, m("500,600"), m("1,500,400"))})
	if err != nil {
		t.Fatal(err)
	}
	if got := tb.Rows[2].Cells[0].Money; !got.Equal(m("-499,800")) {
		t.Errorf("change 2024/25 = %v, want -£499,800", got)
	}
	rows, err := tb.Published()
	if err != nil {
		t.Fatal(err)
	}
	last := rows[len(rows)-1]
	if last.Kind != TotalRow || last.Cells[0] != "(500)" || last.Cells[2] != "(1,000)" {
		t.Errorf("published change %+v", last)
	}
	if _, err := Scenario("x", "y", years, investment.Thousand); !errors.Is(err, ErrNoData) {
		t.Errorf("no lines: %v", err)
	}
}
