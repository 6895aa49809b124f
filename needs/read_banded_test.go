package needs

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// The fixtures under testdata are small files written for these tests in
// the published layouts; their counts are constructed, not official
// statistics. phs_hscp_population_estimates.csv has the columns of the PHS
// open-data "Population Estimates" HSCP file (_id, Year, HSCP, HSCPQF, Sex,
// SexQF, AllAges, Age0 … Age90plus, "d" marking derived rows);
// phs_locality_profile_bands.csv the bands of the PHS locality profiles;
// population_five_year_bands.csv five-year bands to 90+. The banded files
// hold the band sums of the single-age file, so all three describe the same
// people.

func readFixture(t *testing.T, name string, read func(r *os.File) (*Population, error)) *Population {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := read(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p
}

func TestPHSHSCPLayoutLoadsAndProjects(t *testing.T) {
	p := readFixture(t, "phs_hscp_population_estimates.csv", func(f *os.File) (*Population, error) { return ReadPHSProjections(f) })
	if got := len(p.Areas()); got != 3 {
		t.Fatalf("%d areas, want 3 (two partnerships and Scotland)", got)
	}
	// Scotland (derived, HSCPQF "d") is the sum of the two partnerships.
	for _, y := range []int{2021, 2022} {
		s, _ := p.Total("S92000003", y, All)
		a, _ := p.Total("S37000001", y, All)
		b, _ := p.Total("S37000002", y, All)
		if s != a+b || s == 0 {
			t.Errorf("%d: Scotland %v, partnerships %v + %v", y, s, a, b)
		}
	}
	r := MustRates(RatesSpec{Condition: "c", Bands: []Band{{65, 74}, {75, 84}, {85, Open}}, Female: []float64{0.01, 0.05, 0.2}, Male: []float64{0.01, 0.04, 0.15}})
	pr, err := Project(p, []Rates{r}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := p.Count("S37000001", 2022, Female, Band{85, Open})
	got, _ := pr.Cases("c", "S37000001", 2022, Female, Band{85, Open})
	if got != 0.2*n || n == 0 {
		t.Errorf("cases 85+ = %v, want 0.2 × %v", got, n)
	}
}

func TestBandedFixturesMatchSingleAges(t *testing.T) {
	single := readFixture(t, "phs_hscp_population_estimates.csv", func(f *os.File) (*Population, error) { return ReadPHSProjections(f) })
	five := readFixture(t, "population_five_year_bands.csv", func(f *os.File) (*Population, error) { return ReadBandedPopulationCSV(f) })
	prof := readFixture(t, "phs_locality_profile_bands.csv", func(f *os.File) (*Population, error) { return ReadBandedPopulationCSV(f) })
	if got := prof.Name("S37000028-CLY"); got != "Clydesdale" {
		t.Errorf("locality name %q", got)
	}
	rel := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }
	for _, y := range []int{2021, 2022} {
		for _, sex := range []Sex{Female, Male, All} {
			for _, b := range FiveYearBands(0, 90) {
				want, _ := single.Count("S37000001", y, sex, b)
				got, err := five.Count("S37000001", y, sex, b)
				if err != nil || !rel(got, want) {
					t.Errorf("five-year %d %v %v = %v, %v; want %v", y, sex, b, got, err, want)
				}
			}
			for _, b := range []Band{{0, 4}, {5, 17}, {18, 44}, {45, 64}, {65, 74}, {75, 84}, {85, Open}, {65, Open}, {18, 64}} {
				want, _ := single.Count("S37000002", y, sex, b)
				got, err := prof.Count("S37000028-HAM", y, sex, b)
				if err != nil || !rel(got, want) {
					t.Errorf("profile %d %v %v = %v, %v; want %v", y, sex, b, got, err, want)
				}
			}
		}
	}
	// Projection on bands that are unions of the file's bands gives the
	// cases of the published band counts.
	r := MustRates(RatesSpec{Condition: "c", Bands: []Band{{65, 74}, {75, 84}, {85, Open}}, Female: []float64{0.01, 0.05, 0.2}})
	for _, p := range []*Population{single, five} {
		pr, err := Project(p, []Rates{r}, []string{"S37000001"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := single.Count("S37000001", 2022, Male, Band{75, 84})
		got, _ := pr.Cases("c", "S37000001", 2022, Male, Band{75, 84})
		if !rel(got, 0.05*n) {
			t.Errorf("cases 75-84 = %v, want %v", got, 0.05*n)
		}
	}
}

func TestSplitBandsRule(t *testing.T) {
	bands := []Band{{0, 4}, {5, 17}, {18, 44}, {45, 64}, {65, 74}, {75, 84}, {85, Open}}
	counts := []float64{50, 130, 270, 200, 100, 50, 100}
	ages, err := SplitBands(bands, counts)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		age  int
		want float64
	}{{0, 10}, {4, 10}, {5, 10}, {17, 10}, {18, 10}, {64, 10}, {65, 10}, {84, 5}, {85, 10}, {89, 10}, {TopAge, 50}} {
		if ages[c.age] != c.want {
			t.Errorf("age %d: %v, want %v", c.age, ages[c.age], c.want)
		}
	}
	// An open band from 90 up, and bands above 90, fold into 90+.
	ages, err = SplitBands([]Band{{0, 89}, {90, 94}, {95, Open}}, []float64{90, 7, 3})
	if err != nil || ages[TopAge] != 10 || ages[0] != 1 {
		t.Errorf("fold above 90: %v, %v", ages[TopAge], err)
	}
	for _, bad := range []struct {
		bands  []Band
		counts []float64
		want   error
	}{
		{[]Band{{5, Open}}, []float64{1}, ErrBandGap},
		{[]Band{{0, 4}, {6, Open}}, []float64{1, 1}, ErrBandGap},
		{[]Band{{0, 4}, {4, Open}}, []float64{1, 1}, ErrBandOverlap},
		{[]Band{{0, 4}, {5, 9}}, []float64{1, 1}, ErrMissingAge},
		{[]Band{{0, Open}}, []float64{-1}, ErrNegative},
		{[]Band{{0, Open}}, []float64{math.Inf(1)}, ErrNotFinite},
		{[]Band{{0, Open}}, nil, ErrBadArgument},
		{nil, nil, ErrBadBand},
	} {
		_, err := SplitBands(bad.bands, bad.counts)
		if !errors.Is(err, bad.want) || fault.Prefixed(err.Error(), "needs") != nil {
			t.Errorf("SplitBands(%v, %v) = %v, want %v", bad.bands, bad.counts, err, bad.want)
		}
	}
}

func TestReadBandedErrors(t *testing.T) {
	h := "area,year,sex,age group,population\n"
	for _, c := range []struct {
		name, in string
		want     error
		line     int
	}{
		{"gap", h + "A,2022,Female,0-4,1\nA,2022,Female,6-9,1\nA,2022,Female,10+,1\n", ErrBandGap, 3},
		{"overlap", h + "A,2022,Female,0-4,1\nA,2022,Female,4-9,1\nA,2022,Female,10+,1\n", ErrBandOverlap, 3},
		{"no open band", h + "A,2022,Female,0-4,1\nA,2022,Female,5-9,1\n", ErrMissingAge, 2},
		{"repeated band", h + "A,2022,Female,0+,1\nA,2022,Female,0+,1\n", ErrDuplicateRow, 3},
		{"bad band", h + "A,2022,Female,old,1\n", ErrBadBand, 2},
		{"hexadecimal count", h + "A,2022,Female,0+,0x1p4\n", ErrBadNumber, 2},
		{"Inf count", h + "A,2022,Female,0+,Inf\n", ErrNotFinite, 2},
		{"bad financial year", h + "A,2022/24,Female,0+,1\n", ErrBadYear, 2},
		{"invalid UTF-8", h + "A,2022,Fem\xffale,0+,1\n", ErrEncoding, 2},
		{"missing column", "area,year,sex,population\nA,2022,Female,1\n", ErrMissingColumn, 1},
		{"no rows", h, ErrNoRows, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadBandedPopulationCSV(strings.NewReader(c.in))
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, c.want) || pe.Line != c.line {
				t.Fatalf("err = %v, want %v on line %d", err, c.want, c.line)
			}
			if perr := fault.Prefixed(err.Error(), "needs"); perr != nil {
				t.Error(perr)
			}
		})
	}
}

func TestReadInputAsPeopleWriteIt(t *testing.T) {
	header := []string{"area", "year", "sex", "age group", "population"}
	body := [][]string{{"A", "2022/23", "Female", "0 to 64", "100"}, {"A", "2022/23", "Female", "Aged 65 and over", "1.5"}}
	for _, sep := range []string{",", ";", "\t"} {
		var b strings.Builder
		b.WriteString("\ufeff" + strings.Join(header, sep) + "\n")
		for _, r := range body {
			b.WriteString(strings.Join(r, sep) + "\n")
		}
		p, err := ReadBandedPopulationCSV(strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("sep %q: %v", sep, err)
		}
		if n, _ := p.Count("A", 2022, Female, Band{65, Open}); math.Abs(n-1.5) > 1e-12 {
			t.Errorf("sep %q: 65+ = %v", sep, n)
		}
	}
	// A semicolon file from a European locale writes a decimal comma,
	// refused with a hint and its place.
	in := "area;year;sex;age group;population\nA;2022;Female;0+;1,5\n"
	_, err := ReadBandedPopulationCSV(strings.NewReader(in))
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadNumber) || pe.Line != 2 || pe.Column != 5 || !strings.Contains(err.Error(), "write 1.5") {
		t.Errorf("decimal comma: %v", err)
	}
}
