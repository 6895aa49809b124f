package investment

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
)

func BenchmarkGBP(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := GBP("£1,234,567.89"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormatThousand(b *testing.B) {
	m := MustGBP("1234567.89")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.FormatIn(Thousand)
	}
}

// BenchmarkSum10000 adds 10,000 amounts of pence, a typical roll-up.
func BenchmarkSum10000(b *testing.B) {
	ms := make([]Money, 10000)
	for i := range ms {
		ms[i] = FromPence(int64(i*7919 + 13))
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = Sum(ms...)
	}
}

// BenchmarkUplift compounds a budget by a rate and rounds it to the penny,
// as a financial plan does for every line and year.
func BenchmarkUplift(b *testing.B) {
	m := MustGBP("10000000")
	r := decimal.RequireFromString("1.035")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Mul(r).Round(Penny)
	}
}

func BenchmarkMoneyJSON(b *testing.B) {
	m := MustGBP("-1234567.89")
	b.ReportAllocs()
	for b.Loop() {
		data, err := json.Marshal(m)
		if err != nil {
			b.Fatal(err)
		}
		var back Money
		if err := json.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}
