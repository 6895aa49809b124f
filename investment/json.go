package investment

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// MarshalJSON writes m as a JSON string of plain decimal pounds with at least
// two decimal places, such as "1234.50" or "-0.01", never as a JSON number,
// so that no reader passes it through a float.
func (m Money) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '"')
	b = append(b, m.plain()...)
	b = append(b, '"')
	return b, nil
}

// UnmarshalJSON reads a JSON string in any form [GBP] accepts, or a JSON
// number, whose literal text is parsed as a decimal without passing
// through float64. JSON null leaves m unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil
	}
	var text string
	if len(data) > 0 && data[0] == '"' {
		if err := json.Unmarshal(data, &text); err != nil {
			return &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: fmt.Errorf("not a JSON string: %w", ErrSyntax)}
		}
	} else {
		v, err := fromNumberLiteral(string(data))
		if err != nil {
			return &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: err}
		}
		*m = v
		return nil
	}
	v, err := parse(text)
	if err != nil {
		return &ParseError{Func: "UnmarshalJSON", Input: text, Err: err}
	}
	*m = v
	return nil
}

// MarshalText writes m as plain decimal pounds, such as "1234.50"; it makes
// Money usable as a map key in JSON and in other text encodings.
func (m Money) MarshalText() ([]byte, error) { return []byte(m.plain()), nil }

// UnmarshalText reads any form [GBP] accepts.
func (m *Money) UnmarshalText(text []byte) error {
	v, err := parse(string(text))
	if err != nil {
		return &ParseError{Func: "UnmarshalText", Input: string(text), Err: err}
	}
	*m = v
	return nil
}

// plain returns m as a decimal without grouping or pound sign, with at least
// two decimal places.
func (m Money) plain() string {
	return m.d.StringFixed(m.places())
}

// fromNumberLiteral reads the text of a JSON number, exponent included,
// exactly, and applies the same limits as [GBP].
func fromNumberLiteral(text string) (Money, error) {
	if !json.Valid([]byte(text)) || text == "" || (text[0] != '-' && (text[0] < '0' || text[0] > '9')) {
		return Money{}, fmt.Errorf("not a number: %w", ErrSyntax)
	}
	if i := strings.IndexAny(text, "eE"); i >= 0 {
		// Refuse a huge exponent before the decimal library builds the number.
		if e, err := strconv.Atoi(strings.TrimPrefix(text[i+1:], "+")); err != nil || e > 100 || e < -100 {
			return Money{}, fmt.Errorf("exponent %s: %w", text[i+1:], ErrRange)
		}
	}
	d, err := decimal.NewFromString(text)
	if err != nil {
		return Money{}, fmt.Errorf("%v: %w", err, ErrSyntax)
	}
	// Bound the exponent before any comparison rescales the coefficient.
	if exp := int64(d.Exponent()); exp > MaxIntegerDigits || exp < -4*MaxFractionDigits {
		return Money{}, fmt.Errorf("exponent %d: %w", exp, ErrRange)
	}
	if d.Abs().Compare(maxAbs) >= 0 {
		return Money{}, fmt.Errorf("magnitude of £10^%d or more: %w", MaxIntegerDigits, ErrRange)
	}
	if -d.Exponent() > MaxFractionDigits {
		r := d.Round(MaxFractionDigits)
		if !r.Equal(d) {
			return Money{}, fmt.Errorf("more than %d decimal places: %w", MaxFractionDigits, ErrRange)
		}
		d = r
	}
	return Money{d}, nil
}

// jsonDecimal reads an exact decimal, such as a rate or a share, from a
// JSON string or number, with the limits of [GBP] and the percentages of
// [ParseRate], failing with a [*ParseError] rather than the decimal
// library's message.
type jsonDecimal decimal.Decimal

// UnmarshalJSON reads "0.03", 0.03 or "3%"; JSON null leaves d unchanged.
func (d *jsonDecimal) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil
	}
	text := string(data)
	if len(data) > 0 && data[0] == '"' {
		if err := json.Unmarshal(data, &text); err != nil {
			return &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: fmt.Errorf("not a JSON string: %w", ErrSyntax)}
		}
		v, err := parseRate(text)
		if err != nil {
			return &ParseError{Func: "UnmarshalJSON", Input: text, Err: err}
		}
		*d = jsonDecimal(v)
		return nil
	}
	m, err := fromNumberLiteral(text)
	if err != nil {
		return &ParseError{Func: "UnmarshalJSON", Input: text, Err: err}
	}
	*d = jsonDecimal(m.d)
	return nil
}

// UnmarshalJSON reads a cost mix, an object of shares by uplift kind such
// as {"pay":"0.7","non-pay":"0.3"}. A share that is not a decimal or a key
// that is not an uplift kind gives a [*FieldError] naming it ("[pay]").
// JSON null leaves x unchanged.
func (x *Mix) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return &FieldError{Err: fmt.Errorf("a cost mix is an object of shares by uplift kind: %w", ErrSyntax)}
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make(Mix, len(raw))
	for _, k := range keys {
		var kind UpliftKind
		if err := kind.UnmarshalText([]byte(k)); err != nil {
			return &FieldError{Path: "[" + k + "]", Err: err}
		}
		var share jsonDecimal
		if err := share.UnmarshalJSON(raw[k]); err != nil {
			return &FieldError{Path: "[" + k + "]", Err: err}
		}
		out[kind] = decimal.Decimal(share)
	}
	*x = out
	return nil
}

// uplift is the JSON form of an [Uplift], read strictly.
type uplift struct {
	Kind UpliftKind    `json:"kind"`
	Year FinancialYear `json:"year"`
	Rate jsonRate      `json:"rate"`
	Note string        `json:"note,omitempty"`
}

// UnmarshalJSON reads an uplift strictly: an unknown field, or a rate that
// is not a decimal, gives a [*FieldError] naming it.
func (u *Uplift) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var v uplift
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	*u = Uplift{Kind: v.Kind, Year: v.Year, Rate: decimal.Decimal(v.Rate), Note: v.Note}
	return nil
}

// UnmarshalJSON reads a financial plan strictly, as the library reads its
// own documents: a field the plan does not have, or one that does not
// decode (bad money, a rate or share that is not a decimal, an unknown
// kind, a malformed year), gives a [*FieldError] naming its path, such as
// streams[2].amounts[2024/25] or lines[1].mix[pay]. It does not validate
// the plan: see [FinancialPlan.Validate].
func (p *FinancialPlan) UnmarshalJSON(data []byte) error {
	type plain FinancialPlan // without this method
	var v plain
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	*p = FinancialPlan(v)
	return nil
}

// UnmarshalJSON reads a budget strictly, as [FinancialPlan.UnmarshalJSON]
// reads a plan.
func (b *Budget) UnmarshalJSON(data []byte) error {
	type plain Budget // without this method
	var v plain
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	*b = Budget(v)
	return nil
}
