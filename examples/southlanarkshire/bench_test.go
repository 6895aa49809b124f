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
	in, err := slround.Inputs(false)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := commissioning.Run(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRerun re-runs the round with one input changed (the council's
// contribution 2% higher), as a scenario does. Goal: no slower than
// BenchmarkRound.
func BenchmarkRerun(b *testing.B) {
	in, err := slround.Inputs(false)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	base, err := commissioning.Run(ctx, in)
	if err != nil {
		b.Fatal(err)
	}
	change := commissioning.ScaleStream("council", decimal.RequireFromString("0.02"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := commissioning.Rerun(ctx, base, change); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRoundChanged runs the whole round from scratch on the inputs
// BenchmarkRerun arrives at (the council's contribution 2% higher, which
// funds more options), the like-for-like cost a re-run is measured against.
func BenchmarkRoundChanged(b *testing.B) {
	in, err := slround.Inputs(false)
	if err != nil {
		b.Fatal(err)
	}
	if err := commissioning.ScaleStream("council", decimal.RequireFromString("0.02"))(&in); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := commissioning.Run(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRerunAnalyse re-runs the round with a prevalence changed, which
// Analyse must recompute.
func BenchmarkRerunAnalyse(b *testing.B) {
	in, err := slround.Inputs(false)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	base, err := commissioning.Run(ctx, in)
	if err != nil {
		b.Fatal(err)
	}
	change := commissioning.ScaleCondition("dementia", 1.05)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := commissioning.Rerun(ctx, base, change); err != nil {
			b.Fatal(err)
		}
	}
}
