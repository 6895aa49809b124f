package commissioning

import (
	"fmt"
	"math"
	"strconv"
)

// Input is an uncertain quantity of an appraisal, modelled as a factor
// that multiplies some lines of some options: a capital over-run, a
// revenue uplift, a benefit shortfall in the years before a service beds
// in. At its base value 1 it leaves the appraisal unchanged.
//
// Option names the option it applies to, or every option when empty;
// Lines the lines it multiplies; Years the year offsets it applies to, or
// every year when empty. Where several inputs apply to the same amount,
// their factors multiply.
//
// Low and High are the factor's range for one-way and two-way sensitivity
// ([Appraiser.Tornado]); Dist is its distribution for Monte Carlo
// ([Appraiser.Simulate]). A PERT of (0.9, 1.0, 1.4) on capital, say, is a
// cost that may fall 10% or over-run 40%.
type Input struct {
	Name   string       `json:"name"`
	Option string       `json:"option,omitempty"`
	Lines  Lines        `json:"lines"`
	Years  []int        `json:"years,omitempty"`
	Low    float64      `json:"low,omitempty"`
	High   float64      `json:"high,omitempty"`
	Dist   Distribution `json:"dist,omitzero"`
}

// applies reports whether the input multiplies the amount of option id on
// line index l in year t.
func (in Input) applies(id string, l, t int) bool {
	if in.Option != "" && in.Option != id {
		return false
	}
	if in.Lines&lineOf(l) == 0 {
		return false
	}
	if len(in.Years) == 0 {
		return true
	}
	for _, y := range in.Years {
		if y == t {
			return true
		}
	}
	return false
}

// inputCheck says which fields of the inputs a computation reads.
type inputCheck struct {
	rangeNeeded bool // Low and High
	distNeeded  bool // Dist
}

// validateInputs checks inputs against the options they refer to: names
// non-empty and distinct, a known option (unless ids is nil), at least one
// known line, non-negative years, and the range or distribution when
// needed. Errors are [*InputError] values.
func validateInputs(inputs []Input, ids map[string]bool, need inputCheck) error {
	names := make(map[string]bool, len(inputs))
	for i, in := range inputs {
		bad := func(field string, err error) error {
			return &InputError{Position: i + 1, Name: in.Name, Field: field, Err: err}
		}
		if in.Name == "" {
			return bad("name", ErrEmptyID)
		}
		if names[in.Name] {
			return bad("name", ErrDuplicateID)
		}
		names[in.Name] = true
		if in.Option != "" && ids != nil && !ids[in.Option] {
			return bad("option", fmt.Errorf("%q: %w", in.Option, ErrUnknownID))
		}
		if in.Lines == 0 || in.Lines&^AllLines != 0 {
			return bad("lines", fmt.Errorf("%v: %w", in.Lines, ErrNoLines))
		}
		for j, y := range in.Years {
			if y < 0 {
				return bad("years["+strconv.Itoa(j+1)+"]", fmt.Errorf("year offset %d: %w", y, ErrNegative))
			}
		}
		if need.rangeNeeded {
			for _, v := range [...]struct {
				f string
				x float64
			}{{"Low", in.Low}, {"High", in.High}} {
				if math.IsNaN(v.x) || math.IsInf(v.x, 0) {
					return bad(v.f, ErrNotFinite)
				}
			}
			if in.Low > in.High {
				return bad("low", fmt.Errorf("%v > %v: %w", in.Low, in.High, ErrLowHigh))
			}
		}
		if need.distNeeded {
			if err := in.Dist.Validate(); err != nil {
				return bad("dist", err)
			}
		}
	}
	return nil
}
