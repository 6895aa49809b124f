package pbma

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

var gbp = investment.MustGBP

func TestAnalyseHandWorked(t *testing.T) {
	// Loss per pound: X 0.025, Y 0.03, Z 0.05. A (0.1 per £) needs £100:
	// headroom £40 plus the whole of X (£80, loses 2 of A's 10): surplus £20.
	// B (£50, gains 4) takes the £20 surplus and £30 of divisible Y (loses
	// 30/60 × 1.8 = 0.9). C gains 0.01 per £, below Y's 0.03: unfunded, and
	// Y's other £30 and Z are kept.
	e := Exercise{
		Programmes: []Programme{{ID: "P", Spend: gbp("1000")}, {ID: "Q", Spend: gbp("500")}},
		WishList: []Proposal{
			{ID: "C", Programme: "Q", Cost: gbp("100"), Benefit: 1},
			{ID: "A", Programme: "P", Cost: gbp("100"), Benefit: 10},
			{ID: "B", Programme: "Q", Cost: gbp("50"), Benefit: 4},
		},
		HitList: []Disinvestment{
			{ID: "Z", Programme: "Q", Saving: gbp("100"), BenefitLost: 5},
			{ID: "X", Programme: "P", Saving: gbp("80"), BenefitLost: 2},
			{ID: "Y", Programme: "Q", Saving: gbp("60"), BenefitLost: 1.8, Divisible: true},
		},
		Headroom: gbp("40"),
	}
	got, err := Analyse(e)
	if err != nil {
		t.Fatal(err)
	}
	want := Recommendation{
		Shifts: []Shift{
			{Proposal: "A", Programme: "P", Amount: gbp("100"), Fraction: 1, Benefit: 10, BenefitPerPound: 0.1,
				FromPool: gbp("40"), Surplus: gbp("20"),
				Releases: []Release{{Disinvestment: "X", Programme: "P", Amount: gbp("80"), Fraction: 1, BenefitLost: 2}}},
			{Proposal: "B", Programme: "Q", Amount: gbp("50"), Fraction: 1, Benefit: 4, BenefitPerPound: 0.08,
				FromPool: gbp("20"), Surplus: gbp("0"),
				Releases: []Release{{Disinvestment: "Y", Programme: "Q", Amount: gbp("30"), Fraction: 0.5, BenefitLost: 0.9}}},
		},
		Unfunded: []Unfunded{{Proposal: "C", Programme: "Q", Cost: gbp("100"), Benefit: 1, Reason: NoCheaperDisinvestment}},
		Retained: []Retained{
			{Disinvestment: "Y", Programme: "Q", Saving: gbp("30"), BenefitKept: 0.9, Reason: LossTooHigh},
			{Disinvestment: "Z", Programme: "Q", Saving: gbp("100"), BenefitKept: 5, Reason: LossTooHigh},
		},
		Spend: []ProgrammeSpend{
			{Programme: "P", Before: gbp("1000"), Invested: gbp("100"), Released: gbp("80"), After: gbp("1020")},
			{Programme: "Q", Before: gbp("500"), Invested: gbp("50"), Released: gbp("30"), After: gbp("520")},
		},
		Headroom: gbp("40"), Invested: gbp("150"), Released: gbp("110"), Unallocated: gbp("0"),
		BenefitGained: 14, BenefitLost: 2.9,
	}
	opts := cmp.Options{cmpopts.EquateApprox(0, 1e-12), cmpopts.IgnoreFields(Unfunded{}, "Detail")}
	if diff := cmp.Diff(want, got, opts); diff != "" {
		t.Errorf("Analyse (-want +got):\n%s", diff)
	}
	if want := "gains 0.01 per £; the cheapest remaining disinvestment, Y, loses 0.03 per £"; got.Unfunded[0].Detail != want {
		t.Errorf("Detail = %q, want %q", got.Unfunded[0].Detail, want)
	}
}

func TestAnalyseEqualRatesDoNotShift(t *testing.T) {
	// Benefit per pound equal to loss per pound: shifting gains nothing.
	e := Exercise{
		Programmes: []Programme{{ID: "P", Spend: gbp("100")}},
		WishList:   []Proposal{{ID: "w", Programme: "P", Cost: gbp("10"), Benefit: 1}},
		HitList:    []Disinvestment{{ID: "h", Programme: "P", Saving: gbp("10"), BenefitLost: 1}},
	}
	r, err := Analyse(e)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Shifts) != 0 || len(r.Unfunded) != 1 || r.Unfunded[0].Reason != NoCheaperDisinvestment || r.Retained[0].Reason != LossTooHigh {
		t.Errorf("recommendation = %+v", r)
	}
}

func TestAnalyseLosesMoreThanGains(t *testing.T) {
	// The £10 proposal would need the whole £1,000 disinvestment, which loses
	// 50: more than the proposal's 1, although its loss per pound (0.05) is
	// below the proposal's benefit per pound (0.1).
	e := Exercise{
		Programmes: []Programme{{ID: "P", Spend: gbp("5000")}},
		WishList:   []Proposal{{ID: "small", Programme: "P", Cost: gbp("10"), Benefit: 1}},
		HitList:    []Disinvestment{{ID: "big", Programme: "P", Saving: gbp("1000"), BenefitLost: 50}},
	}
	r, err := Analyse(e)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Shifts) != 0 || r.Unfunded[0].Reason != LosesMoreThanGains || r.Retained[0].Reason != CannotFundWhole {
		t.Errorf("recommendation = %+v", r)
	}
	if !r.Spend[0].After.Equal(gbp("5000")) || !r.Released.IsZero() {
		t.Errorf("spend changed: %+v", r.Spend)
	}
}

func TestAnalyseHeadroomOnly(t *testing.T) {
	e := Exercise{
		Programmes: []Programme{{ID: "P", Spend: gbp("0")}},
		WishList: []Proposal{
			{ID: "none", Programme: "P", Cost: gbp("5"), Benefit: 0},
			{ID: "a", Programme: "P", Cost: gbp("60"), Benefit: 3},
			{ID: "b", Programme: "P", Cost: gbp("60"), Benefit: 2},
			{ID: "c", Programme: "P", Cost: gbp("30"), Benefit: 1},
		},
		Headroom: gbp("100"),
	}
	r, err := Analyse(e)
	if err != nil {
		t.Fatal(err)
	}
	var funded []string
	for _, s := range r.Shifts {
		funded = append(funded, s.Proposal)
	}
	// a first (0.05/£); b does not fit the £40 left; c does; "none" never.
	if diff := cmp.Diff([]string{"a", "c"}, funded); diff != "" {
		t.Errorf("funded (-want +got):\n%s", diff)
	}
	if !r.Unallocated.Equal(gbp("10")) || !r.Spend[0].After.Equal(gbp("90")) {
		t.Errorf("Unallocated %v, After %v", r.Unallocated, r.Spend[0].After)
	}
	reasons := map[string]Reason{}
	for _, u := range r.Unfunded {
		reasons[u.Proposal] = u.Reason
	}
	if diff := cmp.Diff(map[string]Reason{"none": NoCheaperDisinvestment, "b": NotEnoughReleasable}, reasons); diff != "" {
		t.Errorf("reasons (-want +got):\n%s", diff)
	}
}

func TestAnalyseBadInput(t *testing.T) {
	base := func() Exercise {
		return Exercise{
			Programmes: []Programme{{ID: "P", Spend: gbp("100")}, {ID: "Q", Spend: gbp("100")}},
			WishList:   []Proposal{{ID: "w1", Programme: "P", Cost: gbp("10"), Benefit: 1}},
			HitList:    []Disinvestment{{ID: "h1", Programme: "Q", Saving: gbp("10"), BenefitLost: 0.5}},
		}
	}
	tests := []struct {
		name     string
		edit     func(e *Exercise)
		err      error
		list     string
		position int // one-based; 0 for headroom
		field    string
	}{
		{"no programmes", func(e *Exercise) { e.Programmes = nil }, ErrNoProgrammes, "", 0, ""},
		{"negative headroom", func(e *Exercise) { e.Headroom = gbp("-1") }, ErrNegative, "headroom", 0, ""},
		{"programme without id", func(e *Exercise) { e.Programmes[1].ID = "" }, ErrEmptyID, "programmes", 2, "ID"},
		{"duplicate programme", func(e *Exercise) { e.Programmes[1].ID = "P" }, ErrDuplicateID, "programmes", 2, "ID"},
		{"negative spend", func(e *Exercise) { e.Programmes[0].Spend = gbp("-0.01") }, ErrNegative, "programmes", 1, "Spend"},
		{"proposal without id", func(e *Exercise) { e.WishList[0].ID = "" }, ErrEmptyID, "wish list", 1, "ID"},
		{"unknown programme", func(e *Exercise) { e.WishList[0].Programme = "R" }, ErrUnknownID, "wish list", 1, "Programme"},
		{"negative cost", func(e *Exercise) { e.WishList[0].Cost = gbp("-10") }, ErrNegative, "wish list", 1, "Cost"},
		{"zero cost", func(e *Exercise) { e.WishList[0].Cost = gbp("0") }, ErrZeroCost, "wish list", 1, "Cost"},
		{"NaN benefit", func(e *Exercise) { e.WishList[0].Benefit = math.NaN() }, ErrNotFinite, "wish list", 1, "Benefit"},
		{"infinite benefit", func(e *Exercise) { e.WishList[0].Benefit = math.Inf(1) }, ErrNotFinite, "wish list", 1, "Benefit"},
		{"negative benefit", func(e *Exercise) { e.WishList[0].Benefit = -1 }, ErrNegative, "wish list", 1, "Benefit"},
		{"duplicate across lists", func(e *Exercise) { e.HitList[0].ID = "w1" }, ErrDuplicateID, "hit list", 1, "ID"},
		{"hit list unknown programme", func(e *Exercise) { e.HitList[0].Programme = "" }, ErrUnknownID, "hit list", 1, "Programme"},
		{"zero saving", func(e *Exercise) { e.HitList[0].Saving = gbp("0") }, ErrZeroCost, "hit list", 1, "Saving"},
		{"negative saving", func(e *Exercise) { e.HitList[0].Saving = gbp("-5") }, ErrNegative, "hit list", 1, "Saving"},
		{"NaN loss", func(e *Exercise) { e.HitList[0].BenefitLost = math.NaN() }, ErrNotFinite, "hit list", 1, "BenefitLost"},
		{"negative loss", func(e *Exercise) { e.HitList[0].BenefitLost = -0.5 }, ErrNegative, "hit list", 1, "BenefitLost"},
		{"savings exceed spend", func(e *Exercise) {
			e.HitList = append(e.HitList, Disinvestment{ID: "h2", Programme: "Q", Saving: gbp("90.01"), BenefitLost: 1})
		}, ErrExceedsSpend, "hit list", 2, "Saving"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := base()
			tt.edit(&e)
			_, err := Analyse(e)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Analyse error = %v, want %v", err, tt.err)
			}
			if perr := fault.Prefixed(err.Error(), "pbma"); perr != nil {
				t.Error(perr)
			}
			if perr := fault.Prefixed(e.Validate().Error(), "pbma"); perr != nil {
				t.Error(perr)
			}
			if tt.list == "" {
				return
			}
			var ie *ItemError
			if !errors.As(err, &ie) || ie.List != tt.list || ie.Position != tt.position || ie.Field != tt.field {
				t.Errorf("error %#v, want an *ItemError for %s %d field %q", err, tt.list, tt.position, tt.field)
			}
		})
	}
}

func TestItemErrorMessage(t *testing.T) {
	err := &ItemError{List: "wish list", Position: 2, ID: "falls", Field: "Cost", Err: ErrZeroCost}
	if got, want := err.Error(), `pbma: wish list 2 "falls" Cost: zero cost or saving`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestReasonString(t *testing.T) {
	for r := NoCheaperDisinvestment; r <= CannotFundWhole; r++ {
		if s := r.String(); s == "" || s[0] == 'R' {
			t.Errorf("Reason(%d).String() = %q", int(r), s)
		}
	}
	if got := Reason(0).String(); got != "Reason(0)" {
		t.Errorf("Reason(0).String() = %q", got)
	}
}

func TestRecommendationJSONRoundTrip(t *testing.T) {
	r, err := Analyse(generate(3, 4, 30, 2))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Recommendation
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	var bad Reason
	if err := bad.UnmarshalText([]byte("because")); err == nil {
		t.Error("UnmarshalText(because) succeeded")
	}
	if _, err := Reason(0).MarshalText(); err == nil {
		t.Error("Reason(0).MarshalText succeeded")
	}
}
