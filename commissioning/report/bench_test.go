package report

import (
	"io"
	"testing"
)

// BenchmarkTables builds every fixture table from the library's results
// and prints it as text and Markdown.
func BenchmarkTables(b *testing.B) {
	load(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range testTables(b) {
			if _, err := t.Text(); err != nil {
				b.Fatal(err)
			}
			if _, err := t.Markdown(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkChartsSVG builds the eight fixture charts and draws each as SVG.
func BenchmarkChartsSVG(b *testing.B) {
	load(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range testCharts(b) {
			if _, err := c.SVG(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkChartPNG draws the population pyramid as a 96 dpi PNG.
func BenchmarkChartPNG(b *testing.B) {
	c := testCharts(b)[1]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.PNG(96); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTML writes the fixture document (ten tables, eight charts) as
// one self-contained page.
func BenchmarkHTML(b *testing.B) {
	d := testDocument(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := d.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarkdown writes the fixture document as Markdown.
func BenchmarkMarkdown(b *testing.B) {
	d := testDocument(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := d.WriteMarkdown(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWorkbook writes the fixture tables as an XLSX workbook.
func BenchmarkWorkbook(b *testing.B) {
	ts := testTables(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteWorkbook(io.Discard, ts...); err != nil {
			b.Fatal(err)
		}
	}
}
