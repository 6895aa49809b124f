package southlanarkshire_test

import (
	"fmt"
	"log"

	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/southlanarkshire"
)

func Example() {
	p, err := southlanarkshire.Population()
	if err != nil {
		log.Fatal(err)
	}
	pr, err := needs.Project(p, []needs.Rates{southlanarkshire.Dementia()}, nil, []int{2022, 2025, 2030})
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range southlanarkshire.Localities() {
		now, _ := pr.Total("dementia", l.Code, 2022, needs.All)
		later, _ := pr.Total("dementia", l.Code, 2030, needs.All)
		g, _ := pr.Growth("dementia", l.Code, 2022, 2030)
		fmt.Printf("%-22s %5.0f → %5.0f (%+.0f%%)\n", l.Name, now, later, 100*g)
	}
	total, _ := pr.Total("dementia", southlanarkshire.PartnershipCode, 2030, needs.All)
	fmt.Printf("%-22s %5.0f people with dementia in 2030 (illustrative rates, constructed populations)\n", "South Lanarkshire", total)
	// Output:
	// Clydesdale              1372 →  1664 (+21%)
	// East Kilbride           1756 →  2151 (+23%)
	// Hamilton                1959 →  2410 (+23%)
	// Rutherglen/Cambuslang   1084 →  1340 (+24%)
	// South Lanarkshire       7565 people with dementia in 2030 (illustrative rates, constructed populations)
}
