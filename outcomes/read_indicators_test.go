package outcomes

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

// testdata/phs_core_integration_indicators.csv is a small file written for
// these tests in the layout of the Public Health Scotland core integration
// indicator output (Indicator1, Year1, Data1, Partnership1, Locality,
// Value, Numerator, Denominator, Scotland); its figures are constructed,
// not official statistics.
func readIndicatorFixture(t *testing.T, o *IndicatorOptions) IndicatorValues {
	t.Helper()
	f, err := os.Open("testdata/phs_core_integration_indicators.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vs, err := ReadIndicators(f, o)
	if err != nil {
		t.Fatal(err)
	}
	return vs
}

func TestReadIndicatorsFixture(t *testing.T) {
	vs := readIndicatorFixture(t, nil)
	if len(vs) != 11 {
		t.Fatalf("%d values, want 11", len(vs))
	}
	v := vs[1]
	if v.Indicator != "NI-12" || v.Partnership != "South Lanarkshire" || v.Locality != "Clydesdale" || v.Area != "South Lanarkshire/Clydesdale" ||
		v.Year != investment.MustParseFinancialYear("2022/23") || v.Period != Annual || v.Value != 12310.2 ||
		v.Numerator == nil || *v.Numerator != 6310 || v.Denominator == nil || *v.Denominator != 51259 || v.Scotland == nil || *v.Scotland != 11636.7 || v.Line != 3 {
		t.Errorf("row 2 = %+v", v)
	}
	if vs[9].Numerator != nil || vs[9].Denominator != nil {
		t.Errorf("blank numerator read as %v", *vs[9].Numerator)
	}
	if vs[6].Period != M1 || vs[7].Period != M12 || vs[4].Period != Q1 {
		t.Errorf("periods %v %v %v", vs[6].Period, vs[7].Period, vs[4].Period)
	}
	f, err := NewFramework("South Lanarkshire", NationalOutcomes(), CoreIndicators(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := vs.Measures(Annual, f, "PHS core integration indicators")
	if err != nil {
		t.Fatal(err)
	}
	if ms.Len() != 7 {
		t.Errorf("%d annual measures, want 7", ms.Len())
	}
	series := ms.Series("NI-12", "South Lanarkshire")
	if len(series) != 2 || series[0].Value != 11950.4 || series[1].Value != 11720.1 {
		t.Errorf("NI-12 series %v", series)
	}
	q, err := vs.Measures(Q2, nil, "")
	if err != nil || q.Len() != 1 {
		t.Errorf("Q2 measures %v, %v", q, err)
	}
	// Area codes by the caller's mapping: localities by their identifiers.
	codes := map[string]string{"": "S37000028", "Clydesdale": "S37000028-CLY", "Hamilton": "S37000028-HAM"}
	vs = readIndicatorFixture(t, &IndicatorOptions{Area: func(p, l string) (string, error) {
		c, ok := codes[l]
		if !ok {
			return "", ErrUnknownID
		}
		return c, nil
	}})
	ms, err = vs.Measures(Annual, f, "")
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := ms.Get("NI-15", "S37000028-CLY", investment.MustParseFinancialYear("2022/23")); !ok || m.Value != 88.9 {
		t.Errorf("NI-15 Clydesdale = %v, %v", m, ok)
	}
}

// TestReadIndicatorsCatalogue is the catalogue of bad inputs of the
// indicator reader, its period parser and its conversion to measures: no
// panic, a located *ParseError where the input is a file, the reason, and
// the package prefix once.
func TestReadIndicatorsCatalogue(t *testing.T) {
	h := "Indicator1,Year1,Data1,Partnership1,Locality,Value,Numerator,Denominator,Scotland\n"
	read := func(in string, o *IndicatorOptions) func() error {
		return func() error { _, err := ReadIndicators(strings.NewReader(in), o); return err }
	}
	refuse := &IndicatorOptions{Area: func(p, l string) (string, error) { return "", ErrUnknownID }}
	blank := &IndicatorOptions{Area: func(p, l string) (string, error) { return " ", nil }}
	good, err := ReadIndicators(strings.NewReader(h+"NI12,2022/23,Annual,P,All,1,,,\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		call      func() error
		want      error
		line, col int // 0: not a *ParseError
	}{
		{"hexadecimal value", read(h+"NI12,2022/23,Annual,P,All,0x1p3,,,\n", nil), ErrSyntax, 2, 6},
		{"NaN value", read(h+"NI12,2022/23,Annual,P,All,NaN,,,\n", nil), ErrNotFinite, 2, 6},
		{"Inf numerator", read(h+"NI12,2022/23,Annual,P,All,1,Inf,,\n", nil), ErrNotFinite, 2, 7},
		{"hexadecimal denominator", read(h+"NI12,2022/23,Annual,P,All,1,1,0X2,\n", nil), ErrSyntax, 2, 8},
		{"NaN Scotland", read(h+"NI12,2022/23,Annual,P,All,1,1,2,nan\n", nil), ErrNotFinite, 2, 9},
		{"overflow", read(h+"NI12,2022/23,Annual,P,All,1e999,,,\n", nil), ErrNotFinite, 2, 6},
		{"negative overflow", read(h+"NI12,2022/23,Annual,P,All,-1e999,,,\n", nil), ErrNotFinite, 2, 6},
		{"blank value", read(h+"NI12,2022/23,Annual,P,All,,,,\n", nil), ErrSyntax, 2, 6},
		{"digit separators", read(h+"NI12,2022/23,Annual,P,All,\"1,000\",,,\n", nil), ErrSyntax, 2, 6},
		{"calendar year", read(h+"NI12,2022,Annual,P,All,1,,,\n", nil), ErrYear, 2, 2},
		{"years that do not follow", read(h+"NI12,2022/24,Annual,P,All,1,,,\n", nil), ErrYear, 2, 2},
		{"year out of range", read(h+"NI12,9999/00,Annual,P,All,1,,,\n", nil), ErrYear, 2, 2},
		{"bad period", read(h+"NI12,2022/23,M13,P,All,1,,,\n", nil), ErrPeriod, 2, 3},
		{"period Q0", read(h+"NI12,2022/23,Q0,P,All,1,,,\n", nil), ErrPeriod, 2, 3},
		{"empty indicator", read(h+",2022/23,Annual,P,All,1,,,\n", nil), ErrEmptyID, 2, 1},
		{"empty partnership", read(h+"NI12,2022/23,Annual,,All,1,,,\n", nil), ErrEmptyID, 2, 4},
		{"area refused", read(h+"NI12,2022/23,Annual,P,L,1,,,\n", refuse), ErrUnknownID, 2, 5},
		{"blank area code", read(h+"NI12,2022/23,Annual,P,,1,,,\n", blank), ErrEmptyID, 2, 4},
		{"duplicate", read(h+"NI12,2022/23,Annual,P,All,1,,,\nNI-12,2022/23,Annual,P,,2,,,\n", nil), ErrDuplicateID, 3, 0},
		{"invalid UTF-8", read(h+"NI12,2022/23,Annual,P\xff,All,1,,,\n", nil), ErrEncoding, 2, 4},
		{"field count", read(h+"NI12,2022/23,Annual,P,All,1\n", nil), ErrFieldCount, 2, 0},
		{"bare quote", read(h+"NI12,2022/23,Annual,\"P,All,1,,,\n", nil), ErrSyntax, 2, 0},
		{"missing column", read("Indicator1,Year1,Data1,Partnership1\nNI12,2022/23,Annual,P\n", nil), ErrMissingColumn, 1, 0},
		{"duplicate column", read("Indicator1,Year1,Data1,Partnership1,Value,value\n", nil), ErrDuplicateColumn, 1, 6},
		{"empty", read("", nil), ErrEmpty, 1, 0},
		{"ParsePeriod", func() error { _, err := ParsePeriod("Q5"); return err }, ErrPeriod, 0, 0},
		{"period text", func() error { var p IndicatorPeriod; return p.UnmarshalText([]byte("yearly")) }, ErrPeriod, 0, 0},
		{"period marshal invalid", func() error { _, err := IndicatorPeriod(99).MarshalText(); return err }, ErrPeriod, 0, 0},
		{"Measures invalid period", func() error { _, err := good.Measures(IndicatorPeriod(-1), nil, ""); return err }, ErrPeriod, 0, 0},
		{"Measures unknown indicator", func() error {
			f, err := NewFramework("F", NationalOutcomes(), nil, nil)
			if err != nil {
				return err
			}
			_, err = good.Measures(Annual, f, "")
			return err
		}, ErrUnknownID, 0, 0},
		{"Measures hand-made NaN", func() error {
			_, err := IndicatorValues{{Indicator: "NI-12", Area: "P", Year: 2022, Value: math.NaN()}}.Measures(Annual, nil, "")
			return err
		}, ErrNotFinite, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := func() (err error) {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
						t.Errorf("panic: %v", r)
					}
				}()
				return c.call()
			}()
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if c.line > 0 {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line != c.line || (c.col > 0 && pe.Column != c.col) {
					t.Errorf("err = %v, want a *ParseError at line %d column %d", err, c.line, c.col)
				}
			}
			if perr := fault.Prefixed(err.Error(), "outcomes"); perr != nil {
				t.Error(perr)
			}
		})
	}
}

func TestReadIndicatorsAsPeopleWriteThem(t *testing.T) {
	in := "\ufeffIndicator1;Year1;Data1;Partnership1;Locality;Value\nNI 12;2022/23;annual;P;;−3.5\n"
	vs, err := ReadIndicators(strings.NewReader(in), nil)
	if err != nil || len(vs) != 1 || vs[0].Indicator != "NI-12" || vs[0].Value != -3.5 || vs[0].Area != "P" {
		t.Fatalf("semicolons, byte order mark, Unicode minus: %+v, %v", vs, err)
	}
	in = "Indicator1\tYear1\tData1\tPartnership1\tValue\nNI12\t2022/23\tQ4\tP\t1,5\n"
	_, err = ReadIndicators(strings.NewReader(in), nil)
	if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "write 1.5") {
		t.Errorf("decimal comma: %v", err)
	}
}

// FuzzReadIndicators: the reader never panics; it returns a located,
// prefixed error wrapping a sentinel, or finite values with ids.
func FuzzReadIndicators(f *testing.F) {
	b, err := os.ReadFile("testdata/phs_core_integration_indicators.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add("Indicator1;Year1;Data1;Partnership1;Value\nNI1;2022/23;M7;P;0x10\n")
	f.Add("\ufeffIndicator1\tYear1\tData1\tPartnership1\tValue\nNI1\t2022/23\tQ1\tP\tInf\n")
	f.Add("Indicator1,Year1,Data1,Partnership1,Value\n\"x,2022/23,Annual,P,1\n")
	f.Add("")
	reasons := []error{ErrEmptyID, ErrYear, ErrPeriod, ErrSyntax, ErrNotFinite, ErrDuplicateID, ErrMissingColumn,
		ErrDuplicateColumn, ErrEncoding, ErrFieldCount, ErrEmpty}
	f.Fuzz(func(t *testing.T, in string) {
		vs, err := ReadIndicators(strings.NewReader(in), nil)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v (%T) is not a located *ParseError", err, err)
			}
			if perr := fault.Prefixed(err.Error(), "outcomes"); perr != nil {
				t.Fatal(perr)
			}
			for _, r := range reasons {
				if errors.Is(err, r) {
					return
				}
			}
			t.Fatalf("error %v wraps no sentinel", err)
		}
		for _, v := range vs {
			if v.Indicator == "" || v.Area == "" || !finite(v.Value) || !v.Period.Valid() || !validYear(v.Year) {
				t.Fatalf("value %+v", v)
			}
		}
		if _, err := vs.Measures(Annual, nil, ""); err != nil {
			t.Fatalf("Measures of values read: %v", err)
		}
	})
}

// The core integration indicators as PHS publishes them, read into the
// measures of the partnership and its localities for the annual values.
func ExampleReadIndicators() {
	in := "Indicator1,Year1,Data1,Partnership1,Locality,Value,Numerator,Denominator,Scotland\n" +
		"NI12,2022/23,Annual,South Lanarkshire,All,11950.4,31450,263172,11636.7\n" +
		"NI12,2022/23,Annual,South Lanarkshire,Clydesdale,12310.2,6310,51259,11636.7\n" +
		"NI12,2022/23,Q1,South Lanarkshire,All,2980.6,7844,263172,2901.2\n"
	codes := map[string]string{"": "S37000028", "Clydesdale": "S37000028-CLY"}
	vs, err := ReadIndicators(strings.NewReader(in), &IndicatorOptions{Area: func(p, l string) (string, error) {
		if c, ok := codes[l]; ok {
			return c, nil
		}
		return "", ErrUnknownID
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	ms, err := vs.Measures(Annual, nil, "PHS core integration indicators")
	if err != nil {
		fmt.Println(err)
		return
	}
	for m := range ms.All() {
		fmt.Println(m.Indicator, m.Area, m.Year, m.Value)
	}
	fmt.Println(vs[2].Period, *vs[2].Scotland)
	// Output:
	// NI-12 S37000028 2022/23 11950.4
	// NI-12 S37000028-CLY 2022/23 12310.2
	// Q1 2901.2
}
