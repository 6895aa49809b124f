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
	an := newAnalysis(e)
	for _, pi := range an.props {
		an.consider(pi)
	}
	an.rec.Unallocated = an.pool
	an.retain()
	for _, p := range e.Programmes {
		an.rec.Spend = append(an.rec.Spend, ProgrammeSpend{Programme: p.ID, Before: p.Spend,
			Invested: an.invested[p.ID], Released: an.released[p.ID],
			After: p.Spend.Add(an.invested[p.ID]).Sub(an.released[p.ID])})
	}
	return an.rec, nil
}

// analysis is the state of the marginal analysis of one exercise.
type analysis struct {
	e           Exercise
	props       []int              // wish-list positions, best benefit per pound first
	benefitRate []float64          // by wish-list position
	hits        []int              // hit-list positions, least loss per pound first
	lossRate    []float64          // by hit-list position
	remaining   []investment.Money // what each disinvestment can still release, by position in hits

	rec                Recommendation
	invested, released map[string]investment.Money // by programme
	pool               investment.Money            // headroom and released savings not yet spent
	next               int                         // first position in hits with something left to release
	bestUnfunded       float64                     // best benefit per pound among proposals left (partly) unfunded
}

// piece is part (or all) of the disinvestment at position k of hits.
type piece struct {
	k      int
	amount investment.Money
}

func newAnalysis(e Exercise) *analysis {
	an := &analysis{e: e, rec: Recommendation{Headroom: e.Headroom}, pool: e.Headroom, bestUnfunded: -1,
		invested: make(map[string]investment.Money), released: make(map[string]investment.Money)}
	an.props = make([]int, len(e.WishList))
	an.benefitRate = make([]float64, len(e.WishList))
	for i, p := range e.WishList {
		an.props[i] = i
		an.benefitRate[i] = p.BenefitPerPound()
	}
	slices.SortStableFunc(an.props, func(a, b int) int { return cmp.Compare(an.benefitRate[b], an.benefitRate[a]) })
	an.hits = make([]int, len(e.HitList))
	an.lossRate = make([]float64, len(e.HitList))
	for i, d := range e.HitList {
		an.hits[i] = i
		an.lossRate[i] = d.LossPerPound()
	}
	slices.SortStableFunc(an.hits, func(a, b int) int { return cmp.Compare(an.lossRate[a], an.lossRate[b]) })
	an.remaining = make([]investment.Money, len(an.hits))
	for k, h := range an.hits {
		an.remaining[k] = e.HitList[h].Saving
	}
	return an
}

// lossOf returns the share of its disinvestment's saving that pc releases
// and the benefit it loses.
func (an *analysis) lossOf(pc piece) (float64, float64) {
	d := an.e.HitList[an.hits[pc.k]]
	if pc.amount.Equal(d.Saving) {
		return 1, d.BenefitLost // the whole item: no need for a ratio
	}
	f, _ := pc.amount.Ratio(d.Saving) // Saving is non-zero after validation
	return f, d.BenefitLost * f
}

// unfunded records the part of proposal pi that is not funded.
func (an *analysis) unfunded(pi int, cost investment.Money, benefit float64, r Reason, detail string) {
	p := an.e.WishList[pi]
	if benefit > 0 {
		an.bestUnfunded = max(an.bestUnfunded, an.benefitRate[pi])
	}
	an.rec.Unfunded = append(an.rec.Unfunded, Unfunded{Proposal: p.ID, Programme: p.Programme,
		Cost: cost, Benefit: benefit, Reason: r, Detail: detail})
}

// plan lists the disinvestments, cheapest loss per pound first and each
// losing less per pound than rate, that would bring the pool up to need;
// it returns them, what would then be available, and the benefit lost.
func (an *analysis) plan(need investment.Money, rate float64) ([]piece, investment.Money, float64) {
	avail := an.pool
	var plan []piece
	for k := an.next; avail.Less(need) && k < len(an.hits) && an.lossRate[an.hits[k]] < rate; k++ {
		take := an.remaining[k]
		if an.e.HitList[an.hits[k]].Divisible {
			take = take.Min(need.Sub(avail))
		}
		plan = append(plan, piece{k, take})
		avail = avail.Add(take)
	}
	loss := 0.0
	for _, pc := range plan {
		_, l := an.lossOf(pc)
		loss += l
	}
	return plan, avail, loss
}

// consider funds proposal pi (wish-list position) as far as the rule
// allows, or records why not.
func (an *analysis) consider(pi int) {
	p := an.e.WishList[pi]
	rate := an.benefitRate[pi]
	if p.Benefit == 0 {
		an.unfunded(pi, p.Cost, 0, NoCheaperDisinvestment, "brings no benefit")
		return
	}
	need := p.Cost
	plan, avail, loss := an.plan(need, rate)
	var amount investment.Money
	switch {
	case !avail.Less(need):
		if len(plan) > 0 && loss >= p.Benefit {
			an.unfunded(pi, p.Cost, p.Benefit, LosesMoreThanGains, fmt.Sprintf(
				"gains %.6g; the whole disinvestments needed release %v and lose %.6g",
				p.Benefit, avail.Sub(an.pool), loss))
			return
		}
		amount = need
	case p.Divisible && avail.Sign() > 0:
		amount = avail
	case len(plan) == 0 && an.pool.IsZero():
		detail := fmt.Sprintf("gains %.6g per £; no disinvestment remains", rate)
		if an.next < len(an.hits) {
			detail = fmt.Sprintf("gains %.6g per £; the cheapest remaining disinvestment, %s, loses %.6g per £",
				rate, an.e.HitList[an.hits[an.next]].ID, an.lossRate[an.hits[an.next]])
		}
		an.unfunded(pi, p.Cost, p.Benefit, NoCheaperDisinvestment, detail)
		return
	default:
		an.unfunded(pi, p.Cost, p.Benefit, NotEnoughReleasable, fmt.Sprintf(
			"costs %v; the pool and the disinvestments losing less than %.6g per £ release %v",
			need, rate, avail))
		return
	}
	an.shift(pi, amount, plan)
}

// shift commits the funding of amount to proposal pi from the pool and
// the disinvestments of plan.
func (an *analysis) shift(pi int, amount investment.Money, plan []piece) {
	p := an.e.WishList[pi]
	need := p.Cost
	fraction := 1.0
	if amount.Less(need) {
		fraction, _ = amount.Ratio(need)
	}
	s := Shift{Proposal: p.ID, Programme: p.Programme, Amount: amount, Fraction: fraction,
		Benefit: p.Benefit * fraction, BenefitPerPound: an.benefitRate[pi], FromPool: an.pool.Min(amount)}
	freed := investment.Money{}
	for _, pc := range plan {
		d := an.e.HitList[an.hits[pc.k]]
		f, l := an.lossOf(pc)
		s.Releases = append(s.Releases, Release{Disinvestment: d.ID, Programme: d.Programme,
			Amount: pc.amount, Fraction: f, BenefitLost: l})
		an.remaining[pc.k] = an.remaining[pc.k].Sub(pc.amount)
		an.released[d.Programme] = an.released[d.Programme].Add(pc.amount)
		an.rec.Released = an.rec.Released.Add(pc.amount)
		an.rec.BenefitLost += l
		freed = freed.Add(pc.amount)
	}
	for an.next < len(an.hits) && an.remaining[an.next].IsZero() {
		an.next++
	}
	an.pool = an.pool.Add(freed).Sub(amount)
	s.Surplus = freed.Sub(amount.Sub(s.FromPool))
	an.invested[p.Programme] = an.invested[p.Programme].Add(amount)
	an.rec.Invested = an.rec.Invested.Add(amount)
	an.rec.BenefitGained += s.Benefit
	an.rec.Shifts = append(an.rec.Shifts, s)
	if fraction < 1 {
		an.unfunded(pi, need.Sub(amount), p.Benefit-s.Benefit, FundedInPart,
			fmt.Sprintf("funded %v of %v", amount, need))
	}
}

// retain records what stays on the hit list, and why.
func (an *analysis) retain() {
	for k, h := range an.hits {
		if an.remaining[k].IsZero() {
			continue
		}
		d := an.e.HitList[h]
		f, _ := an.remaining[k].Ratio(d.Saving)
		r := LossTooHigh
		if an.lossRate[h] < an.bestUnfunded {
			r = CannotFundWhole
		}
		an.rec.Retained = append(an.rec.Retained, Retained{Disinvestment: d.ID, Programme: d.Programme,
			Saving: an.remaining[k], BenefitKept: d.BenefitLost * f, Reason: r})
	}
}
