package commissioning

import (
	"errors"
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
)

func TestTornado(t *testing.T) {
	o := textbookOption()
	inputs := []Input{
		{Name: "capital", Lines: Capital, Low: 0.9, High: 1.4},
		{Name: "benefits", Lines: Benefits, Low: 0.8, High: 1.1},
		{Name: "late benefits", Lines: Benefits, Years: []int{4, 5}, Low: 0.5, High: 1},
		{Name: "elsewhere", Option: "other", Lines: AllLines, Low: 0, High: 10},
		{Name: "revenue", Lines: Revenue, Low: 0.5, High: 2},
	}
	got, err := Appraiser{}.Tornado(o, inputs...)
	if err != nil {
		t.Fatal(err)
	}
	ap, _ := Appraiser{}.Appraise(o)
	if !got.Base.Equal(ap[0].NPSV) {
		t.Errorf("Base = %v, want the appraisal's NPSV %v", got.Base, ap[0].NPSV)
	}
	// PV(benefits) = 135,451.57 so ±: 0.8 → −27,090.31, 1.1 → +13,545.16;
	// capital 100,000: 0.9 → +10,000, 1.4 → −40,000.
	// Years 4–5 benefits: 30000/1.035^4 + 30000/1.035^5 = 26,143.27 + 25,259.20, half of which is 25,701.23.
	m := investment.MustGBP
	want := Tornado{Option: "scheme", Base: m("35451.57"), Bars: []Bar{
		{Input: "capital", Low: 0.9, High: 1.4, AtLow: m("45451.57"), AtHigh: m("-4548.43"), Swing: m("50000")},
		{Input: "benefits", Low: 0.8, High: 1.1, AtLow: m("8361.26"), AtHigh: m("48996.73"), Swing: m("40635.47")},
		{Input: "late benefits", Low: 0.5, High: 1, AtLow: m("9750.34"), AtHigh: m("35451.57"), Swing: m("25701.23")},
		{Input: "revenue", Low: 0.5, High: 2, AtLow: m("35451.57"), AtHigh: m("35451.57"), Swing: m("0")},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tornado (-want +got):\n%s", diff)
	}
	if s := got.String(); len(s) == 0 {
		t.Errorf("String is empty")
	}
}

func TestTwoWay(t *testing.T) {
	o := textbookOption()
	x := Input{Name: "capital", Lines: Capital}
	y := Input{Name: "benefits", Lines: Benefits}
	got, err := Appraiser{}.TwoWay(o, x, y, []float64{1, 1.5}, []float64{0.5, 1})
	if err != nil {
		t.Fatal(err)
	}
	m := investment.MustGBP
	want := [][]investment.Money{
		{m("-32274.21"), m("35451.57")},
		{m("-82274.21"), m("-14548.43")},
	}
	if diff := cmp.Diff(want, got.NPSV); diff != "" {
		t.Errorf("TwoWay NPSV (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(got, wiretest.ReadBack(t, got)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestSensitivityErrors(t *testing.T) {
	o := textbookOption()
	cases := []struct {
		name   string
		inputs []Input
		want   error
	}{
		{"low above high", []Input{{Name: "x", Lines: Capital, Low: 2, High: 1}}, ErrLowHigh},
		{"NaN low", []Input{{Name: "x", Lines: Capital, Low: math.NaN(), High: 1}}, ErrNotFinite},
		{"no lines", []Input{{Name: "x", Low: 1, High: 1}}, ErrNoLines},
		{"unknown lines", []Input{{Name: "x", Lines: 64, Low: 1, High: 1}}, ErrNoLines},
		{"unnamed", []Input{{Lines: Capital}}, ErrEmptyID},
		{"duplicate name", []Input{{Name: "x", Lines: Capital}, {Name: "x", Lines: Revenue}}, ErrDuplicateID},
		{"negative year", []Input{{Name: "x", Lines: Capital, Years: []int{-1}}}, ErrNegative},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Appraiser{}.Tornado(o, c.inputs...)
			if !isErr(err, c.want) {
				t.Fatalf("Tornado: error %v, want %v", err, c.want)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %T is not an *InputError", err)
			}
		})
	}
	x := Input{Name: "x", Lines: Capital}
	y := Input{Name: "y", Lines: Benefits}
	if _, err := (Appraiser{}).TwoWay(o, x, y, nil, []float64{1}); !isErr(err, ErrGrid) {
		t.Errorf("TwoWay with no x values: error %v", err)
	}
	if _, err := (Appraiser{}).TwoWay(o, x, y, []float64{1}, []float64{math.Inf(1)}); !isErr(err, ErrNotFinite) {
		t.Errorf("TwoWay with an infinite y: error %v", err)
	}
	if _, err := (Appraiser{}).TwoWay(o, x, Input{Name: "x", Lines: Benefits}, []float64{1}, []float64{1}); !isErr(err, ErrDuplicateID) {
		t.Errorf("TwoWay with one name twice: error %v", err)
	}
	if _, err := (Appraiser{}).TwoWay(o, x, Input{Name: "y", Option: "other", Lines: Benefits}, []float64{1}, []float64{1}); !isErr(err, ErrUnknownID) {
		t.Errorf("TwoWay with an input for another option: error %v", err)
	}
}
