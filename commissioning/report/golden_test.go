package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/commissioning"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata from the current output")

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

// TestMarkdownGolden compares the Markdown of the fixture document with
// testdata/report.md.
func TestMarkdownGolden(t *testing.T) {
	var b bytes.Buffer
	if err := testDocument(t).WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.md", b.Bytes())
}

// TestChartGolden compares each chart's SVG with testdata/ID.svg: the
// drawing is deterministic.
func TestChartGolden(t *testing.T) {
	for _, c := range testCharts(t) {
		svg, err := c.SVG()
		if err != nil {
			t.Fatal(err)
		}
		golden(t, c.ID+".svg", svg)
	}
}

// TestChartPNG draws every chart as PNG.
func TestChartPNG(t *testing.T) {
	for _, c := range testCharts(t) {
		b, err := c.PNG(72)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
			t.Errorf("chart %s: PNG does not start with the PNG signature", c.ID)
		}
	}
}

// TestNPSVFromPercentiles draws the distribution from a result that kept
// no draws: its percentiles make the bars.
func TestNPSVFromPercentiles(t *testing.T) {
	res, err := commissioning.Appraiser{}.Simulate(context.Background(), load(t).options, commissioning.Simulation{
		Inputs: []commissioning.Input{{Name: "benefits", Lines: commissioning.Benefits, Dist: mustPERT(t)}},
		Draws:  300, Seed: 3, Percentiles: []float64{10, 50, 90}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := NPSVDistribution("npsv-p", "NPSV", res, nil)
	if err != nil {
		t.Fatal(err)
	}
	svg, err := c.SVG()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"10th–90th percentile", ">median<", ">reablement<"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("chart from percentiles lacks %q", want)
		}
	}
}

func mustPERT(t *testing.T) commissioning.Distribution {
	d, err := commissioning.NewPERT(0.6, 1, 1.2)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
