package investment

import (
	"bytes"
	"encoding/json"
	"fmt"
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
			return fmt.Errorf("investment: Money from JSON %s: %w", data, ErrSyntax)
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
		return &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: err}
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
		return Money{}, fmt.Errorf("not a JSON number: %w", ErrSyntax)
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
