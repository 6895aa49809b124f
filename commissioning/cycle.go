package commissioning

import (
	"fmt"
	"iter"
	"strconv"
	"time"

	"github.com/opencommissioning/scp/investment"
)

// Cycle is one round of the commissioning cycle: the stage it has reached,
// the artefacts each stage produced (a needs assessment, an options
// appraisal, the plan, a performance report) and the log of decisions
// taken, in date order. A new round starts with a new Cycle whose Analyse
// stage reads the previous round's review.
//
// The zero Cycle is a round at [StageAnalyse] with nothing logged, ready
// to use. Cycle is plain data and round-trips through JSON.
type Cycle struct {
	Name      string     `json:"name,omitempty"` // such as "Strategic Commissioning Plan 2022–2025"
	Stage     Stage      `json:"stage"`
	Artefacts []Artefact `json:"artefacts,omitempty"`
	Decisions []Decision `json:"decisions,omitempty"`
}

// Artefact is a document or data set that a stage of the cycle produced or
// used, such as the Joint Strategic Needs Assessment at Analyse.
type Artefact struct {
	Stage Stage     `json:"stage"`
	Name  string    `json:"name"`
	Ref   string    `json:"ref,omitempty"` // where to find it: a URL, a path or a paper number
	Date  time.Time `json:"date,omitzero"`
}

// Decision is one entry of a cycle's decisions log: when, at which stage,
// by whom, what was decided and why, and the options it concerns.
type Decision struct {
	Date    time.Time `json:"date"`
	Stage   Stage     `json:"stage"`
	By      string    `json:"by,omitempty"` // such as "Integration Joint Board"
	Summary string    `json:"summary"`
	Options []string  `json:"options,omitempty"` // ids of the options decided on
	// Reason says why the decision was taken.
	Reason string `json:"reason,omitempty"`
	// Subject classifies the decision for the gates of the cycle, such as
	// [SubjectGap]; Years are the financial years it concerns.
	Subject string                     `json:"subject,omitempty"`
	Years   []investment.FinancialYear `json:"years,omitempty"`
	// Significant marks a decision the annual performance report counts
	// (SSI 2014/326 reg. 3).
	Significant bool `json:"significant,omitempty"`
}

// Advance moves the cycle to its next stage. At [StageReview] it returns a
// [*FieldError] wrapping [ErrCycleComplete]: the next Analyse belongs to a
// new round.
func (c *Cycle) Advance() error {
	if !c.Stage.Valid() {
		return &FieldError{Field: "stage", Err: ErrUnknownStage}
	}
	if c.Stage == StageReview {
		return &FieldError{Field: "stage", Err: ErrCycleComplete}
	}
	c.Stage = c.Stage.Next()
	return nil
}

// Attach records an artefact at the cycle's current stage.
func (c *Cycle) Attach(name, ref string, date time.Time) {
	c.Artefacts = append(c.Artefacts, Artefact{Stage: c.Stage, Name: name, Ref: ref, Date: date})
}

// Log appends a decision taken at the cycle's current stage. The decision
// must be dated, and not before the last decision logged; otherwise Log
// returns a [*FieldError] wrapping [ErrDecisionOrder] and logs nothing.
func (c *Cycle) Log(date time.Time, by, summary string, options ...string) error {
	d := Decision{Date: date, Stage: c.Stage, By: by, Summary: summary, Options: append([]string(nil), options...)}
	if err := c.checkDecision(len(c.Decisions), d); err != nil {
		return err
	}
	c.Decisions = append(c.Decisions, d)
	return nil
}

func (c *Cycle) checkDecision(i int, d Decision) error {
	field := "decisions[" + strconv.Itoa(i+1) + "]"
	if d.Date.IsZero() {
		return &FieldError{Field: field + ".date", Err: fmt.Errorf("no date: %w", ErrDecisionOrder)}
	}
	if i > 0 && d.Date.Before(c.Decisions[i-1].Date) {
		return &FieldError{Field: field + ".date", Err: fmt.Errorf("%s is before %s: %w",
			d.Date.Format(time.DateOnly), c.Decisions[i-1].Date.Format(time.DateOnly), ErrDecisionOrder)}
	}
	if !d.Stage.Valid() {
		return &FieldError{Field: field + ".stage", Err: ErrUnknownStage}
	}
	return nil
}

// Validate checks a cycle read from elsewhere: a valid stage, artefacts at
// valid stages, and decisions dated in order at valid stages. The error is
// a [*FieldError] naming the first bad field.
func (c Cycle) Validate() error {
	if !c.Stage.Valid() {
		return &FieldError{Field: "stage", Err: ErrUnknownStage}
	}
	for i, a := range c.Artefacts {
		if !a.Stage.Valid() {
			return &FieldError{Field: "artefacts[" + strconv.Itoa(i+1) + "].stage", Err: ErrUnknownStage}
		}
	}
	for i, d := range c.Decisions {
		if err := c.checkDecision(i, d); err != nil {
			return err
		}
	}
	return nil
}

// DecisionsAt returns an iterator over the decisions taken at stage s, in
// date order.
func (c Cycle) DecisionsAt(s Stage) iter.Seq[Decision] {
	return func(yield func(Decision) bool) {
		for _, d := range c.Decisions {
			if d.Stage == s && !yield(d) {
				return
			}
		}
	}
}
