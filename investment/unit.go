package investment

import (
	"fmt"

	"github.com/opencommissioning/scp/internal/enum"
	"github.com/shopspring/decimal"
)

// Unit is a granularity of money for rounding, allocation and display:
// pence, pounds, thousands of pounds (£000) or millions (£m), as published
// tables use them. The zero Unit is Penny.
type Unit int

// The units.
const (
	Penny    Unit = iota // £0.01
	Pound                // £1
	Thousand             // £1,000 (tables in £000)
	Million              // £1,000,000 (tables in £m)
)

// exp returns the power of ten that one unit is, in pounds.
func (u Unit) exp() int32 {
	switch u {
	case Penny:
		return -2
	case Pound:
		return 0
	case Thousand:
		return 3
	case Million:
		return 6
	}
	panic(fmt.Sprintf("investment: unknown Unit %d", int(u)))
}

// Amount returns one of u, as money: £0.01, £1, £1,000 or £1,000,000.
func (u Unit) Amount() Money { return Money{decimal.New(1, u.exp())} }

var unitCodec = enum.New[Unit]("investment", "Unit", Penny, ErrUnknownKind, "p", "£", "£000", "£m").WithError(nameError)

// String returns the unit as a table heading writes it: "p", "£", "£000"
// or "£m"; [ParseUnit] reads it back.
func (u Unit) String() string { return unitCodec.String(u) }

// Valid reports whether u is one of the four units.
func (u Unit) Valid() bool { return unitCodec.Valid(u) }

// ParseUnit parses a unit as [Unit.String] writes it, such as "£000".
func ParseUnit(s string) (Unit, error) { return unitCodec.Parse(s) }

// MarshalText writes the unit as [Unit.String] does; it fails for an
// unknown unit.
func (u Unit) MarshalText() ([]byte, error) { return unitCodec.Marshal(u) }

// UnmarshalText reads a unit as [Unit.String] writes it; u is unchanged on
// error.
func (u *Unit) UnmarshalText(b []byte) error { return unitCodec.Unmarshal(u, b) }

// Round returns m rounded to a whole number of u, half away from zero:
// £2.345 to the penny is £2.35 and −£2.345 is −£2.35; £1,500 to the
// thousand is £2,000. This is the rounding of published financial tables.
// Round, like every method that takes a Unit without returning an error,
// panics for a unit that is not one of the four: a programming error, since
// units read from data go through [ParseUnit] or UnmarshalText, which
// refuse them, and [Money.AllocateIn] returns an error instead.
func (m Money) Round(u Unit) Money { return Money{m.d.Round(-u.exp())} }

// RoundHalfEven returns m rounded to a whole number of u, halves going to
// the even neighbour (banker's rounding): £2.345 is £2.34 and £2.355 is
// £2.36.
func (m Money) RoundHalfEven(u Unit) Money { return Money{m.d.RoundBank(-u.exp())} }

// Truncate returns m with everything below one u dropped (rounded toward
// zero).
func (m Money) Truncate(u Unit) Money {
	return Money{m.d.Shift(-u.exp()).Truncate(0).Shift(u.exp())}
}

// IsWhole reports whether m is a whole number of u.
func (m Money) IsWhole(u Unit) bool { return m.d.Shift(-u.exp()).IsInteger() }

// In returns m expressed as a count of u, exactly: £1,234.56 in Thousand is
// 1.23456.
func (m Money) In(u Unit) decimal.Decimal { return m.d.Shift(-u.exp()) }
