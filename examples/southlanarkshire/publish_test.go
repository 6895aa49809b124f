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
	for _, name := range []string{"report.html", "report.md", "annual-report.html", "annual-report.md", "financial-plan.xlsx"} {
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
	// The pages are well-formed, with every chart inline.
	if n := inlineCharts(t, filepath.Join(dir, "report.html")); n < 10 {
		t.Errorf("report.html has %d charts, want 10", n)
	}
	if n := inlineCharts(t, filepath.Join(dir, "annual-report.html")); n != 1 {
		t.Errorf("annual-report.html has %d charts, want the RAG dashboard", n)
	}
	contains(t, filepath.Join(dir, "report.md"), "| **Funding gap** |",
		"![Net present social value under uncertainty](charts/npsv.svg)", "## Statutory checklist")
	// The annual performance report holds what SSI 2014/326 reg. 3 asks:
	// the indicators over six years, spend by locality, the significant
	// decisions, and its rules met.
	contains(t, filepath.Join(dir, "annual-report.md"), "| indicator | 2017/18 | 2018/19 | 2019/20 | 2020/21 | 2021/22 | 2022/23 |",
		"**Spend by locality**", "## Review — Significant decisions", "| the annual performance report gives spend in each locality | SSI 2014/326, reg. 3 | met |")
}

// inlineCharts parses the page at path strictly as XML and returns the
// number of inline SVG charts in it.
func inlineCharts(t *testing.T, path string) int {
	t.Helper()
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = true
	svgs := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return svgs
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", path, err)
		}
		if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "svg" {
			svgs++
		}
	}
}

// contains checks that the file at path holds each of wants.
func contains(t *testing.T, path string, wants ...string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range wants {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %q", filepath.Base(path), want)
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
