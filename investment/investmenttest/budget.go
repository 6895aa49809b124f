package investmenttest

import (
	"errors"
	"fmt"

	"github.com/opencommissioning/scp/investment"
)

// BudgetRollsUp checks every roll-up of a budget, year by year and over
// the plan, and returns nil when all hold, or a [*Failure] for each that
// does not, naming the year and the line, care group, locality or stream
// at fault:
//
//   - every line's net is its base + uplift + pressures − savings, and its
//     total is the sum of its years;
//   - the lines, the care groups and the localities each sum, column by
//     column (base, uplift, pressures, savings, net), to the year's totals;
//   - the streams' expenditure sums to the year's net expenditure and their
//     funding to the year's funding, and each stream's balance is its
//     funding less its expenditure;
//   - the gap identity: gap = net − funding − (drawdown − contribution);
//   - the total of every line, care group, locality and stream, and the
//     plan's total, is the sum of its years.
//
// A message reads, for example,
//
//	investmenttest: BudgetRollsUp: 2023/24: care groups' net: parts sum to £1,029.99, want £1,030.00: short by £0.01 (2 parts) (the year's net)
func BudgetRollsUp(b *investment.Budget) error {
	if b == nil {
		return &Failure{Check: "BudgetRollsUp", Detail: "no budget"}
	}
	var errs []error
	fail := func(y investment.FinancialYear, label, format string, args ...any) {
		d := fmt.Sprintf(format, args...)
		if y != 0 {
			d = y.String() + ": " + d
		}
		errs = append(errs, &Failure{Check: "BudgetRollsUp", Label: label, Year: y, Detail: d})
	}
	if n := b.Years.Len(); len(b.Totals) != n {
		fail(0, "", "%d years of totals for the %d years %v", len(b.Totals), n, b.Years)
		return errors.Join(errs...)
	}
	groups := []struct {
		what  string
		parts func(t int) []labelledSpend
	}{
		{"lines'", func(t int) []labelledSpend { return lineSpends(b, t) }},
		{"care groups'", func(t int) []labelledSpend { return rollupSpends(b.ByCareGroup, t) }},
		{"localities'", func(t int) []labelledSpend { return rollupSpends(b.ByLocality, t) }},
	}
	for t, yt := range b.Totals {
		y := yt.Year
		for _, l := range lineSpends(b, t) {
			if want := l.s.Base.Add(l.s.Uplift).Add(l.s.Pressures).Sub(l.s.Savings); !l.s.Net.Equal(want) {
				fail(y, l.label, "line %q: net %s is not base + uplift + pressures − savings = %s", l.label, l.s.Net, want)
			}
		}
		for _, g := range groups {
			checkColumns(fail, y, "", g.what, "the year's", yt.Spend(), g.parts(t))
		}
		checkStreams(fail, b, t)
		if want := yt.Net.Sub(yt.Funding).Sub(yt.Drawdown.Sub(yt.Contribution)); !yt.Gap.Equal(want) {
			fail(y, "", "gap %s is not net − funding − (drawdown − contribution) = %s", yt.Gap, want)
		}
	}
	checkTotals(fail, b)
	return errors.Join(errs...)
}

// AssertBudgetRollsUp is [BudgetRollsUp] for a test: it reports every
// roll-up that does not hold with t.Errorf and returns whether all did.
func AssertBudgetRollsUp(t TB, b *investment.Budget) bool {
	t.Helper()
	return report(t, BudgetRollsUp(b))
}

type failFunc func(y investment.FinancialYear, label, format string, args ...any)

// labelledSpend is one line's or group's spend in one year.
type labelledSpend struct {
	label string
	s     investment.Spend
}

func lineSpends(b *investment.Budget, t int) []labelledSpend {
	out := make([]labelledSpend, 0, len(b.Lines))
	for _, l := range b.Lines {
		if t < len(l.Years) {
			out = append(out, labelledSpend{l.ID, l.Years[t]})
		} else {
			out = append(out, labelledSpend{l.ID, investment.Spend{}})
		}
	}
	return out
}

func rollupSpends(rs []investment.Rollup, t int) []labelledSpend {
	out := make([]labelledSpend, 0, len(rs))
	for _, r := range rs {
		label := r.Key
		if label == "" {
			label = r.Title
		}
		var s investment.Spend
		if t < len(r.Years) {
			s = r.Years[t]
		}
		out = append(out, labelledSpend{label, s})
	}
	return out
}

// spendColumns are the columns of a [investment.Spend] that roll up.
var spendColumns = []struct {
	name string
	get  func(investment.Spend) investment.Money
}{
	{"base", func(s investment.Spend) investment.Money { return s.Base }},
	{"uplift", func(s investment.Spend) investment.Money { return s.Uplift }},
	{"pressures", func(s investment.Spend) investment.Money { return s.Pressures }},
	{"savings", func(s investment.Spend) investment.Money { return s.Savings }},
	{"net", func(s investment.Spend) investment.Money { return s.Net }},
}

// checkColumns checks that parts sum to want, whose figures they are (such
// as "the year's"), in every spend column.
func checkColumns(fail failFunc, y investment.FinancialYear, label, what, whose string, want investment.Spend, parts []labelledSpend) {
	for _, c := range spendColumns {
		ps := make([]Part, len(parts))
		for i, p := range parts {
			ps[i] = Part{Label: p.label, Amount: c.get(p.s)}
		}
		if d := conserves(c.get(want), ps); d != "" {
			fail(y, label, "%s %s: %s (%s %s)", what, c.name, d, whose, c.name)
		}
	}
}

// checkStreams checks the streams' funding, expenditure and balances in
// the t-th year.
func checkStreams(fail failFunc, b *investment.Budget, t int) {
	yt := b.Totals[t]
	var funding, spent []Part
	for _, s := range b.ByStream {
		if t >= len(s.Years) {
			fail(yt.Year, s.ID, "stream %q has no figures for the year", s.ID)
			continue
		}
		sy := s.Years[t]
		funding = append(funding, P(s.ID, sy.Funding))
		spent = append(spent, P(s.ID, sy.Expenditure))
		if want := sy.Funding.Sub(sy.Expenditure); !sy.Balance.Equal(want) {
			fail(yt.Year, s.ID, "stream %q: balance %s is not funding − expenditure = %s", s.ID, sy.Balance, want)
		}
	}
	if d := conserves(yt.Net, spent); d != "" {
		fail(yt.Year, "", "streams' expenditure: %s (the year's net expenditure)", d)
	}
	if d := conserves(yt.Funding, funding); d != "" {
		fail(yt.Year, "", "streams' funding: %s (the year's funding)", d)
	}
}

// byYear labels spends by their years.
func byYear(ss []investment.Spend) []labelledSpend {
	out := make([]labelledSpend, len(ss))
	for t, s := range ss {
		out[t] = labelledSpend{s.Year.String(), s}
	}
	return out
}

// checkTotals checks that the total of each line, care group, locality and
// stream, and the plan's total, are the sums of their years.
func checkTotals(fail failFunc, b *investment.Budget) {
	years := make([]investment.Spend, len(b.Totals))
	for t, yt := range b.Totals {
		years[t] = yt.Spend()
	}
	checkColumns(fail, 0, "", "years'", "the plan's", b.Total.Spend(), byYear(years))
	for _, l := range b.Lines {
		checkColumns(fail, 0, l.ID, fmt.Sprintf("line %q years'", l.ID), "its total", l.Total, byYear(l.Years))
	}
	for _, g := range b.ByCareGroup {
		checkColumns(fail, 0, g.Key, fmt.Sprintf("care group %q years'", g.Key), "its total", g.Total, byYear(g.Years))
	}
	for _, l := range b.ByLocality {
		checkColumns(fail, 0, l.Key, fmt.Sprintf("locality %q years'", l.Key), "its total", l.Total, byYear(l.Years))
	}
	for _, s := range b.ByStream {
		var funding, spent, balance []Part
		for _, sy := range s.Years {
			funding = append(funding, P(sy.Year.String(), sy.Funding))
			spent = append(spent, P(sy.Year.String(), sy.Expenditure))
			balance = append(balance, P(sy.Year.String(), sy.Balance))
		}
		for _, c := range []struct {
			name  string
			total investment.Money
			parts []Part
		}{{"funding", s.Total.Funding, funding}, {"expenditure", s.Total.Expenditure, spent}, {"balance", s.Total.Balance, balance}} {
			if d := conserves(c.total, c.parts); d != "" {
				fail(0, s.ID, "stream %q years' %s: %s (its total %s)", s.ID, c.name, d, c.name)
			}
		}
	}
	var gap []Part
	for _, yt := range b.Totals {
		gap = append(gap, P(yt.Year.String(), yt.Gap))
	}
	if d := conserves(b.Total.Gap, gap); d != "" {
		fail(0, "", "years' gap: %s (the plan's gap)", d)
	}
}
