package commissioning

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/commissioning/selection"
	"github.com/opencommissioning/scp/investment"
)

func fy(s string) investment.FinancialYear { return investment.MustParseFinancialYear(s) }

func selectOptions() []Option {
	return []Option{
		{ID: "bau", Mandatory: true, Revenue: gbp("100", "100", "100"), Benefits: gbp("150", "150", "150")},
		{ID: "hub-small", Group: "hub", Capital: gbp("300"), Benefits: gbp("0", "250", "250")},
		{ID: "hub-large", Group: "hub", Capital: gbp("500"), Benefits: gbp("0", "400", "400")},
		{ID: "app", Requires: []string{"hub-large"}, Revenue: gbp("0", "50", "50"), Benefits: gbp("0", "120", "120")},
		{ID: "carers", Stream: "carers", FirstYear: fy("2025/26"), Revenue: gbp("80", "80"), Benefits: gbp("100", "100")},
	}
}

// TestSelectMatchesEnumeration checks the wrapper against every subset of
// the options, scored by NPSV, under the same rules.
func TestSelectMatchesEnumeration(t *testing.T) {
	opts := selectOptions()
	budget := investment.FlowFrom(fy("2024/25"), investment.MustGBP("650"), investment.MustGBP("300"), investment.MustGBP("300"))
	streams := map[string]investment.Flow{"carers": investment.FlowFrom(fy("2024/25"),
		investment.MustGBP("0"), investment.MustGBP("100"), investment.MustGBP("100"))}
	got, err := Select(context.Background(), opts, budget, Constraints{Streams: streams})
	if err != nil {
		t.Fatal(err)
	}
	aps, err := Appraiser{}.Appraise(opts...)
	if err != nil {
		t.Fatal(err)
	}
	years := []investment.FinancialYear{fy("2024/25"), fy("2025/26"), fy("2026/27")}
	bestVal, bestSet := -1e18, []string(nil)
	for mask := range 1 << len(opts) {
		in := func(id string) bool {
			for i, o := range opts {
				if o.ID == id {
					return mask&(1<<i) != 0
				}
			}
			return false
		}
		ok := in("bau") && !(in("hub-small") && in("hub-large")) && (!in("app") || in("hub-large"))
		for _, y := range years {
			var spend, carers investment.Money
			for i, o := range opts {
				if mask&(1<<i) == 0 {
					continue
				}
				first := o.FirstYear
				if first == 0 {
					first = years[0]
				}
				c := o.Costs(int(y - first))
				spend = spend.Add(c)
				if o.Stream == "carers" {
					carers = carers.Add(c)
				}
			}
			ok = ok && spend.Compare(budget.In(y)) <= 0 && carers.Compare(streams["carers"].In(y)) <= 0
		}
		if !ok {
			continue
		}
		v := 0.0
		var set []string
		for i := range opts {
			if mask&(1<<i) != 0 {
				v += aps[i].NPSV.Float64()
				set = append(set, opts[i].ID)
			}
		}
		if v > bestVal {
			bestVal, bestSet = v, set
		}
	}
	slices.Sort(bestSet)
	if diff := cmp.Diff(bestSet, got.IDs); diff != "" {
		t.Errorf("chosen (-enumeration +Select):\n%s", diff)
	}
	t.Logf("chosen %v, benefit %.2f", got.IDs, got.Benefit)
	if !got.Optimal || !approx(got.Benefit, bestVal, 1e-6) {
		t.Errorf("benefit %v (optimal %v), want %v", got.Benefit, got.Optimal, bestVal)
	}
}

func TestSelectErrors(t *testing.T) {
	opts := selectOptions()
	one := func(first string, amounts ...string) investment.Flow {
		m := make([]investment.Money, len(amounts))
		for i, a := range amounts {
			m[i] = investment.MustGBP(a)
		}
		return investment.FlowFrom(fy(first), m...)
	}
	full := one("2024/25", "1000", "1000")
	streams := map[string]investment.Flow{"carers": one("2024/25", "100", "100")}
	cases := []struct {
		name   string
		opts   []Option
		budget investment.Flow
		c      Constraints
		want   error
	}{
		{"no budget", opts, investment.Flow{}, Constraints{Streams: streams}, ErrBudgetGap},
		{"budget without a first year", opts, investment.NewFlow(investment.MustGBP("1")), Constraints{}, ErrBudgetGap},
		{"stream gap", opts, full, Constraints{Streams: map[string]investment.Flow{"carers": one("2024/25", "1")}}, ErrBudgetGap},
		{"stream starting late", opts, full, Constraints{Streams: map[string]investment.Flow{"carers": one("2025/26", "1", "1")}}, ErrBudgetGap},
		{"unknown dependency", append(slices.Clone(opts), Option{ID: "x", Requires: []string{"nowhere"}}), full, Constraints{Streams: streams}, selection.ErrUnknownID},
		{"cycle", append(slices.Clone(opts), Option{ID: "x", Requires: []string{"y"}}, Option{ID: "y", Requires: []string{"x"}}), full, Constraints{Streams: streams}, selection.ErrCyclicDependency},
		{"mandatory over budget", opts, one("2024/25", "10"), Constraints{Streams: map[string]investment.Flow{"carers": one("2024/25", "0")}}, selection.ErrInfeasible},
		{"negative budget", opts, one("2024/25", "-1"), Constraints{}, selection.ErrNegative},
		{"duplicate option", []Option{{ID: "a"}, {ID: "a"}}, full, Constraints{}, ErrDuplicateID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Select(context.Background(), c.opts, c.budget, c.c)
			if !isErr(err, c.want) {
				t.Fatalf("Select: error %v, want %v", err, c.want)
			}
		})
	}
}
