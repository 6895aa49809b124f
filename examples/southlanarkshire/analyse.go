package main

import (
	"fmt"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
)

// state carries the figures one stage of the cycle hands to the next.
type state struct {
	pop        *needs.Population
	localities []needs.Area
	// popShare is each locality's share of the 2022 population, in the
	// order of localities.
	popShare []float64
	// over75 is each locality's population aged 75 and over in 2022.
	over75 []float64
	// homeCareGap is the unmet care-at-home hours a week in 2025, by
	// locality.
	homeCareGap []float64
	// budget is the medium-term financial plan's figures.
	budget *investment.Budget
	// options, their appraisals and the ids chosen for funding.
	options    []commissioning.Option
	appraisals []commissioning.Appraisal
	chosen     []string
	// year1 is the first year's chosen investment and allocation its
	// shares by locality.
	year1      investment.Money
	allocation []investment.Money
}

// The years the analysis looks at: the plan's first mid-year, its last, and
// a horizon beyond it.
const (
	baseYear    = 2022
	planEnd     = 2024
	horizonYear = 2030
)

func analyse(r *report) error {
	r.section("1. Analyse — who lives here, and what will they need?")
	pop, err := sl.Population()
	if err != nil {
		return err
	}
	r.state.pop = pop
	r.state.localities = sl.Localities()
	if err := populationTable(r); err != nil {
		return err
	}
	if err := dementiaTable(r); err != nil {
		return err
	}
	if err := populationForecast(r); err != nil {
		return err
	}
	return homeCareGap(r)
}

// populationTable shows each locality now and at the horizon, and how fast
// its oldest residents grow.
func populationTable(r *report) error {
	pop := r.state.pop
	over := func(code string, year, age int) (float64, error) {
		return pop.Count(code, year, needs.All, needs.Band{Lo: age, Hi: needs.Open})
	}
	r.printf("Population at 30 June (localities constructed; partnership totals 2018–2022 are NRS estimates)\n\n")
	r.printf("%-24s %9s %9s %8s %8s %8s %9s\n", "", "2022", "2030", "change", "75+ 2022", "75+ 2030", "75+ change")
	areas := append(sl.Localities(), needs.Area{Code: sl.PartnershipCode, Name: sl.PartnershipName})
	var total float64
	counts := make([]float64, len(areas))
	for i, a := range areas {
		now, err := pop.Total(a.Code, baseYear, needs.All)
		if err != nil {
			return err
		}
		later, err := pop.Total(a.Code, horizonYear, needs.All)
		if err != nil {
			return err
		}
		o75, err := over(a.Code, baseYear, 75)
		if err != nil {
			return err
		}
		o75later, err := over(a.Code, horizonYear, 75)
		if err != nil {
			return err
		}
		counts[i] = now
		if i < len(areas)-1 {
			total += now
			r.state.over75 = append(r.state.over75, o75)
		}
		r.printf("%-24s %9.0f %9.0f %+7.1f%% %8.0f %8.0f %+8.1f%%\n", a.Name, now, later, pct(later, now), o75, o75later, pct(o75later, o75))
	}
	if pub, ok := sl.PublicTotal(baseYear); ok && float64(pub) != counts[len(counts)-1] {
		return fmt.Errorf("partnership total %0.f differs from the published %d", counts[len(counts)-1], pub)
	}
	for i := range r.state.localities {
		r.state.popShare = append(r.state.popShare, counts[i]/total)
	}
	r.printf("\n")
	return nil
}

// dementiaTable projects dementia prevalence (POPPI method) by locality.
func dementiaTable(r *report) error {
	codes := make([]string, len(r.state.localities))
	for i, a := range r.state.localities {
		codes[i] = a.Code
	}
	rates := sl.Dementia()
	proj, err := needs.Project(r.state.pop, []needs.Rates{rates}, codes, []int{baseYear, 2025, horizonYear})
	if err != nil {
		return err
	}
	cond := rates.Condition()
	r.printf("People aged 65+ with dementia, projected: rate × population by age band and sex\n")
	r.printf("(rates: %s)\n\n", rates.Provenance().Source)
	r.printf("%-24s %8s %8s %8s %8s\n", "", "2022", "2025", "2030", "growth")
	var sum [3]float64
	for _, a := range r.state.localities {
		var v [3]float64
		for i, y := range []int{baseYear, 2025, horizonYear} {
			if v[i], err = proj.Total(cond, a.Code, y, needs.All); err != nil {
				return err
			}
			sum[i] += v[i]
		}
		g, err := proj.Growth(cond, a.Code, baseYear, horizonYear)
		if err != nil {
			return err
		}
		r.printf("%-24s %8.0f %8.0f %8.0f %+7.1f%%\n", a.Name, v[0], v[1], v[2], 100*g)
	}
	r.printf("%-24s %8.0f %8.0f %8.0f %+7.1f%%\n\n", "Partnership", sum[0], sum[1], sum[2], pct(sum[2], sum[0]))
	return nil
}

// populationForecast fits an exponential smoothing model, chosen by AICc as
// R's forecast::ets would choose it, to the published mid-year estimates
// for 2001–2019 and sets its forecasts beside the estimates published
// since.
func populationForecast(r *report) error {
	// National Records of Scotland mid-year estimates, South Lanarkshire,
	// 2001–2019 (NRS, Mid-year population estimates: time series data).
	published := []float64{302340, 302770, 303480, 305660, 306850, 308450, 310370, 311310,
		312180, 313180, 313900, 314330, 314810, 315300, 316230, 317100, 318200, 319020, 320530}
	s := forecast.Series{Start: 2001, Frequency: forecast.Yearly, Values: published}
	m, err := forecast.Fit(s, forecast.Auto, &forecast.Options{Seed: 2022})
	if err != nil {
		return err
	}
	fc, err := m.Forecast(4, 95)
	if err != nil {
		return err
	}
	r.printf("Partnership population forecast from the 2001–2019 estimates: %s chosen by AICc\n\n", m.Name())
	r.printf("%-6s %9s %20s %10s\n", "year", "forecast", "95% interval", "published")
	for h := range fc.Mean {
		year := 2020 + h
		pub := "—"
		if v, ok := sl.PublicTotal(year); ok {
			pub = fmt.Sprintf("%d", v)
		}
		r.printf("%-6d %9.0f   [%7.0f, %7.0f] %10s\n", year, fc.Mean[h], fc.Intervals[0].Lower[h], fc.Intervals[0].Upper[h], pub)
	}
	r.printf("The 2022 estimate follows the 2022 census and is rebased; the trend alone did not foresee it.\n\n")
	return nil
}

// homeCareGap sets the demand for care at home (hours a week, constructed
// rates rising 1% a year beyond demography) against the hours commissioned.
func homeCareGap(r *report) error {
	codes := make([]string, len(r.state.localities))
	for i, a := range r.state.localities {
		codes[i] = a.Code
	}
	years := []int{baseYear, 2023, 2024, 2025}
	model := needs.DemandModel{Rates: sl.HomeCareHours(), Trend: 0.01, BaseYear: baseYear}
	demand, err := model.Demand(r.state.pop, codes, years)
	if err != nil {
		return err
	}
	// Capacity: the hours commissioned in 2022 met 97% of that year's
	// demand and stay flat (constructed).
	base := map[string]float64{}
	for _, d := range demand {
		if d.Year == baseYear {
			base[d.Area] = 0.97 * d.Value
		}
	}
	var capacity []needs.Level
	for _, c := range codes {
		for _, y := range years {
			capacity = append(capacity, needs.Level{Area: c, Year: y, Value: base[c]})
		}
	}
	rows, err := needs.Gap(demand, capacity)
	if err != nil {
		return err
	}
	r.printf("Care at home, hours a week: demand (constructed rates, +1%% a year) against flat capacity\n\n")
	r.printf("%-24s %6s %9s %9s %8s %7s\n", "", "year", "demand", "capacity", "gap", "use")
	name := map[string]string{}
	for _, a := range r.state.localities {
		name[a.Code] = a.Name
	}
	r.state.homeCareGap = make([]float64, len(codes))
	for _, g := range rows {
		if g.Year != baseYear && g.Year != 2025 {
			continue
		}
		u, _ := g.Utilisation()
		r.printf("%-24s %6d %9.0f %9.0f %8.0f %6.1f%%\n", name[g.Area], g.Year, g.Demand, g.Capacity, g.Gap, 100*u)
		if g.Year == 2025 {
			for i, c := range codes {
				if c == g.Area {
					r.state.homeCareGap[i] = g.Gap
				}
			}
		}
	}
	r.printf("\n")
	return nil
}

// pct returns the percentage change from a to b.
func pct(b, a float64) float64 { return 100 * (b - a) / a }
