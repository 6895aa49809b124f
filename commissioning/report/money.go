package report

import (
	"fmt"
	"strings"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// places returns the decimal places an amount in u is published with:
// pence as pounds and pence, £ and £000 whole, £m to one decimal place.
func places(u investment.Unit) int32 {
	switch u {
	case investment.Penny:
		return 2
	case investment.Million:
		return 1
	}
	return 0
}

// scaled returns m in the published unit of u, rounded half away from zero
// to its places: £1,234,567 is 1,235 in £000 and 1.2 in £m; in Penny the
// figure is in pounds, 1,234,567.00.
func scaled(m investment.Money, u investment.Unit) decimal.Decimal {
	if u == investment.Penny {
		return m.Decimal().Round(2)
	}
	return m.In(u).Round(places(u))
}

// Amount writes m in unit u as a board paper prints it: thousands
// separators, no pound sign (the column heading carries the unit),
// negatives in brackets and zero as a dash. £-1,234,567 is "(1,235)" in
// £000 and "(1.2)" in £m; in Penny it is "(1,234,567.00)".
func Amount(m investment.Money, u investment.Unit) string {
	return amountOf(scaled(m, u), u)
}

// amountOf writes a published figure, a count of u already rounded to its
// places, with the accounting verbs of investment.Money.
func amountOf(d decimal.Decimal, u investment.Unit) string {
	if d.IsZero() {
		return "–"
	}
	pounds := investment.FromDecimal(d)
	switch u {
	case investment.Penny:
		return fmt.Sprintf("%# .2f", pounds)
	case investment.Pound:
		return fmt.Sprintf("%# d", pounds)
	case investment.Thousand:
		return fmt.Sprintf("%# k", investment.FromDecimal(d.Shift(3)))
	}
	return fmt.Sprintf("%# .1m", investment.FromDecimal(d.Shift(6)))
}

// groupDigits inserts commas between groups of three digits.
func groupDigits(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	b.WriteString(s[:head])
	for i := head; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// UnitHeading is the heading a column of amounts in u carries: "£", "£000"
// or "£m" (and "£" for pence, which print as pounds and pence).
func UnitHeading(u investment.Unit) string {
	if u == investment.Penny {
		return "£"
	}
	return u.String()
}
