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
	"github.com/shopspring/decimal"
)

func main() {
	out := flag.String("out", "out", "directory to write whatif.html, whatif.md and whatif.xlsx to")
	flag.Parse()
	slround.Main("whatif", func(w io.Writer) error {
		base, more, err := runWhatIf(w)
		if err != nil {
			return err
		}
		files, err := publish(base, more, *out)
		for _, f := range files {
			fmt.Fprintln(w, "wrote", f)
		}
		return err
	})
}

// rise is the change in the council's contribution.
var rise = decimal.RequireFromString("0.02")

// run runs the round, the scenario and writes the board paper's table.
func run(w io.Writer) error {
	_, _, err := runWhatIf(w)
	return err
}

// runWhatIf runs the round and the scenario, writes the board paper's
// table and returns both rounds.
func runWhatIf(w io.Writer) (base, more *commissioning.Round, err error) {
	ctx := context.Background()
	in, err := slround.Inputs(false)
	if err != nil {
		return nil, nil, err
	}
	base, err = commissioning.Run(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	more, err = commissioning.Rerun(ctx, base, commissioning.ScaleStream("council", rise))
	if err != nil {
		return nil, nil, err
	}
	d := commissioning.Diff(base, more)
	b, m := base.Strategy, more.Strategy
	pr := func(format string, args ...any) {
		if err == nil {
			_, err = fmt.Fprintf(w, format, args...)
		}
	}
	pr("What if South Lanarkshire Council's contribution rises %s%%?\n\n", rise.Shift(2))
	pr("%-28s", "£000")
	for y := range in.Period.All() {
		pr("%12v", y)
	}
	pr("\n")
	row := func(label string, get func(y investment.FinancialYear) investment.Money) {
		pr("%-28s", label)
		for y := range in.Period.All() {
			pr("% 12k", get(y))
		}
		pr("\n")
	}
	council := func(r *commissioning.Round) func(investment.FinancialYear) investment.Money {
		return func(y investment.FinancialYear) investment.Money {
			for _, s := range r.Inputs.Finance.Streams {
				if s.ID == "council" {
					return s.Amounts.In(y)
				}
			}
			return investment.Money{}
		}
	}
	row("Council contribution", council(base))
	row("  after the rise", council(more))
	row("Gap before investment", b.Budget.GapBefore.In)
	row("  after the rise", m.Budget.GapBefore.In)
	row("Available for investment", b.Budget.Available.In)
	row("  after the rise", m.Budget.Available.In)
	row("Invested", b.Choice.Spend.In)
	row("  after the rise", m.Choice.Spend.In)
	row("Gap with investment", b.Budget.GapAfter.In)
	row("  after the rise", m.Budget.GapAfter.In)
	pr("(gap: positive is a shortfall; available: the transformation fund plus the surplus before investment)\n\n")

	pr("Options that become affordable: %s\n", list(d.ChosenAdded))
	pr("Options no longer chosen:       %s\n", list(d.ChosenRemoved))
	pr("Total MCDA score %.1f → %.1f; total NPSV %s → %s\n\n", b.Choice.Benefit, m.Choice.Benefit,
		b.Choice.NPSV.FormatIn(investment.Pound), m.Choice.NPSV.FormatIn(investment.Pound))
	pr("%-18s %10s %12s %12s\n", "option", "change", "cost a year", "NPSV")
	for _, ch := range []struct {
		ids  []string
		sign string
	}{{d.ChosenAdded, "funded"}, {d.ChosenRemoved, "dropped"}} {
		for _, id := range ch.ids {
			ap, _ := m.Appraisal(id)
			var cost investment.Money
			for _, o := range in.Options {
				if o.ID == id {
					cost = o.Costs(1)
				}
			}
			pr("%-18s %10s %12s %12s\n", id, ch.sign, cost.FormatIn(investment.Pound), ap.NPSV.FormatIn(investment.Pound))
		}
	}
	return base, more, err
}

func list(ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	return strings.Join(ids, ", ")
}
