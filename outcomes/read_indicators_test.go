package outcomes

import (
	"errors"
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

func TestReadIndicatorsErrors(t *testing.T) {
	h := "Indicator1,Year1,Data1,Partnership1,Locality,Value,Numerator,Denominator,Scotland\n"
	for _, c := range []struct {
		name, in  string
		want      error
		line, col int
	}{
		{"hexadecimal value", h + "NI12,2022/23,Annual,P,All,0x1p3,,,\n", ErrSyntax, 2, 6},
		{"NaN value", h + "NI12,2022/23,Annual,P,All,NaN,,,\n", ErrNotFinite, 2, 6},
		{"Inf numerator", h + "NI12,2022/23,Annual,P,All,1,Inf,,\n", ErrNotFinite, 2, 7},
		{"overflow", h + "NI12,2022/23,Annual,P,All,1e999,,,\n", ErrNotFinite, 2, 6},
		{"blank value", h + "NI12,2022/23,Annual,P,All,,,,\n", ErrSyntax, 2, 6},
		{"calendar year", h + "NI12,2022,Annual,P,All,1,,,\n", ErrYear, 2, 2},
		{"bad period", h + "NI12,2022/23,M13,P,All,1,,,\n", ErrPeriod, 2, 3},
		{"empty indicator", h + ",2022/23,Annual,P,All,1,,,\n", ErrEmptyID, 2, 1},
		{"empty partnership", h + "NI12,2022/23,Annual,,All,1,,,\n", ErrEmptyID, 2, 4},
		{"duplicate", h + "NI12,2022/23,Annual,P,All,1,,,\nNI-12,2022/23,Annual,P,,2,,,\n", ErrDuplicateID, 3, 0},
		{"invalid UTF-8", h + "NI12,2022/23,Annual,P\xff,All,1,,,\n", ErrEncoding, 2, 4},
		{"field count", h + "NI12,2022/23,Annual,P,All,1\n", ErrFieldCount, 2, 0},
		{"bare quote", h + "NI12,2022/23,Annual,\"P,All,1,,,\n", ErrSyntax, 2, 0},
		{"missing column", "Indicator1,Year1,Data1,Partnership1\nNI12,2022/23,Annual,P\n", ErrMissingColumn, 1, 0},
		{"duplicate column", "Indicator1,Year1,Data1,Partnership1,Value,value\n", ErrDuplicateColumn, 1, 6},
		{"empty", "", ErrEmpty, 1, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadIndicators(strings.NewReader(c.in), nil)
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, c.want) || pe.Line != c.line || (c.col > 0 && pe.Column != c.col) {
				t.Fatalf("err = %v, want %v at line %d column %d", err, c.want, c.line, c.col)
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
