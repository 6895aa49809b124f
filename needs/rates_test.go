package needs

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestNewRatesErrors(t *testing.T) {
	bands := FiveYearBands(65, 90)
	ok := []float64{0.01, 0.02, 0.05, 0.1, 0.2, 0.3}
	tests := []struct {
		name string
		spec RatesSpec
		want error
	}{
		{"prevalence above 1", RatesSpec{Condition: "x", Bands: bands, Female: []float64{0.01, 0.02, 0.05, 0.1, 0.2, 1.3}}, ErrPrevalenceRange},
		{"negative activity", RatesSpec{Condition: "x", Kind: Activity, Bands: bands, Female: []float64{0.01, -0.02, 0.05, 0.1, 0.2, 0.3}}, ErrNegative},
		{"NaN rate", RatesSpec{Condition: "x", Kind: Activity, Bands: bands, Female: ok, Male: []float64{0.01, nanValue(), 0.05, 0.1, 0.2, 0.3}}, ErrNotFinite},
		{"overlapping bands", RatesSpec{Condition: "x", Bands: []Band{{65, 74}, {70, Open}}, Female: []float64{0.1, 0.2}}, ErrBandOverlap},
		{"gapped bands", RatesSpec{Condition: "x", Bands: []Band{{65, 69}, {75, Open}}, Female: []float64{0.1, 0.2}}, ErrBandGap},
		{"wrong length", RatesSpec{Condition: "x", Bands: bands, Female: ok[:5]}, ErrBadRates},
		{"no condition", RatesSpec{Bands: bands, Female: ok}, ErrBadRates},
		{"bad kind", RatesSpec{Condition: "x", Kind: 9, Bands: bands, Female: ok}, ErrBadRates},
		{"note not UTF-8", RatesSpec{Condition: "x", Bands: bands, Female: ok, Provenance: Provenance{Note: "\xff"}}, ErrEncoding},
	}
	for _, tt := range tests {
		if _, err := NewRates(tt.spec); !errors.Is(err, tt.want) {
			t.Errorf("%s: NewRates error = %v, want %v", tt.name, err, tt.want)
		}
	}
	// Activity rates may exceed 1.
	if _, err := NewRates(RatesSpec{Condition: "bed days", Kind: Activity, Bands: bands, Female: []float64{1, 2, 3, 4, 5, 6}}); err != nil {
		t.Errorf("activity above 1: %v", err)
	}
}

// The acceptance figure of the POPPI method: 10,000 men aged 65–69 at 1.5%
// prevalence are 150 expected cases.
func TestPOPPI150Cases(t *testing.T) {
	p := New()
	men := make([]float64, NumAges)
	for a := 65; a <= 69; a++ {
		men[a] = 2000
	}
	mustSet(t, p, "A", 2025, Male, men)
	mustSet(t, p, "A", 2025, Female, make([]float64, NumAges))
	r := MustRates(RatesSpec{Condition: "condition", Bands: []Band{{65, 69}}, Female: []float64{0.02}, Male: []float64{0.015}})
	pr, err := Project(p, []Rates{r}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pr.Cases("condition", "A", 2025, Male, Band{65, 69})
	if err != nil || !near(got, 150, 1e-9) {
		t.Errorf("Cases = %v, %v, want 150", got, err)
	}
}

// The POPPI rule for an open top band: r(90–94) 30% on 400 people and r(95+)
// 40% on 100 give r(90+) = (0.3·400 + 0.4·100)/500 = 32%.
func TestPooledRateOpenBand(t *testing.T) {
	got, err := PooledRate([]float64{0.30, 0.40}, []float64{400, 100})
	if err != nil || !near(got, 0.32, 1e-15) {
		t.Errorf("PooledRate = %v, %v, want 0.32", got, err)
	}
	r := MustRates(RatesSpec{
		Condition: "dementia",
		Bands:     []Band{{85, 89}, {90, 94}, {95, Open}},
		Female:    []float64{0.2, 0.30, 0.40},
		Male:      []float64{0.1, 0.20, 0.25},
	})
	c, err := r.Collapse(Band{90, Open}, []float64{400, 100}, []float64{300, 0})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Bands(); len(got) != 2 || got[1] != (Band{90, Open}) {
		t.Fatalf("Collapse bands = %v", got)
	}
	if f, _ := c.Rate(Female, Band{90, Open}); !near(f, 0.32, 1e-15) {
		t.Errorf("collapsed female 90+ = %v, want 0.32", f)
	}
	if m, _ := c.Rate(Male, Band{90, Open}); !near(m, 0.20, 1e-15) {
		t.Errorf("collapsed male 90+ = %v, want 0.20", m)
	}
	if f, _ := c.Rate(Female, Band{85, 89}); f != 0.2 {
		t.Errorf("untouched band changed: %v", f)
	}
	for _, bad := range []struct {
		into Band
		f, m []float64
		want error
	}{
		{Band{91, Open}, []float64{1}, []float64{1}, ErrBandNotFound},
		{Band{90, Open}, []float64{1}, []float64{1, 1}, ErrBadArgument},
		{Band{90, Open}, []float64{0, 0}, []float64{1, 1}, ErrZeroDenominator},
	} {
		if _, err := r.Collapse(bad.into, bad.f, bad.m); !errors.Is(err, bad.want) {
			t.Errorf("Collapse(%v, %v, %v) = %v, want %v", bad.into, bad.f, bad.m, err, bad.want)
		}
	}
	for _, bad := range [][2][]float64{{{0.1}, {1, 2}}, {nil, nil}, {{-0.1}, {1}}, {{0.1}, {-1}}} {
		if _, err := PooledRate(bad[0], bad[1]); !errors.Is(err, ErrBadArgument) {
			t.Errorf("PooledRate(%v, %v) = %v, want ErrBadArgument", bad[0], bad[1], err)
		}
	}
}

func TestRatesAccessorsAndJSON(t *testing.T) {
	prov := Provenance{Source: "test", Year: 2024, Licence: "OGL v3.0", Note: "illustrative"}
	r := MustRates(RatesSpec{Condition: "admissions", Kind: Activity, Unit: "admissions per person per year",
		Bands: FiveYearBands(65, 90), Female: []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, Provenance: prov})
	if r.Kind() != Activity || r.Unit() == "" || r.Provenance() != prov || r.Condition() != "admissions" {
		t.Errorf("accessors wrong: %+v", r)
	}
	if m, _ := r.Rate(Male, Band{70, 74}); m != 0.2 {
		t.Errorf("nil Male should equal Female, got %v", m)
	}
	if r.AtAge(Female, 92) != 0.6 || r.AtAge(Female, 40) != 0 || r.AtAge(All, 70) != 0 {
		t.Errorf("AtAge wrong")
	}
	if _, err := r.Rate(All, Band{70, 74}); !errors.Is(err, ErrUnknownSex) {
		t.Errorf("Rate(All) = %v", err)
	}
	if _, err := r.Rate(Female, Band{70, 79}); !errors.Is(err, ErrBandNotFound) {
		t.Errorf("Rate(70-79) = %v", err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Rates
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(r) {
		t.Errorf("JSON round trip: %s", b)
	}
	bad := []byte(`{"condition":"x","kind":"prevalence","bands":["65+"],"female":[1.5],"male":[0.1]}`)
	if err := json.Unmarshal(bad, &back); !errors.Is(err, ErrPrevalenceRange) {
		t.Errorf("Unmarshal prevalence 1.5: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"condition":"x","kind":"rate","bands":["65+"],"female":[0.1],"male":[0.1]}`), &back); err == nil {
		t.Errorf("Unmarshal of unknown kind succeeded")
	}
}
