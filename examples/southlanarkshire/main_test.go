package main

import (
	"bytes"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/internal/golden"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

// TestWorkedExample runs the whole worked example and compares its report
// with the golden file, line by line. Run `go test -update` after a
// deliberate change and read the diff before committing it.
func TestWorkedExample(t *testing.T) {
	var got bytes.Buffer
	if err := run(&got); err != nil {
		t.Fatalf("run: %v", err)
	}
	golden.Check(t, filepath.Join("testdata", "southlanarkshire.golden"), got.Bytes())
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
// suite would: the commitments' allocation to localities and every roll-up
// of the financial plan conserve every penny, and nothing is negative.
func TestMoneyConserved(t *testing.T) {
	var out bytes.Buffer
	r, err := runRound(&out)
	if err != nil {
		t.Fatal(err)
	}
	c := r.Commitments
	for y := range c.Years.All() {
		for _, it := range c.Items {
			var parts []investmenttest.Part
			for _, la := range it.ByLocality {
				parts = append(parts, investmenttest.P(la.Locality, la.Amounts.In(y)))
			}
			investmenttest.AssertConserves(t, it.Amounts.In(y), parts)
			investmenttest.AssertNonNegative(t, parts)
		}
		if !c.Total.In(y).Equal(r.Strategy.Choice.Spend.In(y)) {
			t.Errorf("%v: commitments %v, selection spends %v", y, c.Total.In(y), r.Strategy.Choice.Spend.In(y))
		}
	}
	investmenttest.AssertBudgetRollsUp(t, r.Strategy.Finance)
}
