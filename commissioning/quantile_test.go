package commissioning

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAtScoreMatchesQuantile checks g(z) = F⁻¹(Φ(z)) for every kind
// against the Distribution's own Quantile at Φ(z), on scores where Φ(z)
// keeps its precision.
func TestAtScoreMatchesQuantile(t *testing.T) {
	for _, d := range []Distribution{
		mustDist(NewFixed(2.5)),
		mustDist(NewNormal(1, 0.1)),
		mustDist(NewLogNormal(0, 0.25)),
		mustDist(NewGamma(4, 4)),
		mustDist(NewBeta(2, 3)),
		mustDist(NewTriangular(0.9, 1, 1.3)),
		mustDist(NewTriangular(0, 0, 1)),
		mustDist(NewTriangular(0, 1, 1)),
		mustDist(NewPERT(0.9, 1, 1.5)),
		mustDist(NewUniform(-1, 3)),
	} {
		t.Run(d.Kind.String(), func(t *testing.T) {
			lo, _ := d.Quantile(0.001)
			hi, _ := d.Quantile(0.999)
			scale := max(hi-lo, 1)
			for i := range 401 {
				z := -4 + 8*float64(i)/400
				want, err := d.Quantile(normCDF(z))
				if err != nil {
					t.Fatal(err)
				}
				if got := d.atScore(z); !approx(got, want, 1e-9*scale) {
					t.Errorf("g(%v) = %v, Quantile(Φ) = %v", z, got, want)
				}
			}
		})
	}
}

// TestScoreTableMaxError measures each table's largest error against the
// exact g on a dense grid (about eleven points per interval, and beyond
// ±scoreMax), and checks it is within tableTol of the table's span and
// that the table is monotone.
func TestScoreTableMaxError(t *testing.T) {
	points := 11 * tableIntervals
	if testing.Short() {
		points = 3 * tableIntervals
	}
	for _, d := range []Distribution{
		mustDist(NewPERT(0.9, 1, 1.5)),
		mustDist(NewPERT(0, 0, 1)),
		mustDist(NewPERT(0, 1, 1)),
		mustDist(NewBeta(18, 2)),
		mustDist(NewBeta(2, 3)),
		mustDist(NewBeta(0.5, 0.5)),
		mustDist(NewBeta(1, 1)),
		mustDist(NewBeta(0.2, 5)),
		mustDist(NewGamma(100, 100)),
		mustDist(NewGamma(1, 1)),
		mustDist(NewGamma(0.5, 2)),
	} {
		t.Run(fmt.Sprintf("%v(%v,%v,%v,%v,%v,%v)", d.Kind, d.Alpha, d.Beta, d.Shape, d.Min, d.Mode, d.Max), func(t *testing.T) {
			tb, ok := newScoreTable(d)
			if !ok {
				t.Fatal("table rejected")
			}
			span := d.atScore(scoreMax) - d.atScore(-scoreMax)
			worst, prev := 0.0, math.Inf(-1)
			for i := range points + 1 {
				z := -scoreMax - 0.5 + (2*scoreMax+1)*float64(i)/float64(points)
				got := tb.at(z)
				if got < prev {
					t.Fatalf("not monotone at z = %v: %v after %v", z, got, prev)
				}
				prev = got
				worst = max(worst, math.Abs(got-d.atScore(z))/span)
			}
			if worst > tableTol {
				t.Errorf("largest error %.3g of the span, want ≤ %v", worst, tableTol)
			}
			t.Logf("largest error %.3g of the span", worst)
			// The nodes are exact.
			for _, i := range []int{0, 1, tableIntervals / 3, tableIntervals / 2, tableIntervals - 1} {
				z := -scoreMax + float64(i)*tableStep
				if got, want := tb.at(z), d.atScore(z); got != want {
					t.Errorf("node %d: %v, want %v", i, got, want)
				}
			}
		})
	}
}

// TestScoreTableRejected: shapes whose g is too steep for the grid get no
// table, and their draws use the exact g.
func TestScoreTableRejected(t *testing.T) {
	for _, d := range []Distribution{mustDist(NewBeta(0.1, 0.1)), mustDist(NewBeta(1000, 3))} {
		if _, ok := newScoreTable(d); ok {
			t.Errorf("%+v: table accepted", d)
		}
		s := buildScorers([]Input{{Dist: d}}, []bool{true}, tableMinDraws, 2)
		if _, ok := s[0].(exactScorer); !ok {
			t.Errorf("%+v: scorer %T, want exactScorer", d, s[0])
		}
	}
}

func TestBuildScorers(t *testing.T) {
	pert := mustDist(NewPERT(0, 1, 4))
	gamma := mustDist(NewGamma(4, 4))
	inputs := []Input{{Dist: pert}, {Dist: mustDist(NewNormal(0, 1))}, {Dist: pert}, {Dist: gamma}, {Dist: pert}}
	copula := []bool{true, true, true, true, false}
	s := buildScorers(inputs, copula, tableMinDraws, 3)
	if s[0] != s[2] {
		t.Error("equal distributions do not share a table")
	}
	for k, want := range []string{"*commissioning.scoreTable", "commissioning.exactScorer", "*commissioning.scoreTable", "*commissioning.scoreTable", "<nil>"} {
		if got := fmt.Sprintf("%T", s[k]); got != want {
			t.Errorf("input %d: %s, want %s", k, got, want)
		}
	}
	few := buildScorers(inputs, copula, tableMinDraws-1, 3)
	if _, ok := few[0].(exactScorer); !ok {
		t.Errorf("with %d draws: %T, want exactScorer", tableMinDraws-1, few[0])
	}
}

// TestSimulateTableMatchesExact: draw d's stream depends only on the seed
// and d, so a simulation just too small for tables and one just large
// enough share all but the last draw; the tabulated draws must agree with
// the exactly inverted ones to the table's tolerance.
func TestSimulateTableMatchesExact(t *testing.T) {
	o1 := Option{ID: "a", Benefits: gbp("1000")}
	o2 := Option{ID: "b", Benefits: gbp("1000")}
	in := []Input{
		{Name: "x", Option: "a", Lines: Benefits, Dist: mustDist(NewPERT(0.9, 1, 1.5))},
		{Name: "y", Option: "b", Lines: Benefits, Dist: mustDist(NewGamma(4, 4))},
	}
	corr := [][]float64{{1, 0.5}, {0.5, 1}}
	run := func(draws, workers int) SimulationResult {
		t.Helper()
		sim := Simulation{Inputs: in, Correlation: corr, Draws: draws, Seed: 11, Workers: workers, KeepDraws: true}
		got, err := Appraiser{}.Simulate(context.Background(), []Option{o1, o2}, sim)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	exact := run(tableMinDraws-1, 1)
	table := run(tableMinDraws, 1)
	for i, span := range []float64{1000 * 0.6, 1000 * (in[1].Dist.atScore(scoreMax) - in[1].Dist.atScore(-scoreMax))} {
		worst := 0.0
		for d, x := range exact.Options[i].NPSV {
			worst = max(worst, math.Abs(table.Options[i].NPSV[d]-x))
		}
		if worst == 0 {
			t.Errorf("option %d: tabulated and exact draws identical; was the table used?", i)
		}
		if worst > tableTol*span {
			t.Errorf("option %d: largest difference £%.3g, want ≤ £%.3g", i, worst, tableTol*span)
		}
	}
	if diff := cmp.Diff(table, run(tableMinDraws, 3)); diff != "" {
		t.Errorf("3 workers differ from 1 (-want +got):\n%s", diff)
	}
}
