package investment

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func gbps(ss ...string) []Money {
	out := make([]Money, len(ss))
	for i, s := range ss {
		out[i] = MustGBP(s)
	}
	return out
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		total   string
		weights []float64
		want    []Money
	}{
		{"100.00", []float64{1, 1, 1}, gbps("33.34", "33.33", "33.33")},
		{"0.01", []float64{1, 1}, gbps("0.01", "0")},
		{"0.02", []float64{1, 1, 1}, gbps("0.01", "0.01", "0")},
		{"-100.00", []float64{1, 1, 1}, gbps("-33.34", "-33.33", "-33.33")},
		{"10.00", []float64{0, 1, 0}, gbps("0", "10", "0")},
		{"1.00", []float64{0.7, 0.2, 0.1}, gbps("0.70", "0.20", "0.10")},
		{"0.05", []float64{1, 2}, gbps("0.02", "0.03")},
		// The remainders 1/3 and 2/3: the larger remainder wins the penny.
		{"0.02", []float64{2, 1}, gbps("0.01", "0.01")},
		{"1000000000.00", []float64{1e-300, 1e300}, gbps("0", "1000000000")},
		{"0", []float64{1, 2}, gbps("0", "0")},
	}
	for _, tt := range tests {
		got, err := MustGBP(tt.total).Allocate(tt.weights...)
		if err != nil {
			t.Errorf("Allocate(%v) of %s: %v", tt.weights, tt.total, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("GBP(%s).Allocate(%v) (-want +got):\n%s", tt.total, tt.weights, diff)
		}
		if !Sum(got...).Equal(MustGBP(tt.total)) {
			t.Errorf("Allocate(%v) parts sum to %v, want %s", tt.weights, Sum(got...), tt.total)
		}
	}
}

func TestAllocateErrors(t *testing.T) {
	m := MustGBP("10.00")
	tests := []struct {
		name    string
		m       Money
		weights []float64
		want    error
		index   int // -1 when the error names no weight
	}{
		{"no weights", m, nil, ErrNoParts, -1},
		{"all zero", m, []float64{0, 0}, ErrZeroWeights, -1},
		{"negative", m, []float64{1, -1}, ErrNegativeWeight, 1},
		{"NaN", m, []float64{math.NaN(), 1}, ErrNotFinite, 0},
		{"Inf", m, []float64{1, 2, math.Inf(1)}, ErrNotFinite, 2},
		{"sub-penny amount", MustGBP("0.005"), []float64{1}, ErrNotWhole, -1},
	}
	for _, tt := range tests {
		_, err := tt.m.Allocate(tt.weights...)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Allocate error = %v, want %v", tt.name, err, tt.want)
		}
		var ie *IndexError
		if tt.index >= 0 && (!errors.As(err, &ie) || ie.Position != tt.index+1) {
			t.Errorf("%s: Allocate error %v does not name weight %d", tt.name, err, tt.index)
		}
	}
	if _, err := MustGBP("1500").AllocateIn(Thousand, 1, 1); !errors.Is(err, ErrNotWhole) {
		t.Errorf("AllocateIn(Thousand) of £1,500 error = %v, want ErrNotWhole", err)
	}
	if _, err := m.AllocateDecimal(decimal.NewFromInt(-1)); !errors.Is(err, ErrNegativeWeight) {
		t.Errorf("AllocateDecimal(-1) error = %v, want ErrNegativeWeight", err)
	}
	if _, err := m.AllocateDecimal(); !errors.Is(err, ErrNoParts) {
		t.Errorf("AllocateDecimal() error = %v, want ErrNoParts", err)
	}
	if _, err := m.AllocateBy(Money{}, Money{}); !errors.Is(err, ErrZeroWeights) {
		t.Errorf("AllocateBy(0, 0) error = %v, want ErrZeroWeights", err)
	}
}

func TestAllocateVariants(t *testing.T) {
	got, err := MustGBP("10000").AllocateIn(Thousand, 1, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(gbps("4000", "3000", "3000"), got); diff != "" {
		t.Errorf("AllocateIn(Thousand) (-want +got):\n%s", diff)
	}
	got, err = MustGBP("100").AllocateDecimal(decimal.RequireFromString("0.3333"), decimal.RequireFromString("0.6667"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(gbps("33.33", "66.67"), got); diff != "" {
		t.Errorf("AllocateDecimal (-want +got):\n%s", diff)
	}
	got, err = MustGBP("-90").AllocateBy(gbps("200", "100")...)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(gbps("-60", "-30"), got); diff != "" {
		t.Errorf("AllocateBy (-want +got):\n%s", diff)
	}
}

// The published-table case: 1,234.4 and 2,345.4 (£000) are shown as 1,234
// and 2,345 with a total of 3,580 and a rounding line of 1 (the rounding-line convention of financial
// tables published in £000).
func TestRoundTablePublishedThousands(t *testing.T) {
	tab := RoundTable(Thousand, MustGBP("1234400"), MustGBP("2345400"))
	want := Table{
		Unit:     Thousand,
		Parts:    gbps("1234000", "2345000"),
		Total:    MustGBP("3580000"),
		Rounding: MustGBP("1000"),
	}
	if diff := cmp.Diff(want, tab); diff != "" {
		t.Errorf("RoundTable (-want +got):\n%s", diff)
	}
	if !Sum(tab.Parts...).Add(tab.Rounding).Equal(tab.Total) {
		t.Error("the rounded column does not add up with its rounding line")
	}
}

func TestRoundToTotal(t *testing.T) {
	tests := []struct {
		u     Unit
		parts []Money
		want  []Money
	}{
		{Thousand, gbps("1234400", "2345400"), gbps("1235000", "2345000")},
		{Pound, gbps("0.5", "0.5", "0.5"), gbps("1", "1", "0")},
		{Pound, gbps("-0.5", "-0.5"), gbps("0", "-1")},
		{Pound, gbps("1", "2"), gbps("1", "2")},
		{Penny, nil, []Money{}},
	}
	for _, tt := range tests {
		got := RoundToTotal(tt.u, tt.parts...)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("RoundToTotal(%v, %v) (-want +got):\n%s", tt.u, tt.parts, diff)
		}
		if want := Sum(tt.parts...).Round(tt.u); !Sum(got...).Equal(want) {
			t.Errorf("RoundToTotal(%v, %v) sums to %v, want %v", tt.u, tt.parts, Sum(got...), want)
		}
	}
}

func BenchmarkAllocate1bnOver10000(b *testing.B) {
	m := MustGBP("1000000000.00")
	ws := make([]float64, 10000)
	x := uint64(12345)
	for i := range ws {
		x = x*6364136223846793005 + 1442695040888963407
		ws[i] = float64(x>>11) / (1 << 53)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Allocate(ws...); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTableJSON(t *testing.T) {
	tab := RoundTable(Thousand, gbps("1234400", "2345400")...)
	data, err := json.Marshal(tab)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"unit":"£000","parts":["1234000.00","2345000.00"],"total":"3580000.00","rounding":"1000.00"}`; string(data) != want {
		t.Errorf("Marshal = %s, want %s", data, want)
	}
	var back Table
	if err := json.Unmarshal(data, &back); err != nil || !cmp.Equal(tab, back) {
		t.Errorf("read back %+v, %v", back, err)
	}
}
