package investment

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Money is an exact amount of pounds sterling. It wraps a
// [decimal.Decimal], so arithmetic never loses a penny: sums, differences
// and products by decimals are exact, and rounding happens only where a
// caller asks for it with [Money.Round] and a [Unit].
//
// The zero Money is £0.00 and ready to use. Money is a small immutable
// value: methods return new values and never change their receiver, so it
// is safe to copy and to share between goroutines.
type Money struct {
	d decimal.Decimal
}

// The limits on values that enter through parsing, JSON and [Money.MulFloat].
const (
	// MaxIntegerDigits is the most digits a parsed amount may have before its
	// decimal point: magnitudes must be below £10^15 (a thousand trillion
	// pounds).
	MaxIntegerDigits = 15
	// MaxFractionDigits is the most digits a parsed amount may have after its
	// decimal point.
	MaxFractionDigits = 18
)

// MaxAbs is the exclusive bound on the magnitude of an amount that is
// parsed, unmarshalled or converted from a float64: £10^15.
var maxAbs = decimal.New(1, MaxIntegerDigits)

// MaxAbs returns the exclusive bound on the magnitude of parsed and
// converted amounts, £1,000,000,000,000,000.
func MaxAbs() Money { return Money{maxAbs} }

// GBP parses an amount of pounds. It accepts an optional sign, an optional
// pound sign, digits optionally grouped in threes by commas, and an
// optional fraction: "1234.56", "-0.01", "1,234.56", "£1,234.56",
// "-£1,234.56" and the accounting form "(£1,234.56)" for a negative amount.
// It reads money as word processors and spreadsheets write it: a Unicode
// minus (U+2212) or an en dash (U+2013) in place of the sign is a minus
// ("−£5"), and a no-break, narrow no-break or thin space between digits
// groups them as a comma does ("£1 234.56"). Surrounding spaces of any of
// these kinds, and spaces after the sign ("− £5"), are ignored. Exponents, NaN and infinities are
// rejected. The error is a [*ParseError] wrapping [ErrSyntax] or [ErrRange].
func GBP(s string) (Money, error) {
	m, err := parse(s)
	if err != nil {
		return Money{}, &ParseError{Func: "GBP", Input: s, Err: err}
	}
	return m, nil
}

// MustGBP is like [GBP] but panics if s does not parse. It is meant for
// tests and package-level values built from constants.
func MustGBP(s string) Money {
	m, err := GBP(s)
	if err != nil {
		panic("investment.MustGBP: " + err.Error())
	}
	return m
}

func parse(s string) (Money, error) {
	s = strings.TrimFunc(s, isMoneySpace)
	neg := false
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		neg = true
		s = s[1 : len(s)-1]
	}
	signSeen := false
	takeSign := func() {
		s = leadingMinus(s)
		if signSeen || neg || s == "" {
			return
		}
		switch s[0] {
		case '-':
			neg, signSeen = true, true
			s = strings.TrimLeftFunc(s[1:], isMoneySpace)
		case '+':
			signSeen = true
			s = strings.TrimLeftFunc(s[1:], isMoneySpace)
		}
	}
	takeSign()
	s = strings.TrimPrefix(s, "£")
	takeSign()
	// A no-break or narrow no-break space between digits groups them as a
	// comma does: "1 234.56".
	s = groupSpaces.Replace(s)
	if s == "" {
		return Money{}, fmt.Errorf("no digits: %w", ErrSyntax)
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	digits, err := integerDigits(intPart)
	if err != nil {
		return Money{}, err
	}
	if hasPoint {
		if frac == "" && digits == "" {
			return Money{}, fmt.Errorf("no digits: %w", ErrSyntax)
		}
		for i := 0; i < len(frac); i++ {
			if frac[i] < '0' || frac[i] > '9' {
				return Money{}, fmt.Errorf("unexpected %s in fraction: %w", runeAt(frac, i), ErrSyntax)
			}
		}
		if len(frac) > MaxFractionDigits {
			return Money{}, fmt.Errorf("more than %d decimal places: %w", MaxFractionDigits, ErrRange)
		}
	}
	digits = strings.TrimLeft(digits, "0")
	if len(digits) > MaxIntegerDigits {
		return Money{}, fmt.Errorf("magnitude of £10^%d or more: %w", MaxIntegerDigits, ErrRange)
	}
	text := digits
	if text == "" {
		text = "0"
	}
	if frac != "" {
		text += "." + frac
	}
	if neg {
		text = "-" + text
	}
	d, err := decimal.NewFromString(text)
	if err != nil { // unreachable for the grammar above; kept as a guard
		return Money{}, fmt.Errorf("%v: %w", err, ErrSyntax)
	}
	return Money{d}, nil
}

// integerDigits validates the part before the decimal point, either plain
// digits or digits grouped in threes by commas, and returns the digits.
func integerDigits(s string) (string, error) {
	if !strings.Contains(s, ",") {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return "", fmt.Errorf("unexpected %s: %w", runeAt(s, i), ErrSyntax)
			}
		}
		return s, nil
	}
	groups := strings.Split(s, ",")
	var b strings.Builder
	for i, g := range groups {
		if g == "" || len(g) > 3 || (i > 0 && len(g) != 3) {
			return "", fmt.Errorf("misplaced thousands separator: %w", ErrSyntax)
		}
		for j := 0; j < len(g); j++ {
			if g[j] < '0' || g[j] > '9' {
				return "", fmt.Errorf("unexpected %s: %w", runeAt(g, j), ErrSyntax)
			}
		}
		b.WriteString(g)
	}
	return b.String(), nil
}

// groupSpaces turns the no-break spaces that group digits into commas.
var groupSpaces = strings.NewReplacer("\u00a0", ",", "\u202f", ",", "\u2009", ",")

// isMoneySpace reports the spaces ignored around an amount and its sign:
// white space, the no-break space, the narrow no-break space and the thin
// space.
func isMoneySpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// runeAt quotes the character that starts at byte i of s, or the byte
// itself when it does not start valid UTF-8: 'x', '€' or byte 0xe2.
func runeAt(s string, i int) string {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n <= 1 {
		return fmt.Sprintf("byte 0x%02x (not UTF-8)", s[i])
	}
	return fmt.Sprintf("%q", r)
}

// FromPence returns the amount of p pence.
func FromPence(p int64) Money { return Money{decimal.New(p, -2)} }

// FromDecimal returns the amount of d pounds, exactly.
func FromDecimal(d decimal.Decimal) Money { return Money{d} }

// Decimal returns the amount in pounds as an exact decimal.
func (m Money) Decimal() decimal.Decimal { return m.d }

// Pence returns the amount in whole pence. It reports exact = false, and
// the amount rounded half away from zero, when the amount has a fraction of
// a penny; and returns 0, false when the pence do not fit in an int64.
func (m Money) Pence() (p int64, exact bool) {
	scaled := m.d.Shift(2)
	r := scaled.Round(0)
	if !r.BigInt().IsInt64() {
		return 0, false
	}
	return r.IntPart(), r.Equal(scaled)
}

// Float64 returns the amount in pounds as the nearest float64. It is the one
// crossing from money to statistics: use it for ratios, charts and
// indicators, never to compute money again.
func (m Money) Float64() float64 {
	f, _ := m.d.Float64()
	return f
}

// Add returns m + o.
func (m Money) Add(o Money) Money { return Money{m.d.Add(o.d)} }

// Sub returns m − o.
func (m Money) Sub(o Money) Money { return Money{m.d.Sub(o.d)} }

// Neg returns −m.
func (m Money) Neg() Money { return Money{m.d.Neg()} }

// Abs returns |m|.
func (m Money) Abs() Money { return Money{m.d.Abs()} }

// Sign returns −1, 0 or +1 as m is negative, zero or positive.
func (m Money) Sign() int { return m.d.Sign() }

// IsZero reports whether m is £0.
func (m Money) IsZero() bool { return m.d.IsZero() }

// IsNegative reports whether m is below £0.
func (m Money) IsNegative() bool { return m.d.Sign() < 0 }

// Compare compares m and o and returns −1, 0 or +1 as m is less than, equal
// to or greater than o, in the shape that [slices.SortFunc] and
// [cmp.Compare] use. £1.5 and £1.50 compare equal.
func (m Money) Compare(o Money) int { return m.d.Cmp(o.d) }

// Equal reports whether m and o are the same amount; £1.5 equals £1.50.
// It makes go-cmp compare Money by value.
func (m Money) Equal(o Money) bool { return m.d.Equal(o.d) }

// Less reports whether m < o.
func (m Money) Less(o Money) bool { return m.d.LessThan(o.d) }

// Min returns the smaller of m and o.
func (m Money) Min(o Money) Money {
	if o.d.LessThan(m.d) {
		return o
	}
	return m
}

// Max returns the larger of m and o.
func (m Money) Max(o Money) Money {
	if o.d.GreaterThan(m.d) {
		return o
	}
	return m
}

// Mul returns m × f, exactly. Round the result with [Money.Round] when a
// whole number of pence is wanted.
func (m Money) Mul(f decimal.Decimal) Money { return Money{m.d.Mul(f)} }

// MulInt returns m × n, exactly.
func (m Money) MulInt(n int64) Money { return Money{m.d.Mul(decimal.NewFromInt(n))} }

// MulFloat returns m × x, where x is taken as the shortest decimal that
// reads back as the same float64 (0.1 is 0.1, not its binary expansion).
// It is the single place where a float64 becomes money. It returns an
// error wrapping [ErrNotFinite] for a NaN or infinite x, and [ErrRange]
// when |x| is 10^15 or more.
func (m Money) MulFloat(x float64) (Money, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Money{}, fmt.Errorf("investment: MulFloat(%v): %w", x, ErrNotFinite)
	}
	if math.Abs(x) >= 1e15 {
		return Money{}, fmt.Errorf("investment: MulFloat(%v): %w", x, ErrRange)
	}
	return Money{m.d.Mul(decimal.NewFromFloat(x))}, nil
}

// Ratio returns m / o as a float64, for statistics such as a benefit–cost
// ratio. It returns [ErrDivideByZero] when o is zero.
func (m Money) Ratio(o Money) (float64, error) {
	if o.d.IsZero() {
		return 0, fmt.Errorf("investment: Ratio(%s, %s): %w", m, o, ErrDivideByZero)
	}
	q := m.d.DivRound(o.d, 20)
	f, _ := q.Float64()
	return f, nil
}

// Sum returns the exact total of ms; the sum of none is £0.
func Sum(ms ...Money) Money {
	var t decimal.Decimal
	for _, m := range ms {
		t = t.Add(m.d)
	}
	return Money{t}
}

// String returns the amount with a pound sign, thousands separators and at
// least two decimal places, keeping every further significant digit: "£1,234.50",
// "-£0.01", "£0.125". [GBP] parses it back to an equal amount.
func (m Money) String() string {
	return figure(m.d, m.places(), figureStyle{symbol: true})
}

// GoString returns a Go expression for m, for %#v.
func (m Money) GoString() string {
	return fmt.Sprintf("investment.MustGBP(%q)", m.plain())
}

// places returns the decimal places needed to show m without loss: at
// least two, and no trailing zeros beyond them.
func (m Money) places() int32 {
	_, frac, _ := strings.Cut(m.d.String(), ".")
	return max(2, int32(len(frac)))
}

// group inserts commas between groups of three digits.
func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}
