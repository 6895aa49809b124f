package commissioning

import (
	"slices"

	"github.com/opencommissioning/scp/investment"
)

// Next returns the inputs of the next round from a round that has been
// reviewed: the year under review moves on by one; the review's findings
// are carried to the next Analyse ([Inputs.Carried], reported again in
// [Assessment.Carried]); the year's actual measures join the measures
// already known (the next annual report's five preceding years); the
// options chosen become mandatory, since their commitments continue; the
// decisions log is kept and the actuals are cleared for the new year.
//
// When the new year passes the end of the plan's period, the period moves
// on by its length and the financial plan is kept as it was: its years no
// longer match, and the Plan stage and [Validate] ask for the new one.
// Next returns a [*GateError] wrapping [ErrNoCommitments] for a round
// without a review.
func Next(r *Round) (Inputs, error) {
	if r.Review == nil || r.Strategy == nil {
		return Inputs{}, &GateError{Stage: StageAnalyse, Where: "next round", Err: ErrNoCommitments}
	}
	in := r.Inputs.Clone()
	in.Round = max(in.Round, 1) + 1
	in.Year = r.Review.Year + 1
	if in.Year > in.Period.Last {
		n := in.Period.Len()
		in.Period = investment.NewYears(in.Year, n)
	}
	in.Carried = slices.Clone(r.Review.Findings)
	in.Measures = append(in.Measures, r.Inputs.Actuals.Measures...)
	in.Actuals = Actuals{}
	for i, o := range in.Options {
		if slices.Contains(r.Strategy.Choice.Options, o.ID) {
			in.Options[i].Mandatory = true
		}
	}
	return in, nil
}
