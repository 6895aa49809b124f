package needs

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// goodLong returns a long-form file for area A, 2020, Female and Male.
func goodLong() []string {
	lines := []string{"area,name,year,sex,age,count"}
	for _, sex := range []string{"Female", "Male"} {
		for a := range NumAges {
			age := fmt.Sprint(a)
			if a == TopAge {
				age = "90+"
			}
			lines = append(lines, fmt.Sprintf("A,Area A,2020,%s,%s,%d", sex, age, a+1))
		}
	}
	return lines
}

func TestReadPopulationCSV(t *testing.T) {
	p, err := ReadPopulationCSV(strings.NewReader(strings.Join(goodLong(), "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Count("A", 2020, All, Band{65, 69})
	if err != nil || got != 2*(66+67+68+69+70) {
		t.Errorf("Count = %v, %v", got, err)
	}
	if p.Name("A") != "Area A" {
		t.Errorf("Name = %q", p.Name("A"))
	}
	// Synonyms and order of columns.
	in := "Population,Age,Gender,Year,Code\n"
	for a := range NumAges {
		in += fmt.Sprintf("3,Age%d,M,2021,B\n", a)
	}
	in = strings.Replace(in, "Age90", "Age90plus", 1)
	q, err := ReadPopulationCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := q.Total("B", 2021, Male); c != 3*NumAges {
		t.Errorf("Total = %v", c)
	}
}

// Columns: area 1, name 2, year 3, sex 4, age 5, count 6. Line 2 is A 2020 Female age 0.
func TestReadPopulationCSVErrors(t *testing.T) {
	g := goodLong()
	tests := []struct {
		name      string
		lines     []string
		want      error
		line, col int
	}{
		{"empty", nil, ErrEmpty, 1, 0},
		{"blank header", []string{""}, ErrEmpty, 1, 0},
		{"header only", g[:1], ErrNoRows, 2, 0},
		{"missing count column", []string{"area,year,sex,age", "A,2020,F,1"}, ErrMissingColumn, 1, 0},
		{"duplicate role", []string{"area,code,year,sex,age,count"}, ErrDuplicateColumn, 1, 2},
		{"negative count", edit(g, 5, 5, "-1"), ErrNegative, 6, 6},
		{"NaN count", edit(g, 5, 5, "nan"), ErrNotFinite, 6, 6},
		{"huge count", edit(g, 5, 5, "1000000001"), ErrCountRange, 6, 6},
		{"age 95", edit(g, 5, 4, "95"), ErrBadAge, 6, 5},
		{"age text", edit(g, 5, 4, "old"), ErrBadAge, 6, 5},
		{"negative age", edit(g, 5, 4, "-1"), ErrBadAge, 6, 5},
		{"unknown sex", edit(g, 5, 3, "U"), ErrUnknownSex, 6, 4},
		{"name not UTF-8", edit(g, 5, 1, "Area \xe9"), ErrEncoding, 6, 2},
		{"bad year", edit(g, 5, 2, "2020.5"), ErrBadYear, 6, 3},
		{"duplicate age", edit(g, 5, 4, "3"), ErrDuplicateRow, 6, 5},
		{"missing age", append(g[:50:50], g[51:]...), ErrMissingAge, 2, 5},
		{"wrong field count", edit(g, 5, 5, "1,2"), ErrFieldCount, 6, 0},
	}
	for _, tt := range tests {
		in := strings.Join(tt.lines, "\n")
		_, err := ReadPopulationCSV(strings.NewReader(in))
		wantParseError(t, tt.name, err, tt.want, tt.line, tt.col)
	}
}

func TestReadPopulationCSVAllMismatch(t *testing.T) {
	g := goodLong()
	for a := range NumAges {
		age := fmt.Sprint(a)
		if a == TopAge {
			age = "90+"
		}
		g = append(g, fmt.Sprintf("A,Area A,2020,All,%s,%d", age, 2*(a+1)+5*boolInt(a == 30)))
	}
	_, err := ReadPopulationCSV(strings.NewReader(strings.Join(g, "\n")))
	var pe *ParseError
	if !errors.Is(err, ErrSexMismatch) || !errors.As(err, &pe) || pe.Line != 2*NumAges+2 {
		t.Errorf("All ≠ Female + Male: %v", err)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The header is found by name whatever its case, spaces, underscores and
// byte order mark.
func TestReadPopulationCSVHeaderNames(t *testing.T) {
	g := goodLong()
	g[0] = "\ufeffArea_Code, Area Name ,MID_YEAR,Gender,Single Age,Population"
	p, err := ReadPopulationCSV(strings.NewReader(strings.Join(g, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	q, err := ReadPopulationCSV(strings.NewReader(strings.Join(goodLong(), "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if !p.Equal(q) {
		t.Error("renamed header reads other data")
	}
	g[0] = "area,name,year,sex,age,counts"
	_, err = ReadPopulationCSV(strings.NewReader(strings.Join(g, "\n")))
	if !errors.Is(err, ErrMissingColumn) || !strings.Contains(err.Error(), `"counts"`) {
		t.Errorf("missing count: %v, want the header found in the message", err)
	}
}
