package needs

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPopulationCount(t *testing.T) {
	p := New()
	mustSet(t, p, "A", 2020, Female, ramp(100, 1)) // age a: 100 + a
	mustSet(t, p, "A", 2020, Male, flat(50))
	p.SetName("A", "Area A")

	tests := []struct {
		sex  Sex
		band Band
		want float64
	}{
		{Female, Band{65, 69}, 5*100 + 65 + 66 + 67 + 68 + 69},
		{Male, Band{65, 69}, 250},
		{All, Band{65, 69}, 5*100 + 335 + 250},
		{Female, Band{90, Open}, 190},
		{Male, Band{0, Open}, 50 * NumAges},
		{Female, Age(0), 100},
	}
	for _, tt := range tests {
		got, err := p.Count("A", 2020, tt.sex, tt.band)
		if err != nil || got != tt.want {
			t.Errorf("Count(A, 2020, %v, %v) = %v, %v, want %v", tt.sex, tt.band, got, err, tt.want)
		}
	}
	if p.Name("A") != "Area A" || p.Name("B") != "B" {
		t.Errorf("Name wrong: %q %q", p.Name("A"), p.Name("B"))
	}
	total, _ := p.Total("A", 2020, All)
	if total != 100*NumAges+90*91/2+50*NumAges {
		t.Errorf("Total = %v", total)
	}
}

func TestPopulationCountErrors(t *testing.T) {
	p := New()
	mustSet(t, p, "A", 2020, Female, flat(1))
	tests := []struct {
		name string
		area string
		year int
		sex  Sex
		band Band
		want error
	}{
		{"area missing", "B", 2020, Female, Band{0, 4}, ErrAreaNotFound},
		{"year missing", "A", 2021, Female, Band{0, 4}, ErrYearNotFound},
		{"sex missing", "A", 2020, Male, Band{0, 4}, ErrSexNotFound},
		{"all needs both", "A", 2020, All, Band{0, 4}, ErrSexNotFound},
		{"closed band past 90", "A", 2020, Female, Band{90, 94}, ErrBandBeyondData},
		{"band above 90", "A", 2020, Female, Band{95, Open}, ErrBandBeyondData},
		{"bad band", "A", 2020, Female, Band{5, 1}, ErrBadBand},
	}
	for _, tt := range tests {
		if _, err := p.Count(tt.area, tt.year, tt.sex, tt.band); !errors.Is(err, tt.want) {
			t.Errorf("%s: Count error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestPopulationSetErrors(t *testing.T) {
	nan := flat(1)
	nan[3] = nanValue()
	neg := flat(1)
	neg[90] = -1
	huge := flat(1)
	huge[10] = 2e9
	tests := []struct {
		name   string
		area   string
		year   int
		sex    Sex
		counts []float64
		want   error
	}{
		{"NaN", "A", 2020, Female, nan, ErrNotFinite},
		{"negative", "A", 2020, Female, neg, ErrNegative},
		{"huge", "A", 2020, Female, huge, ErrCountRange},
		{"short", "A", 2020, Female, make([]float64, 90), ErrMissingAge},
		{"year", "A", 1200, Female, flat(1), ErrBadYear},
		{"area", " ", 2020, Female, flat(1), ErrBadArea},
		{"sex", "A", 2020, Sex(7), flat(1), ErrUnknownSex},
	}
	for _, tt := range tests {
		if err := New().Set(tt.area, tt.year, tt.sex, tt.counts); !errors.Is(err, tt.want) {
			t.Errorf("%s: Set error = %v, want %v", tt.name, err, tt.want)
		}
	}
	p := New()
	mustSet(t, p, "A", 2020, Female, flat(10))
	mustSet(t, p, "A", 2020, Male, flat(10))
	if err := p.Set("A", 2020, All, flat(22)); !errors.Is(err, ErrSexMismatch) {
		t.Errorf("All ≠ F+M: error = %v, want ErrSexMismatch", err)
	}
	mustSet(t, p, "A", 2020, All, flat(21)) // within SexTolerance
}

func nanValue() float64 { var z float64; return z / z }

func TestPopulationBandedAndIterators(t *testing.T) {
	p := New()
	mustSet(t, p, "B", 2021, Female, flat(2))
	mustSet(t, p, "B", 2021, Male, flat(3))
	mustSet(t, p, "A", 2020, Female, flat(1))
	got, err := p.Banded("B", 2021, All, FiveYearBands(0, 90))
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Repeat([]float64{25}, 18)
	want = append(want, 5)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Banded (-want +got):\n%s", diff)
	}
	if _, err := p.Banded("B", 2021, All, []Band{{0, 4}, {4, 9}}); !errors.Is(err, ErrBandOverlap) {
		t.Errorf("Banded with overlap: %v", err)
	}
	var keys []string
	for s := range p.Series() {
		keys = append(keys, s.Area+s.Sex.String())
		s.Counts[0] = -99 // must not alias the population
	}
	if diff := cmp.Diff([]string{"AFemale", "BFemale", "BMale"}, keys); diff != "" {
		t.Errorf("Series order (-want +got):\n%s", diff)
	}
	if c, _ := p.Count("A", 2020, Female, Age(0)); c != 1 {
		t.Errorf("Series handed out an internal slice")
	}
	n, sum := 0, 0.0
	for c := range p.Cells() {
		n++
		sum += c.Count
		if c.Age < 0 || c.Age > TopAge {
			t.Errorf("cell age %d", c.Age)
		}
	}
	if n != 3*NumAges || sum != 6*NumAges {
		t.Errorf("Cells: %d cells summing %v", n, sum)
	}
	var bands int
	for b, fm := range p.BandCounts("B", 2021, FiveYearBands(60, 90)) {
		bands++
		if b.IsOpen() && fm != [2]float64{2, 3} {
			t.Errorf("BandCounts 90+ = %v", fm)
		}
	}
	if bands != 7 {
		t.Errorf("BandCounts gave %d bands", bands)
	}
	if diff := cmp.Diff([]int{2020, 2021}, p.Years("")); diff != "" {
		t.Errorf("Years (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Area{{Code: "A"}, {Code: "B"}}, p.Areas()); diff != "" {
		t.Errorf("Areas (-want +got):\n%s", diff)
	}
}

func TestPopulationSum(t *testing.T) {
	p := New()
	for i, loc := range []string{"L1", "L2", "L3"} {
		for _, y := range []int{2020, 2021} {
			mustSet(t, p, loc, y, Female, flat(float64(i+1)))
			mustSet(t, p, loc, y, Male, flat(float64(10*(i+1))))
		}
	}
	if err := p.Sum("P", "Partnership", "L1", "L2", "L3"); err != nil {
		t.Fatal(err)
	}
	for _, y := range []int{2020, 2021} {
		f, _ := p.Count("P", y, Female, Age(40))
		m, err := p.Count("P", y, Male, Band{90, Open})
		if err != nil {
			t.Fatal(err)
		}
		if f != 6 || m != 60 {
			t.Errorf("Sum %d: female %v, male %v, want 6 and 60", y, f, m)
		}
	}
	if p.Name("P") != "Partnership" {
		t.Errorf("Sum did not name the area")
	}
	mustSet(t, p, "L4", 2020, Female, flat(1))
	tests := []struct {
		name  string
		code  string
		parts []string
		want  error
	}{
		{"missing part", "Q", []string{"L1", "X"}, ErrAreaNotFound},
		{"other years", "Q", []string{"L1", "L4"}, ErrMismatch},
		{"no parts", "Q", nil, ErrBadArgument},
		{"self", "L1", []string{"L1", "L2"}, ErrBadArgument},
		{"bad code", "", []string{"L1"}, ErrBadArea},
	}
	for _, tt := range tests {
		if err := p.Sum(tt.code, "", tt.parts...); !errors.Is(err, tt.want) {
			t.Errorf("%s: Sum error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestPopulationJSONRoundTrip(t *testing.T) {
	p := New()
	mustSet(t, p, "S37000028", 2022, Female, ramp(0.1, 1.0/3))
	mustSet(t, p, "S37000028", 2022, Male, ramp(1e-7, 12345.678))
	mustSet(t, p, "S37000028", 2022, All, addSeries(ramp(0.1, 1.0/3), ramp(1e-7, 12345.678)))
	p.SetName("S37000028", "South Lanarkshire")
	p.SetName("X", "Name without data")
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q Population
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	if !p.Equal(&q) {
		t.Errorf("JSON round trip lost data:\n%s", b)
	}
	if !p.Clone().Equal(p) {
		t.Errorf("Clone not equal")
	}
	for _, bad := range []string{
		`{"series":[{"area":"A","year":2020,"sex":"Female","counts":[1]}]}`,
		`{"series":[{"area":"A","year":2020,"sex":"Q","counts":[]}]}`,
		`{"series":[{"area":"A","year":20200,"sex":"Female","counts":[]}]}`,
		`[`,
	} {
		var r Population
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
	dup, _ := json.Marshal(populationJSON{Series: []Series{{"A", 2020, Female, flat(1)}, {"A", 2020, Female, flat(1)}}})
	var r Population
	if err := json.Unmarshal(dup, &r); !errors.Is(err, ErrDuplicateRow) {
		t.Errorf("duplicate series: %v", err)
	}
}

func addSeries(a, b []float64) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = a[i] + b[i]
	}
	return out
}

// Readers may run concurrently, even the first after unsorted writes
// (run with -race).
func TestPopulationConcurrentReads(t *testing.T) {
	p := New()
	for _, a := range []string{"C", "A", "B"} {
		mustSet(t, p, a, 2020, Female, flat(1))
		mustSet(t, p, a, 2020, Male, flat(1))
	}
	done := make(chan []Area)
	for range 4 {
		go func() {
			for range p.Series() {
			}
			done <- p.Areas()
		}()
	}
	for range 4 {
		if got := <-done; len(got) != 3 || got[0].Code != "A" || got[2].Code != "C" {
			t.Errorf("Areas = %v", got)
		}
	}
}

func TestPopulationChangeAndDependency(t *testing.T) {
	p := New()
	mustSet(t, p, "A", 2022, Female, flat(100))
	mustSet(t, p, "A", 2022, Male, flat(100))
	mustSet(t, p, "A", 2030, Female, flat(130))
	mustSet(t, p, "A", 2030, Male, flat(120))
	g, err := p.Change("A", All, Band{85, Open}, 2022, 2030)
	if err != nil || !near(g, 0.25, 1e-15) {
		t.Errorf("Change = %v, %v, want 0.25", g, err)
	}
	// 26 ages 65+ over 49 ages 16-64.
	d, err := p.DependencyRatio("A", 2022)
	if err != nil || !near(d, 26.0/49, 1e-15) {
		t.Errorf("DependencyRatio = %v, %v", d, err)
	}
	mustSet(t, p, "Z", 2022, Female, make([]float64, NumAges))
	mustSet(t, p, "Z", 2022, Male, make([]float64, NumAges))
	if _, err := p.Change("Z", All, Band{85, Open}, 2022, 2022); !errors.Is(err, ErrZeroDenominator) {
		t.Errorf("Change from zero: %v", err)
	}
	if _, err := p.DependencyRatio("Z", 2022); !errors.Is(err, ErrZeroDenominator) {
		t.Errorf("DependencyRatio of nobody: %v", err)
	}
	if _, err := p.Change("A", All, Band{85, Open}, 2022, 2040); !errors.Is(err, ErrYearNotFound) {
		t.Errorf("Change to missing year: %v", err)
	}
}
