package commissioning

import (
	"context"
	"errors"
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
	budget := map[investment.FinancialYear]investment.Money{
		fy("2024/25"): investment.MustGBP("650"), fy("2025/26"): investment.MustGBP("300"), fy("2026/27"): investment.MustGBP("300"),
	}
	streams := map[string]map[investment.FinancialYear]investment.Money{"carers": {
		fy("2024/25"): investment.MustGBP("0"), fy("2025/26"): investment.MustGBP("100"), fy("2026/27"): investment.MustGBP("100"),
	}}
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
			ok = ok && spend.Compare(budget[y]) <= 0 && carers.Compare(streams["carers"][y]) <= 0
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
	full := map[investment.FinancialYear]investment.Money{fy("2024/25"): investment.MustGBP("1000"), fy("2025/26"): investment.MustGBP("1000")}
	streams := map[string]map[investment.FinancialYear]investment.Money{"carers": {fy("2024/25"): investment.MustGBP("100"), fy("2025/26"): investment.MustGBP("100")}}
	cases := []struct {
		name   string
		opts   []Option
		budget map[investment.FinancialYear]investment.Money
		c      Constraints
		want   error
	}{
		{"no budget", opts, nil, Constraints{Streams: streams}, ErrBudgetGap},
		{"gap in budget", opts, map[investment.FinancialYear]investment.Money{fy("2024/25"): investment.MustGBP("1"), fy("2026/27"): investment.MustGBP("1")}, Constraints{}, ErrBudgetGap},
		{"stream gap", opts, full, Constraints{Streams: map[string]map[investment.FinancialYear]investment.Money{"carers": {fy("2024/25"): investment.MustGBP("1")}}}, ErrBudgetGap},
		{"unknown dependency", append(slices.Clone(opts), Option{ID: "x", Requires: []string{"nowhere"}}), full, Constraints{Streams: streams}, selection.ErrUnknownID},
		{"cycle", append(slices.Clone(opts), Option{ID: "x", Requires: []string{"y"}}, Option{ID: "y", Requires: []string{"x"}}), full, Constraints{Streams: streams}, selection.ErrCyclicDependency},
		{"mandatory over budget", opts, map[investment.FinancialYear]investment.Money{fy("2024/25"): investment.MustGBP("10")}, Constraints{Streams: map[string]map[investment.FinancialYear]investment.Money{"carers": {fy("2024/25"): investment.MustGBP("0")}}}, selection.ErrInfeasible},
		{"negative budget", opts, map[investment.FinancialYear]investment.Money{fy("2024/25"): investment.MustGBP("-1")}, Constraints{}, selection.ErrNegative},
		{"duplicate option", []Option{{ID: "a"}, {ID: "a"}}, full, Constraints{}, ErrDuplicateID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Select(context.Background(), c.opts, c.budget, c.c)
			if !errors.Is(err, c.want) {
				t.Fatalf("Select: error %v, want %v", err, c.want)
			}
		})
	}
}
