package commissioning

import (
	"errors"
	"math"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// TestOptimismBoundsTable checks the built-in table against the
// supplementary guidance's Table 1 (HM Treasury, Supplementary Green Book Guidance: Optimism
// Bias, 2003).
func TestOptimismBoundsTable(t *testing.T) {
	want := map[Category][2][2]string{
		NonStandardBuildings:        {{"0.39", "0.02"}, {"0.51", "0.04"}},
		StandardBuildings:           {{"0.04", "0.01"}, {"0.24", "0.02"}},
		NonStandardCivilEngineering: {{"0.25", "0.03"}, {"0.66", "0.06"}},
		StandardCivilEngineering:    {{"0.2", "0.01"}, {"0.44", "0.03"}},
		EquipmentDevelopment:        {{"0.54", "0.1"}, {"2", "0.1"}},
		Outsourcing:                 {{"", ""}, {"0.41", "0"}},
	}
	for c, rows := range want {
		for m, row := range rows {
			b, err := OptimismBounds(c, Measure(m))
			if row[0] == "" {
				if !isErr(err, ErrNotApplicable) {
					t.Errorf("OptimismBounds(%v, %v): error %v, want ErrNotApplicable", c, Measure(m), err)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if !b.Upper.Equal(decimal.RequireFromString(row[0])) || !b.Lower.Equal(decimal.RequireFromString(row[1])) {
				t.Errorf("OptimismBounds(%v, %v) = %v/%v, want %s/%s", c, Measure(m), b.Upper, b.Lower, row[0], row[1])
			}
		}
	}
}

// TestOptimismMixedProject: 30% non-standard and 70% standard buildings
// give a capital-cost bias of 0.3 × 51% + 0.7 × 24% = 32.1% (HM Treasury,
// Supplementary Green Book Guidance: Optimism Bias, 2003, mixed projects).
func TestOptimismMixedProject(t *testing.T) {
	b := OptimismBias{Shares: []Share{{NonStandardBuildings, 0.3}, {StandardBuildings, 0.7}}}
	r, err := b.Rate(CapitalCost)
	if err != nil {
		t.Fatal(err)
	}
	if want := decimal.RequireFromString("0.321"); !r.Equal(want) {
		t.Errorf("Rate = %v, want %v", r, want)
	}
	d, err := b.Rate(WorksDuration)
	if err != nil {
		t.Fatal(err)
	}
	if want := decimal.RequireFromString("0.145"); !d.Equal(want) { // 0.3 × 39% + 0.7 × 4%
		t.Errorf("works duration Rate = %v, want %v", d, want)
	}
}

// TestOptimismMitigation: £100m of non-standard building with 92% of the
// 51% upper bound mitigated is £104m, and £111m with £7m of mitigation cost
// (HM Treasury, Supplementary Green Book Guidance: Optimism Bias, 2003,
// worked example).
func TestOptimismMitigation(t *testing.T) {
	b := OptimismBias{Shares: []Share{{NonStandardBuildings, 1}}, Mitigation: 0.92}
	got, err := b.Adjust(investment.MustGBP("100000000"), CapitalCost)
	if err != nil {
		t.Fatal(err)
	}
	if want := investment.MustGBP("104080000"); !got.Equal(want) {
		t.Errorf("Adjust = %v, want %v (4.08%%)", got, want)
	}
	if s := got.FormatIn(investment.Million); s != "£104.080m" {
		t.Errorf("Format = %s", s)
	}
	if r := got.Round(investment.Million); !r.Equal(investment.MustGBP("104000000")) {
		t.Errorf("to the million %v, want £104m", r)
	}
	total := got.Add(investment.MustGBP("7000000")).Round(investment.Million)
	if !total.Equal(investment.MustGBP("111000000")) {
		t.Errorf("with mitigation cost %v, want £111m", total)
	}
}

func TestOptimismRatesSplit(t *testing.T) {
	b := OptimismBias{Shares: []Share{{StandardBuildings, 0.5}, {Outsourcing, 0.5}}, Mitigation: 0.5}
	c, err := b.CapitalRate()
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.RevenueRate()
	if err != nil {
		t.Fatal(err)
	}
	if !c.Equal(decimal.RequireFromString("0.06")) || !r.Equal(decimal.RequireFromString("0.1025")) {
		t.Errorf("CapitalRate %v, RevenueRate %v; want 0.06, 0.1025", c, r)
	}
	if _, err := b.Rate(WorksDuration); !isErr(err, ErrNotApplicable) {
		t.Errorf("works duration of an outsourcing mix: error %v, want ErrNotApplicable", err)
	}
}

func TestOptimismErrors(t *testing.T) {
	cases := []struct {
		name string
		b    OptimismBias
		want error
	}{
		{"unknown category", OptimismBias{Shares: []Share{{Category(0), 1}}}, ErrUnknownCategory},
		{"shares under 1", OptimismBias{Shares: []Share{{StandardBuildings, 0.5}, {NonStandardBuildings, 0.4}}}, ErrShares},
		{"shares over 1", OptimismBias{Shares: []Share{{StandardBuildings, 0.7}, {NonStandardBuildings, 0.4}}}, ErrShares},
		{"negative share", OptimismBias{Shares: []Share{{StandardBuildings, 1.5}, {NonStandardBuildings, -0.5}}}, ErrShares},
		{"repeated category", OptimismBias{Shares: []Share{{StandardBuildings, 0.5}, {StandardBuildings, 0.5}}}, ErrShares},
		{"NaN share", OptimismBias{Shares: []Share{{StandardBuildings, math.NaN()}}}, ErrNotFinite},
		{"mitigation above 1", OptimismBias{Shares: []Share{{StandardBuildings, 1}}, Mitigation: 1.2}, ErrMitigation},
		{"mitigation negative", OptimismBias{Mitigation: -0.1}, ErrMitigation},
		{"mitigation NaN", OptimismBias{Mitigation: math.NaN()}, ErrNotFinite},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.b.Validate()
			if !isErr(err, c.want) {
				t.Fatalf("Validate: error %v, want %v", err, c.want)
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("error %T is not a *FieldError", err)
			}
			if _, err := c.b.Rate(CapitalCost); !isErr(err, c.want) {
				t.Errorf("Rate: error %v, want %v", err, c.want)
			}
		})
	}
	if _, err := OptimismBounds(Category(99), CapitalCost); !isErr(err, ErrUnknownCategory) {
		t.Errorf("OptimismBounds(99): error %v", err)
	}
	if _, err := ParseCategory("bridges"); !isErr(err, ErrUnknownCategory) {
		t.Errorf("ParseCategory: error %v", err)
	}
}

func TestCategoryText(t *testing.T) {
	for c := NonStandardBuildings; c <= Outsourcing; c++ {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Category
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("%v → %q → %v, %v", c, b, back, err)
		}
	}
	if c, err := ParseCategory(" Non-Standard Civil-Engineering "); err != nil || c != NonStandardCivilEngineering {
		t.Errorf("ParseCategory = %v, %v", c, err)
	}
	ob := OptimismBias{Shares: []Share{{EquipmentDevelopment, 0.25}, {Outsourcing, 0.75}}, Mitigation: 0.3}
	if diff := cmp.Diff(ob, wiretest.ReadBack(t, ob)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
