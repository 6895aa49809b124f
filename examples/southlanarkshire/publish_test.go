package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	pub "github.com/opencommissioning/scp/commissioning/report"
)

// TestPublish writes the board paper, its Markdown and the workbook and
// checks that each is there with the plan in it.
func TestPublish(t *testing.T) {
	r, err := runRound(io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files, err := publish(r, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"report.html", "report.md", "financial-plan.xlsx"} {
		p := filepath.Join(dir, name)
		if !strings.Contains(strings.Join(files, " "), p) {
			t.Errorf("publish did not report writing %s", p)
		}
		b, err := os.ReadFile(p)
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %d bytes, %v", p, len(b), err)
		}
	}
	// The workbook's gap, a formula over the inputs, is the library's to
	// the penny in every year and over the plan.
	xl, err := excelize.OpenFile(filepath.Join(dir, "financial-plan.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer xl.Close()
	totals := append(slices.Clone(r.Strategy.Finance.Totals), r.Strategy.Finance.Total)
	for i, yt := range totals {
		cell := pub.SheetCell(9, i)
		if f, _ := xl.GetCellFormula("financial-plan", cell); f == "" {
			t.Errorf("gap cell %s holds no formula", cell)
		}
		v, err := xl.CalcCellValue("financial-plan", cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		got, err := decimal.NewFromString(v)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Round(2).Equal(yt.Gap.Decimal()) {
			t.Errorf("workbook gap %s = £%s, the budget's is %v", cell, got.Round(2), yt.Gap)
		}
	}
	// The selection sheet's unspent row is the round's, by year.
	sel := len(r.Strategy.Choice.Options) // rows: the options, total spend, budget, unspent
	years := r.Strategy.Finance.Years
	for k := range years.Len() {
		v, err := xl.CalcCellValue("selection", pub.SheetCell(sel+2, k), excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		got, err := decimal.NewFromString(v)
		if err != nil {
			t.Fatal(err)
		}
		if want := r.Strategy.Choice.Unspent.In(years.At(k)); !got.Round(2).Equal(want.Decimal()) {
			t.Errorf("workbook unspent %v = £%s, the round's is %v", years.At(k), got.Round(2), want)
		}
	}
	// The page is well-formed, with every chart inline.
	page, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = true
	svgs := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("report.html is not well-formed: %v", err)
		}
		if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "svg" {
			svgs++
		}
	}
	if svgs < 10 {
		t.Errorf("report.html has %d charts, want 10", svgs)
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| **Funding gap** |", "![Net present social value under uncertainty](charts/npsv.svg)", "## Statutory checklist"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
}

// BenchmarkPublish writes the worked example's board paper, Markdown with
// its charts and workbook from the figures of one run of the cycle.
func BenchmarkPublish(b *testing.B) {
	r, err := runRound(io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := publish(r, dir); err != nil {
			b.Fatal(err)
		}
	}
}
