package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

var update = flag.Bool("update", false, "rewrite testdata/southlanarkshire.golden from the current output")

// TestWorkedExample runs the whole worked example and compares its report
// with the golden file, line by line. Run `go test -update` after a
// deliberate change and read the diff before committing it.
func TestWorkedExample(t *testing.T) {
	var got bytes.Buffer
	if err := run(&got); err != nil {
		t.Fatalf("run: %v", err)
	}
	golden := filepath.Join("testdata", "southlanarkshire.golden")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("worked example output differs from %s (-want +got):\n%s", golden, diff)
	}
}

// TestWorkedExampleDeterministic checks that the report, Monte Carlo
// included, is the same whatever the number of processors.
func TestWorkedExampleDeterministic(t *testing.T) {
	var outs []string
	for _, procs := range []int{1, 3} {
		prev := runtime.GOMAXPROCS(procs)
		var b bytes.Buffer
		err := run(&b)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatalf("GOMAXPROCS=%d: %v", procs, err)
		}
		outs = append(outs, b.String())
	}
	if diff := cmp.Diff(outs[0], outs[1]); diff != "" {
		t.Errorf("output with GOMAXPROCS=1 and 3 differs (-1 +3):\n%s", diff)
	}
}

// TestMoneyConserved validates the example's money the way a user's test
// suite would: the allocation to localities and every roll-up of the
// financial plan conserve every penny, and nothing is negative.
func TestMoneyConserved(t *testing.T) {
	var out bytes.Buffer
	r, err := runReport(&out)
	if err != nil {
		t.Fatal(err)
	}
	codes := make([]string, len(r.state.localities))
	for i, a := range r.state.localities {
		codes[i] = a.Code
	}
	shares := investmenttest.Labelled(codes, r.state.allocation)
	investmenttest.AssertConserves(t, r.state.year1, shares)
	investmenttest.AssertNonNegative(t, shares)

	b := r.state.budget
	investmenttest.AssertBudgetRollsUp(t, b)
	for i, yt := range b.Totals {
		var lines, groups, places []investmenttest.Part
		for _, l := range b.Lines {
			lines = append(lines, investmenttest.P(l.ID, l.Years[i].Net))
		}
		for _, g := range b.ByCareGroup {
			groups = append(groups, investmenttest.P(g.Key, g.Years[i].Net))
		}
		for _, l := range b.ByLocality {
			places = append(places, investmenttest.P(l.Title, l.Years[i].Net))
		}
		investmenttest.AssertConserves(t, yt.Net, lines)
		investmenttest.AssertConserves(t, yt.Net, groups)
		investmenttest.AssertConserves(t, yt.Net, places)
		investmenttest.AssertNonNegative(t, lines)
	}
}
