package main

import (
	"fmt"

	"github.com/opencommissioning/scp/investment"
)

// do allocates the first year of the chosen investment to the four
// localities, to the penny, in proportion to their residents aged 75 and
// over, and publishes the table in £000 with its rounding line.
func do(r *report) error {
	r.section("3. Do — allocate the investment to localities")
	chosen := map[string]bool{}
	for _, id := range r.state.chosen {
		chosen[id] = true
	}
	var year1 investment.Money
	for _, o := range r.state.options {
		if chosen[o.ID] && o.Stream == "" { // ring-fenced money is allocated by its own rules
			year1 = year1.Add(o.Costs(0))
		}
	}
	parts, err := year1.Allocate(r.state.over75...)
	if err != nil {
		return err
	}
	if !investment.Sum(parts...).Equal(year1) {
		return fmt.Errorf("allocation of %v lost pence: parts sum to %v", year1, investment.Sum(parts...))
	}
	r.state.year1, r.state.allocation = year1, parts
	r.printf("Chosen investment in 2022/23 (excluding ring-fenced money): %s, shared by residents aged 75+\n\n", year1)
	r.printf("%-24s %8s %16s %9s\n", "locality", "75+", "allocation", "£000")
	t := investment.RoundTable(investment.Thousand, parts...)
	for i, a := range r.state.localities {
		r.printf("%-24s %8.0f %16s %9s\n", a.Name, r.state.over75[i], parts[i], group0(t.Parts[i]))
	}
	r.printf("%-24s %8s %16s %9s\n", "Rounding", "", "", group0(t.Rounding))
	r.printf("%-24s %8s %16s %9s\n", "Total", "", investment.Sum(parts...), group0(t.Total))
	r.printf("\nThe allocation conserves every penny; the published column adds up through its rounding line.\n")
	return nil
}
