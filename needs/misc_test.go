package needs

import (
	"errors"
	"testing"
)

func TestMustPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"MustParseBand": func() { MustParseBand("x") },
		"MustRates":     func() { MustRates(RatesSpec{}) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic on bad input", name)
				}
			}()
			f()
		}()
	}
}

func TestAgesAndEqual(t *testing.T) {
	p := New()
	mustSet(t, p, "A", 2020, Female, ramp(1, 1))
	a, err := p.Ages("A", 2020, Female)
	if err != nil || len(a) != NumAges || a[90] != 91 {
		t.Fatalf("Ages = %v, %v", a, err)
	}
	a[0] = 999 // a copy
	if c, _ := p.Count("A", 2020, Female, Age(0)); c != 1 {
		t.Errorf("Ages handed out the internal slice")
	}
	if _, err := p.Ages("A", 2021, Female); !errors.Is(err, ErrYearNotFound) {
		t.Errorf("Ages of missing year: %v", err)
	}
	q := p.Clone()
	mustSet(t, q, "A", 2020, Female, ramp(1, 2))
	if p.Equal(q) {
		t.Errorf("populations with different counts are Equal")
	}
	r := p.Clone()
	r.SetName("A", "other")
	if p.Equal(r) {
		t.Errorf("populations with different names are Equal")
	}
	s := p.Clone()
	mustSet(t, s, "B", 2020, Female, ramp(1, 1))
	if p.Equal(s) {
		t.Errorf("populations with different series are Equal")
	}
}

func TestProjectionRatesAccessor(t *testing.T) {
	p := New()
	mustSet(t, p, "A", 2020, Female, flat(1))
	mustSet(t, p, "A", 2020, Male, flat(1))
	r := MustRates(RatesSpec{Condition: "x", Bands: []Band{{0, Open}}, Female: []float64{0.5}})
	pr, err := Project(p, []Rates{r}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pr.Rates("x")
	if err != nil || !got.Equal(r) {
		t.Errorf("Rates(x) = %v, %v", got, err)
	}
	if _, err := pr.Rates("y"); !errors.Is(err, ErrConditionNotFound) {
		t.Errorf("Rates(y) = %v", err)
	}
	if _, err := pr.Total("x", "A", 2020, Sex(5)); !errors.Is(err, ErrUnknownSex) {
		t.Errorf("Total with bad sex: %v", err)
	}
	other, _ := Project(p, []Rates{MustRates(RatesSpec{Condition: "x", Bands: []Band{{0, Open}}, Female: []float64{0.4}})}, nil, nil)
	if pr.Equal(other) {
		t.Errorf("projections with different rates are Equal")
	}
	if (Kind(7)).String() != "Kind(7)" {
		t.Errorf("Kind(7).String() = %q", Kind(7).String())
	}
	if _, err := Kind(7).MarshalText(); !errors.Is(err, ErrBadRates) {
		t.Errorf("Kind(7).MarshalText: %v", err)
	}
}
