package outcomes

import (
	"math"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

// TestFrontierRajasinghamCDiff reproduces a published ICER table with both
// kinds of dominance: the eleven Clostridioides difficile treatment
// strategies of Rajasingham R, Enns EA, Khoruts A, Vaughn BP,
// "Cost-effectiveness of Treatment Regimens for Clostridioides difficile
// Infection", Clinical Infectious Diseases 2020;70(5):754–762, as worked in
// the "Basic Cost Effectiveness Analysis" vignette of the R package dampack
// (mean cost and QALYs over the PSA, and the resulting table: six strategies
// on the frontier, s39 extendedly dominated, s4, s13, s37 and s20 strongly
// dominated).
func TestFrontierRajasinghamCDiff(t *testing.T) {
	type published struct {
		id, cost string
		effect   float64
		status   Dominance
		icer     float64 // 0 where the table shows none
	}
	rows := []published{
		{"s3", "57336.0059896538", 12.9399639202408, Efficient, 0},
		{"s27", "57541.2526373815", 13.0140640696275, Efficient, 2769.85470915263},
		{"s33", "57642.2587507842", 13.0389116321918, Efficient, 4065.03105249231},
		{"s31", "57934.0743411241", 13.0966257932217, Efficient, 5056.2216470406},
		{"s43", "58072.1137208494", 13.11285766912, Efficient, 8504.2160616553},
		{"s44", "58665.7823044647", 13.1283328397025, Efficient, 38362.6519947134},
		{"s39", "57814.6470919581", 13.0462790163185, ExtendedlyDominated, 0},
		{"s4", "57887.481549326", 12.9970657153765, StronglyDominated, 0},
		{"s13", "58018.6252420203", 13.0650412387992, StronglyDominated, 0},
		{"s37", "58081.7947984323", 13.1029711156978, StronglyDominated, 0},
		{"s20", "58634.2026441398", 13.1100568867995, StronglyDominated, 0},
	}
	alts := make([]Alternative, len(rows))
	for i, r := range rows {
		alts[i] = Alternative{ID: r.id, Cost: investment.MustGBP(r.cost), Effect: r.effect}
	}
	tab, err := Frontier(alts)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Row{}
	for _, r := range tab.Rows {
		got[r.ID] = r
	}
	for _, want := range rows {
		r, ok := got[want.id]
		if !ok {
			t.Errorf("strategy %s missing from the table", want.id)
			continue
		}
		if r.Dominance != want.status {
			t.Errorf("%s: %v, want %v (published)", want.id, r.Dominance, want.status)
		}
		if want.icer != 0 {
			// The table's ICERs are unrounded; ours are rounded to the penny.
			if d := math.Abs(r.ICER.Float64() - want.icer); d > 0.005+1e-9 {
				t.Errorf("%s: ICER %v, want %.2f (published %.6f)", want.id, r.ICER, want.icer, want.icer)
			}
		}
	}
}
