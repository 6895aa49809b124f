package investment_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/opencommissioning/scp/investment"
)

// randomPlan builds a plan from a seeded generator: up to 8 lines over 1 to
// 4 years with random mixes, rates, pressures, savings and reserves.
func randomPlan(seed1, seed2 uint64) *investment.FinancialPlan {
	r := rand.New(rand.NewPCG(seed1, seed2))
	n := 1 + r.IntN(4)
	years := investment.NewYears(2022, n)
	pence := func(max int64) investment.Money { return investment.FromPence(r.Int64N(max)) }
	p := &investment.FinancialPlan{Years: years}
	for _, s := range []struct {
		id   string
		kind investment.StreamKind
	}{{"nhs", investment.HealthBoard}, {"council", investment.Council}, {"sa", investment.SetAside}} {
		st := investment.Stream{ID: s.id, Kind: s.kind}
		for y := range years.All() {
			st.Amounts = st.Amounts.With(y, pence(1e11).Add(investment.FromPence(1)))
		}
		p.Streams = append(p.Streams, st)
	}
	p.Streams = append(p.Streams, investment.Stream{ID: "rf", Kind: investment.RingFenced,
		For: []investment.CareGroup{investment.Addictions}, Amounts: investment.FlowFrom(years.First, pence(1e9))})
	kinds := []investment.UpliftKind{investment.Pay, investment.NonPay, investment.ProviderRates, investment.Prescribing}
	for _, k := range kinds {
		for y := range years.All() {
			if r.IntN(5) > 0 {
				p.Uplifts = append(p.Uplifts, investment.Uplift{Kind: k, Year: y, Rate: decimal.New(r.Int64N(4001)-1000, -4)})
			}
		}
	}
	nl := 1 + r.IntN(8)
	groups := []investment.CareGroup{investment.OlderPeople, investment.MentalHealth, investment.Addictions, investment.SetAsideServices}
	locs := []string{"", "North", "South"}
	for i := range nl {
		l := investment.Line{ID: string(rune('a' + i)), CareGroup: groups[r.IntN(len(groups))], Locality: locs[r.IntN(len(locs))]}
		switch l.CareGroup {
		case investment.SetAsideServices:
			l.Stream = "sa"
		case investment.Addictions:
			if r.IntN(2) == 0 {
				l.Stream = "rf"
			}
		}
		l.Base = pence(1e10)
		if r.IntN(6) == 0 {
			l.AllowNegative = true
			l.Base = l.Base.Neg()
		}
		if r.IntN(8) == 0 {
			l.Mix = investment.Only(investment.NotUplifted)
		} else {
			left := int64(100)
			l.Mix = investment.Mix{}
			for j, k := range kinds {
				s := left
				if j < len(kinds)-1 {
					s = r.Int64N(left + 1)
				}
				if s > 0 {
					l.Mix[k] = decimal.New(s, -2)
				}
				left -= s
			}
		}
		p.Lines = append(p.Lines, l)
	}
	targets := func() []string {
		var ids []string
		for _, l := range p.Lines {
			if !l.AllowNegative && r.IntN(2) == 0 {
				ids = append(ids, l.ID)
			}
		}
		if len(ids) == 0 {
			ids = []string{p.Lines[r.IntN(len(p.Lines))].ID}
		}
		return ids
	}
	for i := range r.IntN(5) {
		p.Pressures = append(p.Pressures, investment.Pressure{ID: string(rune('p' + i)), Kind: investment.Demographic,
			Year: years.At(r.IntN(n)), Amount: pence(1e8), Lines: targets(), OneOff: r.IntN(2) == 0})
	}
	for i := range r.IntN(5) {
		p.Savings = append(p.Savings, investment.Saving{ID: string(rune('s' + i)),
			Year: years.At(r.IntN(n)), Amount: pence(1e8), Lines: targets(), OneOff: r.IntN(2) == 0})
	}
	for i, k := range []investment.ReserveKind{investment.General, investment.Earmarked} {
		res := investment.Reserve{ID: string(rune('x' + i)), Kind: k, Opening: pence(1e9)}
		for y := range years.All() {
			res.Drawdown = res.Drawdown.With(y, pence(5e8))
			res.Contribution = res.Contribution.With(y, pence(1e8))
		}
		p.Reserves = append(p.Reserves, res)
	}
	return p
}

// FuzzPlanBudget checks the invariants of any plan: either a typed error
// that says where, or a budget whose roll-ups conserve every penny and
// that survives a JSON round trip.
func FuzzPlanBudget(f *testing.F) {
	for i := range uint64(24) {
		f.Add(i, i*7919+1)
	}
	f.Fuzz(func(t *testing.T, s1, s2 uint64) {
		p := randomPlan(s1, s2)
		b, err := p.Budget()
		if err != nil {
			for _, e := range flatten(err) {
				var pe *investment.PlanError
				if !errors.As(e, &pe) {
					t.Fatalf("error %v is not a *PlanError", e)
				}
				if !errors.Is(e, investment.ErrOverdrawn) && !errors.Is(e, investment.ErrNegativeBudget) &&
					!errors.Is(e, investment.ErrZeroWeights) {
					t.Fatalf("unexpected error for a generated plan: %v", e)
				}
			}
			return
		}
		assertConserved(t, b)
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		var back investment.Budget
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(b, &back); diff != "" {
			t.Fatalf("budget JSON round trip (-want +got):\n%s", diff)
		}
	})
}

// TestRandomPlansRun makes sure the fuzz seeds exercise successful runs,
// not only errors.
func TestRandomPlansRun(t *testing.T) {
	ok := 0
	for i := range uint64(24) {
		if _, err := randomPlan(i, i*7919+1).Budget(); err == nil {
			ok++
		}
	}
	if ok < 6 {
		t.Errorf("only %d of 24 random plans ran without error", ok)
	}
}
