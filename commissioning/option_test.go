package commissioning

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

func fullOption() Option {
	return Option{
		ID: "hub-large", Title: "Integrated care hub, large", Priority: "early-intervention",
		Locality: "S37000028-HAM", Group: "hub", Requires: []string{"digital"}, Mandatory: false,
		Stream: "capital grant", FirstYear: fy("2024/25"),
		Capital: gbp("500000", "250000"), Revenue: gbp("0", "40000", "40000"),
		Benefits: gbp("0", "300000", "350000"), Effects: []float64{0, 2.5, 3},
		Outcomes:      []string{"NO-2", "NO-9"},
		Bias:          OptimismBias{Shares: []Share{{NonStandardBuildings, 0.3}, {StandardBuildings, 0.7}}, Mitigation: 0.4},
		Beneficiaries: []GroupShare{{"q1", 0.6}, {"q2", 0.4}},
	}
}

func TestOptionJSONRoundTrip(t *testing.T) {
	o := fullOption()
	if diff := cmp.Diff(o, wiretest.ReadBack(t, o)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if o.Years() != 3 {
		t.Errorf("Years() = %d, want 3", o.Years())
	}
	if got := o.Costs(1); !got.Equal(gbp("290000").At(0)) {
		t.Errorf("Costs(1) = %v, want £290,000", got)
	}
}

func TestOptionErrors(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*Option)
		want  error
		field string
	}{
		{"empty id", func(o *Option) { o.ID = "" }, ErrEmptyID, "id"},
		{"self dependency", func(o *Option) { o.Requires = []string{o.ID} }, ErrSelfDependency, "requires[1]"},
		{"empty dependency", func(o *Option) { o.Requires = []string{""} }, ErrEmptyID, "requires[1]"},
		{"NaN effect", func(o *Option) { o.Effects[1] = math.NaN() }, ErrNotFinite, "effects[2]"},
		{"infinite effect", func(o *Option) { o.Effects[2] = math.Inf(-1) }, ErrNotFinite, "effects[3]"},
		{"outcome NO-0", func(o *Option) { o.Outcomes = []string{"NO-0"} }, ErrUnknownOutcome, "outcomes[1]"},
		{"bias category", func(o *Option) { o.Bias.Shares[0].Category = 77 }, ErrUnknownCategory, "bias.shares[1].category"},
		{"bias shares", func(o *Option) { o.Bias.Shares[0].Share = 0.2 }, ErrShares, "bias.shares"},
		{"bias mitigation", func(o *Option) { o.Bias.Mitigation = 2 }, ErrMitigation, "bias.mitigation"},
		{"beneficiary unnamed", func(o *Option) { o.Beneficiaries[0].Group = "" }, ErrEmptyID, "beneficiaries[1].group"},
		{"beneficiary NaN", func(o *Option) { o.Beneficiaries[1].Share = math.NaN() }, ErrNotFinite, "beneficiaries[2].share"},
		{"line anchored elsewhere", func(o *Option) { o.Capital = o.Capital.Anchor(fy("2030/31")) }, ErrAnchor, "capital"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := fullOption()
			o.Effects = append([]float64(nil), o.Effects...)
			c.edit(&o)
			err := o.Validate()
			if !isErr(err, c.want) {
				t.Fatalf("Validate: error %v, want %v", err, c.want)
			}
			var oe *OptionError
			if !errors.As(err, &oe) || oe.Field != c.field {
				t.Errorf("error %v: want an *OptionError on field %s", err, c.field)
			}
		})
	}
	err := ValidateOptions([]Option{{ID: "a"}, {ID: "b"}, {ID: "a"}})
	var oe *OptionError
	if !isErr(err, ErrDuplicateID) || !errors.As(err, &oe) || oe.Position != 3 {
		t.Errorf("ValidateOptions with a duplicate: error %v", err)
	}
	anchored := fullOption()
	anchored.Capital = anchored.Capital.Anchor(fy("2024/25"))
	if err := anchored.Validate(); err != nil {
		t.Errorf("a line anchored at FirstYear: %v", err)
	}
}

func longList() LongList {
	return LongList{BAU: "bau", Candidates: []Candidate{
		{Option: "bau", Filters: []Filter{{Scope, CarriedForward, "benchmark"}}},
		{Option: "hub-small", Filters: []Filter{{Scope, Preferred, "meets the spending objectives"}, {Funding, CarriedForward, "within capital grant"}}},
		{Option: "hub-large", Filters: []Filter{{Scope, CarriedForward, "meets the objectives"}, {Funding, Discounted, "exceeds the capital envelope"}}},
		{Option: "outsource", Filters: []Filter{{Delivery, Discounted, "no provider in the market"}}},
		{Option: "digital"},
	}}
}

func TestLongListShortList(t *testing.T) {
	opts := []Option{{ID: "bau"}, {ID: "hub-small"}, {ID: "hub-large"}, {ID: "outsource"}, {ID: "digital"}}
	sl, err := longList().ShortList(opts)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, o := range sl.Options {
		ids = append(ids, o.ID)
	}
	if diff := cmp.Diff([]string{"bau", "hub-small", "digital"}, ids); diff != "" {
		t.Errorf("short list (-want +got):\n%s", diff)
	}
	if b, ok := sl.BusinessAsUsual(); !ok || b.ID != "bau" {
		t.Errorf("BusinessAsUsual = %v, %v", b.ID, ok)
	}
	data, err := json.Marshal(longList())
	if err != nil {
		t.Fatal(err)
	}
	var back LongList
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(longList(), back); diff != "" {
		t.Errorf("round trip of %s (-want +got):\n%s", data, diff)
	}
}

func TestLongListErrors(t *testing.T) {
	opts := []Option{{ID: "bau"}, {ID: "hub-small"}, {ID: "hub-large"}, {ID: "outsource"}, {ID: "digital"}}
	cases := []struct {
		name string
		edit func(*LongList)
		opts []Option
		want error
	}{
		{"no BAU named", func(l *LongList) { l.BAU = "" }, opts, ErrNoBAU},
		{"BAU not a candidate", func(l *LongList) { l.BAU = "nothing" }, opts, ErrNoBAU},
		{"BAU discounted", func(l *LongList) { l.Candidates[0].Filters[0].Verdict = Discounted }, opts, ErrNoBAU},
		{"no reason", func(l *LongList) { l.Candidates[1].Filters[1].Reason = " " }, opts, ErrNoReason},
		{"dimension twice", func(l *LongList) { l.Candidates[1].Filters[1].Dimension = Scope }, opts, ErrDuplicateID},
		{"unknown dimension", func(l *LongList) { l.Candidates[1].Filters[1].Dimension = 0 }, opts, ErrUnknownDimension},
		{"unknown verdict", func(l *LongList) { l.Candidates[1].Filters[1].Verdict = 9 }, opts, ErrUnknownVerdict},
		{"candidate twice", func(l *LongList) { l.Candidates[2].Option = "hub-small" }, opts, ErrDuplicateID},
		{"candidate unnamed", func(l *LongList) { l.Candidates[2].Option = "" }, opts, ErrEmptyID},
		{"candidate not an option", func(*LongList) {}, opts[:4], ErrUnknownID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := longList()
			for i := range l.Candidates {
				l.Candidates[i].Filters = append([]Filter(nil), l.Candidates[i].Filters...)
			}
			c.edit(&l)
			_, err := l.ShortList(c.opts)
			if !isErr(err, c.want) {
				t.Fatalf("ShortList: error %v, want %v", err, c.want)
			}
		})
	}
	if _, err := NewShortList("bau", Option{ID: "a"}, Option{ID: "b"}); !isErr(err, ErrNoBAU) {
		t.Errorf("NewShortList without BAU: error %v", err)
	}
	if _, err := NewShortList("a", Option{ID: "a"}, Option{ID: "a"}); !isErr(err, ErrDuplicateID) {
		t.Errorf("NewShortList with duplicate ids: error %v", err)
	}
	var v Verdict
	if err := v.UnmarshalText([]byte("maybe")); !isErr(err, ErrUnknownVerdict) {
		t.Errorf("Verdict.UnmarshalText: error %v", err)
	}
	var d Dimension
	if err := d.UnmarshalText([]byte("colour")); !isErr(err, ErrUnknownDimension) {
		t.Errorf("Dimension.UnmarshalText: error %v", err)
	}
}

func TestCompareWithBAU(t *testing.T) {
	bau := Option{ID: "bau", Revenue: gbp("100", "100"), Benefits: gbp("100", "100")}
	hub := Option{ID: "hub", Capital: gbp("150"), Revenue: gbp("50", "50"), Benefits: gbp("100", "300")}
	a := Appraiser{Schedule: investment.Constant(decimal.Zero)}
	s, err := NewShortList("bau", hub, bau)
	if err != nil {
		t.Fatal(err)
	}
	got, err := a.Compare(s)
	if err != nil {
		t.Fatal(err)
	}
	m := investment.MustGBP
	// At 0%: hub costs 250 and returns 400; BAU costs 200 and returns 200.
	if !got[0].ExtraCosts.Equal(m("50")) || !got[0].ExtraBenefits.Equal(m("200")) || !got[0].ExtraNPSV.Equal(m("150")) {
		t.Errorf("hub against BAU: %+v", got[0])
	}
	if !got[1].ExtraNPSV.IsZero() || got[1].Appraisal.ID != "bau" {
		t.Errorf("BAU against itself: %+v", got[1])
	}
	if _, err := a.Compare(ShortList{BAU: "none", Options: []Option{hub}}); !isErr(err, ErrNoBAU) {
		t.Errorf("Compare without BAU: error %v", err)
	}
}
