package csvcol

import (
	"errors"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

func TestReaderDelimiterAndByteOrderMark(t *testing.T) {
	for _, c := range []struct {
		in    string
		comma rune
	}{
		{"a,b,c\n1,2,3\n", ','},
		{"\ufeffa;b;c\n1;2;3\n", ';'},
		{"a\tb\tc\n1\t2\t3\n", '\t'},
		{"\"a;x\",b,c\n1,2,3\n", ','},
		{"a;b,c;d\n1;2,5;3\n", ';'},
	} {
		r := NewReader(strings.NewReader(c.in))
		h, err := r.Header()
		if err != nil || r.Comma() != c.comma || len(h) != 3 || h[0] == "" || strings.HasPrefix(h[0], "\ufeff") {
			t.Errorf("%q: header %q, comma %q, %v", c.in, h, r.Comma(), err)
			continue
		}
		rec, err := r.Record()
		if err != nil || len(rec) != 3 || r.Line() != 2 {
			t.Errorf("%q: record %q line %d, %v", c.in, rec, r.Line(), err)
		}
		if _, err := r.Record(); err != io.EOF {
			t.Errorf("%q: end %v", c.in, err)
		}
	}
	if DelimiterName(';') != "semicolon" || DelimiterName('\t') != "tab" || DelimiterName(',') != "comma" {
		t.Error("delimiter names")
	}
}

func TestReaderErrors(t *testing.T) {
	for _, c := range []struct {
		in        string
		want      error
		line, col int
	}{
		{"", ErrEmpty, 1, 0},
		{"a,b\n1\n", ErrFieldCount, 2, 0},
		{"a,b\n1,\xff\n", ErrEncoding, 2, 2},
		{"a,b\n1,\"2\n", fault.ErrSyntax, 2, 0},
		{"a\xff,b\n", ErrEncoding, 1, 1},
	} {
		r := NewReader(strings.NewReader(c.in))
		_, err := r.Header()
		if err == nil {
			_, err = r.Record()
		}
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, c.want) || e.Line != c.line || (c.col > 0 && e.Column != c.col) {
			t.Errorf("%q: %v, want %v at %d:%d", c.in, err, c.want, c.line, c.col)
		}
	}
}

func TestParseNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"1", 1}, {" 2.5 ", 2.5}, {"-3", -3}, {"−3", -3}, {"+.5", 0.5}, {"5.", 5}, {"1e3", 1000}, {"1.5E-2", 0.015},
		{"\u00a012\u00a0", 12}, {"1.7976931348623157e308", math.MaxFloat64}, {"4.9e-324", math.SmallestNonzeroFloat64}, {"1e-400", 0},
	} {
		v, err := ParseNumber(c.in)
		if err != nil || v != c.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", c.in, v, err, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want error
		hint string
	}{
		{"", ErrNotDecimal, "empty"},
		{"0x1p3", ErrNotDecimal, "hexadecimal"},
		{"0X10", ErrNotDecimal, "hexadecimal"},
		{"1_000", ErrNotDecimal, "separators"},
		{"1,000.5", ErrNotDecimal, "separators"},
		{"1,5", ErrNotDecimal, "write 1.5"},
		{"3%", ErrNotDecimal, "percentage"},
		{"NaN", fault.ErrNotFinite, ""},
		{"-Inf", fault.ErrNotFinite, ""},
		{"infinity", fault.ErrNotFinite, ""},
		{"1e309", ErrOverflow, ""},
		{"-1e999", ErrOverflow, ""},
		{".", ErrNotDecimal, ""},
		{"1e", ErrNotDecimal, ""},
		{"--1", ErrNotDecimal, ""},
		{"1 2", ErrNotDecimal, ""},
		{"0b101", ErrNotDecimal, ""},
	} {
		_, err := ParseNumber(c.in)
		var ne *NumberError
		if !errors.As(err, &ne) || !errors.Is(err, c.want) || !strings.Contains(ne.Value(), c.hint) || ne.Text != c.in {
			t.Errorf("ParseNumber(%q) = %v, want %v with hint %q", c.in, err, c.want, c.hint)
		}
	}
}

// FuzzParseNumber: what the parser accepts is finite and is what
// strconv reads from the same decimal text.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1", "-2.5e3", "0x1p3", "NaN", "1e999", "−7", "1,5", " 3 ", ".5", "5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err != nil {
			var ne *NumberError
			if !errors.As(err, &ne) || !(errors.Is(err, ErrNotDecimal) || errors.Is(err, ErrOverflow) || errors.Is(err, fault.ErrNotFinite)) {
				t.Fatalf("ParseNumber(%q): %v", s, err)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		if strings.ContainsAny(s, "xXpP_,%") || strings.Contains(strings.ToLower(s), "inf") || strings.Contains(strings.ToLower(s), "nan") {
			t.Fatalf("ParseNumber(%q) accepted %v", s, v)
		}
	})
}

// FuzzReader: the record loop never panics, every error is an *Error with
// a line, and every record it returns is valid UTF-8 with the header's
// field count.
func FuzzReader(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\ufeffa;b\n1;2\n", "a\tb\n\"1\t\",2\n", "a,b\n\"x\n", "", "a\xff\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := NewReader(strings.NewReader(s))
		h, err := r.Header()
		for err == nil {
			var rec []string
			rec, err = r.Record()
			if err == nil && len(rec) != len(h) {
				t.Fatalf("record %q for header %q", rec, h)
			}
			if err == nil && r.Line() < 2 {
				t.Fatalf("line %d", r.Line())
			}
		}
		if err == io.EOF {
			return
		}
		var e *Error
		if !errors.As(err, &e) || e.Line < 1 {
			t.Fatalf("error %v (%T)", err, err)
		}
	})
}
