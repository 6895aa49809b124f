package main

import (
	"context"
	"testing"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/examples/internal/slround"
	"github.com/shopspring/decimal"
)

// BenchmarkRound runs one whole round (Analyse, Plan, Do, Review) on the
// embedded South Lanarkshire data, without the Monte Carlo analysis.
// Goal: under 100 ms.
func BenchmarkRound(b *testing.B) {
	benchRun(b, benchInputs(b))
}

// BenchmarkRerun re-runs the round with one input changed (the council's
// contribution 2% higher), as a scenario does. Goal: no slower than
// BenchmarkRound.
func BenchmarkRerun(b *testing.B) {
	benchRerun(b, commissioning.ScaleStream("council", decimal.RequireFromString("0.02")))
}

// BenchmarkRoundChanged runs the whole round from scratch on the inputs
// BenchmarkRerun arrives at (the council's contribution 2% higher, which
// funds more options), the like-for-like cost a re-run is measured against.
func BenchmarkRoundChanged(b *testing.B) {
	in := benchInputs(b)
	if err := commissioning.ScaleStream("council", decimal.RequireFromString("0.02"))(&in); err != nil {
		b.Fatal(err)
	}
	benchRun(b, in)
}

// BenchmarkRerunAnalyse re-runs the round with a prevalence changed, which
// Analyse must recompute.
func BenchmarkRerunAnalyse(b *testing.B) {
	benchRerun(b, commissioning.ScaleCondition("dementia", 1.05))
}

// benchInputs returns the round's inputs without the Monte Carlo analysis.
func benchInputs(b *testing.B) commissioning.Inputs {
	b.Helper()
	in, err := slround.Inputs(false)
	if err != nil {
		b.Fatal(err)
	}
	return in
}

// benchRun measures a whole round on in.
func benchRun(b *testing.B, in commissioning.Inputs) {
	b.Helper()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := commissioning.Run(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRerun measures a re-run, with change, of the round on the inputs
// of benchInputs.
func benchRerun(b *testing.B, change commissioning.Change) {
	b.Helper()
	ctx := context.Background()
	base, err := commissioning.Run(ctx, benchInputs(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := commissioning.Rerun(ctx, base, change); err != nil {
			b.Fatal(err)
		}
	}
}
