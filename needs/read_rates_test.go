package needs

import (
	"strings"
	"testing"
)

const ratesFile = `condition,kind,unit,band,female,male,source,year,licence,note
dementia,prevalence,,65-69,1.4%,1.8%,EuroCoDe,2009,,illustrative
dementia,prevalence,,70-74,0.038,0.032,,,,
dementia,,,75+,0.15,0.12,EuroCoDe,2009,,
admissions,activity,admissions per person per year,0-64,0.06,0.05,constructed,,,
admissions,activity,,65+,0.3,0.35,,,,
`

func TestReadRatesCSV(t *testing.T) {
	rs, err := ReadRatesCSV(strings.NewReader(ratesFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[0].Condition() != "dementia" || rs[1].Condition() != "admissions" {
		t.Fatalf("ReadRatesCSV = %v", rs)
	}
	if f, _ := rs[0].Rate(Female, Band{65, 69}); !near(f, 0.014, 1e-15) {
		t.Errorf("1.4%% read as %v", f)
	}
	if m, _ := rs[0].Rate(Male, Band{75, Open}); m != 0.12 {
		t.Errorf("male 75+ = %v", m)
	}
	if p := rs[0].Provenance(); p.Source != "EuroCoDe" || p.Year != 2009 || p.Note != "illustrative" {
		t.Errorf("provenance %+v", p)
	}
	if rs[1].Kind() != Activity || rs[1].Unit() != "admissions per person per year" {
		t.Errorf("admissions %v %q", rs[1].Kind(), rs[1].Unit())
	}
	persons, err := ReadRatesCSV(strings.NewReader("Condition,Kind,Band,Persons\nfalls,activity,65-79,0.1\nfalls,activity,80+,0.3\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := persons[0].Rate(Male, Band{80, Open}); m != 0.3 {
		t.Errorf("persons rate for men = %v", m)
	}
}

// Columns of ratesFile: condition 1, kind 2, unit 3, band 4, female 5, male 6, source 7, year 8, licence 9, note 10.
func TestReadRatesCSVErrors(t *testing.T) {
	g := strings.Split(strings.TrimSpace(ratesFile), "\n")
	tests := []struct {
		name      string
		lines     []string
		want      error
		line, col int
	}{
		{"empty", nil, ErrEmpty, 1, 0},
		{"header only", g[:1], ErrNoRows, 2, 0},
		{"prevalence above 1", edit(g, 2, 4, "1.2"), ErrPrevalenceRange, 3, 5},
		{"prevalence above 100%", edit(g, 1, 5, "101%"), ErrPrevalenceRange, 2, 6},
		{"negative activity", edit(g, 4, 5, "-0.1"), ErrNegative, 5, 6},
		{"NaN rate", edit(g, 4, 4, "NaN"), ErrNotFinite, 5, 5},
		{"not a number", edit(g, 4, 4, "lots"), ErrBadNumber, 5, 5},
		{"overlapping bands", edit(g, 2, 3, "69-74"), ErrBandOverlap, 3, 4},
		{"gapped bands", edit(g, 2, 3, "71-74"), ErrBandGap, 3, 4},
		{"bands downwards", append(g[:1:1], g[2], g[1]), ErrBandOverlap, 3, 4},
		{"bad band", edit(g, 1, 3, "old"), ErrBadBand, 2, 4},
		{"unknown kind", edit(g, 1, 1, "incidence"), ErrBadRates, 2, 2},
		{"kind changes", edit(g, 2, 1, "activity"), ErrMismatch, 3, 2},
		{"source changes", edit(g, 3, 6, "Other"), ErrMismatch, 4, 7},
		{"year changes", edit(g, 3, 7, "2010"), ErrMismatch, 4, 8},
		{"missing male", []string{"condition,kind,band,female", "x,prevalence,65+,0.1"}, ErrMissingColumn, 1, 0},
		{"empty condition", edit(g, 1, 0, ""), ErrBadRates, 2, 1},
		{"source not UTF-8", edit(g, 4, 6, "Caf\xe9"), ErrEncoding, 5, 7},
		{"short row", append(g[:2:2], "dementia,prevalence"), ErrFieldCount, 3, 0},
	}
	for _, tt := range tests {
		_, err := ReadRatesCSV(strings.NewReader(strings.Join(tt.lines, "\n")))
		wantParseError(t, tt.name, err, tt.want, tt.line, tt.col)
	}
}
