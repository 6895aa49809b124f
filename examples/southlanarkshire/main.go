package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/examples/internal/slround"
	"github.com/opencommissioning/scp/investment"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
)

func main() {
	out := flag.String("out", "out", "directory to write report.html, report.md, annual-report.html, annual-report.md and financial-plan.xlsx to")
	flag.Parse()
	slround.Main("southlanarkshire", func(w io.Writer) error {
		r, err := runRound(w)
		if err != nil {
			return err
		}
		files, err := publish(r, *out)
		for _, f := range files {
			fmt.Fprintln(w, "wrote", f)
		}
		return err
	})
}

// run runs the round and writes its summary to w.
func run(w io.Writer) error {
	_, err := runRound(w)
	return err
}

// runRound runs the round on the embedded data, with the Monte Carlo
// analysis, writes the summary and returns the round.
func runRound(w io.Writer) (*commissioning.Round, error) {
	in, err := slround.Inputs(true)
	if err != nil {
		return nil, err
	}
	r, err := commissioning.Run(context.Background(), in)
	if err != nil {
		return r, err
	}
	p := &printer{w: w, r: r, names: map[string]string{}}
	for _, l := range in.Localities {
		p.names[l.Code] = l.Name
	}
	p.names[sl.PartnershipCode] = sl.PartnershipName
	p.title("South Lanarkshire Health and Social Care Partnership — strategic commissioning 2022–25")
	p.printf("One round of the commissioning cycle (Analyse → Plan → Do → Review) on embedded data.\n")
	p.printf("Figures marked (constructed) are built for the example and are not official statistics.\n\n")
	// The summary's sections, in the order of the cycle. A further
	// section (such as a budget impact analysis of the chosen options)
	// is added to this list where it belongs.
	sections := []func(){
		p.analyse,
		p.finance, p.economicCase, p.choice, p.simulation, p.budgetImpact, p.outcomesPlanned,
		p.do,
		p.review, p.statutory,
	}
	for _, s := range sections {
		s()
	}
	return r, p.err
}

// printer writes the summary and remembers the first write error.
type printer struct {
	w     io.Writer
	err   error
	r     *commissioning.Round
	names map[string]string
}

// fail records err as the printer's error unless one is recorded.
func (p *printer) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) title(s string) { p.printf("%s\n%s\n\n", s, strings.Repeat("=", len([]rune(s)))) }

func (p *printer) section(s string) { p.printf("\n%s\n%s\n\n", s, strings.Repeat("-", len([]rune(s)))) }

func (p *printer) name(code string) string {
	if n, ok := p.names[code]; ok {
		return n
	}
	return code
}

func pct(b, a float64) float64 { return 100 * (b - a) / a }

func (p *printer) analyse() {
	a := p.r.Assessment
	p.section("1. Analyse — who lives here, and what will they need?")
	p.printf("Population at 30 June (localities constructed; partnership totals 2018–2022 are NRS estimates)\n\n")
	p.printf("%-24s %9s %9s %8s %8s %8s %9s\n", "", "2022", "2030", "change", "75+ 2022", "75+ 2030", "75+ change")
	for _, code := range append(a.Localities, sl.PartnershipCode) {
		now, _ := a.PopulationOf(code, 2022)
		later, _ := a.PopulationOf(code, 2030)
		p.printf("%-24s %9.0f %9.0f %+7.1f%% %8.0f %8.0f %+8.1f%%\n", p.name(code), now.Total, later.Total,
			pct(later.Total, now.Total), now.Aged75, later.Aged75, pct(later.Aged75, now.Aged75))
	}
	p.printf("\nPeople aged 65+ with dementia, projected: rate × population by age band and sex\n(rates: %s)\n\n", a.Rates[0].Source)
	p.printf("%-24s %8s %8s %8s %8s\n", "", "2022", "2024", "2030", "growth")
	for _, code := range append(a.Localities, sl.PartnershipCode) {
		var v [3]float64
		for i, y := range []int{2022, 2024, 2030} {
			c, _ := a.CasesOf("dementia", code, y)
			v[i] = c.Cases
		}
		g, _ := a.CasesOf("dementia", code, 2030)
		p.printf("%-24s %8.0f %8.0f %8.0f %+7.1f%%\n", p.name(code), v[0], v[1], v[2], 100*g.Growth)
	}
	for i, f := range a.Forecasts {
		h := p.r.Inputs.History[i]
		p.printf("\n%s: forecast from %d–%d, %s chosen by AICc\n\n", h.Title, h.Start, h.Start+len(h.Values)-1, f.Model)
		p.printf("%-6s %9s %20s %10s\n", "year", "forecast", fmt.Sprintf("%.0f%% interval", f.Level), "published")
		for _, pt := range f.Points {
			pub := "—"
			if v, ok := sl.PublicTotal(pt.Year); ok && h.ID == "population" {
				pub = fmt.Sprint(v)
			}
			p.printf("%-6d %9.0f   [%7.0f, %7.0f] %10s\n", pt.Year, pt.Mean, pt.Lower, pt.Upper, pub)
		}
	}
	p.printf("\nCare at home, hours a week: demand (constructed rates, +1%% a year) against flat capacity\n\n")
	p.printf("%-24s %6s %9s %9s %8s %7s\n", "", "year", "demand", "capacity", "gap", "use")
	for _, d := range a.Demand {
		if d.Year == 2022 || d.Year == 2024 {
			p.printf("%-24s %6d %9.0f %9.0f %8.0f %6.1f%%\n", p.name(d.Area), d.Year, d.Demand, d.Capacity, d.Gap, 100*d.Utilisation)
		}
	}
	p.printf("\nCurrent spend by care group, %v budgets (constructed), £000\n\n", a.Spend.Year)
	for _, g := range a.Spend.ByCareGroup {
		p.printf("  %-34s % 9k\n", g.Key, g.Amount)
	}
	p.printf("  %-34s % 9k\n", "total", a.Spend.Total)
}

func (p *printer) finance() {
	s := p.r.Strategy
	b := s.Finance
	p.section("2. Plan — what can we afford, and what should we fund?")
	p.printf("Medium-term financial plan with the chosen options (constructed figures), £000\n\n%-28s", "")
	for y := range b.Years.All() {
		p.printf("%12v", y)
	}
	p.printf("%12s\n", "3 years")
	row := func(label string, get func(investment.YearTotals) investment.Money) {
		p.printf("%-28s", label)
		for _, t := range b.Totals {
			p.printf("% 12k", get(t))
		}
		p.printf("% 12k\n", get(b.Total))
	}
	row("Funding", func(t investment.YearTotals) investment.Money { return t.Funding })
	row("  of which set-aside", func(t investment.YearTotals) investment.Money { return t.SetAsideFunding })
	row("Recurring budget b/f", func(t investment.YearTotals) investment.Money { return t.Base })
	row("Pay, price and rate uplifts", func(t investment.YearTotals) investment.Money { return t.Uplift })
	row("Pressures and investment", func(t investment.YearTotals) investment.Money { return t.Pressures })
	row("Savings", func(t investment.YearTotals) investment.Money { return t.Savings.Neg() })
	row("Net expenditure", func(t investment.YearTotals) investment.Money { return t.Net })
	row("Reserves drawn", func(t investment.YearTotals) investment.Money { return t.Drawdown })
	row("Funding gap (+ shortfall)", func(t investment.YearTotals) investment.Money { return t.Gap })
	row("General reserve c/f", func(t investment.YearTotals) investment.Money { return t.GeneralReserves })

	n := b.Years.Len() - 1
	parts := make([]investment.Money, len(b.ByCareGroup))
	for i, g := range b.ByCareGroup {
		parts[i] = g.Years[n].Net
	}
	t := investment.RoundTable(investment.Thousand, parts...)
	p.printf("\nNet expenditure by care group, %v, £000\n\n", b.Years.Last)
	for i, g := range b.ByCareGroup {
		p.printf("  %-34s % 9k\n", g.Title, t.Parts[i])
	}
	p.printf("  %-34s % 9k\n  %-34s % 9k\n", "Rounding", t.Rounding, "Total", t.Total)

	bud := s.Budget
	p.printf("\nWhat the plan leaves for investment: the transformation fund's drawdown plus the surplus\non unrestricted money before investment (headroom), £000\n\n")
	p.printf("%-10s %10s %10s %10s %10s %10s %12s %12s\n", "year", "fund", "headroom", "available", "spent", "unspent", "gap before", "gap after")
	for y := range b.Years.All() {
		p.printf("%-10v % 10k % 10k % 10k % 10k % 10k % 12k % 12k\n", y, bud.Fund.In(y), bud.Headroom.In(y), bud.Available.In(y),
			s.Choice.Spend.In(y), s.Choice.Unspent.In(y), bud.GapBefore.In(y), bud.GapAfter.In(y))
	}
}

func (p *printer) economicCase() {
	s := p.r.Strategy
	p.printf("\nEconomic case of the short list, ranked by NPSV: 10 years at the Green Book's 3.5%%, optimism bias applied (constructed)\n\n")
	p.printf("%-18s %12s %12s %12s %6s %10s\n", "option", "PV costs", "PV benefits", "NPSV", "BCR", "switch")
	for _, ro := range s.Ranked(commissioning.ByNPSV) {
		a, _ := s.Appraisal(ro.Option)
		sw, _ := a.Switch(commissioning.Benefits, -1)
		p.printf("%-18s %12s %12s %12s %6.2f %9.1f%%\n", a.ID, a.PVCosts.FormatIn(investment.Pound),
			a.PVBenefits.FormatIn(investment.Pound), a.NPSV.FormatIn(investment.Pound), a.BCR, -100*sw.Change)
	}
	p.printf("(switch: the fall in benefits that would make the option not worth doing)\n")
	p.printf("\nMulti-criteria scores (weighted sum; swing weights from the board's pairwise judgements by AHP)\n\n  weights:")
	for _, w := range s.Weights {
		p.printf("  %s %.3f", w.Criterion, w.Weight)
	}
	p.printf("\n\n")
	for _, ro := range s.Ranked(commissioning.ByMCDA) {
		p.printf("  %d. %-18s %5.1f\n", ro.Rank, ro.Option, ro.Score)
	}
}

func (p *printer) choice() {
	s := p.r.Strategy
	c := s.Choice
	proof := map[bool]string{true: "proven optimal", false: "not proven optimal"}[c.Optimal]
	p.printf("\nBest affordable set by MCDA score (exact branch and bound, %s), within the budget each year\n", proof)
	p.printf("and the ring-fenced alcohol and drug money: %s\n", strings.Join(c.Options, ", "))
	p.printf("Total MCDA score %.1f; total NPSV %s\n", c.Benefit, c.NPSV.FormatIn(investment.Pound))
	p.printf("\nEfficiency frontier: the best set as the budget is scaled, at the levels where the options,\nin order of score per pound, would each just be paid for in 2022/23\n\n")
	p.printf("%-7s %14s %8s %14s  %s\n", "level", "budget 2022/23", "score", "NPSV", "options")
	for _, f := range s.Frontier {
		if !f.Feasible {
			p.printf("%-7.3f %14s %8s\n", f.Level, f.Budget.In(2022).FormatIn(investment.Pound), "infeasible")
			continue
		}
		p.printf("%-7.3f %14s %8.1f %14s  %s\n", f.Level, f.Budget.In(2022).FormatIn(investment.Pound), f.Benefit,
			f.NPSV.FormatIn(investment.Pound), strings.Join(f.Options, ", "))
	}
}

func (p *printer) simulation() {
	res := p.r.Strategy.Simulation
	if res == nil {
		return
	}
	p.printf("\nMonte Carlo: %d draws, seed %d; benefit realisation PERT(0.5, 0.95, 1.2) per option,\n", res.Draws, res.Seed)
	p.printf("capital overrun PERT(0.95, 1.05, 1.6), uptake triangular(0.7, 1, 1.1) shared\n\n")
	p.printf("%-18s %12s %12s %12s %12s %10s\n", "option", "mean NPSV", "5th pct", "median", "95th pct", "P(NPSV>0)")
	for _, o := range res.Options {
		if o.ID == "bau" {
			continue
		}
		p5, _ := o.Percentile(5)
		p50, _ := o.Percentile(50)
		p95, _ := o.Percentile(95)
		p.printf("%-18s %12s %12s %12s %12s %9.1f%%\n", o.ID, o.Mean.FormatIn(investment.Pound), p5.FormatIn(investment.Pound),
			p50.FormatIn(investment.Pound), p95.FormatIn(investment.Pound), 100*o.ProbPositive)
	}
}

func (p *printer) outcomesPlanned() {
	s := p.r.Strategy
	p.printf("\nOutcome targets and trajectories\n\n")
	for _, t := range s.Trajectories {
		p.printf("  %-6s", t.Indicator)
		for _, pt := range t.Points {
			p.printf("  %v %.0f", pt.Year, pt.Value)
		}
		p.printf("\n")
	}
	p.printf("\nExpected contributions of the chosen options (logic model, constructed effects)\n\n")
	for _, c := range s.Contributions {
		p.printf("  %-18s → %-5s effect %6.1f (%.1f–%.1f), lag %d\n", c.Line, c.Target, c.Effect.Central, c.Effect.Low, c.Effect.High, c.Lag)
	}
	pl := s.Plan
	p.printf("\nThe plan: %s, approved %s, %d priorities, %d localities, %d options funded;\n",
		pl.Title, pl.Approved.Format("2 January 2006"), len(pl.Priorities), len(pl.Localities), len(pl.Options))
	p.printf("national outcomes linked through its priorities and its own list: %v\n", pl.LinkedOutcomes())
}

func (p *printer) do() {
	c := p.r.Commitments
	p.section("3. Do — directions and contracts, allocated to the localities")
	for _, it := range c.Items {
		p.printf("  %-30s to %-45s %s a year\n", it.ID, strings.Join(it.To, " and "), it.Amounts.In(2022).FormatIn(investment.Pound))
	}
	exact, t, _ := c.LocalityTable(2022, investment.Thousand)
	p.printf("\nCommitments in 2022/23 by locality (area-wide ones shared by residents aged 75+)\n\n")
	p.printf("%-24s %16s %9s\n", "locality", "allocation", "£000")
	for i, code := range c.Localities {
		p.printf("%-24s %16s % 9k\n", p.name(code), exact[i], t.Parts[i])
	}
	p.printf("%-24s %16s % 9k\n", "Rounding", "", t.Rounding)
	p.printf("%-24s %16s % 9k\n", "Total", investment.Sum(exact...), t.Total)
	p.printf("\nEvery penny is allocated; the published column adds up through its rounding line.\n")
}

func (p *printer) review() {
	rv := p.r.Review
	p.section(fmt.Sprintf("4. Review — %v: spend against budget, outcomes against trajectories", rv.Year))
	p.printf("%-24s %14s %14s %12s\n", "line", "budget", "outturn", "variance")
	for _, l := range rv.Spend {
		if l.HasActual {
			p.printf("%-24s %14s %14s %12s\n", l.Line, l.Budget.FormatIn(investment.Pound), l.Actual.FormatIn(investment.Pound), l.Variance.FormatIn(investment.Pound))
		}
	}
	p.printf("\nSpend by locality (partnership-wide services last), £000\n\n")
	for _, l := range rv.ByLocality {
		name := p.name(l.Locality)
		if l.Locality == "" {
			name = "Partnership-wide"
		}
		p.printf("  %-24s budget % 9k  outturn % 9k\n", name, l.Budget, l.Actual)
	}
	p.printf("  (outturn is reported for the lines above only)\n\nTargets\n\n")
	for _, m := range rv.Measures {
		a := m.Assessment
		p.printf("  %-6s %.1f against %.1f on the trajectory: %v\n", m.Indicator, a.Actual, a.Expected, a.Status)
	}
	p.printf("\nFindings for the next round\n\n")
	for _, f := range rv.Findings {
		p.printf("  %-14s %s\n", f.Kind, f.Text)
	}
}

func (p *printer) statutory() {
	fs := commissioning.Validate(p.r)
	p.printf("\nStatutory checks (2014 Act s.29 and guidance; SSI 2014/326 reg. 3): %d rules, %d failures;\n", len(commissioning.Rules()), len(fs))
	p.printf("%d significant decisions in %v, each with its reason\n", len(p.r.Review.Decisions), p.r.Review.Year)
	for _, f := range fs {
		p.printf("  %s\n", f)
	}
	next, err := commissioning.Next(p.r)
	if err != nil {
		p.err = err
		return
	}
	p.printf("\nNext round: %d, reviewing %v, %d findings carried into its Analyse\n", next.Round, next.Year, len(next.Carried))
}
