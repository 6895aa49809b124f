package pbma_test

import (
	"fmt"

	"github.com/opencommissioning/scp/commissioning/pbma"
	"github.com/opencommissioning/scp/investment"
)

func ExampleAnalyse() {
	gbp := investment.MustGBP
	e := pbma.Exercise{
		Programmes: []pbma.Programme{
			{ID: "older people", Spend: gbp("5000000")},
			{ID: "mental health", Spend: gbp("3000000")},
			{ID: "primary care", Spend: gbp("4000000")},
			{ID: "palliative care", Spend: gbp("1000000")},
		},
		// Benefits in QALYs.
		WishList: []pbma.Proposal{
			{ID: "falls prevention", Programme: "older people", Cost: gbp("200000"), Benefit: 20},
			{ID: "crisis team", Programme: "mental health", Cost: gbp("150000"), Benefit: 9},
			{ID: "hospice at home", Programme: "palliative care", Cost: gbp("400000"), Benefit: 18},
			{ID: "pharmacist reviews", Programme: "primary care", Cost: gbp("100000"), Benefit: 4, Divisible: true},
		},
		HitList: []pbma.Disinvestment{
			{ID: "day centre", Programme: "older people", Saving: gbp("180000"), BenefitLost: 4},
			{ID: "locum cover", Programme: "primary care", Saving: gbp("160000"), BenefitLost: 4.8, Divisible: true},
			{ID: "care home beds", Programme: "older people", Saving: gbp("250000"), BenefitLost: 12},
		},
		Headroom: gbp("30000"),
	}
	r, err := pbma.Analyse(e)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range r.Shifts {
		fmt.Printf("fund %s: %v (%.0f%%), %.2f QALYs per £1k; from pool %v", s.Proposal, s.Amount, 100*s.Fraction, 1000*s.BenefitPerPound, s.FromPool)
		for _, rel := range s.Releases {
			fmt.Printf("; release %s %v", rel.Disinvestment, rel.Amount)
		}
		fmt.Printf("; surplus %v\n", s.Surplus)
	}
	for _, u := range r.Unfunded {
		fmt.Printf("unfunded %s %v: %v (%s)\n", u.Proposal, u.Cost, u.Reason, u.Detail)
	}
	for _, k := range r.Retained {
		fmt.Printf("keep %s %v: %v\n", k.Disinvestment, k.Saving, k.Reason)
	}
	for _, p := range r.Spend {
		fmt.Printf("%s: %v → %v\n", p.Programme, p.Before, p.After)
	}
	fmt.Printf("invested %v = released %v + headroom %v − unallocated %v\n", r.Invested, r.Released, r.Headroom, r.Unallocated)
	fmt.Printf("QALYs gained %.1f, lost %.1f, net %.1f\n", r.BenefitGained, r.BenefitLost, r.NetBenefit())
	// Output:
	// fund falls prevention: £200,000.00 (100%), 0.10 QALYs per £1k; from pool £30,000.00; release day centre £180,000.00; surplus £10,000.00
	// fund crisis team: £150,000.00 (100%), 0.06 QALYs per £1k; from pool £10,000.00; release locum cover £140,000.00; surplus £0.00
	// fund pharmacist reviews: £20,000.00 (20%), 0.04 QALYs per £1k; from pool £0.00; release locum cover £20,000.00; surplus £0.00
	// unfunded hospice at home £400,000.00: not enough can be released (costs £400,000.00; the pool and the disinvestments losing less than 4.5e-05 per £ release £20,000.00)
	// unfunded pharmacist reviews £80,000.00: funded in part (funded £20,000.00 of £100,000.00)
	// keep care home beds £250,000.00: loses too much per pound
	// older people: £5,000,000.00 → £5,020,000.00
	// mental health: £3,000,000.00 → £3,150,000.00
	// primary care: £4,000,000.00 → £3,860,000.00
	// palliative care: £1,000,000.00 → £1,000,000.00
	// invested £370,000.00 = released £340,000.00 + headroom £30,000.00 − unallocated £0.00
	// QALYs gained 29.8, lost 8.8, net 21.0
}
