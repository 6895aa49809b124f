package investment_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire/wiretest"
	investment "github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// decodedTypes are the package's types that read themselves from JSON.
var decodedTypes = []func() any{
	func() any { return new(investment.FinancialPlan) },
	func() any { return new(investment.Budget) },
	func() any { return new(investment.Schedule) },
	func() any { return new(investment.Flow) },
	func() any { return new(investment.Uplift) },
	func() any { return new(investment.Mix) },
	func() any { return new(investment.Money) },
}

// FuzzDecodeDocuments checks every type of the package that reads itself
// from JSON: on valid JSON it either fails with an error that starts with
// the package prefix once and wraps a reason, or decodes to a value that
// marshals, reads back and marshals to the same bytes.
func FuzzDecodeDocuments(f *testing.F) {
	f.Add(uint8(0), []byte(`{"name":"p","years":{"first":"2023/24","last":"2024/25"},"lines":[{"id":"l","careGroup":"older-people","base":"100","mix":{"pay":"70%","non-pay":"0.3"}}],"uplifts":[{"kind":"pay","year":"2024/25","rate":"3%"}]}`))
	f.Add(uint8(1), []byte(`[{"from":0,"rate":"3.5%"},{"from":31,"rate":0.03}]`))
	f.Add(uint8(2), []byte(`{"first":"2023/24","amounts":["1","−£2"]}`))
	f.Add(uint8(3), []byte(`{"kind":"pay","year":"2024/25","rate":3}`))
	f.Add(uint8(4), []byte(`{"pay":"0.7","non-pay":"30%"}`))
	f.Add(uint8(5), []byte(`"−£1 234.50"`))
	f.Add(uint8(6), []byte(`"2022/23"`))
	f.Add(uint8(7), []byte(`"£000"`))
	f.Add(uint8(8), []byte(`{"unit":"£000","parts":["1000"],"total":"1000","rounding":"0"}`))
	f.Add(uint8(9), []byte(`{}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		if !json.Valid(data) {
			return // encoding/json refuses it before any decoder of the package runs
		}
		if err := wiretest.DecodeProperty("investment", decodedTypes[int(kind)%len(decodedTypes)], data); err != nil {
			t.Fatal(err)
		}
	})
}

// parsers are the package's parsers of text, each a func(string) (T, error).
var parsers = []any{
	investment.ParseUnit,
	investment.ParseStreamKind,
	investment.ParseCareGroup,
	investment.ParseUpliftKind,
	investment.ParsePressureKind,
	investment.ParseReserveKind,
	investment.ParseFinancialYear,
}

// FuzzParseText checks the package's parsers of text: each either refuses
// the text with an error that starts with the package prefix once and
// wraps a reason, or returns a value whose String parses back to it.
func FuzzParseText(f *testing.F) {
	for i, s := range []string{"", "x", "2022/23", "£000", "higher", " FY 2022–23", "\xff", "−1"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, s string) {
		if err := wiretest.ParseProperty("investment", parsers[int(kind)%len(parsers)], s); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzParseRate checks the one rule for rates: text either fails with a
// prefixed error wrapping a reason, or reads as a decimal that, written as a
// fraction and as a percentage, reads back equal; and CheckRate accepts
// exactly the rates above −1 and at most 1.
func FuzzParseRate(f *testing.F) {
	for _, s := range []string{"0.03", "3%", "−1.5 %", "3", "-100%", "1e-2", "\u00a02%\u202f", "0x1p-2", "NaN", "%", "1,5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := investment.ParseRate(s)
		if err != nil {
			if perr := fault.Prefixed(err.Error(), "investment"); perr != nil || !errors.Is(err, investment.ErrSyntax) && !errors.Is(err, investment.ErrRange) {
				t.Fatalf("ParseRate(%q) = %v (%v)", s, err, perr)
			}
			return
		}
		texts := []string{r.String()}
		if r.Abs().LessThan(decimal.NewFromInt(1e12)) {
			texts = append(texts, r.Shift(2).String()+"%") // within the limits of GBP's digits
		}
		for _, text := range texts {
			back, err := investment.ParseRate(text)
			if err != nil || !back.Equal(r) {
				t.Fatalf("ParseRate(%q) = %v, but %q reads as %v, %v", s, r, text, back, err)
			}
		}
		err = investment.CheckRate(r)
		inRange := r.GreaterThan(decimal.NewFromInt(-1)) && r.LessThanOrEqual(decimal.NewFromInt(1))
		if (err == nil) != inRange {
			t.Fatalf("CheckRate(%v) = %v", r, err)
		}
		if err != nil && fault.Prefixed(err.Error(), "investment") != nil {
			t.Fatalf("CheckRate(%v) = %v: not prefixed", r, err)
		}
	})
}
