package outcomes

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// FuzzFrontier checks the frontier's defining properties on alternatives
// decoded from bytes: 6 bytes each, a cost in pence and an effect in
// hundredths (so that ties and collinear points are common).
func FuzzFrontier(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 100})
	f.Add([]byte{1, 0, 0, 0, 5, 0, 2, 0, 0, 0, 5, 0, 3, 0, 0, 0, 5, 0, 0, 1, 0, 0, 0, 1})
	f.Add([]byte("collinear points and repeated costs for the frontier fuzzer"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var alts []Alternative
		for i := 0; i+6 <= len(data) && len(alts) < 200; i += 6 {
			cost := int64(binary.LittleEndian.Uint32(data[i:]))
			eff := float64(int16(binary.LittleEndian.Uint16(data[i+4:]))) / 100
			alts = append(alts, Alternative{ID: fmt.Sprintf("a%03d", len(alts)), Cost: investment.FromPence(cost), Effect: eff})
		}
		tab, err := Frontier(alts)
		if len(alts) == 0 {
			if !isErr(err, ErrNoAlternatives) {
				t.Fatalf("empty: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := checkFrontier(alts, tab); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzSROI checks invariants of the SROI valuation: it never panics; the
// present value does not rise with the discount rate or with deadweight
// for a positive proxy; and the ratio is the present value over the
// inputs.
func FuzzSROI(f *testing.F) {
	f.Add(10.0, int64(100000), 0.25, 0.0, 0.2, 0.1, 3, 35)
	f.Add(0.0, int64(1), 1.0, 1.0, 1.0, 1.0, 1, 0)
	f.Add(1e6, int64(-500), 0.5, 0.1, 0.9, 0.0, 40, 999)
	f.Fuzz(func(t *testing.T, q float64, proxyPence int64, dw, disp, attr, drop float64, dur int, rateMille int) {
		s := SROI{
			Inputs:  investment.MustGBP("10000"),
			Impacts: []Impact{{ID: "i", Quantity: q, Proxy: investment.FromPence(proxyPence % 1e12), Deadweight: dw, Displacement: disp, Attribution: attr, DropOff: drop, Duration: dur%50 + 1}},
		}
		rate := decimal.New(int64(rateMille%1000+1000)%1000, -3)
		s.Rate = &rate
		v, err := s.Value()
		if err != nil {
			return // the error paths are covered by the table tests
		}
		if math.IsNaN(v.Ratio) || math.IsInf(v.Ratio, 0) {
			t.Fatalf("ratio %v", v.Ratio)
		}
		if r := v.PresentValue.Float64() / 10000; math.Abs(r-v.Ratio) > 1e-6*math.Max(1, math.Abs(r)) {
			t.Fatalf("ratio %v but PV/inputs %v", v.Ratio, r)
		}
		higher := rate.Add(decimal.New(1, -2))
		if higher.LessThan(decimal.NewFromInt(1)) {
			s2 := s
			s2.Rate = &higher
			v2, err := s2.Value()
			if err != nil {
				t.Fatal(err)
			}
			if proxyPence >= 0 && v2.PresentValue.Compare(v.PresentValue) > 0 {
				t.Fatalf("PV rose from %v to %v as the rate rose", v.PresentValue, v2.PresentValue)
			}
		}
		if dw <= 0.9 && proxyPence >= 0 {
			s3 := s
			s3.Impacts = []Impact{s.Impacts[0]}
			s3.Impacts[0].Deadweight = dw + 0.1
			if v3, err := s3.Value(); err == nil && v3.PresentValue.Compare(v.PresentValue) > 0 {
				t.Fatalf("PV rose from %v to %v with more deadweight", v.PresentValue, v3.PresentValue)
			}
		}
	})
}

// FuzzDirectionText checks that parsing never panics and that what parses
// prints back the same.
func FuzzDirectionText(f *testing.F) {
	for _, s := range []string{"higher is better", "lower is better", "neither", "", "per 100,000", "%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := ParseDirection(s); err == nil && d.String() != s {
			t.Fatalf("ParseDirection(%q) = %v", s, d)
		}
		if sc, err := ParseScale(s); err == nil && sc.String() != s {
			t.Fatalf("ParseScale(%q) = %v", s, sc)
		}
	})
}

// FuzzTrajectory checks that a valid trajectory starts at its baseline,
// ends at its target and stays between them.
func FuzzTrajectory(f *testing.F) {
	f.Add(100.0, 70.0, 3, 1, false)
	f.Add(1.0, 1000.0, 10, 7, true)
	f.Fuzz(func(t *testing.T, b, g float64, span, at int, compound bool) {
		shape := Linear
		if compound {
			shape = Compound
		}
		y0 := investment.FinancialYear(2020)
		tr, err := NewTrajectory(Point{y0, b}, Point{y0.Add(span % 50), g}, shape)
		if err != nil {
			return
		}
		lo, hi := math.Min(b, g), math.Max(b, g)
		v, err := tr.At(y0.Add(int(uint(at) % 60)))
		if errors.Is(err, ErrNotFinite) && fault.Prefixed(err.Error(), "outcomes") == nil {
			return // a path beyond float64, from values at its extremes
		}
		if err != nil {
			t.Fatal(err)
		}
		tol := 1e-9 * math.Max(1, math.Max(math.Abs(lo), math.Abs(hi)))
		if !(v >= lo-tol && v <= hi+tol) {
			t.Fatalf("At = %v outside [%v, %v]", v, lo, hi)
		}
		if s, _ := tr.At(y0); s != b {
			t.Fatalf("At(baseline) = %v, want %v", s, b)
		}
	})
}

// FuzzJSON checks that decoding arbitrary JSON into the types with
// unexported or checked state never panics, and that whatever decodes
// round-trips without loss: it marshals, decodes again to an equal value
// and marshals to the same bytes.
func FuzzJSON(f *testing.F) {
	f.Add(uint8(0), []byte(`{"ids":["A","B"],"points":[{"lambda":"20000.00","probabilities":[0.5,0.5],"meanNMB":[0,-1e3]}]}`))
	f.Add(uint8(0), []byte(`{"ids":["A"],"points":[{"lambda":1e2,"probabilities":[1],"meanNMB":[-0]}]}`))
	f.Add(uint8(1), []byte(`{"name":"f","outcomes":[{"id":"O","title":"o"}],"indicators":[{"id":"I","scale":"%","direction":"neither","basis":"survey"}],"priorities":[{"id":"P","outcomes":["O"],"indicators":[]}]}`))
	f.Add(uint8(2), []byte(`{"framework":{"name":"one","outcomes":[{"id":"O"}]},"lines":[{"id":"L","cost":"10.5"}],"links":[{"id":"K","line":"L","target":"O","effect":{"central":1,"low":0.5,"high":2},"attribution":0.5,"lag":2}]}`))
	f.Add(uint8(3), []byte(`[{"indicator":"NI-1","area":"S1","year":"2023-24","value":91.5,"source":"survey"}]`))
	f.Add(uint8(4), []byte(`{"baseline":{"year":"2022/23","value":1},"target":{"year":"2024/25","value":2},"shape":"compound"}`))
	f.Add(uint8(5), []byte(`{"rows":[{"id":"A","cost":"1","effect":1,"dominance":"extendedly dominated","icer":"-3.5"}]}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		var v any
		switch kind % 6 {
		case 0:
			v = new(Curve)
		case 1:
			v = new(Framework)
		case 2:
			v = new(LogicModel)
		case 3:
			v = new(Measures)
		case 4:
			v = new(Trajectory)
		default:
			v = new(Table)
		}
		if json.Unmarshal(data, v) != nil {
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("decoded %s but cannot marshal it: %v", data, err)
		}
		w := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		if err := json.Unmarshal(b, w); err != nil {
			t.Fatalf("cannot decode %s, marshalled from %s: %v", b, data, err)
		}
		if d := cmp.Diff(v, w, cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("round trip of %s (-first +second):\n%s", b, d)
		}
		if b2, _ := json.Marshal(w); string(b2) != string(b) {
			t.Fatalf("marshalled %s, then %s", b, b2)
		}
	})
}
