package needs_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/opencommissioning/scp/needs"
)

// phsFile builds a small file in the Public Health Scotland wide form: every
// single age holds the same count.
func phsFile(rows ...string) string {
	var b strings.Builder
	b.WriteString("Year,HSCP2019,Sex")
	for a := 0; a < 90; a++ {
		fmt.Fprintf(&b, ",Age%d", a)
	}
	b.WriteString(",Age90plus,AllAges\n")
	for _, r := range rows {
		var year, sex string
		var each int
		fmt.Sscanf(r, "%s %s %d", &year, &sex, &each)
		fmt.Fprintf(&b, "%s,S37000028,%s%s,%d\n", year, sex, strings.Repeat(fmt.Sprintf(",%d", each), 91), each*91)
	}
	return b.String()
}

func ExampleReadPHSProjections() {
	in := phsFile("2022 Female 1900", "2022 Male 1800")
	p, err := needs.ReadPHSProjections(strings.NewReader(in))
	if err != nil {
		log.Fatal(err)
	}
	p.SetName("S37000028", "South Lanarkshire")
	all, _ := p.Total("S37000028", 2022, needs.All)
	old, _ := p.Count("S37000028", 2022, needs.All, needs.MustParseBand("75+"))
	fmt.Printf("%s: %.0f people, %.0f aged 75+\n", p.Name("S37000028"), all, old)

	// Errors say where.
	_, err = needs.ReadPHSProjections(strings.NewReader(strings.Replace(in, ",1800,", ",-1800,", 1)))
	fmt.Println(err)
	// Output:
	// South Lanarkshire: 336700 people, 59200 aged 75+
	// needs: line 3, column 4 (Age0): "-1800": negative value
}

func ExampleProject() {
	p := needs.New()
	for _, y := range []int{2025, 2030} {
		each := map[int]float64{2025: 1000, 2030: 1200}[y]
		counts := make([]float64, needs.NumAges)
		for a := range counts {
			counts[a] = each
		}
		_ = p.Set("EK", y, needs.Female, counts)
		_ = p.Set("EK", y, needs.Male, counts)
	}
	dementia := needs.MustRates(needs.RatesSpec{
		Condition: "dementia",
		Kind:      needs.Prevalence,
		Bands:     needs.FiveYearBands(65, 90),
		Female:    []float64{0.014, 0.038, 0.076, 0.164, 0.285, 0.45},
		Male:      []float64{0.018, 0.032, 0.070, 0.145, 0.209, 0.30},
		Provenance: needs.Provenance{
			Source: "illustrative rates", Note: "not for planning",
		},
	})
	pr, err := needs.Project(p, []needs.Rates{dementia}, nil, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, y := range pr.Years() {
		total, _ := pr.Total("dementia", "EK", y, needs.All)
		f90, _ := pr.Cases("dementia", "EK", y, needs.Female, needs.MustParseBand("90+"))
		fmt.Printf("%d: %.0f people with dementia, %.0f of them women aged 90+\n", y, total, f90)
	}
	g, _ := pr.Growth("dementia", "EK", 2025, 2030)
	fmt.Printf("growth 2025–2030: %.0f%%\n", 100*g)
	// Output:
	// 2025: 6005 people with dementia, 450 of them women aged 90+
	// 2030: 7206 people with dementia, 540 of them women aged 90+
	// growth 2025–2030: 20%
}

func ExampleSIMDDecile() {
	for _, rank := range []int{697, 698, 1395, 1396, 6976} {
		d, _ := needs.SIMDDecile(rank)
		q, _ := needs.SIMDQuintile(rank)
		fmt.Printf("rank %4d: decile %2d, quintile %d\n", rank, d, q)
	}
	// Output:
	// rank  697: decile  1, quintile 1
	// rank  698: decile  2, quintile 1
	// rank 1395: decile  2, quintile 1
	// rank 1396: decile  3, quintile 2
	// rank 6976: decile 10, quintile 5
}

func ExampleWeightedTiles() {
	zones := []needs.Zone{
		{Code: "S01012345", Rank: 120, Population: 900},
		{Code: "S01012346", Rank: 2400, Population: 700},
		{Code: "S01012347", Rank: 3900, Population: 800},
		{Code: "S01012348", Rank: 5200, Population: 600},
		{Code: "S01012349", Rank: 6800, Population: 1000},
	}
	bands, _ := needs.WeightedTiles(zones, 2)
	for i, z := range zones {
		fmt.Printf("%s (rank %d): local half %d\n", z.Code, z.Rank, bands[i])
	}
	// Output:
	// S01012345 (rank 120): local half 1
	// S01012346 (rank 2400): local half 1
	// S01012347 (rank 3900): local half 2
	// S01012348 (rank 5200): local half 2
	// S01012349 (rank 6800): local half 2
}

func ExampleMeasureInequality() {
	// Emergency admissions per 1,000 by SIMD quintile, most deprived first.
	q := []needs.Group{{Rate: 142, Population: 61000}, {Rate: 121, Population: 64000},
		{Rate: 104, Population: 66000}, {Rate: 93, Population: 65000}, {Rate: 81, Population: 64000}}
	in, _ := needs.MeasureInequality(q)
	fmt.Printf("gap %.0f, ratio %.2f, SII %.1f, RII %.2f\n", in.AbsoluteGap, in.RelativeGap, in.SII, in.RII)
	// Output:
	// gap 61, ratio 1.75, SII 74.1, RII 0.69
}

func ExampleStandard_Rate() {
	// Deaths under 75 (NI-11) standardised to the 2013 European Standard Population.
	esp, _ := needs.ESP2013().Within(needs.Band{Lo: 0, Hi: 74})
	strata := make([]needs.Stratum, len(esp.Bands))
	for i := range strata {
		// Deaths rise with age; 20,000 people in every band.
		strata[i] = needs.Stratum{Events: float64(2 * (i + 1) * (i + 1)), Population: 20000}
	}
	r, err := esp.Rate(strata, needs.Per100000, 0.95)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%.1f per 100,000 (95%% CI %.1f to %.1f) from %.0f deaths\n", r.Value, r.Lower, r.Upper, r.Events)
	// Output:
	// 831.2 per 100,000 (95% CI 798.6 to 864.8) from 2480 deaths
}

func ExampleCrudeRate() {
	r, _ := needs.CrudeRate(1234, 250000, needs.Per100000, 0.95)
	fmt.Printf("%.1f per 100,000 (%.1f to %.1f)\n", r.Value, r.Lower, r.Upper)
	// Output:
	// 493.6 per 100,000 (466.4 to 521.9)
}

func ExampleGap() {
	demand := []needs.Level{{Area: "Hamilton", Year: 2025, Value: 5200}, {Area: "Hamilton", Year: 2026, Value: 5350}}
	capacity := []needs.Level{{Area: "Hamilton", Year: 2025, Value: 5000}, {Area: "Hamilton", Year: 2026, Value: 5000}}
	rows, _ := needs.Gap(demand, capacity)
	for _, r := range rows {
		u, _ := r.Utilisation()
		fmt.Printf("%s %d: gap %.0f, utilisation %.0f%%\n", r.Area, r.Year, r.Gap, 100*u)
	}
	// Output:
	// Hamilton 2025: gap 200, utilisation 104%
	// Hamilton 2026: gap 350, utilisation 107%
}

func ExampleWaitingList_Assess() {
	a, err := needs.WaitingList{Demand: 30, Capacity: 27, Queue: 1200, MeanWait: 63, TargetWait: 52}.Assess()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("target queue %.0f, relief capacity %.2f a week, load %.2f, pressure %.2f\n",
		a.TargetQueueSize, a.ReliefCapacity, a.QueueLoad, a.Pressure)
	// Output:
	// target queue 390, relief capacity 61.15 a week, load 1.11, pressure 2.42
}

func ExamplePooledRate() {
	// r(90+) from r(90–94) = 30% on 400 people and r(95+) = 40% on 100.
	r, _ := needs.PooledRate([]float64{0.30, 0.40}, []float64{400, 100})
	fmt.Printf("%.0f%%\n", 100*r)
	// Output:
	// 32%
}

func ExampleReadPopulationCSV() {
	var b strings.Builder
	b.WriteString("area,name,year,sex,age,count\n")
	for _, sex := range []string{"Female", "Male"} {
		for a := 0; a <= 90; a++ {
			age := fmt.Sprint(a)
			if a == 90 {
				age = "90+"
			}
			fmt.Fprintf(&b, "S01012345,Data zone 1,2022,%s,%s,%d\n", sex, age, 5)
		}
	}
	p, err := needs.ReadPopulationCSV(strings.NewReader(b.String()))
	if err != nil {
		log.Fatal(err)
	}
	n, _ := p.Count("S01012345", 2022, needs.All, needs.MustParseBand("65+"))
	fmt.Printf("%s: %.0f people aged 65+\n", p.Name("S01012345"), n)
	// Output:
	// Data zone 1: 260 people aged 65+
}

func ExamplePopulation_Sum() {
	p := needs.New()
	for i, loc := range []string{"Clydesdale", "East Kilbride", "Hamilton", "Rutherglen/Cambuslang"} {
		counts := make([]float64, needs.NumAges)
		for a := range counts {
			counts[a] = float64(300 + 100*i)
		}
		_ = p.Set(loc, 2022, needs.Female, counts)
		_ = p.Set(loc, 2022, needs.Male, counts)
	}
	if err := p.Sum("S37000028", "South Lanarkshire", "Clydesdale", "East Kilbride", "Hamilton", "Rutherglen/Cambuslang"); err != nil {
		log.Fatal(err)
	}
	total, _ := p.Total("S37000028", 2022, needs.All)
	fmt.Printf("%s: %.0f\n", p.Name("S37000028"), total)
	// Output:
	// South Lanarkshire: 327600
}

func ExampleReadRatesCSV() {
	in := `condition,kind,band,female,male,source,note
dementia,prevalence,65-79,3%,2.5%,illustrative,not for planning
dementia,prevalence,80-89,18%,15%,,
dementia,prevalence,90-94,44%,29%,,
dementia,prevalence,95+,49%,32%,,
`
	rs, err := needs.ReadRatesCSV(strings.NewReader(in))
	if err != nil {
		log.Fatal(err)
	}
	// Bring 90-94 and 95+ to the 90+ of population data by the POPPI rule,
	// weighting by base-year populations.
	d, err := rs[0].Collapse(needs.MustParseBand("90+"), []float64{800, 200}, []float64{350, 50})
	if err != nil {
		log.Fatal(err)
	}
	for _, b := range d.Bands() {
		f, _ := d.Rate(needs.Female, b)
		m, _ := d.Rate(needs.Male, b)
		fmt.Printf("%-6v women %4.1f%%  men %4.1f%%\n", b, 100*f, 100*m)
	}
	// Output:
	// 65-79  women  3.0%  men  2.5%
	// 80-89  women 18.0%  men 15.0%
	// 90+    women 45.0%  men 29.4%
}

func ExampleDemandModel_Demand() {
	p := needs.New()
	for _, y := range []int{2025, 2026, 2027} {
		counts := make([]float64, needs.NumAges)
		for a := range counts {
			counts[a] = 500 + 10*float64(y-2025)
		}
		_ = p.Set("Hamilton", y, needs.Female, counts)
		_ = p.Set("Hamilton", y, needs.Male, counts)
	}
	care := needs.MustRates(needs.RatesSpec{
		Condition: "home care hours", Kind: needs.Activity, Unit: "hours per person per week",
		Bands: []needs.Band{{Lo: 75, Hi: 84}, {Lo: 85, Hi: needs.Open}}, Female: []float64{0.4, 1.8}, Male: []float64{0.3, 1.4},
	})
	demand, err := needs.DemandModel{Rates: care, Trend: 0.01, BaseYear: 2025}.Demand(p, nil, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range demand {
		fmt.Printf("%s %d: %.0f hours a week\n", d.Area, d.Year, d.Value)
	}
	// Output:
	// Hamilton 2025: 13100 hours a week
	// Hamilton 2026: 13496 hours a week
	// Hamilton 2027: 13898 hours a week
}
