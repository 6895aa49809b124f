package commissioning

import (
	"errors"
	"math"
	"testing"
)

// TestDistributionalWeight reproduces The Green Book 2022, annex
// A3: a benefit to a household on £20,000 against a reference income of
// £40,000 weighs (40,000/20,000)^1.3 = 2.462289.
func TestDistributionalWeight(t *testing.T) {
	cases := []struct {
		y, ref, eta, want float64
	}{
		{20000, 40000, DefaultEta, 2.462289},
		{40000, 40000, DefaultEta, 1},
		{80000, 40000, DefaultEta, 0.406126},
		{20000, 40000, 0.8, 1.741101},
		{20000, 40000, 2.0, 4},
	}
	for _, c := range cases {
		got, err := DistributionalWeight(c.y, c.ref, c.eta)
		if err != nil {
			t.Fatal(err)
		}
		if !approx(got, c.want, 5e-7) {
			t.Errorf("DistributionalWeight(%v, %v, %v) = %.7f, want %v", c.y, c.ref, c.eta, got, c.want)
		}
	}
}

func TestEquityFactor(t *testing.T) {
	e := Equity{Reference: 30000, Groups: []IncomeGroup{{"q1", 12000}, {"q3", 30000}, {"q5", 60000}}}
	got, err := e.Factor([]GroupShare{{"q1", 0.5}, {"q3", 0.25}, {"q5", 0.25}})
	if err != nil {
		t.Fatal(err)
	}
	want := 0.5*math.Pow(2.5, 1.3) + 0.25 + 0.25*math.Pow(0.5, 1.3)
	if !approx(got, want, 1e-12) {
		t.Errorf("Factor = %v, want %v", got, want)
	}
	if f, err := e.Factor(nil); err != nil || f != 1 {
		t.Errorf("Factor(nil) = %v, %v; want 1", f, err)
	}
}

func TestDistributionalErrors(t *testing.T) {
	weightCases := []struct {
		y, ref, eta float64
		want        error
	}{
		{0, 40000, 1.3, ErrIncome},
		{-5, 40000, 1.3, ErrIncome},
		{20000, 0, 1.3, ErrIncome},
		{20000, 40000, 0, ErrEta},
		{20000, 40000, -1, ErrEta},
		{math.NaN(), 40000, 1.3, ErrNotFinite},
		{20000, math.Inf(1), 1.3, ErrNotFinite},
	}
	for _, c := range weightCases {
		if _, err := DistributionalWeight(c.y, c.ref, c.eta); !isErr(err, c.want) {
			t.Errorf("DistributionalWeight(%v, %v, %v): error %v, want %v", c.y, c.ref, c.eta, err, c.want)
		}
	}
	e := Equity{Reference: 1, Groups: []IncomeGroup{{"a", 1}}}
	factorCases := []struct {
		name   string
		e      Equity
		shares []GroupShare
		want   error
	}{
		{"unknown group", e, []GroupShare{{"b", 1}}, ErrUnknownID},
		{"shares not 1", e, []GroupShare{{"a", 0.5}}, ErrShares},
		{"negative share", Equity{Reference: 1, Groups: []IncomeGroup{{"a", 1}, {"b", 2}}}, []GroupShare{{"a", 1.5}, {"b", -0.5}}, ErrShares},
		{"NaN share", e, []GroupShare{{"a", math.NaN()}}, ErrNotFinite},
		{"duplicate group", Equity{Reference: 1, Groups: []IncomeGroup{{"a", 1}, {"a", 2}}}, nil, ErrDuplicateID},
		{"unnamed group", Equity{Reference: 1, Groups: []IncomeGroup{{"", 1}}}, nil, ErrEmptyID},
		{"group income zero", Equity{Reference: 1, Groups: []IncomeGroup{{"a", 0}}}, nil, ErrIncome},
	}
	for _, c := range factorCases {
		t.Run(c.name, func(t *testing.T) {
			_, err := c.e.Factor(c.shares)
			if !isErr(err, c.want) {
				t.Fatalf("Factor: error %v, want %v", err, c.want)
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("error %T is not a *FieldError", err)
			}
		})
	}
}
