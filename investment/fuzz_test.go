package investment

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"testing"
)

// FuzzGBP checks that every string either parses, and then prints and
// parses back to the same amount, or fails with one of the package's
// sentinels.
func FuzzGBP(f *testing.F) {
	for _, s := range []string{"1234.56", "-0.01", "1,234.56", "£1,234.56", "(£5)", "1e999999", "NaN", "£", "1.2.3", ".5", "999,999,999,999,999.999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := GBP(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("GBP(%q) error %v wraps no sentinel", s, err)
			}
			return
		}
		texts := []string{m.String(), m.plain()}
		if m.Round(Penny).Abs().Less(MaxAbs()) {
			texts = append(texts, m.FormatIn(Penny))
		}
		for _, text := range texts {
			back, err := GBP(text)
			if err != nil {
				t.Fatalf("GBP(%q) = %v, but its text %q does not parse: %v", s, m, text, err)
			}
			if text != m.FormatIn(Penny) && !back.Equal(m) {
				t.Fatalf("GBP(%q) = %v, but %q parses to %v", s, m, text, back)
			}
		}
	})
}

// FuzzMoneyJSON checks that JSON encoding is lossless for every amount that
// parses, and that any JSON input either decodes or fails cleanly.
func FuzzMoneyJSON(f *testing.F) {
	for _, s := range []string{`"1234.56"`, `12.5`, `-0.01`, `1e3`, `"£1,000"`, `null`, `1e999999`, `[]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var m Money
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			return
		}
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", m, err)
		}
		var back Money
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(m) {
			t.Fatalf("%s decodes to %v, encodes as %s, which decodes to %v (%v)", s, m, b, back, err)
		}
	})
}

// FuzzAllocate checks that allocation conserves every penny and gives no
// negative part of a non-negative amount, for any weights.
func FuzzAllocate(f *testing.F) {
	f.Add(int64(10000), []byte{1, 0, 0, 0, 0, 0, 240, 63})
	f.Add(int64(1), []byte{0, 0, 0, 0, 0, 0, 240, 63, 0, 0, 0, 0, 0, 0, 240, 63})
	f.Add(int64(-99999), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	f.Fuzz(func(t *testing.T, pence int64, raw []byte) {
		if pence > 1e17 || pence < -1e17 {
			return
		}
		ws := make([]float64, 0, len(raw)/8)
		for i := 0; i+8 <= len(raw); i += 8 {
			ws = append(ws, math.Abs(math.Float64frombits(binary.LittleEndian.Uint64(raw[i:]))))
		}
		m := FromPence(pence)
		parts, err := m.Allocate(ws...)
		if err != nil {
			if !errors.Is(err, ErrNoParts) && !errors.Is(err, ErrZeroWeights) && !errors.Is(err, ErrNotFinite) {
				t.Fatalf("Allocate(%v) unexpected error %v", ws, err)
			}
			return
		}
		if !Sum(parts...).Equal(m) {
			t.Fatalf("Allocate(%v) of %v: parts sum to %v", ws, m, Sum(parts...))
		}
		for i, p := range parts {
			if p.Sign()*m.Sign() < 0 {
				t.Fatalf("Allocate(%v) of %v: part %d is %v", ws, m, i, p)
			}
			if ws[i] == 0 && !p.IsZero() {
				t.Fatalf("Allocate(%v): zero weight %d got %v", ws, i, p)
			}
			if !p.IsWhole(Penny) {
				t.Fatalf("Allocate: part %d is %v, not whole pence", i, p)
			}
		}
	})
}
