package outcomes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/opencommissioning/scp/internal/wire"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// The JSON forms of the types with unexported state go through wire
// structs, and their UnmarshalJSON methods validate what they read as the
// constructors do, so that a decoded value is always one the package could
// have built. By the convention of encoding/json, JSON null leaves the
// receiver unchanged.

func isNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }

// curveJSON is the JSON form of a [Curve]: the alternatives' ids, then one
// point for each λ with the probabilities and mean net monetary benefits in
// the order of the ids.
type curveJSON struct {
	IDs    []string         `json:"ids"`
	Points []curvePointJSON `json:"points"`
}

type curvePointJSON struct {
	Lambda        investment.Money `json:"lambda"`
	Probabilities []float64        `json:"probabilities"`
	MeanNMB       []float64        `json:"meanNMB"`
}

// probSumTolerance bounds how far the probabilities at one λ may sum from 1:
// each is a whole number of draws divided by the number of draws, so the
// sum misses 1 only by rounding.
const probSumTolerance = 1e-9

// MarshalJSON writes the curve as
//
//	{"ids": ["A", "B"], "points": [{"lambda": "20000.00",
//	  "probabilities": [0.25, 0.75], "meanNMB": [1500, 2500]}, ...]}
//
// with λ a JSON string of pounds, like all [investment.Money], and one point
// for each λ in order. The zero Curve, which [CEAC] never returns, writes
// JSON null, which reads back as the zero Curve.
func (c *Curve) MarshalJSON() ([]byte, error) {
	if len(c.ids) == 0 {
		return []byte("null"), nil
	}
	n := len(c.ids)
	w := curveJSON{IDs: c.ids, Points: make([]curvePointJSON, len(c.lambdas))}
	for i, l := range c.lambdas {
		w.Points[i] = curvePointJSON{Lambda: l, Probabilities: c.prob[i*n : (i+1)*n], MeanNMB: c.meanNMB[i*n : (i+1)*n]}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form [Curve.MarshalJSON] writes and checks it as
// [CEAC] checks its input: it returns [ErrNoAlternatives] for no ids, an
// error wrapping [ErrLambda] for no points, and an [*InputError] for an
// empty or duplicate id ([ErrEmptyID], [ErrDuplicateID]), a negative λ
// ([ErrLambda]), a point whose probabilities or mean net benefits do not
// number one per alternative ([ErrRange]), a probability outside [0, 1]
// ([ErrShare]) or probabilities that do not sum to 1 ([ErrRange]).
func (c *Curve) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var w curveJSON
	if err := wire.Decode(data, &w); err != nil {
		return decodeErr("Curve", err)
	}
	n := len(w.IDs)
	if n == 0 {
		return &FieldError{Type: "Curve", Path: "ids", Err: ErrNoAlternatives}
	}
	if len(w.Points) == 0 {
		return &FieldError{Type: "Curve", Path: "points", Err: fmt.Errorf("no λ values: %w", ErrLambda)}
	}
	seen := make(map[string]bool, n)
	for a, id := range w.IDs {
		if id == "" {
			return inputErr("alternative", a, "", "id", ErrEmptyID)
		}
		if seen[id] {
			return inputErr("alternative", a, id, "id", ErrDuplicateID)
		}
		seen[id] = true
	}
	out := Curve{
		ids:     w.IDs,
		lambdas: make([]investment.Money, len(w.Points)),
		prob:    make([]float64, 0, len(w.Points)*n),
		meanNMB: make([]float64, 0, len(w.Points)*n),
	}
	for i, p := range w.Points {
		id := p.Lambda.String()
		if p.Lambda.IsNegative() {
			return inputErr("point", i, id, "lambda", fmt.Errorf("%v is negative: %w", p.Lambda, ErrLambda))
		}
		if len(p.Probabilities) != n {
			return inputErr("point", i, id, "probabilities", fmt.Errorf("%d values for %d alternatives: %w", len(p.Probabilities), n, ErrRange))
		}
		if len(p.MeanNMB) != n {
			return inputErr("point", i, id, "meanNMB", fmt.Errorf("%d values for %d alternatives: %w", len(p.MeanNMB), n, ErrRange))
		}
		// JSON numbers are finite, so only ranges need checking.
		var sum float64
		for a, q := range p.Probabilities {
			if q < 0 || q > 1 {
				return inputErr("point", i, id, fmt.Sprintf("probabilities[%d]", a+1), fmt.Errorf("%v: %w", q, ErrShare))
			}
			sum += q
		}
		if math.Abs(sum-1) > probSumTolerance {
			return inputErr("point", i, id, "probabilities", fmt.Errorf("they sum to %v, not 1: %w", sum, ErrRange))
		}
		out.lambdas[i] = p.Lambda
		out.prob = append(out.prob, p.Probabilities...)
		out.meanNMB = append(out.meanNMB, p.MeanNMB...)
	}
	*c = out
	return nil
}

// frameworkJSON is the JSON form of a [Framework].
type frameworkJSON struct {
	Name       string      `json:"name"`
	Outcomes   []Outcome   `json:"outcomes,omitempty"`
	Indicators []Indicator `json:"indicators,omitempty"`
	Priorities []Priority  `json:"priorities,omitempty"`
}

// MarshalJSON writes the framework as an object with its name and its
// outcomes, indicators and priorities in the order given; the scale,
// direction and basis of an indicator are their text forms, such as
// "per 100,000" and "lower is better".
func (f *Framework) MarshalJSON() ([]byte, error) {
	return json.Marshal(frameworkJSON{Name: f.name, Outcomes: f.outcomes, Indicators: f.indicators, Priorities: f.priorities})
}

// UnmarshalJSON reads the form [Framework.MarshalJSON] writes and builds
// the framework with [NewFramework], which returns its errors. Unknown
// scale, direction or basis text is a [*NameError].
func (f *Framework) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var w frameworkJSON
	if err := wire.Decode(data, &w); err != nil {
		return decodeErr("Framework", err)
	}
	g, err := NewFramework(w.Name, w.Outcomes, w.Indicators, w.Priorities)
	if err != nil {
		return err
	}
	*f = *g
	return nil
}

// logicModelJSON is the JSON form of a [LogicModel].
type logicModelJSON struct {
	Framework *Framework `json:"framework"`
	Lines     []Line     `json:"lines"`
	Links     []Link     `json:"links"`
}

// MarshalJSON writes the model as an object with its framework in full (as
// [Framework.MarshalJSON] writes it), its lines and its links. The zero
// LogicModel, which [NewLogicModel] never returns, writes JSON null, which
// reads back as the zero LogicModel.
func (m *LogicModel) MarshalJSON() ([]byte, error) {
	if m.f == nil {
		return []byte("null"), nil
	}
	w := logicModelJSON{Framework: m.f, Lines: m.lines, Links: m.links}
	if w.Lines == nil {
		w.Lines = []Line{}
	}
	if w.Links == nil {
		w.Links = []Link{}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form [LogicModel.MarshalJSON] writes and builds
// the model with [NewLogicModel], which returns its errors; a missing or
// null framework means [National], as a nil one does for NewLogicModel.
func (m *LogicModel) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var w logicModelJSON
	if err := wire.Decode(data, &w); err != nil {
		return decodeErr("LogicModel", err)
	}
	n, err := NewLogicModel(w.Framework, w.Lines, w.Links)
	if err != nil {
		return err
	}
	*m = *n
	return nil
}

// MarshalJSON writes the measures as a JSON array in the order given, each
// year as "2022/23".
func (t *Measures) MarshalJSON() ([]byte, error) {
	if t.rows == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(t.rows)
}

// UnmarshalJSON reads the array [Measures.MarshalJSON] writes and builds
// the table with [NewMeasures] and no framework, which returns its errors.
func (t *Measures) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var ms []Measure
	if err := wire.Decode(data, &ms); err != nil {
		return decodeErr("Measures", err)
	}
	v, err := NewMeasures(nil, ms)
	if err != nil {
		return err
	}
	*t = *v
	return nil
}

// trajectoryFields has the fields and tags of [Trajectory] without its
// methods, so that decoding into it does not recurse.
type trajectoryFields Trajectory

// MarshalJSON writes the trajectory's fields. The zero Trajectory, which
// is not valid, writes JSON null, which reads back as the zero Trajectory.
func (t Trajectory) MarshalJSON() ([]byte, error) {
	if t == (Trajectory{}) {
		return []byte("null"), nil
	}
	return json.Marshal(trajectoryFields(t))
}

// UnmarshalJSON reads a trajectory's fields and checks them with
// [NewTrajectory], which returns its errors; an unknown shape is a
// [*NameError] wrapping [ErrShape].
func (t *Trajectory) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var w trajectoryFields
	if err := wire.Decode(data, &w); err != nil {
		return decodeErr("Trajectory", err)
	}
	v, err := NewTrajectory(w.Baseline, w.Target, w.Shape)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// toleranceFields has the fields and tags of [Tolerance] without its
// methods.
type toleranceFields Tolerance

// UnmarshalJSON reads a tolerance's fields and returns an error wrapping
// [ErrTolerance] unless 0 ≤ green ≤ amber.
func (tol *Tolerance) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var w toleranceFields
	if err := wire.Decode(data, &w); err != nil {
		return decodeErr("Tolerance", err)
	}
	if err := Tolerance(w).validate(); err != nil {
		return err
	}
	*tol = Tolerance(w)
	return nil
}

// UnmarshalJSON reads an SROI analysis strictly: a misspelt field, or an
// amount or rate that is not a decimal number, is a [*FieldError] naming
// the field's path, such as "impacts[2].proxy". It does not value the
// analysis: [SROI.Value] checks the impacts.
//
// The rate follows the module's one rule for rates ([investment.ParseRate]):
// a decimal fraction as a JSON number or string ("0.035"), or a percentage
// as a string ("3.5%").
func (s *SROI) UnmarshalJSON(data []byte) error {
	var w struct { // the fields of SROI, with the rate read by the rule
		Inputs     investment.Money `json:"inputs"`
		Impacts    []Impact         `json:"impacts"`
		Rate       *jsonRate        `json:"rate,omitempty"`
		Reductions Reductions       `json:"reductions"`
	}
	if isNull(data) {
		return nil
	}
	if err := wire.Decode(data, &w); err != nil {
		return decodeErr("SROI", err)
	}
	*s = SROI{Inputs: w.Inputs, Impacts: w.Impacts, Reductions: w.Reductions}
	if w.Rate != nil {
		r := decimal.Decimal(*w.Rate)
		s.Rate = &r
	}
	return nil
}

// jsonRate reads a rate as [investment.ParseRate] does, from a JSON number
// or string, never with the decimal library's message.
type jsonRate decimal.Decimal

// UnmarshalJSON reads 0.035, "0.035" or "3.5%".
func (r *jsonRate) UnmarshalJSON(data []byte) error {
	text := string(bytes.TrimSpace(data))
	if strings.HasPrefix(text, `"`) {
		if err := json.Unmarshal(data, &text); err != nil {
			return fmt.Errorf("%s: not a JSON string: %w", data, ErrSyntax)
		}
	} else if !json.Valid(data) || text == "" || text == "true" || text == "false" || text[0] == '{' || text[0] == '[' {
		return fmt.Errorf("%s: a rate is a number or a string: %w", text, ErrSyntax)
	}
	d, err := investment.ParseRate(text)
	if err != nil {
		return err
	}
	if d.GreaterThan(one) {
		return fmt.Errorf("rate %v above 1; did you mean %v (%v%%)?: %w", d, d.Shift(-2), d, ErrRange)
	}
	*r = jsonRate(d)
	return nil
}

// UnmarshalJSON reads an ICER table strictly; see [FieldError].
func (t *Table) UnmarshalJSON(data []byte) error {
	type plain Table
	return decodeInto("Table", data, (*plain)(t))
}

// UnmarshalJSON reads an SROI valuation strictly; see [FieldError].
func (v *Valuation) UnmarshalJSON(data []byte) error {
	type plain Valuation
	return decodeInto("Valuation", data, (*plain)(v))
}

// UnmarshalJSON reads one alternative's Monte Carlo draws strictly; see
// [FieldError]. [CEAC] checks them.
func (d *Draws) UnmarshalJSON(data []byte) error {
	type plain Draws
	return decodeInto("Draws", data, (*plain)(d))
}

// decodeInto decodes the JSON document data, of type typ, into *p through
// wire.Decode, leaving *p unchanged for JSON null or on error.
func decodeInto[T any](typ string, data []byte, p *T) error {
	if isNull(data) {
		return nil
	}
	var v T
	if err := wire.Decode(data, &v); err != nil {
		return decodeErr(typ, err)
	}
	*p = v
	return nil
}
