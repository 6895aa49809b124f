package commissioning

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/commissioning/selection"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
	"github.com/shopspring/decimal"
)

// ErrChoice reports a choice setting that cannot drive a selection (the
// benefit–cost ratio is a ranking, not an additive benefit).
var ErrChoice = errors.New("options can be chosen by NPSV or MCDA score only")

// Strategy is the artefact of the Plan stage: the strategic plan with its
// financial plan (the chosen options' costs in it), the appraisal of every
// option, their multi-criteria scores, what the financial plan leaves for
// investment and the selection made under it, the efficiency frontier,
// the outcome targets' trajectories, the chosen options' contributions to
// outcomes and, when asked for, a Monte Carlo analysis.
type Strategy struct {
	// Plan is the strategic plan; Plan.Finance is the financial plan with
	// investment and Plan.Options the chosen options.
	Plan Plan `json:"plan"`
	// Finance holds the figures of Plan.Finance.
	Finance *investment.Budget `json:"finance"`
	// Appraisals holds the economic case of every option, in input order.
	Appraisals []Appraisal `json:"appraisals"`
	// Scores holds every option's MCDA score (0–100), in input order,
	// when the inputs score the options; Weights the criteria's weights.
	Scores  []Score           `json:"scores,omitempty"`
	Weights []CriterionWeight `json:"weights,omitempty"`
	// Budget is what the financial plan leaves for investment.
	Budget InvestmentPosition `json:"budget"`
	// Choice is the selection made under Budget.
	Choice Chosen `json:"choice"`
	// Frontier is the best selection at each budget level asked for.
	Frontier []FrontierPoint `json:"frontier,omitempty"`
	// Trajectories are the targets' expected paths, year by year.
	Trajectories []TargetPath `json:"trajectories,omitempty"`
	// Contributions are the chosen options' expected contributions to
	// outcomes and indicators, from the inputs' links.
	Contributions []outcomes.Contribution `json:"contributions,omitempty"`
	// Simulation is the Monte Carlo analysis, when the inputs ask for one.
	Simulation *SimulationResult `json:"simulation,omitempty"`
}

// Score is one option's multi-criteria score and rank.
type Score struct {
	Option string  `json:"option"`
	Score  float64 `json:"score"`
	Rank   int     `json:"rank"`
}

// CriterionWeight is a criterion's normalised weight.
type CriterionWeight struct {
	Criterion string  `json:"criterion"`
	Weight    float64 `json:"weight"`
}

// Chosen is the selection: the options chosen (ascending id), the figure
// maximised and its total, whether the optimum is proven, and the spend
// and unspent budget by year.
type Chosen struct {
	By      RankBy           `json:"by"`
	Options []string         `json:"options"`
	Benefit float64          `json:"benefit"`
	NPSV    investment.Money `json:"npsv"`
	Optimal bool             `json:"optimal"`
	Spend   investment.Flow  `json:"spend"`
	Unspent investment.Flow  `json:"unspent"`
}

// FrontierPoint is the best selection when the investment budget (and
// every ring-fenced budget) is scaled by Level; Feasible is false when the
// mandatory options do not fit.
type FrontierPoint struct {
	Level    float64          `json:"level"`
	Budget   investment.Flow  `json:"budget"`
	Feasible bool             `json:"feasible"`
	Options  []string         `json:"options,omitempty"`
	Benefit  float64          `json:"benefit"`
	NPSV     investment.Money `json:"npsv"`
}

// TargetPath is a target's trajectory, year by year.
type TargetPath struct {
	Indicator string           `json:"indicator"`
	Area      string           `json:"area"`
	Points    []outcomes.Point `json:"points"`
}

// RankedOption is one option in a ranking.
type RankedOption struct {
	Rank   int              `json:"rank"`
	Option string           `json:"option"`
	NPSV   investment.Money `json:"npsv"`
	BCR    float64          `json:"bcr"`
	Score  float64          `json:"score"`
}

// Plan runs the Plan stage. Its gate: the assessment must exist and cover
// every locality of the inputs, with its population in every year assessed
// and the demand for every service assessed ([*GateError] wrapping
// [ErrNoAssessment] or [ErrNotCovered]). Bad options, scores or settings give the errors of
// [ValidateOptions], [NewShortList], package mcda and [Select].
func (in *Inputs) Plan(ctx context.Context, a *Assessment) (*Strategy, error) {
	return in.plan(ctx, a, nil)
}

// plan runs the Plan stage, taking the appraisals and scores from prior
// when it is not nil: a scenario that left the options, the appraiser and
// the scoring as they were.
func (in *Inputs) plan(ctx context.Context, a *Assessment, prior *Strategy) (*Strategy, error) {
	if a == nil {
		return nil, &GateError{Stage: StagePlan, Err: ErrNoAssessment}
	}
	if miss := a.missing(in.localityCodes()); len(miss) > 0 {
		return nil, &GateError{Stage: StagePlan, Where: "localities " + joinWhere(miss), Err: ErrNotCovered}
	}
	if in.Finance == nil {
		return nil, &FieldError{Field: "finance", Err: ErrNoFinance}
	}
	if _, err := NewShortList(in.BAU, in.Options...); err != nil {
		return nil, err
	}
	s := &Strategy{}
	var err error
	if prior != nil {
		s.Appraisals, s.Scores, s.Weights = prior.Appraisals, prior.Scores, prior.Weights
	} else {
		if s.Appraisals, err = in.Appraiser.Appraise(in.Options...); err != nil {
			return nil, err
		}
		if err := in.score(s); err != nil {
			return nil, err
		}
	}
	pos, before, err := in.position()
	if err != nil {
		return nil, err
	}
	s.Budget = pos
	if err := in.choose(ctx, s); err != nil {
		return nil, err
	}
	if err := in.finish(s, before); err != nil {
		return nil, err
	}
	if err := in.frontier(ctx, s); err != nil {
		return nil, err
	}
	if in.Simulation != nil {
		res, err := in.Appraiser.Simulate(ctx, in.Options, *in.Simulation)
		if err != nil {
			return nil, err
		}
		s.Simulation = &res
	}
	return s, nil
}

// score runs the multi-criteria analysis.
func (in *Inputs) score(s *Strategy) error {
	sc := in.Scoring
	if len(sc.Criteria) == 0 && sc.NPSVSwing == 0 {
		return nil
	}
	var m mcda.Matrix
	if sc.NPSVSwing > 0 {
		m.Criteria = append(m.Criteria, mcda.Criterion{ID: "NPSV £m", Direction: mcda.HigherIsBetter, Swing: sc.NPSVSwing})
	}
	for _, c := range sc.Criteria {
		m.Criteria = append(m.Criteria, mcda.Criterion{ID: c.ID, Direction: c.Direction, Swing: c.Swing})
	}
	npsv := map[string]float64{}
	for _, ap := range s.Appraisals {
		npsv[ap.ID] = ap.NPSV.Float64() / 1e6
	}
	for i, os := range sc.Scores {
		if _, ok := in.option(os.Option); !ok {
			return &FieldError{Field: "scoring.scores[" + strconv.Itoa(i+1) + "].option", Err: fmt.Errorf("%q: %w", os.Option, ErrUnknownID)}
		}
		var perf []float64
		if sc.NPSVSwing > 0 {
			perf = append(perf, npsv[os.Option])
		}
		m.Alternatives = append(m.Alternatives, mcda.Alternative{ID: os.Option, Performance: append(perf, os.Values...)})
	}
	rank, err := mcda.WeightedSum{}.Rank(m)
	if err != nil {
		return &FieldError{Field: "scoring", Err: err}
	}
	for j, c := range m.Criteria {
		s.Weights = append(s.Weights, CriterionWeight{Criterion: c.ID, Weight: rank.Weights[j]})
	}
	for _, o := range in.Options {
		sc := Score{Option: o.ID}
		if r, ok := rank.Result(o.ID); ok {
			sc.Score, sc.Rank = r.Score, r.Rank
		}
		s.Scores = append(s.Scores, sc)
	}
	return nil
}

// benefit returns the function a selection maximises, or nil for NPSV.
func (in *Inputs) benefit(s *Strategy) (func(Option, Appraisal) float64, error) {
	switch in.Choice.By {
	case ByNPSV:
		return nil, nil
	case ByMCDA:
		if len(s.Scores) == 0 {
			return nil, &FieldError{Field: "choice.by", Err: fmt.Errorf("mcda without scoring: %w", ErrChoice)}
		}
		score := map[string]float64{}
		for _, sc := range s.Scores {
			score[sc.Option] = sc.Score
		}
		return func(o Option, _ Appraisal) float64 { return score[o.ID] }, nil
	}
	return nil, &FieldError{Field: "choice.by", Err: fmt.Errorf("%v: %w", in.Choice.By, ErrChoice)}
}

// selectUnder chooses the options under an overall budget and the
// ring-fenced stream budgets, from the appraisals already made.
func (in *Inputs) selectUnder(ctx context.Context, s *Strategy, budget investment.Flow, streams []StreamBudget, benefit func(Option, Appraisal) float64) (selection.Selection, error) {
	return selectAppraised(ctx, in.Options, s.Appraisals, budget, Constraints{Streams: streamFlows(streams), Benefit: benefit, Appraiser: in.Appraiser})
}

func (in *Inputs) choose(ctx context.Context, s *Strategy) error {
	benefit, err := in.benefit(s)
	if err != nil {
		return err
	}
	sel, err := in.selectUnder(ctx, s, s.Budget.Available, s.Budget.Streams, benefit)
	if err != nil {
		return err
	}
	s.Choice = Chosen{By: in.Choice.By, Options: sel.IDs, Benefit: sel.Benefit, Optimal: sel.Optimal,
		NPSV:  s.npsvOf(sel.IDs),
		Spend: sel.Spend, Unspent: sel.Slack}
	return nil
}

// npsvOf sums the NPSV of the options named.
func (s *Strategy) npsvOf(ids []string) investment.Money {
	var t investment.Money
	for _, ap := range s.Appraisals {
		if slices.Contains(ids, ap.ID) {
			t = t.Add(ap.NPSV)
		}
	}
	return t
}

// finish builds the strategic plan, its financial plan with investment and
// the targets' trajectories and contributions.
func (in *Inputs) finish(s *Strategy, before *investment.FinancialPlan) error {
	var chosen []Option
	for _, o := range in.Options {
		if slices.Contains(s.Choice.Options, o.ID) {
			chosen = append(chosen, o)
		}
	}
	fin, err := in.withInvestment(before, chosen, s.Budget.Fund)
	if err != nil {
		return err
	}
	if s.Finance, err = fin.Budget(); err != nil {
		return &FieldError{Field: "finance", Err: err}
	}
	gap := make([]investment.Money, len(s.Finance.Totals))
	for i, t := range s.Finance.Totals {
		gap[i] = t.Gap
	}
	s.Budget.GapAfter = investment.NewFlow(gap...).Anchor(in.Period.First)
	s.Plan = Plan{Title: in.Name, Area: in.Partnership.Code, Period: in.Period,
		Priorities: slices.Clone(in.Priorities), Localities: slices.Clone(in.Localities),
		Options: slices.Clone(s.Choice.Options), Outcomes: slices.Clone(in.Outcomes), Finance: fin}
	for _, d := range in.Decisions {
		if d.Stage == StagePlan && d.Subject == SubjectApproval {
			s.Plan.Approved = d.Date
		}
	}
	if err := s.Plan.Validate(); err != nil {
		return err
	}
	for i, t := range in.Targets {
		pts, err := t.Trajectory.Path()
		if err != nil {
			return &FieldError{Field: "targets[" + strconv.Itoa(i+1) + "].trajectory", Err: err}
		}
		s.Trajectories = append(s.Trajectories, TargetPath{Indicator: t.Indicator, Area: t.Area, Points: pts})
	}
	return in.contributions(s, chosen)
}

// SubjectApproval marks the board's approval of the strategic plan; its
// date is the plan's approval date.
const SubjectApproval = "approval"

// contributions builds the logic model of the chosen options.
func (in *Inputs) contributions(s *Strategy, chosen []Option) error {
	var lines []outcomes.Line
	for _, o := range chosen {
		lines = append(lines, outcomes.Line{ID: o.ID, Title: o.Title, Cost: optionCost(o, in.Period.First, in.Period.First)})
	}
	var links []outcomes.Link
	for _, l := range in.Links {
		if slices.Contains(s.Choice.Options, l.Line) {
			links = append(links, l)
		}
	}
	if len(links) == 0 {
		return nil
	}
	m, err := outcomes.NewLogicModel(nil, lines, links)
	if err != nil {
		return &FieldError{Field: "links", Err: err}
	}
	s.Contributions = m.Contributions()
	return nil
}

// frontier solves the selection at each budget level.
func (in *Inputs) frontier(ctx context.Context, s *Strategy) error {
	benefit, err := in.benefit(s)
	if err != nil {
		return err
	}
	levels := slices.Clone(in.Choice.FrontierLevels)
	if in.Choice.FrontierFromOptions {
		levels = append(levels, in.optionLevels(s, benefit)...)
		slices.Sort(levels)
		levels = slices.Compact(levels)
	}
	for i, l := range levels {
		field := "choice.frontierLevels[" + strconv.Itoa(i+1) + "]"
		k, err := decimal.NewFromString(strconv.FormatFloat(l, 'g', -1, 64))
		if err != nil || k.IsNegative() {
			return &FieldError{Field: field, Err: fmt.Errorf("%v: %w", l, ErrNotFinite)}
		}
		scale := func(f investment.Flow) investment.Flow {
			ms := f.Amounts()
			for j := range ms {
				ms[j] = ms[j].Mul(k).Truncate(investment.Penny)
			}
			first, _ := f.First()
			return investment.NewFlow(ms...).Anchor(first)
		}
		budget := scale(s.Budget.Available)
		var streams []StreamBudget
		for _, sb := range s.Budget.Streams {
			streams = append(streams, StreamBudget{Stream: sb.Stream, Amounts: scale(sb.Amounts)})
		}
		pt := FrontierPoint{Level: l, Budget: budget}
		sel, err := in.selectUnder(ctx, s, budget, streams, benefit)
		switch {
		case errors.Is(err, selection.ErrInfeasible):
		case err != nil:
			return err
		default:
			pt.Feasible, pt.Options, pt.Benefit, pt.NPSV = true, sel.IDs, sel.Benefit, s.npsvOf(sel.IDs)
		}
		s.Frontier = append(s.Frontier, pt)
	}
	return nil
}

// optionLevels returns the budget levels at which the options, taken in
// order of benefit per pound of first-year cost (the figure the choice
// maximises), would each just be paid for in the first year: the
// cumulative first-year cost over the first year's available budget,
// rounded up to four decimal places so that the level pays for them.
func (in *Inputs) optionLevels(s *Strategy, benefit func(Option, Appraisal) float64) []float64 {
	first := in.Period.First
	avail := s.Budget.Available.In(first)
	if avail.Sign() <= 0 {
		return nil
	}
	type item struct {
		cost investment.Money
		rate float64
	}
	var items []item
	for i, o := range in.Options {
		c := optionCost(o, first, first)
		if c.Sign() <= 0 {
			continue
		}
		b := s.Appraisals[i].NPSV.Float64()
		if benefit != nil {
			b = benefit(o, s.Appraisals[i])
		}
		items = append(items, item{c, b / c.Float64()})
	}
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(b.rate, a.rate) })
	var out []float64
	var sum investment.Money
	for _, it := range items {
		sum = sum.Add(it.cost)
		r, err := sum.Ratio(avail)
		if err == nil {
			out = append(out, math.Ceil(r*1e4)/1e4)
		}
	}
	return out
}

// Ranked returns the options other than business as usual (the options
// whose appraisal has costs or benefits) ranked by NPSV, BCR or MCDA
// score, best first; ties keep the input order and share a rank.
func (s *Strategy) Ranked(by RankBy) []RankedOption {
	score := map[string]float64{}
	for _, sc := range s.Scores {
		score[sc.Option] = sc.Score
	}
	var out []RankedOption
	for _, ap := range s.Appraisals {
		if ap.PVCosts.IsZero() && ap.PVBenefits.IsZero() {
			continue
		}
		out = append(out, RankedOption{Option: ap.ID, NPSV: ap.NPSV, BCR: ap.BCR, Score: score[ap.ID]})
	}
	key := func(r RankedOption) float64 {
		switch by {
		case ByBCR:
			return r.BCR
		case ByMCDA:
			return r.Score
		}
		return r.NPSV.Float64()
	}
	less := func(a, b RankedOption) int {
		if by == ByNPSV {
			return b.NPSV.Compare(a.NPSV)
		}
		return cmp.Compare(key(b), key(a))
	}
	slices.SortStableFunc(out, less)
	for i := range out {
		out[i].Rank = i + 1
		if i > 0 && less(out[i-1], out[i]) == 0 {
			out[i].Rank = out[i-1].Rank
		}
	}
	return out
}

// Appraisal returns the appraisal of the option with the given id.
func (s *Strategy) Appraisal(id string) (Appraisal, bool) {
	return find(s.Appraisals, func(ap Appraisal) bool { return ap.ID == id })
}

// Percentile returns the simulated NPSV at percentile p (as given in the
// simulation's Percentiles), and false when p was not computed.
func (r OptionResult) Percentile(p float64) (investment.Money, bool) {
	for _, q := range r.Percentiles {
		if q.P == p {
			return q.NPSV, true
		}
	}
	return investment.Money{}, false
}

// Option returns the simulated result of the option with the given id.
func (r SimulationResult) Option(id string) (OptionResult, bool) {
	return find(r.Options, func(o OptionResult) bool { return o.ID == id })
}
