package investment

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"
)

func TestFinancialYearOf(t *testing.T) {
	tests := []struct {
		date string
		want FinancialYear
	}{
		{"2022-03-31", 2021}, // the UK public-sector year, 1 April – 31 March
		{"2022-04-01", 2022},
		{"2022-12-31", 2022},
		{"2023-01-01", 2022},
		{"2023-03-31", 2022},
	}
	for _, tt := range tests {
		d, _ := time.Parse(time.DateOnly, tt.date)
		if got := FinancialYearOf(d); got != tt.want {
			t.Errorf("FinancialYearOf(%s) = %v, want %v", tt.date, got, tt.want)
		}
		if !tt.want.Contains(d) {
			t.Errorf("%v.Contains(%s) = false", tt.want, tt.date)
		}
	}
}

func TestFinancialYearString(t *testing.T) {
	tests := map[FinancialYear]string{2022: "2022/23", 1999: "1999/00", 2009: "2009/10"}
	for y, want := range tests {
		if got := y.String(); got != want {
			t.Errorf("FinancialYear(%d).String() = %q, want %q", int(y), got, want)
		}
		back, err := ParseFinancialYear(want)
		if err != nil || back != y {
			t.Errorf("ParseFinancialYear(%q) = %v, %v; want %v", want, back, err, y)
		}
	}
	y := FinancialYear(2022)
	if !y.Start().Equal(time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC)) || !y.End().Equal(time.Date(2023, 3, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("2022/23 runs %v to %v", y.Start(), y.End())
	}
	if y.Days() != 365 || FinancialYear(2023).Days() != 366 {
		t.Errorf("Days: 2022/23 %d, 2023/24 %d; want 365, 366", y.Days(), FinancialYear(2023).Days())
	}
	if y.Next() != 2023 || y.Prev() != 2021 || y.Add(-2) != 2020 || y.Compare(2023) != -1 || y.Compare(2022) != 0 || y.Compare(2020) != 1 {
		t.Error("Next/Prev/Add/Compare are wrong")
	}
}

func TestParseFinancialYear(t *testing.T) {
	good := map[string]FinancialYear{
		"2022/23": 2022, "2022-23": 2022, "2022/2023": 2022, "2022-2023": 2022,
		"2022–23": 2022, "FY2022/23": 2022, " 1999/00 ": 1999,
	}
	for in, want := range good {
		got, err := ParseFinancialYear(in)
		if err != nil || got != want {
			t.Errorf("ParseFinancialYear(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	bad := []struct {
		in   string
		want error
	}{
		{"2022/24", ErrSyntax},
		{"2022/2024", ErrSyntax},
		{"abc", ErrSyntax},
		{"", ErrSyntax},
		{"2022", ErrSyntax},
		{"2022/", ErrSyntax},
		{"22/23", ErrSyntax},
		{"2022/3", ErrSyntax},
		{"2022/2x", ErrSyntax},
		{"0999/00", ErrRange},
		{"9999/00", ErrRange},
	}
	for _, tt := range bad {
		_, err := ParseFinancialYear(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseFinancialYear(%q) error = %v, want %v", tt.in, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in {
			t.Errorf("ParseFinancialYear(%q) error %v is not a *ParseError naming the input", tt.in, err)
		}
	}
}

func TestFinancialYearJSON(t *testing.T) {
	in := map[FinancialYear]Money{2022: MustGBP("1"), 2023: MustGBP("2.50")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"2022/23":"1.00","2023/24":"2.50"}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var out map[FinancialYear]Money
	if err := json.Unmarshal(b, &out); err != nil || len(out) != 2 || !out[2023].Equal(MustGBP("2.5")) {
		t.Errorf("Unmarshal = %v, %v", out, err)
	}
	if _, err := json.Marshal(FinancialYear(999)); !errors.Is(err, ErrRange) {
		t.Errorf("Marshal(FinancialYear(999)) error = %v, want ErrRange", err)
	}
	// The zero year, no year, is "" and reads back as zero.
	b, err = json.Marshal(struct {
		Y FinancialYear `json:"y"`
		R Years         `json:"r"`
	}{})
	if want := `{"y":"","r":{"first":"","last":""}}`; err != nil || string(b) != want {
		t.Errorf("Marshal of zero years = %s, %v; want %s", b, err, want)
	}
	zero := FinancialYear(2022)
	if err := json.Unmarshal([]byte(`""`), &zero); err != nil || zero != 0 {
		t.Errorf(`Unmarshal "" = %v, %v; want 0`, zero, err)
	}
	var y FinancialYear
	if err := json.Unmarshal([]byte(`"2022/24"`), &y); !errors.Is(err, ErrSyntax) {
		t.Errorf("Unmarshal 2022/24 error = %v, want ErrSyntax", err)
	}
}

func TestYears(t *testing.T) {
	r := NewYears(2022, 3)
	if got := slices.Collect(r.All()); !slices.Equal(got, []FinancialYear{2022, 2023, 2024}) {
		t.Errorf("All() = %v", got)
	}
	if r.Len() != 3 || !r.Contains(2024) || r.Contains(2025) || r.At(1) != 2023 {
		t.Error("Len/Contains/At are wrong")
	}
	if i, ok := r.Index(2024); !ok || i != 2 {
		t.Errorf("Index(2024) = %d, %v", i, ok)
	}
	if _, ok := r.Index(2021); ok {
		t.Error("Index(2021) ok, want not in range")
	}
	if got := r.String(); got != "2022/23–2024/25" {
		t.Errorf("String() = %q", got)
	}
	if err := r.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	backwards := Years{First: 2024, Last: 2022}
	if err := backwards.Validate(); !errors.Is(err, ErrYearOrder) {
		t.Errorf("Validate() of a backwards range = %v, want ErrYearOrder", err)
	}
	if backwards.Len() != 0 {
		t.Errorf("Len() of a backwards range = %d, want 0", backwards.Len())
	}
	for range backwards.All() {
		t.Error("a backwards range yielded a year")
	}
	n := 0
	for range r.All() {
		n++
		break
	}
	if n != 1 {
		t.Error("All() did not stop when asked")
	}
}
