package commissioning

import (
	"fmt"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// Rule is a statutory requirement [Validate] checks, with the provision it
// rests on.
type Rule struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// The rules [Validate] checks, in the order it reports them.
var (
	// RuleLocalities: a strategic plan divides the area into at least two
	// localities.
	RuleLocalities = Rule{"localities", "Public Bodies (Joint Working) (Scotland) Act 2014, s.29",
		"the plan divides the area into at least two localities"}
	// RuleArrangements: the plan sets out arrangements for each locality.
	RuleArrangements = Rule{"locality-arrangements", "Public Bodies (Joint Working) (Scotland) Act 2014, s.29",
		"the plan sets out the arrangements for carrying out the integration functions in each locality"}
	// RuleOutcomes: the plan states how it contributes to each of the nine
	// national health and wellbeing outcomes.
	RuleOutcomes = Rule{"national-outcomes", "Public Bodies (Joint Working) (Scotland) Act 2014, s.29; statutory guidance on strategic commissioning plans; SSI 2014/343",
		"the plan states a contribution to each of the nine national health and wellbeing outcomes"}
	// RuleSetAside: the set-aside budget for large hospital services is in
	// the resources the plan covers.
	RuleSetAside = Rule{"set-aside", "Public Bodies (Joint Working) (Scotland) Act 2014, s.29; statutory guidance on strategic commissioning plans",
		"the set-aside budget for large hospital services is included in the resources in scope"}
	// RuleFinancialPlan: a financial plan covers the plan's period, of at
	// least three years.
	RuleFinancialPlan = Rule{"financial-plan", "Public Bodies (Joint Working) (Scotland) Act 2014, s.29; statutory guidance on strategic commissioning plans",
		"a financial plan covers the plan's period, which is at least three years"}
	// RulePerformance: the annual performance report gives performance
	// against the core indicators for the year and the five before it where
	// data exist.
	RulePerformance = Rule{"report-performance", "Public Bodies (Joint Working) (Content of Performance Reports) (Scotland) Regulations 2014 (SSI 2014/326), reg. 3",
		"the annual performance report gives performance against the core indicators for the year and the five preceding years where data exist"}
	// RuleLocalitySpend: the report gives spend by locality.
	RuleLocalitySpend = Rule{"report-locality-spend", "SSI 2014/326, reg. 3",
		"the annual performance report gives spend in each locality"}
	// RuleDecisions: the report gives the number of significant decisions
	// and the reasons for them.
	RuleDecisions = Rule{"report-decisions", "SSI 2014/326, reg. 3",
		"the annual performance report gives the significant decisions of the year with their reasons"}
)

// Rules returns the rules Validate checks, in order.
func Rules() []Rule {
	return []Rule{RuleLocalities, RuleArrangements, RuleOutcomes, RuleSetAside, RuleFinancialPlan,
		RulePerformance, RuleLocalitySpend, RuleDecisions}
}

// Failure is one statutory requirement a round does not meet: the rule
// (by id), where it fails (a locality code, an outcome id, an indicator
// and year, a field) and what is wrong.
type Failure struct {
	Rule   string `json:"rule"`
	Where  string `json:"where"`
	Detail string `json:"detail"`
}

// String writes the failure on one line.
func (f Failure) String() string { return f.Rule + ": " + f.Where + ": " + f.Detail }

// Validate checks a round against the statutory requirements of a
// strategic plan (Public Bodies (Joint Working) (Scotland) Act 2014 s.29
// and the statutory guidance) and, when the round has a review, of the
// annual performance report (SSI 2014/326 reg. 3). It returns every
// failure, in the order of [Rules], nil when there is none.
//
// The plan's outcomes are those of its priorities, its own list and the
// chosen options (all options before the Plan stage has run).
func Validate(r *Round) []Failure {
	var out []Failure
	add := func(rule Rule, where, format string, args ...any) {
		out = append(out, Failure{Rule: rule.ID, Where: where, Detail: fmt.Sprintf(format, args...)})
	}
	in := &r.Inputs
	if n := len(in.Localities); n < 2 {
		add(RuleLocalities, "localities", "%d given", n)
	}
	for _, l := range in.Localities {
		i := slices.IndexFunc(in.Arrangements, func(a Arrangement) bool { return a.Locality == l.Code })
		if i < 0 || strings.TrimSpace(in.Arrangements[i].Summary) == "" {
			add(RuleArrangements, "locality "+l.Code, "no arrangements stated")
		}
	}
	linked := in.linkedOutcomes(r.Strategy)
	for _, o := range outcomes.NationalOutcomes() {
		if !linked[o.ID] {
			add(RuleOutcomes, o.ID, "no priority, plan outcome or chosen option contributes to it")
		}
	}
	validateFinance(in, add)
	if r.Review != nil {
		validateReport(in, r.Review, add)
	}
	return out
}

// linkedOutcomes returns the national outcomes the plan contributes to.
func (in *Inputs) linkedOutcomes(s *Strategy) map[string]bool {
	seen := map[string]bool{}
	for _, o := range in.Outcomes {
		seen[o] = true
	}
	for _, p := range in.Priorities {
		for _, o := range p.Outcomes {
			seen[o] = true
		}
	}
	for _, o := range in.Options {
		if s == nil || slices.Contains(s.Choice.Options, o.ID) {
			for _, id := range o.Outcomes {
				seen[id] = true
			}
		}
	}
	return seen
}

func validateFinance(in *Inputs, add func(Rule, string, string, ...any)) {
	if n := in.Period.Len(); n < 3 {
		add(RuleFinancialPlan, "period", "%v is %d years", in.Period, n)
	}
	f := in.Finance
	if f == nil {
		add(RuleFinancialPlan, "finance", "no financial plan")
		add(RuleSetAside, "finance", "no financial plan")
		return
	}
	if f.Years != in.Period {
		add(RuleFinancialPlan, "finance.years", "%v, plan period %v", f.Years, in.Period)
	}
	for y := range in.Period.All() {
		var v investment.Money
		for _, s := range f.Streams {
			if s.Kind == investment.SetAside {
				v = v.Add(s.Amounts.In(y))
			}
		}
		if v.Sign() <= 0 {
			add(RuleSetAside, "finance.streams "+y.String(), "no set-aside funding")
		}
	}
	if !slices.ContainsFunc(f.Lines, func(l investment.Line) bool { return l.CareGroup == investment.SetAsideServices }) {
		add(RuleSetAside, "finance.lines", "no line of set-aside services")
	}
}

func validateReport(in *Inputs, rv *Review, add func(Rule, string, string, ...any)) {
	y := rv.Year
	for _, ind := range outcomes.CoreIndicators() {
		if ind.NotReported {
			continue
		}
		i := slices.IndexFunc(rv.Performance, func(s IndicatorSeries) bool { return s.Indicator == ind.ID })
		var pts []outcomes.Point
		if i >= 0 {
			pts = rv.Performance[i].Points
		}
		has := func(t investment.FinancialYear) bool {
			return slices.ContainsFunc(pts, func(p outcomes.Point) bool { return p.Year == t })
		}
		if !has(y) {
			add(RulePerformance, ind.ID+" "+y.String(), "no value for the year under review")
		}
		for t := y - 5; t < y; t++ {
			if _, ok := in.measure(ind.ID, in.Partnership.Code, t); ok && !has(t) {
				add(RulePerformance, ind.ID+" "+t.String(), "value held but not reported")
			}
		}
	}
	for _, l := range in.Localities {
		if !slices.ContainsFunc(rv.ByLocality, func(s LocalitySpend) bool { return s.Locality == l.Code }) {
			add(RuleLocalitySpend, "locality "+l.Code, "no spend reported")
		}
	}
	for _, d := range rv.Decisions {
		if strings.TrimSpace(d.Reason) == "" {
			add(RuleDecisions, "decision of "+d.Date.Format("2 January 2006"), "%q has no reason", d.Summary)
		}
	}
}
