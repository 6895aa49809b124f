package needs_test

import (
	"fmt"
	"strings"

	"github.com/opencommissioning/scp/needs"
)

// Populations published in the bands of the PHS locality profiles, read
// with a semicolon delimiter and split into single ages: every band keeps
// its total, so projecting on the file's bands gives the published cases.
func ExampleReadBandedPopulationCSV() {
	in := "Year;Locality;LocalityQF;Sex;SexQF;AgeGroup;Population\n"
	for _, sex := range []string{"Female", "Male"} {
		for _, b := range []string{"0-4;1000", "5-17;2600", "18-44;5400", "45-64;4000", "65-74;1500", "75-84;900", "85+;400"} {
			in += "2022;L1;;" + sex + ";;" + b + "\n"
		}
	}
	p, err := needs.ReadBandedPopulationCSV(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	n, _ := p.Count("L1", 2022, needs.Female, needs.Band{Lo: 75, Hi: 84})
	a80, _ := p.Count("L1", 2022, needs.Female, needs.Age(80))
	top, _ := p.Count("L1", 2022, needs.Female, needs.Band{Lo: 90, Hi: needs.Open})
	fmt.Printf("75-84: %.0f, age 80: %.0f, 90+: %.0f\n", n, a80, top)
	r := needs.MustRates(needs.RatesSpec{Condition: "dementia", Bands: []needs.Band{{Lo: 65, Hi: 74}, {Lo: 75, Hi: 84}, {Lo: 85, Hi: needs.Open}},
		Female: []float64{0.02, 0.08, 0.25}})
	pr, err := needs.Project(p, []needs.Rates{r}, nil, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := pr.Total("dementia", "L1", 2022, needs.Female)
	fmt.Printf("cases: %.0f\n", c)
	// Output:
	// 75-84: 900, age 80: 90, 90+: 200
	// cases: 202
}
