package pbma

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/investment"
)

// generate draws a deterministic exercise with nProg programmes and
// about n items in total; divisible sets how items are marked (0: none,
// 1: all, 2: at random).
func generate(seed uint64, nProg, n, divisible int) Exercise {
	rng := rand.New(rand.NewPCG(seed, 0x70626d61))
	e := Exercise{Headroom: investment.FromPence(rng.Int64N(5_000_000))}
	for p := range nProg {
		e.Programmes = append(e.Programmes, Programme{ID: fmt.Sprintf("prog%02d", p),
			Spend: investment.FromPence(1_000_000_000 + rng.Int64N(9_000_000_000))})
	}
	div := func() bool {
		switch divisible {
		case 0:
			return false
		case 1:
			return true
		}
		return rng.IntN(2) == 0
	}
	for i := range n {
		prog := e.Programmes[rng.IntN(nProg)].ID
		amount := investment.FromPence(1 + rng.Int64N(50_000_000)) // up to £500,000
		benefit := float64(rng.IntN(400)) / 10                     // 0–40 QALYs, some zero
		if i%2 == 0 {
			e.WishList = append(e.WishList, Proposal{ID: fmt.Sprintf("w%04d", i), Programme: prog,
				Cost: amount, Benefit: benefit, Divisible: div()})
		} else {
			e.HitList = append(e.HitList, Disinvestment{ID: fmt.Sprintf("h%04d", i), Programme: prog,
				Saving: amount, BenefitLost: benefit, Divisible: div()})
		}
	}
	return e
}

// checkInvariants verifies what Analyse promises about any recommendation.
func checkInvariants(t *testing.T, e Exercise, r Recommendation) {
	t.Helper()
	// Resource neutrality, exactly.
	if !r.Invested.Add(r.Unallocated).Equal(r.Released.Add(r.Headroom)) || r.Unallocated.IsNegative() {
		t.Fatalf("invested %v + unallocated %v ≠ released %v + headroom %v", r.Invested, r.Unallocated, r.Released, r.Headroom)
	}
	before, after := investment.Money{}, investment.Money{}
	for _, p := range r.Spend {
		if !p.After.Equal(p.Before.Add(p.Invested).Sub(p.Released)) || p.After.IsNegative() {
			t.Fatalf("programme %s: %+v", p.Programme, p)
		}
		before, after = before.Add(p.Before), after.Add(p.After)
	}
	if !after.Equal(before.Add(r.Invested).Sub(r.Released)) {
		t.Fatalf("spend after %v ≠ before %v + invested %v − released %v", after, before, r.Invested, r.Released)
	}
	// Each shift pays for itself and respects the marginal rule.
	funded := map[string]investment.Money{}
	freed := map[string]investment.Money{}
	gained, lost := 0.0, 0.0
	for _, s := range r.Shifts {
		l := 0.0
		for _, rel := range s.Releases {
			var d Disinvestment
			for _, x := range e.HitList {
				if x.ID == rel.Disinvestment {
					d = x
				}
			}
			if !(d.LossPerPound() < s.BenefitPerPound) {
				t.Fatalf("shift %s (%.6g per £) releases %s losing %.6g per £", s.Proposal, s.BenefitPerPound, d.ID, d.LossPerPound())
			}
			l += rel.BenefitLost
			freed[rel.Disinvestment] = freed[rel.Disinvestment].Add(rel.Amount)
		}
		if !(s.Benefit > l) {
			t.Fatalf("shift %s gains %v but loses %v", s.Proposal, s.Benefit, l)
		}
		funded[s.Proposal] = funded[s.Proposal].Add(s.Amount)
		gained += s.Benefit
		lost += l
	}
	if !near(gained, r.BenefitGained) || !near(lost, r.BenefitLost) {
		t.Fatalf("benefit totals %v, %v; shifts add to %v, %v", r.BenefitGained, r.BenefitLost, gained, lost)
	}
	// Every pound of every item is accounted for once.
	for _, u := range r.Unfunded {
		funded[u.Proposal] = funded[u.Proposal].Add(u.Cost)
	}
	for _, p := range e.WishList {
		if !funded[p.ID].Equal(p.Cost) {
			t.Fatalf("proposal %s: funded + unfunded = %v, cost %v", p.ID, funded[p.ID], p.Cost)
		}
	}
	for _, k := range r.Retained {
		freed[k.Disinvestment] = freed[k.Disinvestment].Add(k.Saving)
	}
	for _, d := range e.HitList {
		if !freed[d.ID].Equal(d.Saving) {
			t.Fatalf("disinvestment %s: released + retained = %v, saving %v", d.ID, freed[d.ID], d.Saving)
		}
	}
}

func near(a, b float64) bool {
	d := a - b
	return d < 1e-9*(1+max(a, -a, b, -b)) && -d < 1e-9*(1+max(a, -a, b, -b))
}

func TestAnalyseInvariants(t *testing.T) {
	for seed := range uint64(60) {
		for _, div := range []int{0, 1, 2} {
			e := generate(seed, 1+int(seed%5), 2+int(seed%40), div)
			r, err := Analyse(e)
			if err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			checkInvariants(t, e, r)
			again, _ := Analyse(e)
			if diff := cmp.Diff(r, again); diff != "" {
				t.Fatalf("seed %d: not deterministic (-first +second):\n%s", seed, diff)
			}
		}
	}
}

// TestAnalyseDivisibleStopsAtTheMargin checks the marginal condition when
// every item is divisible: at the end, no unfunded proposal gains more per
// pound than any retained disinvestment loses, and money is left unspent
// only when nothing worth funding remains.
func TestAnalyseDivisibleStopsAtTheMargin(t *testing.T) {
	for seed := range uint64(60) {
		e := generate(seed, 3, 4+int(seed%30), 1)
		r, err := Analyse(e)
		if err != nil {
			t.Fatal(err)
		}
		rate := map[string]float64{}
		for _, p := range e.WishList {
			rate[p.ID] = p.BenefitPerPound()
		}
		for _, d := range e.HitList {
			rate[d.ID] = d.LossPerPound()
		}
		for _, u := range r.Unfunded {
			if u.Benefit == 0 {
				continue
			}
			if r.Unallocated.Sign() > 0 {
				t.Fatalf("seed %d: %v unallocated while %s is unfunded", seed, r.Unallocated, u.Proposal)
			}
			for _, k := range r.Retained {
				if rate[u.Proposal] > rate[k.Disinvestment] {
					t.Fatalf("seed %d: %s (%.6g per £) unfunded while %s (%.6g per £) retained",
						seed, u.Proposal, rate[u.Proposal], k.Disinvestment, rate[k.Disinvestment])
				}
			}
		}
	}
}
