package commissioning

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/investment"
)

// Dimension is a dimension of the Green Book options framework filter,
// the order in which a long list is narrowed: what (scope), how
// (solution), who (delivery), when (implementation) and with what money
// (funding). The zero Dimension is not a dimension.
type Dimension int

// The five dimensions, in the framework's order (HM Treasury Green Book
// 2022, chapter 4, the options framework filter).
const (
	Scope Dimension = iota + 1
	Solution
	Delivery
	Implementation
	Funding
)

var dimensionCodec = newCodec("Dimension", Scope, ErrUnknownDimension, "scope", "solution", "delivery", "implementation", "funding")

// String returns the dimension's name in lower case, such as "scope".
func (d Dimension) String() string { return dimensionCodec.String(d) }

// Valid reports whether d is one of the five dimensions.
func (d Dimension) Valid() bool { return dimensionCodec.Valid(d) }

// ParseDimension reads a dimension's name, ignoring case and surrounding
// spaces. Other text gives a [*FieldError] wrapping [ErrUnknownDimension].
func ParseDimension(text string) (Dimension, error) { return dimensionCodec.ParseFold(text, foldName) }

// MarshalText writes the dimension's name; an unknown dimension is a
// [*FieldError] wrapping [ErrUnknownDimension].
func (d Dimension) MarshalText() ([]byte, error) { return dimensionCodec.Marshal(d) }

// UnmarshalText reads any name [ParseDimension] accepts.
func (d *Dimension) UnmarshalText(text []byte) error {
	v, err := ParseDimension(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Verdict is the judgement of an option on one dimension of the filter.
// The zero Verdict is not a verdict.
type Verdict int

// The three verdicts of the options framework.
const (
	Preferred      Verdict = iota + 1 // the preferred way forward on this dimension
	CarriedForward                    // a possible way: kept for the short list
	Discounted                        // rejected on this dimension, with a reason
)

var verdictCodec = newCodec("Verdict", Preferred, ErrUnknownVerdict, "preferred", "carried forward", "discounted")

// String returns the verdict in lower case, such as "carried forward".
func (v Verdict) String() string { return verdictCodec.String(v) }

// Valid reports whether v is one of the three verdicts.
func (v Verdict) Valid() bool { return verdictCodec.Valid(v) }

// ParseVerdict reads a verdict's name, ignoring case and surrounding
// spaces. Other text gives a [*FieldError] wrapping [ErrUnknownVerdict].
func ParseVerdict(text string) (Verdict, error) { return verdictCodec.ParseFold(text, foldName) }

// MarshalText writes the verdict's name; an unknown verdict is a
// [*FieldError] wrapping [ErrUnknownVerdict].
func (v Verdict) MarshalText() ([]byte, error) { return verdictCodec.Marshal(v) }

// UnmarshalText reads any name [ParseVerdict] accepts.
func (v *Verdict) UnmarshalText(text []byte) error {
	p, err := ParseVerdict(string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// Filter is the verdict on one option along one dimension, and why. An
// unset (zero) dimension or verdict is left out of its JSON, so that the
// zero Filter writes and reads back; [LongList.Validate] refuses it.
type Filter struct {
	Dimension Dimension `json:"dimension,omitempty"`
	Verdict   Verdict   `json:"verdict,omitempty"`
	Reason    string    `json:"reason"`
}

// Candidate is one option of a long list with its verdicts along the
// dimensions assessed so far.
type Candidate struct {
	Option  string   `json:"option"` // the option's id
	Filters []Filter `json:"filters,omitempty"`
}

// Discounted reports whether the candidate was discounted on any
// dimension, and the first such filter.
func (c Candidate) Discounted() (Filter, bool) {
	for _, f := range c.Filters {
		if f.Verdict == Discounted {
			return f, true
		}
	}
	return Filter{}, false
}

// LongList is the record of the long-list filter: every option considered,
// with its verdicts and reasons, and the id of the business-as-usual (or
// do-minimum) option that the short list must keep as its benchmark.
type LongList struct {
	BAU        string      `json:"bau"`
	Candidates []Candidate `json:"candidates"`
}

// Validate checks the record: candidates with distinct non-empty ids,
// known dimensions and verdicts, each dimension at most once per
// candidate, every verdict with a reason, and the business-as-usual option
// among the candidates and not discounted. The error is a [*FieldError].
func (l LongList) Validate() error {
	seen := map[string]bool{}
	for i, c := range l.Candidates {
		f := "candidates[" + strconv.Itoa(i+1) + "]"
		if c.Option == "" {
			return &FieldError{Field: f + ".option", Err: ErrEmptyID}
		}
		if seen[c.Option] {
			return &FieldError{Field: f + ".option", Err: fmt.Errorf("%q: %w", c.Option, ErrDuplicateID)}
		}
		seen[c.Option] = true
		var dims [Funding + 1]bool
		for j, flt := range c.Filters {
			ff := f + ".filters[" + strconv.Itoa(j+1) + "]"
			if flt.Dimension < Scope || flt.Dimension > Funding {
				return &FieldError{Field: ff + ".dimension", Err: ErrUnknownDimension}
			}
			if dims[flt.Dimension] {
				return &FieldError{Field: ff + ".dimension", Err: fmt.Errorf("%v twice: %w", flt.Dimension, ErrDuplicateID)}
			}
			dims[flt.Dimension] = true
			if flt.Verdict < Preferred || flt.Verdict > Discounted {
				return &FieldError{Field: ff + ".verdict", Err: ErrUnknownVerdict}
			}
			if strings.TrimSpace(flt.Reason) == "" {
				return &FieldError{Field: ff + ".reason", Err: ErrNoReason}
			}
		}
	}
	if l.BAU == "" || !seen[l.BAU] {
		return &FieldError{Field: "bau", Err: fmt.Errorf("%q not among the candidates: %w", l.BAU, ErrNoBAU)}
	}
	for _, c := range l.Candidates {
		if c.Option == l.BAU {
			if f, ok := c.Discounted(); ok {
				return &FieldError{Field: "bau", Err: fmt.Errorf("discounted on %v: %w", f.Dimension, ErrNoBAU)}
			}
		}
	}
	return nil
}

// ShortList returns the short list the filter leaves: the candidates not
// discounted on any dimension, in long-list order, resolved against opts.
// Every candidate must be in opts ([ErrUnknownID]).
func (l LongList) ShortList(opts []Option) (ShortList, error) {
	if err := l.Validate(); err != nil {
		return ShortList{}, err
	}
	byID := make(map[string]Option, len(opts))
	for _, o := range opts {
		byID[o.ID] = o
	}
	var kept []Option
	for i, c := range l.Candidates {
		o, ok := byID[c.Option]
		if !ok {
			return ShortList{}, &FieldError{Field: "candidates[" + strconv.Itoa(i+1) + "].option",
				Err: fmt.Errorf("%q: %w", c.Option, ErrUnknownID)}
		}
		if _, out := c.Discounted(); !out {
			kept = append(kept, o)
		}
	}
	return NewShortList(l.BAU, kept...)
}

// ShortList is the set of options taken to full appraisal. It always holds
// the business-as-usual (or do-minimum) option as the benchmark the others
// are compared with.
type ShortList struct {
	BAU     string   `json:"bau"`
	Options []Option `json:"options"`
}

// NewShortList returns a short list of opts with business as usual named
// by bau. The options must be valid with distinct ids ([ValidateOptions]),
// and bau must be one of them: otherwise the error wraps [ErrNoBAU].
func NewShortList(bau string, opts ...Option) (ShortList, error) {
	s := ShortList{BAU: bau, Options: append([]Option(nil), opts...)}
	if err := s.Validate(); err != nil {
		return ShortList{}, err
	}
	return s, nil
}

// Validate checks the options with [ValidateOptions] and that the
// business-as-usual option is among them ([ErrNoBAU] in a [*FieldError]).
func (s ShortList) Validate() error {
	if err := ValidateOptions(s.Options); err != nil {
		return err
	}
	if _, ok := s.index(); !ok {
		return &FieldError{Field: "bau", Err: fmt.Errorf("%q not on the short list: %w", s.BAU, ErrNoBAU)}
	}
	return nil
}

func (s ShortList) index() (int, bool) {
	if s.BAU == "" {
		return -1, false
	}
	for i, o := range s.Options {
		if o.ID == s.BAU {
			return i, true
		}
	}
	return -1, false
}

// BusinessAsUsual returns the benchmark option, and false if the list
// does not hold it.
func (s ShortList) BusinessAsUsual() (Option, bool) {
	i, ok := s.index()
	if !ok {
		return Option{}, false
	}
	return s.Options[i], true
}

// Comparison is a short-listed option's economic case beside business as
// usual: its own appraisal and the differences from the benchmark's.
type Comparison struct {
	Appraisal Appraisal `json:"appraisal"`
	// ExtraCosts and ExtraBenefits are the option's present values of costs
	// and benefits minus those of business as usual; ExtraNPSV is their
	// difference, the value of choosing the option over the benchmark.
	ExtraCosts    investment.Money `json:"extraCosts"`
	ExtraBenefits investment.Money `json:"extraBenefits"`
	ExtraNPSV     investment.Money `json:"extraNPSV"`
}

// Compare appraises every option of the short list, business as usual
// included (its differences are zero), and sets each against the
// benchmark, in the list's order. The list must pass [ShortList.Validate].
func (a Appraiser) Compare(s ShortList) ([]Comparison, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	aps, err := a.Appraise(s.Options...)
	if err != nil {
		return nil, err
	}
	i, _ := s.index()
	bau := aps[i]
	out := make([]Comparison, len(aps))
	for j, ap := range aps {
		out[j] = Comparison{
			Appraisal:     ap,
			ExtraCosts:    ap.PVCosts.Sub(bau.PVCosts),
			ExtraBenefits: ap.PVBenefits.Sub(bau.PVBenefits),
			ExtraNPSV:     ap.NPSV.Sub(bau.NPSV),
		}
	}
	return out, nil
}
