package commissioning

import (
	"context"
	"slices"
	"time"

	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/outcomes"
)

// Inputs is everything an analyst edits for one round of the cycle: the
// partnership and its localities, the plan period, the population and the
// rates applied to it, activity history, service capacity, the
// medium-term financial plan, the options and how they are appraised,
// scored and chosen, the outcomes framework with targets and trajectories,
// the links from investment to outcomes, and the actuals for the review.
//
// Each stage of the cycle is a function of the inputs and the earlier
// stages' artefacts ([Inputs.Analyse], [Inputs.Plan], [Inputs.Do],
// [Inputs.Review]; [Run] runs them all). Inputs is plain data and
// round-trips through JSON. Population is shared, not copied, by
// [Inputs.Clone]: treat it as read-only and give a scenario a new
// Population to change it.
type Inputs struct {
	// Name names the round, such as "Strategic Commissioning Plan 2022–25".
	Name string `json:"name"`
	// Round counts the rounds of the cycle, from 1; [Next] adds one.
	Round int `json:"round,omitempty"`
	// Partnership is the integration authority: its GSS code and name.
	Partnership needs.Area `json:"partnership"`
	// HealthBoard and Council name the two parties the integration joint
	// board directs (s.26 of the Public Bodies (Joint Working) (Scotland)
	// Act 2014).
	HealthBoard string `json:"healthBoard"`
	Council     string `json:"council"`
	// Localities are the localities the area is divided into, keyed by
	// code; the population must hold each of them.
	Localities []needs.Area `json:"localities"`
	// Arrangements says, locality by locality, how the integration
	// functions are carried out there (s.29(3)).
	Arrangements []Arrangement `json:"arrangements,omitempty"`
	// Period is the plan's period, in financial years. Population figures
	// are read at the mid-year that opens each financial year (mid-year Y
	// for FY Y/Y+1).
	Period investment.Years `json:"period"`
	// Horizon is a further mid-year to project the population and cases to,
	// beyond the period; 0 means none.
	Horizon int `json:"horizon,omitempty"`
	// Year is the financial year under review: the year the Review stage
	// reports on and the annual performance report covers. Zero means the
	// period's first year.
	Year investment.FinancialYear `json:"year,omitzero"`

	// Population holds the localities (and usually the partnership) by
	// mid-year, sex and age.
	Population *needs.Population `json:"population"`
	// Conditions are prevalence or activity rates projected onto the
	// localities at Analyse (POPPI/PANSI method).
	Conditions []needs.Rates `json:"conditions,omitempty"`
	// Services set demand for a service against its capacity.
	Services []Service `json:"services,omitempty"`
	// History holds series of past activity to forecast.
	History []History `json:"history,omitempty"`

	// Finance is the medium-term financial plan over Period.
	Finance *investment.FinancialPlan `json:"finance"`
	// Investment says what the financial plan leaves for the options.
	Investment InvestmentBudget `json:"investment"`

	// Priorities are the plan's strategic priorities with the national
	// outcomes each serves.
	Priorities []Priority `json:"priorities,omitempty"`
	// Outcomes are national outcomes ("NO-1" … "NO-9") the plan
	// contributes to beyond its priorities.
	Outcomes []string `json:"outcomes,omitempty"`
	// Options is the short list; BAU names its business-as-usual option.
	Options []Option `json:"options"`
	BAU     string   `json:"bau"`
	// Appraiser holds the settings of the economic case.
	Appraiser Appraiser `json:"appraiser,omitzero"`
	// Scoring, when it has criteria, scores the options by multi-criteria
	// analysis (weighted sum).
	Scoring Scoring `json:"scoring,omitzero"`
	// Choice says what the selection maximises and which budget levels the
	// efficiency frontier visits.
	Choice Choice `json:"choice,omitzero"`
	// Simulation, when not nil, runs a Monte Carlo analysis of the options.
	Simulation *Simulation `json:"simulation,omitempty"`

	// Targets are the outcome targets with their trajectories.
	Targets []Target `json:"targets,omitempty"`
	// Links connect chosen options (as investment lines, by option id) to
	// outcomes and indicators of the national framework.
	Links []outcomes.Link `json:"links,omitempty"`
	// Measures are indicator values already known (earlier years); the
	// annual performance report shows the five years before the one under
	// review from them.
	Measures []outcomes.Measure `json:"measures,omitempty"`

	// Allocation says how area-wide commitments are shared between the
	// localities at Do.
	Allocation Allocation `json:"allocation,omitzero"`
	// Routes say, option by option, whether it is delivered by a
	// direction or a contract and to whom; an option not listed is a
	// direction to the health board and the council.
	Routes []Route `json:"routes,omitempty"`

	// Actuals are the outturn for the review.
	Actuals Actuals `json:"actuals,omitzero"`
	// Decisions is the decisions log, in date order; time is injected here,
	// never read from the clock.
	Decisions []Decision `json:"decisions,omitempty"`
	// Carried holds the findings of the previous round's review, which
	// Analyse reports again.
	Carried []Finding `json:"carried,omitempty"`
}

// Arrangement is how the integration functions are carried out in one
// locality: a summary a strategic plan would state.
type Arrangement struct {
	Locality string `json:"locality"` // locality code
	Summary  string `json:"summary"`
}

// Service sets a service's demand, from rates applied to the population
// (needs.DemandModel), against its capacity.
type Service struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Unit  string `json:"unit,omitempty"` // such as "hours a week"
	// Rates, Trend and BaseYear make the demand model.
	Rates    needs.Rates `json:"rates"`
	Trend    float64     `json:"trend,omitempty"`
	BaseYear int         `json:"baseYear,omitempty"`
	// Capacity holds the capacity of each locality by mid-year; a level
	// with Year 0 holds in every year.
	Capacity []needs.Level `json:"capacity"`
}

// History is a yearly series of past activity in one area, forecast at
// Analyse to the end of the period.
type History struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Area  string `json:"area"` // area code
	// Start is the mid-year of the first value.
	Start  int       `json:"start"`
	Values []float64 `json:"values"`
	// Method is a forecast method name as forecast.ParseMethod reads it
	// ("Auto", "Drift", "Holt", …); "" is Auto.
	Method string `json:"method,omitempty"`
	// Level is the prediction interval's level in percent; 0 means 95.
	Level float64 `json:"level,omitempty"`
	// Seed seeds simulated intervals, where the method has them.
	Seed uint64 `json:"seed,omitempty"`
}

// Scoring is a multi-criteria analysis of the options by weighted sum of
// 0–100 values (package mcda). With NPSVSwing above zero the options'
// NPSV in £m is the first criterion, higher better.
type Scoring struct {
	NPSVSwing float64            `json:"npsvSwing,omitempty"`
	Criteria  []ScoringCriterion `json:"criteria,omitempty"`
	// Scores holds each scored option's performance on Criteria, in order.
	// Options without scores (business as usual) score 0.
	Scores []OptionScores `json:"scores,omitempty"`
}

// ScoringCriterion is one criterion of a [Scoring]: its id, which way is
// better, and its swing weight.
type ScoringCriterion struct {
	ID        string         `json:"id"`
	Direction mcda.Direction `json:"direction"`
	Swing     float64        `json:"swing"`
}

// OptionScores is one option's performance on the scoring criteria.
type OptionScores struct {
	Option string    `json:"option"`
	Values []float64 `json:"values"`
}

// Choice settles how options are chosen: what is maximised under the
// budget and the budget levels of the efficiency frontier.
type Choice struct {
	// By is the benefit the selection maximises: NPSV (the default) or
	// the MCDA score.
	By RankBy `json:"by,omitzero"`
	// FrontierLevels are multiples of the investment budget (1 is the
	// budget itself) at which the efficiency frontier is drawn; nil means
	// none.
	FrontierLevels []float64 `json:"frontierLevels,omitempty"`
	// FrontierFromOptions adds the levels built from the options
	// themselves: taking the options in order of benefit per pound of
	// first-year cost, the level at which each would just be paid for in
	// the first year (their cumulative cost over the first year's budget).
	FrontierFromOptions bool `json:"frontierFromOptions,omitempty"`
}

// Target is an outcome target: an indicator in an area, the trajectory to
// it, which way is better and the tolerances of its RAG rating.
type Target struct {
	Indicator  string              `json:"indicator"`
	Area       string              `json:"area"`
	Trajectory outcomes.Trajectory `json:"trajectory"`
	Direction  outcomes.Direction  `json:"direction"`
	Tolerance  outcomes.Tolerance  `json:"tolerance"`
}

// Allocation shares area-wide commitments between the localities in
// proportion to weights: given Weights, else the Analyse figures picked
// by Basis (the population in Band at the first mid-year of the period
// by default; or a condition's cases; or a service's demand).
type Allocation struct {
	Basis     AllocationBasis `json:"basis,omitzero"`
	Band      needs.Band      `json:"band,omitzero"`       // for BasisPopulation; the zero Band means all ages
	Condition string          `json:"condition,omitempty"` // for BasisCases
	Service   string          `json:"service,omitempty"`   // for BasisDemand
	// Weights, when not empty, give each locality's share directly.
	Weights []LocalityWeight `json:"weights,omitempty"`
}

// LocalityWeight is one locality's weight in an [Allocation].
type LocalityWeight struct {
	Locality string  `json:"locality"`
	Weight   float64 `json:"weight"`
}

// Route says how one option is delivered: by direction (to the health
// board, the council or both) or by contract with a provider.
type Route struct {
	Option string         `json:"option"`
	Kind   CommitmentKind `json:"kind"`
	To     []string       `json:"to"`
}

// Actuals are the outturn: spend by financial plan line (investment lines
// are "investment:" and the option id) and year, and indicator values.
type Actuals struct {
	Spend    []ActualSpend      `json:"spend,omitempty"`
	Measures []outcomes.Measure `json:"measures,omitempty"`
}

// ActualSpend is the outturn of one line in one year: the year under
// review when Year is zero, or an earlier year of the period.
type ActualSpend struct {
	Line   string                   `json:"line"`
	Year   investment.FinancialYear `json:"year,omitzero"`
	Amount investment.Money         `json:"amount"`
}

// reviewYear returns the year under review.
func (in *Inputs) reviewYear() investment.FinancialYear {
	if in.Year == 0 {
		return in.Period.First
	}
	return in.Year
}

// localityCodes returns the localities' codes in order.
func (in *Inputs) localityCodes() []string {
	out := make([]string, len(in.Localities))
	for i, l := range in.Localities {
		out[i] = l.Code
	}
	return out
}

// option returns the option with the given id.
func (in *Inputs) option(id string) (Option, bool) {
	return find(in.Options, func(o Option) bool { return o.ID == id })
}

// find returns the first element of xs that matches, and false when none
// does.
func find[T any](xs []T, match func(T) bool) (T, bool) {
	if i := slices.IndexFunc(xs, match); i >= 0 {
		return xs[i], true
	}
	var zero T
	return zero, false
}

// Round is one round of the cycle: its inputs, each stage's artefact (nil
// until the stage has run) and the cycle record (the stage reached, the
// artefacts made and the decisions log). Round is plain data and round-trips through JSON.
type Round struct {
	Inputs      Inputs       `json:"inputs"`
	Assessment  *Assessment  `json:"assessment,omitempty"`
	Strategy    *Strategy    `json:"strategy,omitempty"`
	Commitments *Commitments `json:"commitments,omitempty"`
	Review      *Review      `json:"review,omitempty"`
	Cycle       Cycle        `json:"cycle"`
}

// Run runs a whole round: Analyse, Plan, Do and Review, each behind its
// gate. It stops at the first stage that fails, returning the round so far
// with the error; Cycle.Stage is the last stage completed.
func Run(ctx context.Context, in Inputs) (*Round, error) {
	r := &Round{Inputs: in}
	r.Cycle = Cycle{Name: in.Name, Decisions: slices.Clone(in.Decisions)}
	if err := r.Cycle.Validate(); err != nil {
		return r, err
	}
	a, err := r.Inputs.Analyse(ctx)
	if err != nil {
		return r, err
	}
	r.Assessment = a
	r.record(StageAnalyse, "assessment")
	return r, r.continueFrom(ctx, nil)
}

// record notes in the cycle that a stage has run and made its artefact
// (named by the Round field that holds it); artefacts of a run are not
// dated, since time is never read from the clock.
func (r *Round) record(s Stage, artefact string) {
	r.Cycle.Stage = s
	r.Cycle.Attach(artefact, "", time.Time{})
}

// continueFrom runs Plan, Do and Review on a round whose Assessment is
// set, with the appraisals and scores of prior when it is not nil.
func (r *Round) continueFrom(ctx context.Context, prior *Strategy) error {
	in := &r.Inputs
	s, err := in.plan(ctx, r.Assessment, prior)
	if err != nil {
		return err
	}
	r.Strategy = s
	r.record(StagePlan, "strategy")
	c, err := in.Do(r.Assessment, s)
	if err != nil {
		return err
	}
	r.Commitments = c
	r.record(StageDo, "commitments")
	rv, err := in.Review(s, c)
	if err != nil {
		return err
	}
	r.Review = rv
	r.record(StageReview, "review")
	return nil
}

// Change is one change to a round's inputs, for a scenario.
type Change func(*Inputs) error

// Rerun runs a scenario: a copy of base's inputs with the changes applied,
// run again. When the changes leave everything Analyse reads as it was
// (the same Population value, localities, period, horizon, conditions,
// services, history and spend lines), base's assessment is reused rather
// than recomputed (the two rounds then share one *Assessment: treat it as
// read-only); when they leave the options, the appraiser and the scoring
// as they were, so are the appraisals and scores. A financial change then
// costs the selection, Do and Review only.
func Rerun(ctx context.Context, base *Round, changes ...Change) (*Round, error) {
	in := base.Inputs.Clone()
	for _, ch := range changes {
		if err := ch(&in); err != nil {
			return nil, err
		}
	}
	if base.Assessment == nil || !sameAnalysis(&base.Inputs, &in) {
		return Run(ctx, in)
	}
	r := &Round{Inputs: in, Assessment: base.Assessment}
	r.Cycle = Cycle{Name: in.Name, Decisions: slices.Clone(in.Decisions)}
	if err := r.Cycle.Validate(); err != nil {
		return r, err
	}
	r.record(StageAnalyse, "assessment")
	var prior *Strategy
	if base.Strategy != nil && sameAppraisal(&base.Inputs, &in) {
		prior = base.Strategy
	}
	return r, r.continueFrom(ctx, prior)
}
