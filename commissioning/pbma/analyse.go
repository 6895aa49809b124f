package pbma

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// Analyse runs the marginal analysis of an exercise and returns a
// resource-neutral recommendation.
//
// Proposals are taken in order of benefit per pound, best first;
// disinvestments are drawn in order of benefit lost per pound, least first
// (ties in input order). Each proposal is funded from the pool (headroom,
// then savings left over from earlier shifts) topped up by releasing the
// next disinvestments on the hit list, but only those whose loss per pound
// is strictly below the proposal's benefit per pound: resources shift while
// the best investment's benefit per pound exceeds the cheapest
// disinvestment's loss per pound (Mitton and Donaldson, Priority setting
// toolkit, BMJ Books, 2004).
//
// Items are indivisible unless marked Divisible. A divisible disinvestment
// releases only what is needed; an indivisible one is released whole and
// any surplus stays in the pool for the next proposal. A proposal that is
// not divisible is funded whole or not at all: it is skipped, with its
// reason, when the eligible resources fall short or when the whole
// disinvestments it needs would lose more benefit than it brings, and the
// analysis moves on to the next proposal. A divisible proposal is funded as
// far as eligible resources allow. A proposal with no benefit is never
// funded.
//
// With indivisible items this greedy rule is the toolkit's heuristic, not
// an optimisation: an exact choice of sets under a budget belongs to a
// knapsack solver. Money stays exact throughout; partial amounts are exact
// differences of the amounts given, so whole-penny inputs give whole-penny
// results, and the programmes' spends after the shifts add up to the
// spends before plus invested minus released, to the penny.
//
// Errors are those of [Exercise.Validate].
func Analyse(e Exercise) (Recommendation, error) {
	if err := e.Validate(); err != nil {
		return Recommendation{}, err
	}
	props := make([]int, len(e.WishList))
	for i := range props {
		props[i] = i
	}
	benefitRate := make([]float64, len(e.WishList))
	for i, p := range e.WishList {
		benefitRate[i] = p.BenefitPerPound()
	}
	slices.SortStableFunc(props, func(a, b int) int { return cmp.Compare(benefitRate[b], benefitRate[a]) })

	hits := make([]int, len(e.HitList))
	for i := range hits {
		hits[i] = i
	}
	lossRate := make([]float64, len(e.HitList))
	for i, d := range e.HitList {
		lossRate[i] = d.LossPerPound()
	}
	slices.SortStableFunc(hits, func(a, b int) int { return cmp.Compare(lossRate[a], lossRate[b]) })
	remaining := make([]investment.Money, len(hits)) // by position in hits
	for k, h := range hits {
		remaining[k] = e.HitList[h].Saving
	}

	rec := Recommendation{Headroom: e.Headroom}
	invested := make(map[string]investment.Money)
	released := make(map[string]investment.Money)
	pool := e.Headroom
	next := 0
	bestUnfunded := -1.0 // best benefit per pound among proposals left (partly) unfunded // first position in hits with something left to release

	type piece struct {
		k      int
		amount investment.Money
	}
	lossOf := func(pc piece) (float64, float64) {
		d := e.HitList[hits[pc.k]]
		if pc.amount.Equal(d.Saving) {
			return 1, d.BenefitLost // the whole item: no need for a ratio
		}
		f, _ := pc.amount.Ratio(d.Saving) // Saving is non-zero after validation
		return f, d.BenefitLost * f
	}

	for _, pi := range props {
		p := e.WishList[pi]
		rate := benefitRate[pi]
		unfunded := func(cost investment.Money, benefit float64, r Reason, detail string) {
			if benefit > 0 {
				bestUnfunded = max(bestUnfunded, rate)
			}
			rec.Unfunded = append(rec.Unfunded, Unfunded{Proposal: p.ID, Programme: p.Programme,
				Cost: cost, Benefit: benefit, Reason: r, Detail: detail})
		}
		if p.Benefit == 0 {
			unfunded(p.Cost, 0, NoCheaperDisinvestment, "brings no benefit")
			continue
		}
		need := p.Cost
		avail := pool
		var plan []piece
		for k := next; avail.Less(need) && k < len(hits) && lossRate[hits[k]] < rate; k++ {
			take := remaining[k]
			if e.HitList[hits[k]].Divisible {
				take = take.Min(need.Sub(avail))
			}
			plan = append(plan, piece{k, take})
			avail = avail.Add(take)
		}
		loss := 0.0
		for _, pc := range plan {
			_, l := lossOf(pc)
			loss += l
		}

		var amount investment.Money
		switch {
		case !avail.Less(need):
			if len(plan) > 0 && loss >= p.Benefit {
				unfunded(p.Cost, p.Benefit, LosesMoreThanGains, fmt.Sprintf(
					"gains %.6g; the whole disinvestments needed release %v and lose %.6g",
					p.Benefit, avail.Sub(pool), loss))
				continue
			}
			amount = need
		case p.Divisible && avail.Sign() > 0:
			amount = avail
		default:
			if len(plan) == 0 && pool.IsZero() {
				detail := fmt.Sprintf("gains %.6g per £; no disinvestment remains", rate)
				if next < len(hits) {
					detail = fmt.Sprintf("gains %.6g per £; the cheapest remaining disinvestment, %s, loses %.6g per £",
						rate, e.HitList[hits[next]].ID, lossRate[hits[next]])
				}
				unfunded(p.Cost, p.Benefit, NoCheaperDisinvestment, detail)
			} else {
				unfunded(p.Cost, p.Benefit, NotEnoughReleasable, fmt.Sprintf(
					"costs %v; the pool and the disinvestments losing less than %.6g per £ release %v",
					need, rate, avail))
			}
			continue
		}

		// Commit the shift.
		fraction := 1.0
		if amount.Less(need) {
			fraction, _ = amount.Ratio(need)
		}
		s := Shift{Proposal: p.ID, Programme: p.Programme, Amount: amount, Fraction: fraction,
			Benefit: p.Benefit * fraction, BenefitPerPound: rate, FromPool: pool.Min(amount)}
		freed := investment.Money{}
		for _, pc := range plan {
			d := e.HitList[hits[pc.k]]
			f, l := lossOf(pc)
			s.Releases = append(s.Releases, Release{Disinvestment: d.ID, Programme: d.Programme,
				Amount: pc.amount, Fraction: f, BenefitLost: l})
			remaining[pc.k] = remaining[pc.k].Sub(pc.amount)
			released[d.Programme] = released[d.Programme].Add(pc.amount)
			rec.Released = rec.Released.Add(pc.amount)
			rec.BenefitLost += l
			freed = freed.Add(pc.amount)
		}
		for next < len(hits) && remaining[next].IsZero() {
			next++
		}
		pool = pool.Add(freed).Sub(amount)
		s.Surplus = freed.Sub(amount.Sub(s.FromPool))
		invested[p.Programme] = invested[p.Programme].Add(amount)
		rec.Invested = rec.Invested.Add(amount)
		rec.BenefitGained += s.Benefit
		rec.Shifts = append(rec.Shifts, s)
		if fraction < 1 {
			unfunded(need.Sub(amount), p.Benefit-s.Benefit, FundedInPart,
				fmt.Sprintf("funded %v of %v", amount, need))
		}
	}
	rec.Unallocated = pool

	// What stays on the hit list, and why.
	for k, h := range hits {
		if remaining[k].IsZero() {
			continue
		}
		d := e.HitList[h]
		f, _ := remaining[k].Ratio(d.Saving)
		r := LossTooHigh
		if lossRate[h] < bestUnfunded {
			r = CannotFundWhole
		}
		rec.Retained = append(rec.Retained, Retained{Disinvestment: d.ID, Programme: d.Programme,
			Saving: remaining[k], BenefitKept: d.BenefitLost * f, Reason: r})
	}

	for _, p := range e.Programmes {
		rec.Spend = append(rec.Spend, ProgrammeSpend{Programme: p.ID, Before: p.Spend,
			Invested: invested[p.ID], Released: released[p.ID],
			After: p.Spend.Add(invested[p.ID]).Sub(released[p.ID])})
	}
	return rec, nil
}
