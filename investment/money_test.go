package investment

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestGBP(t *testing.T) {
	tests := []struct {
		in   string
		want string // plain decimal pounds
	}{
		{"1234.56", "1234.56"},
		{"-0.01", "-0.01"},
		{"1,234.56", "1234.56"},
		{"£1,234.56", "1234.56"},
		{"-£1,234.56", "-1234.56"},
		{"£-1,234.56", "-1234.56"},
		{"(£1,234.56)", "-1234.56"},
		{"+5", "5"},
		{"  42.5 ", "42.5"},
		{"0", "0"},
		{".5", "0.5"},
		{"5.", "5"},
		{"£1,000,000", "1000000"},
		{"0.125", "0.125"},
		{"999,999,999,999,999.99", "999999999999999.99"},
		{"0001.10", "1.1"},
	}
	for _, tt := range tests {
		got, err := GBP(tt.in)
		if err != nil {
			t.Errorf("GBP(%q) error: %v", tt.in, err)
			continue
		}
		if want := decimal.RequireFromString(tt.want); !got.Decimal().Equal(want) {
			t.Errorf("GBP(%q) = %s, want %s", tt.in, got.Decimal(), want)
		}
	}
}

func TestGBPErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrSyntax},
		{"   ", ErrSyntax},
		{"1.2.3", ErrSyntax},
		{"£", ErrSyntax},
		{"-", ErrSyntax},
		{".", ErrSyntax},
		{"NaN", ErrSyntax},
		{"Inf", ErrSyntax},
		{"-Infinity", ErrSyntax},
		{"1e999999", ErrSyntax},
		{"1e3", ErrSyntax},
		{"12,34.00", ErrSyntax},
		{"1,2345", ErrSyntax},
		{",123", ErrSyntax},
		{"1,234,", ErrSyntax},
		{"--1", ErrSyntax},
		{"(-1)", ErrSyntax},
		{"£ 1", ErrSyntax},
		{"1 000", ErrSyntax},
		{"12a", ErrSyntax},
		{"1.2x", ErrSyntax},
		{"$5", ErrSyntax},
		{"1000000000000000", ErrRange},
		{"-1,000,000,000,000,000.00", ErrRange},
		{"0.0000000000000000001", ErrRange},
	}
	for _, tt := range tests {
		_, err := GBP(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("GBP(%q) error = %v, want %v", tt.in, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Func != "GBP" {
			t.Errorf("GBP(%q) error = %#v, want a *ParseError naming the input", tt.in, err)
		}
	}
}

func TestMustGBPPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustGBP(\"x\") did not panic")
		}
	}()
	MustGBP("x")
}

func TestArithmetic(t *testing.T) {
	a, b := MustGBP("10.05"), MustGBP("-3.10")
	checks := []struct {
		name      string
		got, want Money
	}{
		{"Add", a.Add(b), MustGBP("6.95")},
		{"Sub", a.Sub(b), MustGBP("13.15")},
		{"Neg", b.Neg(), MustGBP("3.10")},
		{"Abs", b.Abs(), MustGBP("3.1")},
		{"Mul", a.Mul(decimal.RequireFromString("1.5")), MustGBP("15.075")},
		{"MulInt", a.MulInt(3), MustGBP("30.15")},
		{"Sum", Sum(a, b, FromPence(5)), MustGBP("7.00")},
		{"Sum()", Sum(), Money{}},
		{"Min", a.Min(b), b},
		{"Max", a.Max(b), a},
		{"FromPence", FromPence(-123456), MustGBP("-1234.56")},
	}
	for _, c := range checks {
		if !c.got.Equal(c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if a.Sign() != 1 || b.Sign() != -1 || (Money{}).Sign() != 0 {
		t.Error("Sign is wrong")
	}
	if !(Money{}).IsZero() || a.IsZero() || !b.IsNegative() {
		t.Error("IsZero/IsNegative is wrong")
	}
	if a.Compare(b) != 1 || b.Compare(a) != -1 || !MustGBP("1.5").Equal(MustGBP("1.50")) || !b.Less(a) {
		t.Error("comparison is wrong")
	}
}

func TestMulFloat(t *testing.T) {
	m := MustGBP("100.00")
	got, err := m.MulFloat(0.1)
	if err != nil || !got.Equal(MustGBP("10")) {
		t.Errorf("MulFloat(0.1) = %v, %v; want £10.00", got, err)
	}
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := m.MulFloat(x); !errors.Is(err, ErrNotFinite) {
			t.Errorf("MulFloat(%v) error = %v, want ErrNotFinite", x, err)
		}
	}
	if _, err := m.MulFloat(1e16); !errors.Is(err, ErrRange) {
		t.Errorf("MulFloat(1e16) error = %v, want ErrRange", err)
	}
}

func TestPence(t *testing.T) {
	tests := []struct {
		in    string
		p     int64
		exact bool
	}{
		{"1234.56", 123456, true},
		{"-0.01", -1, true},
		{"0.005", 1, false},
		{"-0.005", -1, false},
		{"999999999999999.99", 99999999999999999, true},
	}
	for _, tt := range tests {
		p, exact := MustGBP(tt.in).Pence()
		if p != tt.p || exact != tt.exact {
			t.Errorf("GBP(%s).Pence() = %d, %v; want %d, %v", tt.in, p, exact, tt.p, tt.exact)
		}
	}
	big := FromDecimal(decimal.New(1, 30))
	if p, exact := big.Pence(); p != 0 || exact {
		t.Errorf("£10^30 Pence() = %d, %v; want 0, false", p, exact)
	}
}

func TestRatio(t *testing.T) {
	r, err := MustGBP("135.4516").Ratio(MustGBP("100"))
	if err != nil || math.Abs(r-1.354516) > 1e-15 {
		t.Errorf("Ratio = %v, %v", r, err)
	}
	if _, err := MustGBP("1").Ratio(Money{}); !errors.Is(err, ErrDivideByZero) {
		t.Errorf("Ratio by zero error = %v, want ErrDivideByZero", err)
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		in       string
		u        Unit
		away, ev string
	}{
		{"2.345", Penny, "2.35", "2.34"},
		{"-2.345", Penny, "-2.35", "-2.34"},
		{"2.355", Penny, "2.36", "2.36"},
		{"2.5", Pound, "3", "2"},
		{"-2.5", Pound, "-3", "-2"},
		{"1500", Thousand, "2000", "2000"},
		{"2500", Thousand, "3000", "2000"},
		{"1234567.89", Million, "1000000", "1000000"},
		{"2500000", Million, "3000000", "2000000"},
	}
	for _, tt := range tests {
		m := MustGBP(tt.in)
		if got := m.Round(tt.u); !got.Equal(MustGBP(tt.away)) {
			t.Errorf("GBP(%s).Round(%v) = %v, want %s", tt.in, tt.u, got, tt.away)
		}
		if got := m.RoundHalfEven(tt.u); !got.Equal(MustGBP(tt.ev)) {
			t.Errorf("GBP(%s).RoundHalfEven(%v) = %v, want %s", tt.in, tt.u, got, tt.ev)
		}
	}
	if got := MustGBP("-1999.99").Truncate(Thousand); !got.Equal(MustGBP("-1000")) {
		t.Errorf("Truncate = %v", got)
	}
	if !MustGBP("3000").IsWhole(Thousand) || MustGBP("3000.01").IsWhole(Pound) {
		t.Error("IsWhole is wrong")
	}
	if got := MustGBP("1234.56").In(Thousand); !got.Equal(decimal.RequireFromString("1.23456")) {
		t.Errorf("In(Thousand) = %v", got)
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		in   string
		u    Unit
		want string
	}{
		{"1234.56", Penny, "£1,234.56"},
		{"1234.56", Pound, "£1,235"},
		{"1234.56", Thousand, "£1k"},
		{"1234567", Thousand, "£1,235k"},
		{"1234567", Million, "£1.235m"},
		{"-1234.565", Penny, "-£1,234.57"},
		{"0", Penny, "£0.00"},
		{"0.004", Penny, "£0.00"},
		{"-0.004", Penny, "£0.00"},
		{"999.5", Pound, "£1,000"},
		{"123456789012.5", Million, "£123,456.789m"},
	}
	for _, tt := range tests {
		if got := MustGBP(tt.in).FormatIn(tt.u); got != tt.want {
			t.Errorf("GBP(%s).FormatIn(%v) = %q, want %q", tt.in, tt.u, got, tt.want)
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1234.5", "£1,234.50"},
		{"-0.01", "-£0.01"},
		{"0.125", "£0.125"},
		{"0", "£0.00"},
		{"1000000", "£1,000,000.00"},
	}
	for _, tt := range tests {
		m := MustGBP(tt.in)
		if got := m.String(); got != tt.want {
			t.Errorf("GBP(%s).String() = %q, want %q", tt.in, got, tt.want)
		}
		back, err := GBP(m.String())
		if err != nil || !back.Equal(m) {
			t.Errorf("GBP(%q) = %v, %v; want %v", m.String(), back, err, m)
		}
	}
	if got := (Money{}).String(); got != "£0.00" {
		t.Errorf("zero Money prints %q, want £0.00", got)
	}
}

func TestJSON(t *testing.T) {
	type line struct {
		Amount Money            `json:"amount"`
		ByKey  map[string]Money `json:"by_key"`
	}
	in := line{Amount: MustGBP("-1234.5"), ByKey: map[string]Money{"a": MustGBP("0.125")}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"amount":"-1234.50","by_key":{"a":"0.125"}}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var out line
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

func TestUnmarshalJSONNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{`12.34`, "12.34"},
		{`"£1,234.56"`, "1234.56"},
		{`-0.01`, "-0.01"},
		{`1.5e3`, "1500"},
		{`0.1000000000000000000000`, "0.1"},
		// A float64 would turn this into 9007199254740992.
		{`123456789012345.67`, "123456789012345.67"},
	}
	for _, tt := range tests {
		var m Money
		if err := json.Unmarshal([]byte(tt.in), &m); err != nil {
			t.Errorf("Unmarshal(%s) error: %v", tt.in, err)
			continue
		}
		if !m.Equal(MustGBP(tt.want)) {
			t.Errorf("Unmarshal(%s) = %v, want %s", tt.in, m, tt.want)
		}
	}
	bad := []struct {
		in   string
		want error
	}{
		{`1e999999`, ErrRange},
		{`1e-999999`, ErrRange},
		{`1e15`, ErrRange},
		{`0.0000000000000000001`, ErrRange},
		{`"NaN"`, ErrSyntax},
		{`true`, ErrSyntax},
		{`"1.2.3"`, ErrSyntax},
		{`{}`, ErrSyntax},
	}
	for _, tt := range bad {
		var m Money
		err := json.Unmarshal([]byte(tt.in), &m)
		if !errors.Is(err, tt.want) {
			t.Errorf("Unmarshal(%s) error = %v, want %v", tt.in, err, tt.want)
		}
	}
	m := MustGBP("5")
	if err := json.Unmarshal([]byte("null"), &m); err != nil || !m.Equal(MustGBP("5")) {
		t.Errorf("Unmarshal(null) changed the value to %v, %v", m, err)
	}
}

func TestText(t *testing.T) {
	m := MustGBP("-42.10")
	b, err := m.MarshalText()
	if err != nil || string(b) != "-42.10" {
		t.Errorf("MarshalText = %s, %v", b, err)
	}
	var back Money
	if err := back.UnmarshalText(b); err != nil || !back.Equal(m) {
		t.Errorf("UnmarshalText(%s) = %v, %v", b, back, err)
	}
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v, want ErrSyntax", err)
	}
}

func TestUnitString(t *testing.T) {
	want := map[Unit]string{Penny: "p", Pound: "£", Thousand: "£000", Million: "£m", Unit(9): "Unit(9)"}
	for u, s := range want {
		if u.String() != s {
			t.Errorf("Unit(%d).String() = %q, want %q", int(u), u.String(), s)
		}
	}
	if !Thousand.Amount().Equal(MustGBP("1000")) {
		t.Errorf("Thousand.Amount() = %v", Thousand.Amount())
	}
}

// The money type never changes shopspring's package variables, and no code
// path of this package may either: they are process-wide settings that
// other code relies on.
func TestShopspringDefaultsUntouched(t *testing.T) {
	if decimal.DivisionPrecision != 16 {
		t.Errorf("decimal.DivisionPrecision = %d, want the default 16", decimal.DivisionPrecision)
	}
	if decimal.PowPrecisionNegativeExponent != 16 {
		t.Errorf("decimal.PowPrecisionNegativeExponent = %d, want 16", decimal.PowPrecisionNegativeExponent)
	}
	if decimal.MarshalJSONWithoutQuotes {
		t.Error("decimal.MarshalJSONWithoutQuotes = true, want the default false")
	}
	if decimal.ExpMaxIterations != 1000 {
		t.Errorf("decimal.ExpMaxIterations = %d, want 1000", decimal.ExpMaxIterations)
	}
}

func TestFormatter(t *testing.T) {
	tests := []struct {
		format, in, want string
	}{
		{"%v", "1234.56", "£1,234.56"},
		{"%s", "0.125", "£0.125"},
		{"%v", "-1234.5", "-£1,234.50"},
		{"%.1v", "1234.56", "£1,234.6"},
		{"%q", "1234.5", `"£1,234.50"`},
		{"%#v", "1234.5", `investment.MustGBP("1234.50")`},
		{"%f", "1234.565", "£1,234.57"},
		{"%.0f", "1234.5", "£1,235"},
		{"%.3f", "0.0005", "£0.001"},
		{"%d", "1234.5", "£1,235"},
		{"%d", "-999.5", "-£1,000"},
		{"%k", "1234567", "£1,235k"},
		{"% k", "1234567", "1,235"},
		{"% k", "-1452500", "-1,453"},
		{"%# k", "-1452500", "(1,453)"},
		{"%#k", "-1452500", "(£1,453k)"},
		{"%# k", "1452500", "1,453"},
		{"%# k", "-400", "0"},
		{"%m", "1234567", "£1.235m"},
		{"%.1m", "1234567", "£1.2m"},
		{"% .1m", "-1250000", "-1.3"},
		{"%# .1m", "-1250000", "(1.3)"},
		{"%+d", "5", "+£5"},
		{"%+v", "5", "£5.00"},
		{"%+s", "5", "+£5.00"},
		{"%+d", "0", "£0"},
		{"% f", "1234567.891", "1,234,567.89"},
		{"%10d", "1234", "    £1,234"},
		{"%-10d|", "1234", "£1,234    |"},
		{"% 8k", "1234567", "   1,235"},
		{"%3d", "1234", "£1,234"},
		{"%x", "1", "%!x(investment.Money=£1.00)"},
	}
	for _, tt := range tests {
		if got := fmt.Sprintf(tt.format, MustGBP(tt.in)); got != tt.want {
			t.Errorf("Sprintf(%q, %s) = %q, want %q", tt.format, tt.in, got, tt.want)
		}
	}
	// FormatIn is the verbs' layout by unit.
	verbs := map[Unit]string{Penny: "%f", Pound: "%d", Thousand: "%k", Million: "%m"}
	for _, in := range []string{"0", "1234.565", "-1234567.891", "999999.5", "0.004", "-123456789012.5"} {
		m := MustGBP(in)
		for u, verb := range verbs {
			if a, b := m.FormatIn(u), fmt.Sprintf(verb, m); a != b {
				t.Errorf("%s: FormatIn(%v) = %q but %s gives %q", in, u, a, verb, b)
			}
		}
		if a, b := m.String(), fmt.Sprint(m); a != b {
			t.Errorf("%s: String() = %q but Sprint gives %q", in, a, b)
		}
	}
}

func TestUnitText(t *testing.T) {
	for _, u := range []Unit{Penny, Pound, Thousand, Million} {
		text, err := u.MarshalText()
		var back Unit = 99
		if err != nil || back.UnmarshalText(text) != nil || back != u {
			t.Errorf("%v: MarshalText = %q, %v; read back %v", u, text, err, back)
		}
		if p, err := ParseUnit(u.String()); err != nil || p != u {
			t.Errorf("ParseUnit(%q) = %v, %v", u.String(), p, err)
		}
	}
	if _, err := ParseUnit("k"); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("ParseUnit(\"k\") error = %v, want ErrUnknownKind", err)
	}
	if _, err := Unit(7).MarshalText(); !errors.Is(err, ErrUnknownKind) || Unit(7).String() != "Unit(7)" || Unit(7).Valid() {
		t.Errorf("Unit(7): MarshalText error %v, String %q", err, Unit(7).String())
	}
}
