package investment

import (
	"bufio"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// flowGBP builds a flow from amounts written as strings.
func flowGBP(ss ...string) Flow {
	ms := make([]Money, len(ss))
	for i, s := range ss {
		ms[i] = MustGBP(s)
	}
	return NewFlow(ms...)
}

func TestPresentValue(t *testing.T) {
	tests := []struct {
		name string
		s    Schedule
		f    Flow
		want string
	}{
		{"empty", GreenBook(), Flow{}, "0"},
		{"year 0 undiscounted", GreenBook(), flowGBP("100"), "100"},
		{"one year at 3.5%", GreenBook(), flowGBP("0", "103.50"), "100"},
		{"two years at 3.5%", GreenBook(), flowGBP("0", "0", "107.1225"), "100"},
		{"half penny rounds away from zero", Constant(decimal.Zero), flowGBP("0.005"), "0.01"},
		{"negative half penny", Constant(decimal.Zero), flowGBP("-0.005"), "-0.01"},
		// £1m a year for years 1–10 at 3.5%: £1m × 8.316605323… (the annuity factor).
		{"annuity", GreenBook(), flowGBP("0", "1000000", "1000000", "1000000", "1000000", "1000000",
			"1000000", "1000000", "1000000", "1000000", "1000000"), "8316605.32"},
		{"cost and benefit", GreenBook(), flowGBP("-1000", "500", "600"), "43.20"},
	}
	for _, tt := range tests {
		got := tt.s.PresentValue(tt.f)
		if !got.Equal(MustGBP(tt.want)) {
			t.Errorf("%s: PresentValue(%v) = %v, want £%s", tt.name, tt.f, got, tt.want)
		}
	}
}

// exactPresentValue returns Σ amounts × exact rational factors, rounded half
// away from zero to the penny: the reference the fast path must match.
func exactPresentValue(f Flow, factors []*big.Rat) Money {
	sum := new(big.Rat)
	for t := range f.Len() {
		sum.Add(sum, new(big.Rat).Mul(f.At(t).Decimal().Rat(), factors[t]))
	}
	return FromDecimal(roundRat(sum, 2))
}

// decimalPresentValue discounts f on the decimal path only.
func decimalPresentValue(s Schedule, f Flow) Money {
	var sum decimal.Decimal
	for t := range f.Len() {
		sum = sum.Add(f.At(t).Decimal().Mul(s.Factor(t)))
	}
	return FromDecimal(sum).Round(Penny)
}

// readRates reads a peers' rate file: {"rates": [r0, r1, …]}, r0 unused.
func readRates(t testing.TB, path string) func(int) *big.Rat {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Rates []json.Number `json:"rates"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	rates := make([]*big.Rat, len(v.Rates))
	for i, r := range v.Rates {
		rates[i], _ = new(big.Rat).SetString(string(r))
	}
	return func(t int) *big.Rat { return rates[t] }
}

// readCashflows reads a peers' cash-flow file: id,y0,…,y29 in pounds.
func readCashflows(t testing.TB, path string) []Flow {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Skipf("cash flows not available: %v", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Scan() // header
	var flows []Flow
	for line := 2; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), ",")
		ms := make([]Money, len(fields)-1)
		for i, s := range fields[1:] {
			m, err := GBP(s)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, line, err)
			}
			ms[i] = m
		}
		flows = append(flows, NewFlow(ms...))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return flows
}

var (
	// steppedSchedule is the peers' synthetic schedule (rates_stepped.json):
	// 3.5% in years 1–10, 3% in 11–20, 2.5% in 21–29.
	steppedSchedule = func() Schedule {
		return MustSchedule(Band{1, dRate("0.035")}, Band{11, dRate("0.03")}, Band{21, dRate("0.025")})
	}
)

func penceTotal(t testing.TB, ms []Money) int64 {
	var total int64
	for _, m := range ms {
		p, exact := m.Pence()
		if !exact {
			t.Fatalf("present value %v is not whole pence", m)
		}
		total += p
	}
	return total
}

// TestPresentValuePeersCashflows discounts the peers' 1,000 cash-flow
// streams (testdata/cashflows_n1000.csv, from the peers' gen_instances.py)
// and checks each present value against an exact big.Rat evaluation with
// unrounded factors, and the total against the peers' checksum (peers
// README, "NPV, numpy float64": Σ pennies 135,855,754,516 stepped,
// 128,048,806,180 Green Book).
func TestPresentValuePeersCashflows(t *testing.T) {
	flows := readCashflows(t, "testdata/cashflows_n1000.csv")
	if len(flows) != 1000 {
		t.Fatalf("read %d flows, want 1000", len(flows))
	}
	for _, tt := range []struct {
		name     string
		s        Schedule
		rates    string
		checksum int64
	}{
		{"stepped", steppedSchedule(), "testdata/rates_stepped.json", 135_855_754_516},
		{"greenbook", GreenBook(), "testdata/rates_greenbook.json", 128_048_806_180},
	} {
		exact := exactFactors(readRates(t, tt.rates), 30)
		got := tt.s.PresentValues(flows)
		for i, f := range flows {
			if want := exactPresentValue(f, exact); !got[i].Equal(want) {
				t.Errorf("%s: stream %d: PresentValue = %v, exact %v", tt.name, i+1, got[i], want)
			}
			if one := tt.s.PresentValue(f); !one.Equal(got[i]) {
				t.Errorf("%s: stream %d: PresentValue = %v but PresentValues gave %v", tt.name, i+1, one, got[i])
			}
		}
		if total := penceTotal(t, got); total != tt.checksum {
			t.Errorf("%s: Σ pence = %d, want %d (peers' checksum)", tt.name, total, tt.checksum)
		}
	}
}

// TestPresentValuePeers100k checks the peers' 100,000-stream file against
// their checksum 12,421,574,975,718 pennies (stepped schedule), and every
// stream against an exact big.Rat evaluation (about a minute). The file is
// 26 MB and not committed: generate it with the peers' gen_instances.py
// --only cashflows and point SCP_CASHFLOWS_100K at it.
func TestPresentValuePeers100k(t *testing.T) {
	path := os.Getenv("SCP_CASHFLOWS_100K")
	if path == "" {
		t.Skip("SCP_CASHFLOWS_100K not set")
	}
	flows := readCashflows(t, path)
	got := steppedSchedule().PresentValues(flows)
	if total, want := penceTotal(t, got), int64(12_421_574_975_718); total != want {
		t.Errorf("Σ pence = %d, want %d (peers' checksum)", total, want)
	}
	exact := exactFactors(readRates(t, "testdata/rates_stepped.json"), 30)
	for i := range flows {
		if want := exactPresentValue(flows[i], exact); !got[i].Equal(want) {
			t.Errorf("stream %d: PresentValue = %v, exact %v", i+1, got[i], want)
		}
	}
}

// TestPresentValueFastPathMatchesDecimal compares the 128-bit path with the
// decimal path on random flows, including amounts near half pennies of
// present value and large amounts.
func TestPresentValueFastPathMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	schedules := []Schedule{GreenBook(), GreenBookHealth(), steppedSchedule(), Constant(dRate("0.1")), Constant(dRate("-0.05"))}
	for i := range 2000 {
		n := 1 + rng.IntN(60)
		pence := make([]int64, n)
		scale := []int64{100, 1e6, 1e12, 1e17}[rng.IntN(4)]
		for t := range pence {
			pence[t] = rng.Int64N(2*scale+1) - scale
		}
		f := FlowFromPence(pence...)
		if f.pence == nil {
			t.Fatalf("FlowFromPence(%v) did not keep pence", pence)
		}
		s := schedules[i%len(schedules)]
		if got, want := s.PresentValue(f), decimalPresentValue(s, f); !got.Equal(want) {
			t.Errorf("%v: PresentValue(%v) = %v, decimal path %v", s, f, got, want)
		}
	}
}

func TestPresentValueFallbacks(t *testing.T) {
	big62 := int64(1) << 62
	tests := []struct {
		name string
		s    Schedule
		f    Flow
	}{
		{"pence beyond 2^62", GreenBook(), FlowFromPence(big62+1, -(big62 + 1), 5)},
		{"sum beyond 2^63 pence", Constant(decimal.Zero), FlowFromPence(big62, big62, big62)},
		{"fractions of a penny", GreenBook(), flowGBP("0.001", "100.005", "-3.3333")},
		{"factors above 18.4", Constant(dRate("-0.9")), FlowFromPence(100, 100, 100)},
		{"many large amounts", GreenBook(), FlowFromPence(big62/2, big62/2, big62/2, -big62/2)},
	}
	for _, tt := range tests {
		got, want := tt.s.PresentValue(tt.f), decimalPresentValue(tt.s, tt.f)
		if !got.Equal(want) {
			t.Errorf("%s: PresentValue = %v, want %v", tt.name, got, want)
		}
	}
	// £0 exactly at 3 pence sums: 2^62 × 3 overflows int64 pence but not money.
	got := Constant(decimal.Zero).PresentValue(FlowFromPence(big62, big62, big62))
	want := FromPence(big62).MulInt(3)
	if !got.Equal(want) {
		t.Errorf("PresentValue of 3 × 2^62 pence = %v, want %v", got, want)
	}
}

func TestPresentValueAt(t *testing.T) {
	f := flowGBP("103.50", "107.1225")
	tests := []struct {
		name string
		f    Flow
		base FinancialYear
		want string
		err  error
	}{
		{"same year", f.Anchor(2025), 2025, "207", nil},
		{"one year later", f.Anchor(2025), 2024, "200", nil},
		{"empty anchored", Flow{}.Anchor(2020), 2030, "0", nil},
		{"not anchored", f, 2025, "", ErrNotAnchored},
		{"negative year offset", f.Anchor(2024), 2025, "", ErrBeforeBase},
	}
	for _, tt := range tests {
		got, err := GreenBook().PresentValueAt(tt.f, tt.base)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: PresentValueAt error = %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err == nil && !got.Equal(MustGBP(tt.want).Round(Penny)) {
			t.Errorf("%s: PresentValueAt = %v, want £%s", tt.name, got, tt.want)
		}
	}
}

func TestPresentValueFloat(t *testing.T) {
	// 1 QALY a year for years 0–2 at the health rate of 1.5%.
	got, err := GreenBookHealth().PresentValueFloat([]float64{1, 1, 1})
	if want := 1 + 1/1.015 + 1/(1.015*1.015); err != nil || math.Abs(got-want) > 1e-15 {
		t.Errorf("PresentValueFloat(1, 1, 1) = %v, %v, want %v", got, err, want)
	}
	if got, err := GreenBook().PresentValueFloat(nil); got != 0 || err != nil {
		t.Errorf("PresentValueFloat(nil) = %v, %v, want 0", got, err)
	}
	for _, bad := range [][]float64{{1, math.NaN()}, {math.Inf(1)}, {math.MaxFloat64, math.MaxFloat64}} {
		_, err := GreenBook().PresentValueFloat(bad)
		if !errors.Is(err, ErrNotFinite) {
			t.Errorf("PresentValueFloat(%v) error = %v, want ErrNotFinite", bad, err)
		}
	}
	var ie *IndexError
	if _, err := GreenBook().PresentValueFloat([]float64{1, math.NaN()}); !errors.As(err, &ie) || ie.Position != 2 {
		t.Errorf("PresentValueFloat with NaN at 1: error %v, want an *IndexError at 1", err)
	}
}

func TestAnnuityFactor(t *testing.T) {
	// (1 − 1.035^−n)/0.035, the closed form of a level annuity in arrears.
	for _, n := range []int{1, 10, 30} {
		got := GreenBook().AnnuityFactor(n).InexactFloat64()
		want := (1 - math.Pow(1.035, -float64(n))) / 0.035
		if math.Abs(got-want) > 1e-12 {
			t.Errorf("AnnuityFactor(%d) = %v, want %v", n, got, want)
		}
	}
	if got := GreenBook().AnnuityFactor(0); !got.IsZero() {
		t.Errorf("AnnuityFactor(0) = %s, want 0", got)
	}
	// Across a band change: years 1–40 sum DF(1) … DF(40).
	var sum decimal.Decimal
	for y := 1; y <= 40; y++ {
		sum = sum.Add(GreenBook().Factor(y))
	}
	if got := GreenBook().AnnuityFactor(40); !got.Equal(sum) {
		t.Errorf("AnnuityFactor(40) = %s, want %s", got, sum)
	}
}

func TestEquivalentAnnualCost(t *testing.T) {
	// £1m over 10 years at 3.5%: 1,000,000 × 0.035 / (1 − 1.035^−10) = £120,241.37.
	got, err := GreenBook().EquivalentAnnualCost(MustGBP("1000000"), 10)
	if err != nil || !got.Equal(MustGBP("120241.37")) {
		t.Errorf("EquivalentAnnualCost(£1m, 10) = %v, %v, want £120,241.37", got, err)
	}
	// Paying the equivalent annual cost in years 1–10 returns the present value, to rounding.
	pay := make([]Money, 11)
	for y := 1; y <= 10; y++ {
		pay[y] = got
	}
	if pv := GreenBook().PresentValue(NewFlow(pay...)); pv.Sub(MustGBP("1000000")).Abs().Compare(MustGBP("0.10")) > 0 {
		t.Errorf("PV of the equivalent annual cost = %v, want about £1,000,000", pv)
	}
	for _, years := range []int{0, -1} {
		if _, err := GreenBook().EquivalentAnnualCost(MustGBP("1"), years); !errors.Is(err, ErrHorizon) {
			t.Errorf("EquivalentAnnualCost(£1, %d) error = %v, want ErrHorizon", years, err)
		}
	}
	// A rate of 10^32% is refused before it can make the annuity factor vanish.
	if _, err := NewSchedule(Band{0, dRate("1e30")}); !errors.Is(err, ErrRateTooHigh) {
		t.Errorf("NewSchedule at a rate of 10^32%% error = %v, want ErrRateTooHigh", err)
	}
}

// TestSpreadsheetNPVMicrosoftExamples reproduces the examples of Microsoft's
// documentation of the Excel NPV function ("NPV function", support.microsoft.com):
// NPV(10%, −10000, 3000, 4200, 6800) = $1,188.44; with a rate of 8%, an
// initial cost of 40,000 in year 0 and returns 8000, 9200, 10000, 12000,
// 14500, NPV(…)+initial = $1,922.06, and with a further loss of 9000 in
// year 6, −$3,749.47.
func TestSpreadsheetNPVMicrosoftExamples(t *testing.T) {
	got, err := SpreadsheetNPV(dRate("0.10"), MustGBP("-10000"), MustGBP("3000"), MustGBP("4200"), MustGBP("6800"))
	if err != nil || !got.Equal(MustGBP("1188.44")) {
		t.Errorf("SpreadsheetNPV(10%%; -10000, 3000, 4200, 6800) = %v, %v, want 1188.44", got, err)
	}
	returns := []Money{MustGBP("8000"), MustGBP("9200"), MustGBP("10000"), MustGBP("12000"), MustGBP("14500")}
	npv, err := SpreadsheetNPV(dRate("0.08"), returns...)
	if got := npv.Add(MustGBP("-40000")); err != nil || !got.Equal(MustGBP("1922.06")) {
		t.Errorf("SpreadsheetNPV(8%%; returns) − 40000 = %v, %v, want 1922.06", got, err)
	}
	npv, err = SpreadsheetNPV(dRate("0.08"), append(returns, MustGBP("-9000"))...)
	if got := npv.Add(MustGBP("-40000")); err != nil || !got.Equal(MustGBP("-3749.47")) {
		t.Errorf("SpreadsheetNPV(8%%; returns, -9000) − 40000 = %v, %v, want -3749.47", got, err)
	}
	// The spreadsheet convention is PresentValue of the values shifted one year.
	pv := Constant(dRate("0.10")).PresentValue(flowGBP("0", "-10000", "3000", "4200", "6800"))
	if !pv.Equal(MustGBP("1188.44")) {
		t.Errorf("PresentValue(0, -10000, …) = %v, want 1188.44", pv)
	}
}

func TestSpreadsheetNPVErrors(t *testing.T) {
	tests := []struct {
		name   string
		rate   string
		values []Money
		want   error
	}{
		{"rate of -100%", "-1", []Money{MustGBP("1")}, ErrRate},
		{"rate below -100%", "-2", []Money{MustGBP("1")}, ErrRate},
		{"no values", "0.1", nil, ErrEmptyFlow},
	}
	for _, tt := range tests {
		if _, err := SpreadsheetNPV(dRate(tt.rate), tt.values...); !errors.Is(err, tt.want) {
			t.Errorf("%s: SpreadsheetNPV error = %v, want %v", tt.name, err, tt.want)
		}
	}
}
