package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/opencommissioning/scp/commissioning"
	pub "github.com/opencommissioning/scp/commissioning/report"
	"github.com/opencommissioning/scp/investment"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/opencommissioning/scp/outcomes"
)

// publish writes the round's board paper as report.html and report.md
// (with its charts under charts/), its annual performance report as
// annual-report.html and annual-report.md, and its financial plan and
// allocations as financial-plan.xlsx in dir, and returns the paths
// written.
func publish(r *commissioning.Round, dir string) ([]string, error) {
	doc, tables, err := boardPaper(r)
	if err != nil {
		return nil, err
	}
	files, err := doc.WriteFiles(dir)
	if err != nil {
		return nil, err
	}
	apr, err := pub.AnnualReport(r, pub.PaperOptions{Subtitle: "Performance report of the round's review year on embedded data. Figures marked constructed are built for the example and are not official statistics."})
	if err != nil {
		return nil, err
	}
	annual, err := apr.WriteFilesAs(dir, "annual-report")
	if err != nil {
		return nil, err
	}
	xlsx := filepath.Join(dir, "financial-plan.xlsx")
	f, err := os.Create(xlsx)
	if err != nil {
		return nil, err
	}
	err = pub.WriteWorkbook(f, tables...)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return []string{files.HTML, files.Markdown, annual.HTML, annual.Markdown, xlsx}, err
}

// boardPaper makes the round's board paper with package report, and adds
// to its Review the cost-effectiveness of post-diagnostic dementia
// support.
func boardPaper(r *commissioning.Round) (*pub.Document, []*pub.Table, error) {
	opts := pub.PaperOptions{
		Subtitle: "Board paper: one round of the commissioning cycle on embedded data. Figures marked constructed are built for the example and are not official statistics.",
		Units:    map[string]string{},
		Outturn:  map[string][]pub.Point{},
		Tornado: []commissioning.Input{
			{Name: "benefit realisation", Lines: commissioning.Benefits, Low: 0.5, High: 1.2},
			{Name: "revenue cost", Lines: commissioning.Revenue, Low: 0.9, High: 1.25},
			{Name: "first-year benefits", Lines: commissioning.Benefits, Years: []int{1}, Low: 0, High: 1.5},
		},
	}
	for _, h := range r.Inputs.History {
		opts.Units[h.ID] = unitOf(h)
		if h.ID != "population" {
			continue
		}
		for y := h.Start + len(h.Values); y < h.Start+len(h.Values)+6; y++ {
			if v, ok := sl.PublicTotal(y); ok {
				opts.Outturn[h.ID] = append(opts.Outturn[h.ID], pub.Point{X: float64(y), Y: float64(v)})
			}
		}
	}
	doc, err := pub.BoardPaper(r, opts)
	if err != nil {
		return nil, nil, err
	}
	alts, tab, curve, err := dementiaSupport()
	if err != nil {
		return nil, nil, err
	}
	plane, err := pub.CEPlane("ce-plane", "Post-diagnostic dementia support: cost-effectiveness plane (constructed)", "QALYs",
		alts, tab, investment.MustGBP("20,000"))
	if err != nil {
		return nil, nil, err
	}
	ceac, err := pub.AcceptabilityCurve("ceac", "Post-diagnostic dementia support: acceptability (constructed draws)", "QALYs", curve)
	if err != nil {
		return nil, nil, err
	}
	review := &doc.Sections[len(doc.Sections)-1]
	review.Blocks = append(review.Blocks, pub.ChartBlock(plane), pub.ChartBlock(ceac))
	return doc, doc.MoneyTables(), nil
}

// unitOf returns the unit of a history for its chart's axis: people for
// the population, else what follows the last comma of its title ("Care at
// home delivered, thousand hours a year (constructed)" is in "thousand
// hours a year").
func unitOf(h commissioning.History) string {
	if h.ID == "population" {
		return "people"
	}
	t, _, _ := strings.Cut(h.Title, " (")
	if i := strings.LastIndex(t, ", "); i >= 0 {
		return t[i+2:]
	}
	return t
}

// dementiaSupport compares ways of supporting people after a dementia
// diagnosis (constructed costs and QALYs per person) and draws costs and
// effects around them (normal, 15% of the cost and 25% of the effect a
// standard deviation, one seeded stream) for their acceptability curve
// from £0 to £60,000 a QALY.
func dementiaSupport() ([]outcomes.Alternative, outcomes.Table, *outcomes.Curve, error) {
	gbp := investment.MustGBP
	alts := []outcomes.Alternative{
		{ID: "usual care", Cost: gbp("0"), Effect: 0}, {ID: "link worker", Cost: gbp("1,100"), Effect: 0.08},
		{ID: "group support", Cost: gbp("1,900"), Effect: 0.09}, {ID: "link + carer", Cost: gbp("2,600"), Effect: 0.16},
		{ID: "specialist team", Cost: gbp("6,800"), Effect: 0.19},
	}
	tab, err := outcomes.Frontier(alts)
	if err != nil {
		return nil, tab, nil, err
	}
	const n = 2000
	rng := rand.New(rand.NewPCG(2022, 11))
	draws := make([]outcomes.Draws, len(alts))
	for i, a := range alts {
		draws[i] = outcomes.Draws{ID: a.ID, Costs: make([]float64, n), Effects: make([]float64, n)}
	}
	for k := range n {
		z := rng.NormFloat64() // shared: the alternatives are valued on the same people
		for i, a := range alts {
			draws[i].Costs[k] = a.Cost.Float64() * (1 + 0.15*rng.NormFloat64())
			draws[i].Effects[k] = a.Effect * (1 + 0.25*(0.5*z+0.866*rng.NormFloat64()))
		}
	}
	var lambdas []investment.Money
	for l := int64(0); l <= 60000; l += 2000 {
		lambdas = append(lambdas, investment.FromPence(100*l))
	}
	curve, err := outcomes.CEAC(draws, lambdas)
	return alts, tab, curve, err
}
