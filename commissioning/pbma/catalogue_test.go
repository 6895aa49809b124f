package pbma_test

import (
	"math"
	"testing"

	"github.com/opencommissioning/scp/commissioning/pbma"
	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

// badInput is one entry of the catalogue (see badinput.Case).
type badInput struct {
	Name string
	Call func() error
	Want error
	As   func(error) bool
}

func TestCatalogue(t *testing.T) {
	itemErr := badinput.Typed[*pbma.ItemError]()
	fieldErr := badinput.Typed[*pbma.FieldError]()
	max, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	m := investment.MustGBP
	progs := []pbma.Programme{{ID: "p", Spend: m("1000")}, {ID: "q", Spend: m("1000")}}
	wish := func(id, cost string, benefit float64) pbma.Proposal {
		return pbma.Proposal{ID: id, Programme: "p", Cost: m(cost), Benefit: benefit}
	}
	hit := func(id, saving string, lost float64) pbma.Disinvestment {
		return pbma.Disinvestment{ID: id, Programme: "q", Saving: m(saving), BenefitLost: lost}
	}
	analyse := func(w []pbma.Proposal, h []pbma.Disinvestment) func() error {
		return func() error {
			return badinput.ErrOf(pbma.Analyse(pbma.Exercise{Programmes: progs, WishList: w, HitList: h, Headroom: m("10")}))
		}
	}
	cases := []badInput{
		// Totals and rates at the extremes of float64.
		{"benefits add up beyond float64", analyse([]pbma.Proposal{wish("a", "1", max), wish("b", "1", max)}, nil), pbma.ErrNotFinite, itemErr},
		{"benefit lost adds beyond float64", analyse([]pbma.Proposal{wish("a", "1", max/2)}, []pbma.Disinvestment{hit("h", "1", max)}), pbma.ErrNotFinite, itemErr},
		{"benefit per penny beyond float64", analyse([]pbma.Proposal{wish("a", "0.01", max)}, nil), pbma.ErrNotFinite, itemErr},
		{"loss per tiny saving beyond float64", analyse(nil, []pbma.Disinvestment{{ID: "h", Programme: "q", Saving: investment.FromDecimal(investment.MustGBP("1").Decimal().Shift(-400)), BenefitLost: 1}}), pbma.ErrNotFinite, itemErr},
		{"NaN benefit", analyse([]pbma.Proposal{wish("a", "1", math.NaN())}, nil), pbma.ErrNotFinite, itemErr},
		{"infinite benefit lost", analyse(nil, []pbma.Disinvestment{hit("h", "1", math.Inf(1))}), pbma.ErrNotFinite, itemErr},
		{"negative benefit", analyse([]pbma.Proposal{wish("a", "1", -tiny)}, nil), pbma.ErrNegative, itemErr},
		{"zero cost", analyse([]pbma.Proposal{wish("a", "0", 1)}, nil), pbma.ErrZeroCost, itemErr},
		{"negative cost", analyse([]pbma.Proposal{wish("a", "-1", 1)}, nil), pbma.ErrNegative, itemErr},
		{"unknown programme", analyse([]pbma.Proposal{{ID: "a", Programme: "x", Cost: m("1"), Benefit: 1}}, nil), pbma.ErrUnknownID, itemErr},
		{"duplicate item id", analyse([]pbma.Proposal{wish("a", "1", 1)}, []pbma.Disinvestment{hit("a", "1", 1)}), pbma.ErrDuplicateID, itemErr},
		{"empty item id", analyse([]pbma.Proposal{wish("", "1", 1)}, nil), pbma.ErrEmptyID, itemErr},
		{"savings exceed spend", analyse(nil, []pbma.Disinvestment{hit("h", "600", 1), hit("i", "600", 1)}), pbma.ErrExceedsSpend, itemErr},
		{"no programmes", func() error { return badinput.ErrOf(pbma.Analyse(pbma.Exercise{})) }, pbma.ErrNoProgrammes, nil},
		{"negative headroom", func() error { return pbma.Exercise{Programmes: progs, Headroom: m("-1")}.Validate() }, pbma.ErrNegative, itemErr},
		{"duplicate programme", func() error { return pbma.Exercise{Programmes: []pbma.Programme{{ID: "p"}, {ID: "p"}}}.Validate() }, pbma.ErrDuplicateID, itemErr},
		{"negative spend", func() error {
			return pbma.Exercise{Programmes: []pbma.Programme{{ID: "p", Spend: m("-0.01")}}}.Validate()
		}, pbma.ErrNegative, itemErr},
		// Reasons and JSON documents.
		{"reason text", func() error { var r pbma.Reason; return r.UnmarshalText([]byte("because")) }, pbma.ErrUnknownName, nil},
		{"reason invalid UTF-8", func() error { var r pbma.Reason; return r.UnmarshalText([]byte("\xff")) }, pbma.ErrUnknownName, nil},
		{"reason out of range marshals", func() error { return badinput.ErrOf(pbma.Reason(99).MarshalText()) }, pbma.ErrUnknownName, nil},
		{"JSON reason word", badinput.Decode[pbma.Recommendation](`{"unfunded":[{"proposal":"a","reason":"because"}]}`), pbma.ErrUnknownName, fieldErr},
		{"JSON reason number", badinput.Decode[pbma.Recommendation](`{"unfunded":[{"proposal":"a","reason":7}]}`), fault.ErrSyntax, fieldErr},
		{"JSON retained reason", badinput.Decode[pbma.Recommendation](`{"retained":[{"disinvestment":"h","reason":""}]}`), pbma.ErrUnknownName, fieldErr},
		{"JSON exercise cost word", badinput.Decode[pbma.Exercise](`{"wishList":[{"id":"a","cost":"a lot"}]}`), fault.ErrSyntax, fieldErr},
		{"JSON exercise cost Unicode garbage", badinput.Decode[pbma.Exercise](`{"wishList":[{"id":"a","cost":"£5−"}]}`), fault.ErrSyntax, fieldErr},
		{"JSON exercise benefit string", badinput.Decode[pbma.Exercise](`{"wishList":[{"id":"a","benefit":"high"}]}`), fault.ErrSyntax, fieldErr},
		{"JSON exercise unknown field", badinput.Decode[pbma.Exercise](`{"wishlist":[],"hit_list":[]}`), pbma.ErrUnknownField, fieldErr},
		{"JSON exercise headroom 1e999", badinput.Decode[pbma.Exercise](`{"headroom":1e999}`), fault.ErrRange, fieldErr},
		{"JSON recommendation unknown field", badinput.Decode[pbma.Recommendation](`{"moves":[]}`), pbma.ErrUnknownField, fieldErr},
	}
	badinput.Run(t, "pbma", cases)
}
