package investment

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
)

// basisPoints maps any int32 onto a rate in basis points in the range
// [CheckRate] accepts: −9,999 (−99.99%) to 10,000 (100%).
func basisPoints(x int32) int64 {
	const lo, span = -9999, 20_000
	v := int64(x) % span
	if v < 0 {
		v += span
	}
	return lo + v
}

// fuzzAmounts reads non-negative pence from data, 5 bytes each, so amounts
// run up to about £11bn; a sixth byte, when odd, adds a tenth of a penny to
// exercise the decimal path.
func fuzzAmounts(data []byte, fractions bool) []Money {
	var ms []Money
	for len(data) >= 6 && len(ms) < 120 {
		p := int64(binary.LittleEndian.Uint32(data)) | int64(data[4])<<32
		m := FromPence(p)
		if fractions && data[5]&1 == 1 {
			m = m.Add(MustGBP("0.001"))
		}
		ms = append(ms, m)
		data = data[6:]
	}
	return ms
}

// FuzzPresentValueFallsAsRateRises checks that the present value of a flow
// of non-negative amounts never rises when every rate of the schedule rises
// (weakly: rounding to the penny may leave it equal), and that the integer
// fast path agrees with the decimal computation.
func FuzzPresentValueFallsAsRateRises(f *testing.F) {
	f.Add(int32(350), int32(50), int32(300), int32(0), uint8(31), []byte("\x10\x27\x00\x00\x00\x00\x10\x27\x00\x00\x00\x01"))
	f.Add(int32(-9000), int32(1), int32(-9999), int32(1), uint8(1), bytes.Repeat([]byte{0xff}, 60))
	f.Add(int32(0), int32(0), int32(0), int32(0), uint8(200), []byte("0123456789abcdef0123456789abcdef"))
	f.Fuzz(func(t *testing.T, a, da, b, db int32, from uint8, data []byte) {
		amounts := fuzzAmounts(data, true)
		flow := NewFlow(amounts...)
		ra, rb := basisPoints(a), basisPoints(b)
		rise := func(r int64, d int32) int64 { return min(r+int64(uint32(d)%20_000), 10_000) }
		rate := func(bp int64) decimal.Decimal { return decimal.New(bp, -4) }
		k := 1 + int(from)
		low := MustSchedule(Band{0, rate(ra)}, Band{k, rate(rb)})
		high := MustSchedule(Band{0, rate(rise(ra, da))}, Band{k, rate(rise(rb, db))})
		pvLow, pvHigh := low.PresentValue(flow), high.PresentValue(flow)
		if pvHigh.Compare(pvLow) > 0 {
			t.Errorf("PV at %v = %v exceeds PV at lower rates %v = %v, flow %v", high, pvHigh, low, pvLow, flow)
		}
		pence := FlowFromPence(fuzzPence(amounts)...)
		for _, s := range []Schedule{low, high} {
			if got, want := s.PresentValue(pence), decimalPresentValue(s, pence); !got.Equal(want) {
				t.Errorf("%v: fast PresentValue(%v) = %v, decimal %v", s, pence, got, want)
			}
			if got, want := s.PresentValue(flow), decimalPresentValue(s, flow); !got.Equal(want) {
				t.Errorf("%v: PresentValue(%v) = %v, decimal %v", s, flow, got, want)
			}
		}
	})
}

// fuzzPence returns the amounts in whole pence, alternating signs.
func fuzzPence(ms []Money) []int64 {
	out := make([]int64, len(ms))
	for i, m := range ms {
		p, _ := m.Pence()
		if i%2 == 1 {
			p = -p
		}
		out[i] = p
	}
	return out
}

// FuzzFlowJSON checks that any flow that reads from JSON writes back to
// JSON that reads as an equal flow and writes identically, and that flows
// built from arbitrary amounts round-trip.
func FuzzFlowJSON(f *testing.F) {
	f.Add([]byte(`{"first":"2022/23","amounts":["-100.00","60.50","0.125"]}`), []byte("abcdefghijkl"), int16(2024))
	f.Add([]byte(`{"amounts":[1.5, "£2", "(£3.00)", "-0.001"]}`), []byte{}, int16(-1))
	f.Add([]byte(`{"amounts":[]}`), bytes.Repeat([]byte{0x80}, 36), int16(1999))
	f.Add([]byte(`null`), []byte("\xff\xff\xff\xff\xff\xff"), int16(0))
	f.Add([]byte(`{"2022/23":"1","2024-25":2,"FY 2023/24":"(£3)"}`), []byte("xyz"), int16(9998))
	f.Add([]byte(`{"2022/23":"1","2022/24":"2"}`), []byte{1, 2, 3}, int16(1000))
	f.Fuzz(func(t *testing.T, text, data []byte, year int16) {
		var g Flow
		if err := json.Unmarshal(text, &g); err == nil {
			roundTrip(t, g)
		}
		built := NewFlow(fuzzAmounts(data, true)...)
		if y := FinancialYear(year); y >= MinFinancialYear && y <= MaxFinancialYear {
			built = built.Anchor(y)
		}
		roundTrip(t, built)
		roundTrip(t, built.Neg())
	})
}

func roundTrip(t *testing.T, f Flow) {
	t.Helper()
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatalf("Marshal(%v): %v", f, err)
	}
	var back Flow
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", data, err)
	}
	if !back.Equal(f) {
		t.Fatalf("JSON round trip of %v gave %v via %s", f, back, data)
	}
	again, err := json.Marshal(back)
	if err != nil || !bytes.Equal(again, data) {
		t.Fatalf("Marshal after a round trip = %s, %v, want %s", again, err, data)
	}
}
