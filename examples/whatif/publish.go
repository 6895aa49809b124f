package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/opencommissioning/scp/commissioning"
	pub "github.com/opencommissioning/scp/commissioning/report"
	"github.com/opencommissioning/scp/investment"
)

// publish writes the comparison as whatif.html and whatif.md (with its
// charts under charts/) and whatif.xlsx in dir, and returns the paths
// written.
func publish(base, more *commissioning.Round, dir string) ([]string, error) {
	b, m := base.Strategy, more.Strategy
	d := commissioning.Diff(base, more)
	stream := func(r *commissioning.Round) investment.Flow {
		for _, s := range r.Inputs.Finance.Streams {
			if s.ID == "council" {
				return s.Amounts
			}
		}
		return investment.Flow{}
	}
	table, err := pub.Scenario(fmt.Sprintf("What if the council's contribution rises %s%%?", rise.Shift(2)), "after the rise",
		base.Inputs.Period, investment.Thousand,
		pub.ScenarioLine{Label: "Council contribution", Base: stream(base), Scenario: stream(more)},
		pub.ScenarioLine{Label: "Gap before investment", Base: b.Budget.GapBefore, Scenario: m.Budget.GapBefore},
		pub.ScenarioLine{Label: "Available for investment", Base: b.Budget.Available, Scenario: m.Budget.Available},
		pub.ScenarioLine{Label: "Invested", Base: b.Choice.Spend, Scenario: m.Choice.Spend},
		pub.ScenarioLine{Label: "Gap with investment", Base: b.Budget.GapAfter, Scenario: m.Budget.GapAfter})
	if err != nil {
		return nil, err
	}
	table.Notes = []string{"Gap: positive is a shortfall. Available: the transformation fund plus the surplus before investment."}
	names := map[string]string{}
	for _, s := range base.Inputs.Finance.Streams {
		names[s.ID] = s.Name
	}
	before, err := pub.BudgetChart("budget-base", "Funding, reserves and the gap: as planned", b.Finance, names)
	if err != nil {
		return nil, err
	}
	after, err := pub.BudgetChart("budget-rise", "Funding, reserves and the gap: after the rise", m.Finance, names)
	if err != nil {
		return nil, err
	}
	doc := &pub.Document{
		Title:    base.Inputs.Name + ": what if the council's contribution rises?",
		Subtitle: fmt.Sprintf("The round run again with South Lanarkshire Council's contribution %s%% higher in every year (constructed figures).", rise.Shift(2)),
		Date:     b.Plan.Approved,
		Sections: []pub.Section{{Stage: "Plan", Title: "The gap and the options affordable", Blocks: []pub.Block{
			pub.TableBlock(table),
			pub.P("Options that become affordable: " + list(d.ChosenAdded) + ". Options no longer chosen: " + list(d.ChosenRemoved) + "."),
			pub.P(fmt.Sprintf("Total MCDA score %.1f → %.1f; total NPSV %s → %s.", b.Choice.Benefit, m.Choice.Benefit,
				b.Choice.NPSV.FormatIn(investment.Pound), m.Choice.NPSV.FormatIn(investment.Pound))),
			pub.ChartBlock(before), pub.ChartBlock(after),
		}}},
	}
	// Named for the comparison, so that it can sit beside the main job's report.
	files, err := doc.WriteFilesAs(dir, "whatif")
	if err != nil {
		return nil, err
	}
	xlsx := filepath.Join(dir, "whatif.xlsx")
	f, err := os.Create(xlsx)
	if err != nil {
		return nil, err
	}
	err = pub.WriteWorkbook(f, table)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return []string{files.HTML, files.Markdown, xlsx}, err
}
