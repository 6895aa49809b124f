package selection_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/opencommissioning/scp/commissioning/selection"
	"github.com/opencommissioning/scp/investment"
)

// gbp returns the amounts in pounds by financial year from 2025/26.
func gbp(s ...string) investment.Flow {
	out := make([]investment.Money, len(s))
	for i, v := range s {
		out[i] = investment.MustGBP(v)
	}
	return investment.FlowFrom(2025, out...)
}

// A board has £1.2m this year and £1.0m next; £400k a year of it is a
// ring-fenced primary care fund. Two variants of a reablement service are
// alternatives; the community hub is statutory; the digital front door
// needs the shared care record.
func board() selection.Problem {
	return selection.Problem{
		Budget:  gbp("1200000", "1000000"),
		Streams: []selection.Stream{{Name: "primary care", Budget: gbp("400000", "400000")}},
		Items: []selection.Item{
			{ID: "community-hub", Costs: gbp("300000", "250000"), Benefit: 900, Mandatory: true},
			{ID: "reablement-small", Costs: gbp("250000", "250000"), Benefit: 700, Group: "reablement"},
			{ID: "reablement-large", Costs: gbp("450000", "400000"), Benefit: 1150, Group: "reablement"},
			{ID: "care-record", Costs: gbp("200000", "50000"), Benefit: 100},
			{ID: "digital-front-door", Costs: gbp("150000", "100000"), Benefit: 650, Requires: []string{"care-record"}},
			{ID: "gp-pharmacists", Costs: gbp("250000", "250000"), Benefit: 600, Stream: "primary care"},
			{ID: "gp-link-workers", Costs: gbp("200000", "200000"), Benefit: 450, Stream: "primary care"},
		},
	}
}

func ExampleSelect() {
	sel, err := selection.Select(context.Background(), board(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("fund:", sel.IDs)
	fmt.Printf("benefit %.0f, proven optimal %v\n", sel.Benefit, sel.Optimal)
	for y, spend := range sel.Spend.ByYear() {
		fmt.Printf("%v spend %v slack %v (primary care %v)\n", y, spend, sel.Slack.In(y), sel.Streams[0].Spend.In(y))
	}
	// Output:
	// fund: [care-record community-hub digital-front-door gp-pharmacists reablement-small]
	// benefit 2950, proven optimal true
	// 2025/26 spend £1,150,000.00 slack £50,000.00 (primary care £250,000.00)
	// 2026/27 spend £900,000.00 slack £100,000.00 (primary care £250,000.00)
}

func ExampleFrontier() {
	pts, err := selection.Frontier(context.Background(), board(), []float64{0.2, 0.5, 0.75, 1, 1.25}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pt := range pts {
		if !pt.Feasible {
			fmt.Printf("level %.2f: mandatory items do not fit\n", pt.Level)
			continue
		}
		fmt.Printf("level %.2f: benefit %4.0f %v\n", pt.Level, pt.Selection.Benefit, pt.Selection.IDs)
	}
	// Output:
	// level 0.20: mandatory items do not fit
	// level 0.50: benefit 1600 [community-hub reablement-small]
	// level 0.75: benefit 2350 [care-record community-hub digital-front-door reablement-small]
	// level 1.00: benefit 2950 [care-record community-hub digital-front-door gp-pharmacists reablement-small]
	// level 1.25: benefit 3400 [care-record community-hub digital-front-door gp-link-workers gp-pharmacists reablement-small]
}

func ExampleWeightedBenefit() {
	// £ NPSV in thousands, QALYs valued at £20k (20 in £k), MCDA score
	// weighted at £1k a point.
	b, err := selection.WeightedBenefit([]float64{1, 20, 1}, []float64{350, 12.5, 40})
	fmt.Println(b, err)
	// Output:
	// 640 <nil>
}

// A problem travels as JSON; a misspelt field is refused with its path.
func ExampleProblem_UnmarshalJSON() {
	b, err := json.Marshal(board())
	if err != nil {
		fmt.Println(err)
		return
	}
	var p selection.Problem
	if err := json.Unmarshal(b, &p); err != nil {
		fmt.Println(err)
		return
	}
	sel, err := selection.Select(context.Background(), p, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sel.IDs)

	err = json.Unmarshal([]byte(`{"items":[{"id":"a","cost":{"2025/26":"1"}}]}`), &p)
	fmt.Println(err)
	// Output:
	// [care-record community-hub digital-front-door gp-pharmacists reablement-small]
	// selection: items[1].cost: unknown field
}

// The performance peers' portfolio files are read into a Portfolio and
// turned into a Problem in pounds.
func ExampleReadPortfolio() {
	const file = `{"name":"tiny","budgets":[10,12],"options":[
		{"id":"a","costs":[6,6],"benefit":5,"group":"g"},
		{"id":"b","costs":[5,5],"benefit":4,"group":"g"},
		{"id":"c","costs":[4,6],"benefit":3}]}`
	pf, err := selection.ReadPortfolio(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := pf.Problem(2025)
	if err != nil {
		fmt.Println(err)
		return
	}
	sel, err := selection.Select(context.Background(), p, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	years, _ := p.Budget.Years()
	first, _ := p.Budget.In(years.First).Pence()
	fmt.Println(pf.Name, years, first, "pence in the first year;", sel.IDs, sel.Benefit)
	// Output:
	// tiny 2025/26–2026/27 1000000 pence in the first year; [a c] 8
}
