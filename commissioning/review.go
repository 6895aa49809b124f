package commissioning

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// ErrUnknownLine reports actual spend on a line the financial plan does
// not have.
var ErrUnknownLine = errors.New("unknown financial plan line")

// DefaultVarianceTolerance is the share of a line's budget by which its
// outturn may differ before the review records a finding.
const DefaultVarianceTolerance = 0.02

// Review is the artefact of the Review stage for one financial year:
// spend against budget by line with variances, spend by locality, the
// targets' measures against their trajectories with RAG status, the core
// indicators over the year and the five before it where data exist, the
// significant decisions of the year, and findings for the next round.
type Review struct {
	Year investment.FinancialYear `json:"year"`
	// Spend holds each line of the financial plan with investment, in its
	// order, in every year from the period's first to the year under
	// review, year by year; Totals sums the lines of each year.
	Spend  []LineVariance `json:"spend"`
	Totals []LineVariance `json:"totals"`
	// ByLocality holds spend in each locality (investment shared as the
	// commitments share it) and, last, partnership-wide spend (Locality "").
	ByLocality []LocalitySpend `json:"byLocality"`
	// Measures rates each target's measure in the year.
	Measures []MeasureStatus `json:"measures,omitempty"`
	// Performance holds the reported core integration indicators for the
	// partnership, the year and the five before it, where data exist.
	Performance []IndicatorSeries `json:"performance"`
	// Decisions are the significant decisions logged in the year.
	Decisions []Decision `json:"decisions,omitempty"`
	// Findings feed the next round.
	Findings []Finding `json:"findings,omitempty"`
}

// LineVariance is a line's budget and outturn in a year: Variance =
// Actual − Budget (positive an overspend); HasActual is false when no
// outturn was given, and the variance is then zero.
type LineVariance struct {
	Line      string                   `json:"line"`
	Year      investment.FinancialYear `json:"year"`
	Budget    investment.Money         `json:"budget"`
	Actual    investment.Money         `json:"actual"`
	Variance  investment.Money         `json:"variance"`
	HasActual bool                     `json:"hasActual"`
}

// LocalitySpend is budget and outturn in one locality.
type LocalitySpend struct {
	Locality string           `json:"locality"`
	Budget   investment.Money `json:"budget"`
	Actual   investment.Money `json:"actual"`
}

// MeasureStatus is a target's measure in the year against its trajectory.
type MeasureStatus struct {
	Indicator  string              `json:"indicator"`
	Area       string              `json:"area"`
	Assessment outcomes.Assessment `json:"assessment"`
}

// IndicatorSeries is an indicator's values in an area over years.
type IndicatorSeries struct {
	Indicator string           `json:"indicator"`
	Title     string           `json:"title"`
	Area      string           `json:"area"`
	Points    []outcomes.Point `json:"points"`
}

// Finding is something the review found that the next round should act on.
type Finding struct {
	Kind    string                   `json:"kind"` // "overspend", "underspend", "off-trajectory", "missing-data"
	Subject string                   `json:"subject"`
	Year    investment.FinancialYear `json:"year"`
	Text    string                   `json:"text"`
}

// Review runs the Review stage for the year under review. Its gate:
// commitments must exist and hold at least one ([*GateError] wrapping
// [ErrNoCommitments]). Actual spend on a line the plan does not have is a
// [*FieldError] wrapping [ErrUnknownLine]; a measure outcomes rejects is
// one wrapping the outcomes error.
func (in *Inputs) Review(s *Strategy, c *Commitments) (*Review, error) {
	if c == nil || len(c.Items) == 0 {
		return nil, &GateError{Stage: StageReview, Err: ErrNoCommitments}
	}
	if s == nil || s.Finance == nil {
		return nil, &GateError{Stage: StageReview, Err: ErrNoStrategy}
	}
	y := in.reviewYear()
	k, ok := s.Finance.Years.Index(y)
	if !ok {
		return nil, &FieldError{Field: "year", Err: fmt.Errorf("%v outside %v: %w", y, s.Finance.Years, ErrPeriod)}
	}
	r := &Review{Year: y}
	type lineYear struct {
		line string
		year investment.FinancialYear
	}
	actuals := map[lineYear]investment.Money{}
	for i, a := range in.Actuals.Spend {
		field := "actuals.spend[" + strconv.Itoa(i+1) + "]"
		if _, ok := s.Finance.Line(a.Line); !ok {
			return nil, &FieldError{Field: field + ".line", Err: fmt.Errorf("%q: %w", a.Line, ErrUnknownLine)}
		}
		ay := a.Year
		if ay == 0 {
			ay = y
		}
		if ay < s.Finance.Years.First || ay > y {
			return nil, &FieldError{Field: field + ".year", Err: fmt.Errorf("%v not from %v to %v: %w", ay, s.Finance.Years.First, y, ErrPeriod)}
		}
		actuals[lineYear{a.Line, ay}] = actuals[lineYear{a.Line, ay}].Add(a.Amount)
	}
	for t := s.Finance.Years.First; t <= y; t++ {
		j, _ := s.Finance.Years.Index(t)
		total := LineVariance{Line: "total", Year: t}
		for _, l := range s.Finance.Lines {
			v := LineVariance{Line: l.ID, Year: t, Budget: l.Years[j].Net}
			v.Actual, v.HasActual = actuals[lineYear{l.ID, t}]
			if v.HasActual {
				v.Variance = v.Actual.Sub(v.Budget)
				total.HasActual = true
			}
			r.Spend = append(r.Spend, v)
			total.Budget, total.Actual, total.Variance = total.Budget.Add(v.Budget), total.Actual.Add(v.Actual), total.Variance.Add(v.Variance)
			r.Findings = append(r.Findings, varianceFinding(v, t)...)
		}
		r.Totals = append(r.Totals, total)
	}
	actual := map[string]investment.Money{}
	for ly, v := range actuals {
		if ly.year == y {
			actual[ly.line] = v
		}
	}
	var err error
	if r.ByLocality, err = in.localitySpend(s, c, actual, k); err != nil {
		return nil, err
	}
	if err := in.rateMeasures(r); err != nil {
		return nil, err
	}
	r.Performance = in.performance(y)
	for _, d := range in.Decisions {
		if d.Significant && y.Contains(d.Date) {
			r.Decisions = append(r.Decisions, d)
		}
	}
	return r, nil
}

// varianceFinding records a line whose outturn is off budget by more than
// DefaultVarianceTolerance of its budget.
func varianceFinding(v LineVariance, y investment.FinancialYear) []Finding {
	if !v.HasActual || v.Variance.IsZero() {
		return nil
	}
	tol, err := v.Budget.Abs().MulFloat(DefaultVarianceTolerance)
	if err != nil || v.Variance.Abs().Compare(tol) <= 0 {
		return nil
	}
	kind := "overspend"
	if v.Variance.IsNegative() {
		kind = "underspend"
	}
	return []Finding{{Kind: kind, Subject: v.Line, Year: y,
		Text: fmt.Sprintf("%s: outturn %s against budget %s (%s)", v.Line, v.Actual, v.Budget, v.Variance)}}
}

// localitySpend shares spend between the localities: lines of a locality
// go to it, investment lines as the commitments share them, the rest is
// partnership-wide.
func (in *Inputs) localitySpend(s *Strategy, c *Commitments, actual map[string]investment.Money, k int) ([]LocalitySpend, error) {
	codes := in.localityCodes()
	out := make([]LocalitySpend, len(codes)+1)
	for i, code := range codes {
		out[i].Locality = code
	}
	wide := &out[len(codes)]
	for _, l := range s.Finance.Lines {
		budget, act := l.Years[k].Net, actual[l.ID]
		if i := slices.Index(codes, l.Locality); i >= 0 {
			out[i].Budget, out[i].Actual = out[i].Budget.Add(budget), out[i].Actual.Add(act)
			continue
		}
		it := c.item(l.ID)
		if it == nil || l.Locality != "" || it.Amounts.At(k).IsZero() {
			wide.Budget, wide.Actual = wide.Budget.Add(budget), wide.Actual.Add(act)
			continue
		}
		if len(it.ByLocality) != len(codes) {
			return nil, &FieldError{Field: "commitments", Err: fmt.Errorf("%s shared between %d localities, not %d: %w", it.ID, len(it.ByLocality), len(codes), ErrNotCovered)}
		}
		shares := make([]investment.Money, len(it.ByLocality))
		for i, la := range it.ByLocality {
			shares[i] = la.Amounts.At(k)
		}
		bs, err := budget.AllocateBy(shares...)
		if err != nil {
			return nil, &FieldError{Field: "commitments", Err: err}
		}
		as, err := act.AllocateBy(shares...)
		if err != nil {
			return nil, &FieldError{Field: "actuals", Err: err}
		}
		for i := range codes {
			out[i].Budget, out[i].Actual = out[i].Budget.Add(bs[i]), out[i].Actual.Add(as[i])
		}
	}
	return out, nil
}

// item returns the commitment whose option's investment line is line.
func (c *Commitments) item(line string) *Commitment {
	for i := range c.Items {
		if InvestmentLine(c.Items[i].Option) == line {
			return &c.Items[i]
		}
	}
	return nil
}

// rateMeasures rates each target's measure in the year.
func (in *Inputs) rateMeasures(r *Review) error {
	for i, t := range in.Targets {
		m, ok := in.measure(t.Indicator, t.Area, r.Year)
		if !ok {
			r.Findings = append(r.Findings, Finding{Kind: "missing-data", Subject: t.Indicator, Year: r.Year,
				Text: fmt.Sprintf("%s: no measure for %s in %v", t.Indicator, t.Area, r.Year)})
			continue
		}
		a, err := t.Trajectory.Assess(t.Direction, outcomes.Point{Year: r.Year, Value: m.Value}, t.Tolerance)
		if err != nil {
			return &FieldError{Field: "targets[" + strconv.Itoa(i+1) + "]", Err: err}
		}
		r.Measures = append(r.Measures, MeasureStatus{Indicator: t.Indicator, Area: t.Area, Assessment: a})
		if a.Status != outcomes.Green {
			r.Findings = append(r.Findings, Finding{Kind: "off-trajectory", Subject: t.Indicator, Year: r.Year,
				Text: fmt.Sprintf("%s: %.1f against %.1f expected: %v", t.Indicator, a.Actual, a.Expected, a.Status)})
		}
	}
	return nil
}

// measure returns the measure of an indicator in an area and year, the
// actuals first.
func (in *Inputs) measure(ind, area string, y investment.FinancialYear) (outcomes.Measure, bool) {
	for _, ms := range [][]outcomes.Measure{in.Actuals.Measures, in.Measures} {
		for _, m := range ms {
			if m.Indicator == ind && m.Area == area && m.Year == y && !math.IsNaN(m.Value) {
				return m, true
			}
		}
	}
	return outcomes.Measure{}, false
}

// performance gathers the reported core indicators over the year and the
// five before it.
func (in *Inputs) performance(y investment.FinancialYear) []IndicatorSeries {
	var out []IndicatorSeries
	for _, ind := range outcomes.CoreIndicators() {
		if ind.NotReported {
			continue
		}
		s := IndicatorSeries{Indicator: ind.ID, Title: ind.Title, Area: in.Partnership.Code}
		for t := y - 5; t <= y; t++ {
			if m, ok := in.measure(ind.ID, in.Partnership.Code, t); ok {
				s.Points = append(s.Points, outcomes.Point{Year: t, Value: m.Value})
			}
		}
		out = append(out, s)
	}
	return out
}
