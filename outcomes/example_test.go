package outcomes_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// A partnership's framework: the national outcomes and indicators plus a
// local outcome and two priorities, one of which has no indicator yet.
func ExampleNewFramework() {
	local := outcomes.Outcome{ID: "SL-1", Title: "Unpaid carers have a life alongside caring"}
	f, err := outcomes.NewFramework("South Lanarkshire",
		append(outcomes.NationalOutcomes(), local),
		append(outcomes.CoreIndicators(), outcomes.MSGIndicators()...),
		[]outcomes.Priority{
			{ID: "P-carers", Title: "Support for unpaid carers", Outcomes: []string{"NO-6", "SL-1"}, Indicators: []string{"NI-8"}},
			{ID: "P-unscheduled", Title: "Improving unscheduled care", Outcomes: []string{"NO-2", "NO-9"}},
		})
	if err != nil {
		fmt.Println(err)
		return
	}
	o, _ := f.Outcome("NO-6")
	fmt.Println(o.Title)
	ni, _ := f.Indicator("NI-12")
	fmt.Printf("%s: %s, %s, %v\n", ni.ID, ni.Title, ni.Scale, ni.Direction)
	ni, _ = f.Indicator("NI-23")
	fmt.Println(ni.ID, "reported:", !ni.NotReported)
	fmt.Println("priorities without indicators:", f.PrioritiesWithoutIndicators())
	// Output:
	// People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and well-being.
	// NI-12: Emergency admission rate (adults), per 100,000, lower is better
	// NI-23 reported: false
	// priorities without indicators: [P-unscheduled]
}

// A three-year trajectory for the emergency admission rate and the RAG
// status of the first two years' actual values.
func ExampleTrajectory_Assess() {
	fy := investment.MustParseFinancialYear
	tr, err := outcomes.NewTrajectory(
		outcomes.Point{Year: fy("2022/23"), Value: 12000},
		outcomes.Point{Year: fy("2025/26"), Value: 10800},
		outcomes.Linear)
	if err != nil {
		fmt.Println(err)
		return
	}
	tol := outcomes.Tolerance{Green: 0.01, Amber: 0.03, Relative: true} // 1% and 3% of the expected rate
	actual := []outcomes.Point{{Year: fy("2023/24"), Value: 11650}, {Year: fy("2024/25"), Value: 11600}, {Year: fy("2025/26"), Value: 11300}}
	as, err := tr.AssessAll(outcomes.LowerIsBetter, actual, tol)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range as {
		fmt.Printf("%v: expected %.0f, actual %.0f, short by %.1f%%: %v\n", a.Year, a.Expected, a.Actual, 100*a.Shortfall, a.Status)
	}
	trend, _ := outcomes.FitTrend(actual, outcomes.LowerIsBetter, outcomes.TrendOptions{Flat: 10})
	fmt.Printf("trend %.0f a year: %v\n", trend.Slope, trend.Verdict)
	// Output:
	// 2023/24: expected 11600, actual 11650, short by 0.4%: green
	// 2024/25: expected 11200, actual 11600, short by 3.6%: red
	// 2025/26: expected 10800, actual 11300, short by 4.6%: red
	// trend -175 a year: improving
}

// Links from two investment lines to outcomes and indicators, the cost of
// each per unit of attributed effect, and the orphan check.
func ExampleLogicModel() {
	lines := []outcomes.Line{
		{ID: "reablement", Title: "Home-first reablement", Cost: investment.MustGBP("600000")},
		{ID: "carers", Title: "Carers' short breaks", Cost: investment.MustGBP("90000")},
		{ID: "signage", Title: "New signage", Cost: investment.MustGBP("5000")},
	}
	links := []outcomes.Link{
		{ID: "L1", Line: "reablement", Activity: "reablement visits", Output: "600 people reabled",
			Target: "NI-12", Effect: outcomes.Effect{Central: 40, Low: 20, High: 60}, Attribution: 0.75, Lag: 1},
		{ID: "L2", Line: "carers", Activity: "short breaks", Output: "300 breaks",
			Target: "NI-8", Effect: outcomes.PointEffect(3), Attribution: 0.5},
	}
	m, err := outcomes.NewLogicModel(nil, lines, links) // nil: the national framework
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range m.Contributions() {
		u, _ := m.UnitCost(c.Line, c.Target)
		fmt.Printf("%s → %s: %.1f (%.1f–%.1f) after %d year(s), %v a unit (%v–%v)\n",
			c.Line, c.Target, c.Effect.Central, c.Effect.Low, c.Effect.High, c.Lag, u.Central, u.Best, u.Worst)
	}
	fmt.Println(m.Check())
	// Output:
	// reablement → NI-12: 30.0 (15.0–45.0) after 1 year(s), £20,000.00 a unit (£13,333.33–£40,000.00)
	// carers → NI-8: 1.5 (1.5–1.5) after 0 year(s), £60,000.00 a unit (£60,000.00–£60,000.00)
	// outcomes: orphans in the logic model: lines reaching no outcome: signage
}

// An ICER table for five alternatives: one extendedly and one strongly
// dominated, and the choice at £20,000 a QALY.
func ExampleFrontier() {
	gbp := investment.MustGBP
	tab, err := outcomes.Frontier([]outcomes.Alternative{
		{ID: "usual care", Cost: gbp("0"), Effect: 0},
		{ID: "telecare", Cost: gbp("10000"), Effect: 1.0},
		{ID: "day centre", Cost: gbp("22000"), Effect: 1.5},
		{ID: "intensive", Cost: gbp("30000"), Effect: 2.0},
		{ID: "residential", Cost: gbp("35000"), Effect: 1.8},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range tab.Rows {
		switch {
		case r.Dominance != outcomes.Efficient:
			fmt.Printf("%-12s %v by %s\n", r.ID, r.Dominance, r.DominatedBy)
		case r.Comparator == "":
			fmt.Printf("%-12s reference\n", r.ID)
		default:
			fmt.Printf("%-12s ICER %v a QALY against %s\n", r.ID, r.ICER, r.Comparator)
		}
	}
	best, _ := tab.Optimal(gbp("20000"))
	fmt.Println("at £20,000 a QALY:", best.ID)
	nmb, _ := outcomes.NMB(gbp("12000"), 0.6, gbp("30000"))
	fmt.Println("NMB of £12,000 for 0.6 QALYs at £30,000:", nmb)
	// Output:
	// usual care   reference
	// telecare     ICER £10,000.00 a QALY against usual care
	// day centre   extendedly dominated by intensive
	// intensive    ICER £20,000.00 a QALY against telecare
	// residential  strongly dominated by intensive
	// at £20,000 a QALY: intensive
	// NMB of £12,000 for 0.6 QALYs at £30,000: £6,000.00
}

// The SROI worked figures: ten people valued at £1,000 a year, 25%
// deadweight, 20% attribution, 10% drop-off, three years at 3.5%.
func ExampleSROI_Value() {
	s := outcomes.SROI{
		Inputs: investment.MustGBP("10000"),
		Impacts: []outcomes.Impact{{
			ID: "wellbeing", Quantity: 10, Proxy: investment.MustGBP("1000"),
			Deadweight: 0.25, Attribution: 0.20, DropOff: 0.10, Duration: 3,
		}},
	}
	v, err := s.Value()
	if err != nil {
		fmt.Println(err)
		return
	}
	for k, y := range v.ByYear {
		fmt.Printf("year %d: %v\n", k+1, y.Round(investment.Penny))
	}
	fmt.Println("present value:", v.PresentValue)
	fmt.Printf("SROI ratio %.2f : 1, net %.2f, payback %.2f years\n", v.Ratio, v.NetRatio, v.Payback)
	ss, _ := s.Sensitivity(outcomes.SensitivityOptions{})
	for _, sn := range ss[2:3] {
		fmt.Printf("%v %.2f → ratio 1:1 at %.3f\n", sn.Assumption, sn.Base, sn.BreakEven)
	}
	// Output:
	// year 1: £6,000.00
	// year 2: £5,400.00
	// year 3: £4,860.00
	// present value: £15,221.50
	// SROI ratio 1.52 : 1, net 0.52, payback 1.83 years
	// deadweight 0.25 → ratio 1:1 at 0.507
}

// An acceptability curve written as JSON and read back: λ values are money,
// so JSON strings; the probabilities and mean net monetary benefits at each
// λ are in the order of the ids.
func ExampleCurve_MarshalJSON() {
	gbp := investment.MustGBP
	c, err := outcomes.CEAC([]outcomes.Draws{
		{ID: "usual care", Costs: []float64{1000, 1000, 1000, 1000}, Effects: []float64{0.5, 0.5, 0.5, 0.5}},
		{ID: "reablement", Costs: []float64{2000, 3000, 4000, 5000}, Effects: []float64{0.6, 0.6, 0.6, 0.6}},
	}, []investment.Money{gbp("0"), gbp("25000"), gbp("50000")})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	var back outcomes.Curve
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("equal after the round trip:", back.Equal(c))
	// A probability above 1 is refused with the package's error.
	bad := `{"ids":["A","B"],"points":[{"lambda":"0","probabilities":[1.5,-0.5],"meanNMB":[0,0]}]}`
	err = json.Unmarshal([]byte(bad), &back)
	fmt.Println(errors.Is(err, outcomes.ErrShare), err)
	// Output:
	// {
	//   "ids": [
	//     "usual care",
	//     "reablement"
	//   ],
	//   "points": [
	//     {
	//       "lambda": "0.00",
	//       "probabilities": [
	//         1,
	//         0
	//       ],
	//       "meanNMB": [
	//         -1000,
	//         -3500
	//       ]
	//     },
	//     {
	//       "lambda": "25000.00",
	//       "probabilities": [
	//         0.5,
	//         0.5
	//       ],
	//       "meanNMB": [
	//         11500,
	//         11500
	//       ]
	//     },
	//     {
	//       "lambda": "50000.00",
	//       "probabilities": [
	//         0,
	//         1
	//       ],
	//       "meanNMB": [
	//         24000,
	//         26500
	//       ]
	//     }
	//   ]
	// }
	// equal after the round trip: true
	// true outcomes: point 1 ("£0.00") field probabilities[1]: 1.5: share outside [0, 1]
}

// A local framework as JSON: scales, directions and bases are written as
// their text, and reading the JSON back builds the framework with
// NewFramework, so a priority naming an unknown indicator is refused.
func ExampleFramework_MarshalJSON() {
	f, err := outcomes.NewFramework("Local",
		[]outcomes.Outcome{{ID: "L-1", Title: "Carers have a life alongside caring"}},
		[]outcomes.Indicator{{ID: "L-I1", Title: "Carers' short breaks", Scale: outcomes.Per1000, Direction: outcomes.HigherIsBetter, Basis: outcomes.Data}},
		[]outcomes.Priority{{ID: "P-1", Title: "Short breaks", Outcomes: []string{"L-1"}, Indicators: []string{"L-I1"}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := json.Marshal(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	var back outcomes.Framework
	err = json.Unmarshal([]byte(strings.Replace(string(b), `"indicators":["L-I1"]`, `"indicators":["L-I2"]`, 1)), &back)
	fmt.Println(errors.Is(err, outcomes.ErrUnknownID), err)
	// Output:
	// {"name":"Local","outcomes":[{"id":"L-1","title":"Carers have a life alongside caring"}],"indicators":[{"id":"L-I1","title":"Carers' short breaks","scale":"per 1,000","direction":"higher is better","basis":"data"}],"priorities":[{"id":"P-1","title":"Short breaks","outcomes":["L-1"],"indicators":["L-I1"]}]}
	// true outcomes: priority 1 ("P-1") field indicators[1]: no indicator "L-I2": unknown id
}
