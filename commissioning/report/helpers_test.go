package report

import "github.com/shopspring/decimal"

// dec parses a decimal constant of a test.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
