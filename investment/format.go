package investment

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Format implements [fmt.Formatter], so that tables print money with the
// fmt verbs and no work on bytes. The verb chooses the unit and its
// default number of decimal places:
//
//	%v, %s  pounds, every significant digit, as [Money.String]  £1,234.56
//	%f      pounds and pence (precision: decimal places, default 2)  £1,234.56
//	%d      whole pounds                                        £1,235
//	%k      thousands (£000), default 0 places                  £1,235k
//	%m      millions (£m), default 3 places                     £1.235m
//	%q      %s as a quoted Go string                            "£1,234.56"
//	%#v     a Go expression                                     investment.MustGBP("1234.56")
//
// A precision sets the decimal places of any verb but %d: %.1m prints
// £1.2m and %.0f £1,235. Amounts are rounded half away from zero, as
// [Money.Round] rounds; every form groups thousands with commas. The flags:
//
//	' '  the bare figure, without "£" and without the unit's suffix, for a
//	     column whose heading names the unit: "% k" prints 1,235 (£000)
//	'#'  accounting negatives in brackets: "%# k" prints (1,453) where %k
//	     prints -£1,453k
//	'+'  a plus sign on positive amounts: +£1.00 (not with %v, where fmt
//	     uses '+' to print the field names of structs)
//	'-'  pad on the right within the width; otherwise the width pads on
//	     the left, so that figures line up in a column: "% 8k" is "   1,235"
//
// The width counts characters ("£" is one), and padding is always with
// spaces. [Money.FormatIn] gives the forms of %f, %d, %k and %m by [Unit].
// An unknown verb prints as fmt prints a bad verb: %!x(investment.Money=£1.00).
func (m Money) Format(s fmt.State, verb rune) {
	var text string
	switch verb {
	case 'v', 's', 'q':
		if verb == 'v' && s.Flag('#') {
			text = m.GoString()
			break
		}
		if _, ok := s.Precision(); ok {
			text = m.layout(s, verb, Penny)
		} else {
			text = m.layout(s, verb, -1)
		}
		if verb == 'q' {
			text = fmt.Sprintf("%q", text)
		}
	case 'f':
		text = m.layout(s, verb, Penny)
	case 'd':
		text = m.layout(s, verb, Pound)
	case 'k':
		text = m.layout(s, verb, Thousand)
	case 'm':
		text = m.layout(s, verb, Million)
	default:
		text = "%!" + string(verb) + "(investment.Money=" + m.String() + ")"
		_, _ = s.Write([]byte(text))
		return
	}
	pad(s, text)
}

// layout writes m in unit u under the flags and precision of s; u = -1
// keeps every significant digit, as [Money.String] does. With %v the '+'
// flag is fmt's request for field names in structs, not a sign.
func (m Money) layout(s fmt.State, verb rune, u Unit) string {
	var places int32
	var d decimal.Decimal
	switch {
	case u < 0:
		places, d = m.places(), m.d
	default:
		places = unitPlaces(u)
		if p, ok := s.Precision(); ok && u != Pound {
			places = int32(min(p, 4*MaxFractionDigits))
		}
		d = m.d.Shift(-unitShift(u)).Round(places)
	}
	return figure(d, places, figureStyle{
		symbol:     !s.Flag(' '),
		suffix:     !s.Flag(' '),
		brackets:   s.Flag('#'),
		plus:       s.Flag('+') && verb != 'v',
		unitSuffix: unitSuffix(u),
	})
}

// unitShift returns the power of ten a figure in unit u counts: pence are
// shown as pounds and pence.
func unitShift(u Unit) int32 {
	if u == Penny {
		return 0
	}
	return u.exp()
}

// unitPlaces returns the decimal places a unit shows by default.
func unitPlaces(u Unit) int32 {
	switch u {
	case Penny:
		return 2
	case Million:
		return 3
	}
	return 0
}

// unitSuffix returns the letter after a figure in unit u: "k" for
// thousands, "m" for millions.
func unitSuffix(u Unit) string {
	switch u {
	case Thousand:
		return "k"
	case Million:
		return "m"
	}
	return ""
}

// figureStyle says how [figure] writes an amount.
type figureStyle struct {
	symbol, suffix, brackets, plus bool
	unitSuffix                     string
}

// figure writes d (already in the unit and rounded as wanted) with the
// given decimal places, thousands separators and the style's sign, symbol
// and suffix.
func figure(d decimal.Decimal, places int32, st figureStyle) string {
	neg := d.Sign() < 0
	intPart, frac, _ := strings.Cut(d.Abs().StringFixed(places), ".")
	var b strings.Builder
	switch {
	case neg && st.brackets:
		b.WriteByte('(')
	case neg:
		b.WriteByte('-')
	case st.plus && d.Sign() > 0:
		b.WriteByte('+')
	}
	if st.symbol {
		b.WriteString("£")
	}
	b.WriteString(group(intPart))
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	if st.suffix {
		b.WriteString(st.unitSuffix)
	}
	if neg && st.brackets {
		b.WriteByte(')')
	}
	return b.String()
}

// pad writes text to s within its width, on the left unless the '-' flag
// asks for the right.
func pad(s fmt.State, text string) {
	w, ok := s.Width()
	n := utf8.RuneCountInString(text)
	if !ok || w <= n {
		_, _ = s.Write([]byte(text))
		return
	}
	fill := strings.Repeat(" ", w-n)
	if s.Flag('-') {
		_, _ = s.Write([]byte(text + fill))
		return
	}
	_, _ = s.Write([]byte(fill + text))
}

// FormatIn rounds m half away from zero and writes it the way published
// tables do, as the verbs of [Money.Format] do: Penny "£1,234.56" (%f),
// Pound "£1,235" (%d), Thousand "£1,235k" (%k), Million "£1.235m" (%m,
// millions to three decimal places, that is to the nearest £1,000). A
// negative amount starts with "-". It panics for a Unit other than the four
// defined, which is a programming error.
func (m Money) FormatIn(u Unit) string {
	places := unitPlaces(u) // panics below for an unknown unit
	d := m.d.Shift(-unitShift(u)).Round(places)
	return figure(d, places, figureStyle{symbol: true, suffix: true, unitSuffix: unitSuffix(u)})
}
