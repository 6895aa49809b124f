package needs

import (
	"strings"
	"testing"
)

// goodWide is a small PHS wide-form file: one area, one year, Female, Male, All.
func goodWide() []string {
	f, m := ramp(100, 1), flat(50)
	return []string{
		wideHeader("HSCP2019"),
		wideRow(2022, "S37000028", "Female", f),
		wideRow(2022, "S37000028", "Male", m),
		wideRow(2022, "S37000028", "All", addSeries(f, m)),
	}
}

func TestReadPHSProjections(t *testing.T) {
	in := strings.Join(goodWide(), "\n") + "\n"
	p, err := ReadPHSProjections(strings.NewReader("\ufeff" + in))
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Count("S37000028", 2022, Female, Band{65, 69})
	if err != nil || got != 835 {
		t.Errorf("Count female 65-69 = %v, %v, want 835", got, err)
	}
	all, _ := p.Count("S37000028", 2022, All, Band{90, Open})
	if all != 240 {
		t.Errorf("Count all 90+ = %v, want 240", all)
	}
}

func TestReadPHSProjectionsColumns(t *testing.T) {
	// Columns in another order, PHS qualifier columns, a name column, CA2019.
	var hdr []string
	hdr = append(hdr, "_id", "CA2019", "CA2019Name", "SexQF", "Sex", "Year")
	for a := range NumAges {
		hdr = append(hdr, ageColumnName(a))
	}
	row := []string{"1", "S12000029", "South Lanarkshire", "", "Male", "2019"}
	for range NumAges {
		row = append(row, "2")
	}
	in := strings.Join(hdr, ",") + "\n" + strings.Join(row, ",") + "\n"
	p, err := ReadPHSProjections(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if n := p.Name("S12000029"); n != "South Lanarkshire" {
		t.Errorf("Name = %q", n)
	}
	if c, _ := p.Total("S12000029", 2019, Male); c != 2*NumAges {
		t.Errorf("Total = %v", c)
	}
}

// edit replaces field col (0-based) of line i (0-based) of lines.
func edit(lines []string, i, col int, v string) []string {
	out := append([]string(nil), lines...)
	f := strings.Split(out[i], ",")
	f[col] = v
	out[i] = strings.Join(f, ",")
	return out
}

// Column numbers (1-based) in goodWide: Year 1, HSCP2019 2, Sex 3, Age0 4 … Age90plus 94, AllAges 95.
func TestReadPHSProjectionsErrors(t *testing.T) {
	g := goodWide()
	swapped := strings.Split(g[0], ",")
	swapped[10], swapped[11] = swapped[11], swapped[10] // Age6 and Age7
	noAge17 := strings.Split(g[0], ",")
	noAge17 = append(noAge17[:20], noAge17[21:]...)
	rowsNoAge17 := []string{strings.Join(noAge17, ",")}
	for _, l := range g[1:] {
		f := strings.Split(l, ",")
		rowsNoAge17 = append(rowsNoAge17, strings.Join(append(f[:20:20], f[21:]...), ","))
	}
	tests := []struct {
		name      string
		lines     []string
		want      error
		line, col int
	}{
		{"empty file", nil, ErrEmpty, 1, 0},
		{"header only", g[:1], ErrNoRows, 2, 0},
		{"negative count", edit(g, 1, 70, "-5"), ErrNegative, 2, 71},
		{"NaN count", edit(g, 2, 10, "NaN"), ErrNotFinite, 3, 11},
		{"infinite count", edit(g, 2, 10, "+Inf"), ErrNotFinite, 3, 11},
		{"not a number", edit(g, 1, 5, "12a"), ErrBadNumber, 2, 6},
		{"empty count", edit(g, 1, 5, ""), ErrBadNumber, 2, 6},
		{"huge count", edit(g, 1, 30, "1e12"), ErrCountRange, 2, 31},
		{"overflowing count", edit(g, 1, 30, "1e999"), ErrCountRange, 2, 31},
		{"missing age column", rowsNoAge17, ErrMissingColumn, 1, 21},
		{"ages out of order", append([]string{strings.Join(swapped, ",")}, g[1:]...), ErrAgeOrder, 1, 11},
		{"missing sex column", []string{strings.Replace(g[0], "Sex", "Gender", 1), g[1]}, ErrMissingColumn, 1, 0},
		{"missing area column", []string{strings.Replace(g[0], "HSCP2019", "Zone", 1), g[1]}, ErrMissingColumn, 1, 0},
		{"duplicate column", []string{strings.Replace(g[0], "AllAges", "Year", 1), g[1]}, ErrDuplicateColumn, 1, 95},
		{"bad age column", []string{strings.Replace(g[0], "Age90plus", "Age95", 1), g[1]}, ErrBadAge, 1, 94},
		{"unknown sex", edit(g, 2, 2, "Other"), ErrUnknownSex, 3, 3},
		{"bad year", edit(g, 1, 0, "20x2"), ErrBadYear, 2, 1},
		{"year out of range", edit(g, 1, 0, "12022"), ErrBadYear, 2, 1},
		{"empty area", edit(g, 1, 1, ""), ErrBadArea, 2, 2},
		{"area not UTF-8", edit(g, 1, 1, "S\xff"), ErrEncoding, 2, 2},
		{"AllAges mismatch", edit(g, 2, 94, "4551"), ErrAllAgesMismatch, 3, 95},
		{"duplicate row", append(g[:3:3], g[1]), ErrDuplicateRow, 4, 0},
		{"All differs from Female + Male", edit(edit(g, 3, 3, "160"), 3, 94, "17755"), ErrSexMismatch, 4, 3},
		{"short row", append(g[:2:2], "2022,S37000028,Male,1,2"), ErrFieldCount, 3, 0},
		{"bare quote", append(g[:2:2], `2022,"S370"00028,Male`), ErrSyntax, 3, 0},
	}
	for _, tt := range tests {
		in := ""
		if tt.lines != nil {
			in = strings.Join(tt.lines, "\n") + "\n"
		}
		_, err := ReadPHSProjections(strings.NewReader(in))
		wantParseError(t, tt.name, err, tt.want, tt.line, tt.col)
		if err != nil && !strings.Contains(err.Error(), "line ") {
			t.Errorf("%s: message %q does not say where", tt.name, err)
		}
	}
}
