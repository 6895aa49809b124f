package investment_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
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
		newValue := decodedTypes[int(kind)%len(decodedTypes)]
		v := newValue()
		if err := json.Unmarshal(data, v); err != nil {
			if perr := fault.Prefixed(err.Error(), "investment"); perr != nil {
				t.Fatalf("%T from %s: %v", v, data, perr)
			}
			if errors.Unwrap(err) == nil {
				t.Fatalf("%T from %s: error %v wraps no reason", v, data, err)
			}
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%T decoded from %s does not marshal: %v", v, data, err)
		}
		w := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		if err := json.Unmarshal(b, w); err != nil {
			t.Fatalf("%T: %s, marshalled from %s, does not read back: %v", v, b, data, err)
		}
		if b2, err := json.Marshal(w); err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("%T: marshalled %s, then %s (%v)", v, b, b2, err)
		}
	})
}

// FuzzParseText checks the package's parsers of text: each either refuses
// the text with an error that starts with the package prefix once and
// wraps a reason, or returns a value whose String parses back to it.
func FuzzParseText(f *testing.F) {
	for i, s := range []string{"", "x", "2022/23", "£000", "higher", " FY 2022–23", "\xff", "−1"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, s string) {
		if err := parseText(int(kind)%7, s); err != nil {
			t.Fatalf("parser %d, %q: %v", int(kind)%7, s, err)
		}
	})
}

// parseText runs parser k on s and reports a broken property.
func parseText(k int, s string) error {
	check := func(v any, err error, parse func(string) (any, error)) error {
		if err != nil {
			if perr := fault.Prefixed(err.Error(), "investment"); perr != nil {
				return perr
			}
			if errors.Unwrap(err) == nil {
				return errors.New("error wraps no reason: " + err.Error())
			}
			return nil
		}
		str, ok := v.(interface{ String() string })
		if !ok {
			return nil
		}
		back, err := parse(str.String())
		if err != nil {
			return errors.New(str.String() + " does not parse back: " + err.Error())
		}
		if back != v {
			return errors.New(str.String() + " parses back to another value")
		}
		return nil
	}
	switch k {
	case 0:
		v, err := investment.ParseUnit(s)
		return check(v, err, func(x string) (any, error) { return investment.ParseUnit(x) })
	case 1:
		v, err := investment.ParseStreamKind(s)
		return check(v, err, func(x string) (any, error) { return investment.ParseStreamKind(x) })
	case 2:
		v, err := investment.ParseCareGroup(s)
		return check(v, err, func(x string) (any, error) { return investment.ParseCareGroup(x) })
	case 3:
		v, err := investment.ParseUpliftKind(s)
		return check(v, err, func(x string) (any, error) { return investment.ParseUpliftKind(x) })
	case 4:
		v, err := investment.ParsePressureKind(s)
		return check(v, err, func(x string) (any, error) { return investment.ParsePressureKind(x) })
	case 5:
		v, err := investment.ParseReserveKind(s)
		return check(v, err, func(x string) (any, error) { return investment.ParseReserveKind(x) })
	case 6:
		v, err := investment.ParseFinancialYear(s)
		return check(v, err, func(x string) (any, error) { return investment.ParseFinancialYear(x) })
	}
	return nil
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
