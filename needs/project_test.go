package needs

import (
	"encoding/json"
	"errors"
	"testing"
)

func projectFixture(t *testing.T) *Population {
	t.Helper()
	p := New()
	for _, area := range []string{"A", "B"} {
		for i, y := range []int{2022, 2023, 2024} {
			mustSet(t, p, area, y, Female, flat(100+float64(i)*10))
			mustSet(t, p, area, y, Male, flat(80+float64(i)*10))
		}
	}
	p.SetName("A", "Area A")
	return p
}

func TestProjectSeveralConditions(t *testing.T) {
	p := projectFixture(t)
	dementia := MustRates(RatesSpec{Condition: "dementia", Bands: FiveYearBands(65, 90),
		Female: []float64{0.01, 0.03, 0.06, 0.12, 0.2, 0.3}, Male: []float64{0.015, 0.03, 0.06, 0.1, 0.18, 0.25}})
	falls := MustRates(RatesSpec{Condition: "falls", Kind: Activity, Bands: []Band{{65, 79}, {80, Open}},
		Female: []float64{0.05, 0.2}, Male: []float64{0.04, 0.15}})
	pr, err := Project(p, []Rates{dementia, falls}, []string{"A", "B"}, []int{2022, 2024})
	if err != nil {
		t.Fatal(err)
	}
	// Female 65-69 in 2024: 5 ages × 120 people × 1% = 6.
	got, _ := pr.Cases("dementia", "A", 2024, Female, Band{65, 69})
	if !near(got, 6, 1e-12) {
		t.Errorf("Cases dementia A 2024 F 65-69 = %v, want 6", got)
	}
	// Male 90+ 2022: 80 × 25% = 20; All = 20 + 100 × 30% = 50.
	if got, _ := pr.Cases("dementia", "B", 2022, All, Band{90, Open}); !near(got, 50, 1e-12) {
		t.Errorf("Cases dementia B 2022 All 90+ = %v, want 50", got)
	}
	// Falls female 2022: 15 × 100 × 0.05 + 11 × 100 × 0.2 = 75 + 220 = 295.
	if got, _ := pr.Total("falls", "A", 2022, Female); !near(got, 295, 1e-9) {
		t.Errorf("Total falls A 2022 F = %v, want 295", got)
	}
	// Every count grows: female 100 → 120, male 80 → 100.
	g, err := pr.Growth("falls", "A", 2022, 2024)
	t22, _ := pr.Total("falls", "A", 2022, All)
	t24, _ := pr.Total("falls", "A", 2024, All)
	if err != nil || !near(g, t24/t22-1, 1e-15) || g <= 0 {
		t.Errorf("Growth = %v, %v", g, err)
	}
	var rows int
	var sum float64
	for r := range pr.Rows() {
		rows++
		if r.Condition == "falls" && r.Area == "A" && r.Year == 2022 && r.Sex == Female {
			sum += r.Cases
		}
	}
	if rows != 2*2*2*(6+2) || !near(sum, 295, 1e-9) {
		t.Errorf("Rows: %d rows, falls sum %v", rows, sum)
	}
	if c := pr.Conditions(); len(c) != 2 || c[0] != "dementia" || c[1] != "falls" {
		t.Errorf("Conditions = %v", c)
	}
	if a := pr.Areas(); a[0].Name != "Area A" {
		t.Errorf("Areas = %v", a)
	}
	b, err := json.Marshal(pr)
	if err != nil {
		t.Fatal(err)
	}
	var back Projection
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(pr) {
		t.Errorf("JSON round trip lost data")
	}
	if err := json.Unmarshal([]byte(`{"areas":[{"code":"A"}],"years":[2022],"conditions":[{"rates":{"condition":"x","kind":"prevalence","bands":["65+"],"female":[0.1],"male":[0.1]},"cases":[1]}]}`), &back); !errors.Is(err, ErrMismatch) {
		t.Errorf("short cases: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"areas":[{"code":"A"},{"code":"A"}],"years":[2022],"conditions":[]}`), &back); !errors.Is(err, ErrDuplicateRow) {
		t.Errorf("area twice: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"areas":[{"code":"A"}],"years":[2022,2022],"conditions":[]}`), &back); !errors.Is(err, ErrDuplicateRow) {
		t.Errorf("year twice: %v", err)
	}
}

func TestProjectErrors(t *testing.T) {
	p := projectFixture(t)
	mustSet(t, p, "C", 2022, Female, flat(1))
	ok := MustRates(RatesSpec{Condition: "x", Bands: []Band{{65, Open}}, Female: []float64{0.1}})
	fine := MustRates(RatesSpec{Condition: "fine", Bands: []Band{{85, 89}, {90, 94}, {95, Open}}, Female: []float64{0.1, 0.2, 0.3}})
	tests := []struct {
		name  string
		rates []Rates
		areas []string
		years []int
		want  error
	}{
		{"area missing", []Rates{ok}, []string{"Z"}, []int{2022}, ErrAreaNotFound},
		{"year missing", []Rates{ok}, []string{"A"}, []int{2030}, ErrYearNotFound},
		{"male missing", []Rates{ok}, []string{"C"}, []int{2022}, ErrSexNotFound},
		{"bands beyond 90+", []Rates{fine}, []string{"A"}, []int{2022}, ErrBandBeyondData},
		{"no rates", nil, []string{"A"}, []int{2022}, ErrBadArgument},
		{"zero rates", []Rates{{}}, []string{"A"}, []int{2022}, ErrBadRates},
		{"condition twice", []Rates{ok, ok}, []string{"A"}, []int{2022}, ErrBadRates},
		{"area twice", []Rates{ok}, []string{"A", "A"}, []int{2022}, ErrBadArgument},
		{"year twice", []Rates{ok}, []string{"A"}, []int{2022, 2022}, ErrBadArgument},
		{"no years", []Rates{ok}, []string{"A"}, []int{}, ErrBadArgument},
	}
	for _, tt := range tests {
		if _, err := Project(p, tt.rates, tt.areas, tt.years); !errors.Is(err, tt.want) {
			t.Errorf("%s: Project error = %v, want %v", tt.name, err, tt.want)
		}
	}
	pr, err := Project(p, []Rates{ok}, []string{"A"}, []int{2022, 2023})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []struct {
		cond, area string
		year       int
		band       Band
		want       error
	}{
		{"y", "A", 2022, Band{65, Open}, ErrConditionNotFound},
		{"x", "B", 2022, Band{65, Open}, ErrAreaNotFound},
		{"x", "A", 2024, Band{65, Open}, ErrYearNotFound},
		{"x", "A", 2022, Band{65, 69}, ErrBandNotFound},
	} {
		if _, err := pr.Cases(q.cond, q.area, q.year, Female, q.band); !errors.Is(err, q.want) {
			t.Errorf("Cases(%s, %s, %d, %v) = %v, want %v", q.cond, q.area, q.year, q.band, err, q.want)
		}
	}
	zero := MustRates(RatesSpec{Condition: "none", Bands: []Band{{0, Open}}, Female: []float64{0}})
	pz, _ := Project(p, []Rates{zero}, []string{"A"}, []int{2022, 2023})
	if _, err := pz.Growth("none", "A", 2022, 2023); !errors.Is(err, ErrZeroDenominator) {
		t.Errorf("Growth from zero: %v", err)
	}
}
