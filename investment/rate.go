package investment

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// ErrRateTooHigh reports an uplift or discount rate above 1 (100% a year),
// which is almost always a percentage written as a whole number: 3 meant
// as 3% is 0.03.
var ErrRateTooHigh = errors.New("rate above 100% (a rate is a fraction: 0.03 is 3%)")

// maxRate is the largest uplift or discount rate: 1, 100% a year (see
// the package documentation, "Rates and percentages").
var maxRate = decimal.NewFromInt(1)

// ParseRate reads a rate or share as text by the package's one rule for
// rates (see "Rates and percentages" in the package documentation):
// "0.03", "3%", "−1.5%". It
// applies the limits of [GBP] to the digits and refuses NaN, infinities,
// hexadecimal and digit separators, with a [*ParseError] wrapping [ErrSyntax] or [ErrRange]. It
// does not check the range of the result: call [CheckRate] for an uplift or
// discount rate.
func ParseRate(s string) (decimal.Decimal, error) {
	d, err := parseRate(s)
	if err != nil {
		return decimal.Decimal{}, &ParseError{Func: "ParseRate", Input: s, Err: err}
	}
	return d, nil
}

// parseRate is [ParseRate] without the error's function and input.
func parseRate(s string) (decimal.Decimal, error) {
	t := strings.TrimFunc(s, isSpace)
	t = leadingMinus(t)
	pct := false
	if rest, ok := strings.CutSuffix(t, "%"); ok {
		pct = true
		t = strings.TrimRightFunc(rest, isSpace)
	}
	if t == "" {
		return decimal.Decimal{}, fmt.Errorf("no digits: %w", ErrSyntax)
	}
	if strings.ContainsAny(t, ",£()") {
		return decimal.Decimal{}, fmt.Errorf("unexpected %q in a rate: %w", t[strings.IndexAny(t, ",£()")], ErrSyntax)
	}
	m, err := fromNumberLiteral(t)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if pct {
		return m.d.Shift(-2), nil
	}
	return m.d, nil
}

// CheckRate returns nil when r is a plausible uplift or discount rate,
// above −1 (−100%) and at most 1 (100% a year), and otherwise an error
// wrapping [ErrRate] (at or below −100%) or [ErrRateTooHigh] (above 100%),
// which suggests the fraction meant: "rate 3 (300%): did you mean 0.03
// (3%)?".
func CheckRate(r decimal.Decimal) error {
	if err := checkRate(r); err != nil {
		return fmt.Errorf("investment: %w", err)
	}
	return nil
}

// checkRate is [CheckRate] without the package prefix.
func checkRate(r decimal.Decimal) error {
	switch {
	case r.LessThanOrEqual(minusOne):
		return fmt.Errorf("rate %s (%s): %w", r, percent(r), ErrRate)
	case r.GreaterThan(maxRate):
		return fmt.Errorf("rate %s (%s): did you mean %s (%s%%)?: %w", r, percent(r), r.Shift(-2), r, ErrRateTooHigh)
	}
	return nil
}

// isSpace reports the spaces ignored around numbers: the ASCII space and
// tab, the no-break space U+00A0 and the narrow no-break space U+202F.
func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' }

// leadingMinus rewrites a leading Unicode minus sign (U+2212) or en dash
// (U+2013, which word processors put for a typed minus) as '-'.
func leadingMinus(s string) string {
	for _, m := range [...]string{"\u2212", "\u2013"} {
		if rest, ok := strings.CutPrefix(s, m); ok {
			return "-" + rest
		}
	}
	return s
}

// jsonRate reads an uplift or discount rate from a JSON string or number
// by the rule of [ParseRate] and [CheckRate].
type jsonRate decimal.Decimal

// UnmarshalJSON reads "0.03", 0.03 or "3%"; JSON null leaves r unchanged.
func (r *jsonRate) UnmarshalJSON(data []byte) error {
	var d jsonDecimal
	if err := d.UnmarshalJSON(data); err != nil {
		return err
	}
	if err := checkRate(decimal.Decimal(d)); err != nil {
		return &FieldError{Err: err}
	}
	*r = jsonRate(d)
	return nil
}
