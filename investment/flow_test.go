package investment

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFlowAccessors(t *testing.T) {
	f := flowGBP("-100", "60.50", "0.125")
	if got := f.Len(); got != 3 {
		t.Errorf("Len() = %d, want 3", got)
	}
	tests := []struct {
		t    int
		want string
	}{
		{-1, "0"}, {0, "-100"}, {1, "60.50"}, {2, "0.125"}, {3, "0"}, {100, "0"},
	}
	for _, tt := range tests {
		if got := f.At(tt.t); !got.Equal(MustGBP(tt.want)) {
			t.Errorf("At(%d) = %v, want £%s", tt.t, got, tt.want)
		}
	}
	if got, want := f.Total(), MustGBP("-39.375"); !got.Equal(want) {
		t.Errorf("Total() = %v, want %v", got, want)
	}
	if got, want := flowGBP("1.10", "2.20").Total(), MustGBP("3.30"); !got.Equal(want) {
		t.Errorf("Total() of pence = %v, want %v", got, want)
	}
	amounts := f.Amounts()
	amounts[0] = MustGBP("5")
	if !f.At(0).Equal(MustGBP("-100")) {
		t.Error("changing the slice from Amounts changed the flow")
	}
	var seen []string
	for y, m := range f.All() {
		seen = append(seen, FromPence(int64(y)).String()+"="+m.String())
	}
	if diff := cmp.Diff([]string{"£0.00=-£100.00", "£0.01=£60.50", "£0.02=£0.125"}, seen); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
	for range flowGBP("1", "2").All() {
		break // stopping early must not panic
	}
	var zero Flow
	if zero.Len() != 0 || !zero.Total().IsZero() || !zero.At(0).IsZero() {
		t.Errorf("zero Flow: Len %d, Total %v, At(0) %v", zero.Len(), zero.Total(), zero.At(0))
	}
}

func TestFlowAnchor(t *testing.T) {
	f := flowGBP("-100", "60", "60").Anchor(2025)
	if first, ok := f.First(); !ok || first != 2025 {
		t.Errorf("First() = %v, %v, want 2025/26, true", first, ok)
	}
	if r, ok := f.Years(); !ok || r != (Years{2025, 2027}) {
		t.Errorf("Years() = %v, %v, want 2025/26–2027/28", r, ok)
	}
	if got := f.In(2026); !got.Equal(MustGBP("60")) {
		t.Errorf("In(2026/27) = %v, want £60", got)
	}
	if got := f.In(2024); !got.IsZero() {
		t.Errorf("In(2024/25) = %v, want £0", got)
	}
	var years []FinancialYear
	for y := range f.ByYear() {
		years = append(years, y)
	}
	if diff := cmp.Diff([]FinancialYear{2025, 2026, 2027}, years); diff != "" {
		t.Errorf("ByYear() (-want +got):\n%s", diff)
	}
	plain := flowGBP("1")
	if _, ok := plain.First(); ok {
		t.Error("First() of an unanchored flow reports ok")
	}
	if _, ok := plain.Years(); ok {
		t.Error("Years() of an unanchored flow reports ok")
	}
	if _, ok := (Flow{}).Anchor(2025).Years(); ok {
		t.Error("Years() of an empty anchored flow reports ok")
	}
	if got := plain.In(2025); !got.IsZero() {
		t.Errorf("In() of an unanchored flow = %v, want £0", got)
	}
	for range plain.ByYear() {
		t.Error("ByYear() of an unanchored flow yielded a year")
	}
	if got, want := f.String(), "[-£100.00 £60.00 £60.00] from 2025/26"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestFlowAdd(t *testing.T) {
	tests := []struct {
		name string
		a, b Flow
		want Flow
	}{
		{"by offset", flowGBP("1", "2"), flowGBP("10", "20", "30"), flowGBP("11", "22", "30")},
		{"with fractions of a penny", flowGBP("0.001"), flowGBP("1"), flowGBP("1.001")},
		{"empty", Flow{}, flowGBP("5"), flowGBP("5")},
		{"by financial year", flowGBP("1", "2").Anchor(2024), flowGBP("10", "20").Anchor(2025),
			flowGBP("1", "12", "20").Anchor(2024)},
		{"with a gap", flowGBP("1").Anchor(2024), flowGBP("2").Anchor(2026), flowGBP("1", "0", "2").Anchor(2024)},
		{"empty anchored", Flow{}.Anchor(2030), flowGBP("2").Anchor(2026), flowGBP("2").Anchor(2026)},
		{"beyond int64 pence", FlowFromPence(1<<62, 1), FlowFromPence(1<<62, 1),
			NewFlow(FromPence(1<<62).MulInt(2), FromPence(2))},
	}
	for _, tt := range tests {
		got, err := tt.a.Add(tt.b)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("%s: %v.Add(%v) = %v, %v, want %v", tt.name, tt.a, tt.b, got, err, tt.want)
		}
	}
	if _, err := flowGBP("1").Anchor(2024).Add(flowGBP("1")); !errors.Is(err, ErrNotAnchored) {
		t.Errorf("adding an anchored flow to an unanchored one: error %v, want ErrNotAnchored", err)
	}
	got, err := flowGBP("10", "20").Sub(flowGBP("1", "2", "3"))
	if want := flowGBP("9", "18", "-3"); err != nil || !got.Equal(want) {
		t.Errorf("Sub = %v, %v, want %v", got, err, want)
	}
}

func TestFlowNegScale(t *testing.T) {
	f := flowGBP("-100", "0.005").Anchor(2022)
	if got, want := f.Neg(), flowGBP("100", "-0.005").Anchor(2022); !got.Equal(want) {
		t.Errorf("Neg() = %v, want %v", got, want)
	}
	if got, want := flowGBP("1", "-2").Neg(), flowGBP("-1", "2"); !got.Equal(want) {
		t.Errorf("Neg() = %v, want %v", got, want)
	}
	if got, want := f.Scale(dRate("1.24")), flowGBP("-124", "0.0062").Anchor(2022); !got.Equal(want) {
		t.Errorf("Scale(1.24) = %v, want %v", got, want)
	}
}

func TestFlowEqual(t *testing.T) {
	tests := []struct {
		a, b Flow
		want bool
	}{
		{flowGBP("1.5"), flowGBP("1.50"), true},
		{flowGBP("1.5"), NewFlow(MustGBP("1.500")), true},
		{flowGBP("1.001"), flowGBP("1.0010"), true},
		{flowGBP("1"), flowGBP("1", "0"), false},
		{flowGBP("1").Anchor(2022), flowGBP("1"), false},
		{flowGBP("1").Anchor(2022), flowGBP("1").Anchor(2023), false},
		{flowGBP("1"), flowGBP("2"), false},
		{flowGBP("1.001"), flowGBP("1.002"), false},
		{Flow{}, NewFlow(), true},
	}
	for _, tt := range tests {
		if got := tt.a.Equal(tt.b); got != tt.want {
			t.Errorf("%v.Equal(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFlowJSON(t *testing.T) {
	tests := []struct {
		f    Flow
		json string
	}{
		{flowGBP("-100", "60.5"), `{"amounts":["-100.00","60.50"]}`},
		{flowGBP("0.125").Anchor(2022), `{"2022/23":"0.125"}`},
		{flowGBP("1", "0", "-2", "0").Anchor(2022), `{"2022/23":"1.00","2023/24":"0.00","2024/25":"-2.00","2025/26":"0.00"}`},
		{Flow{}.Anchor(2022), `{"first":"2022/23","amounts":[]}`},
		{flowGBP("1").Anchor(0), `{"first":"","amounts":["1.00"]}`},
		{Flow{}, `{"amounts":[]}`},
	}
	for _, tt := range tests {
		data, err := json.Marshal(tt.f)
		if err != nil || string(data) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v, want %s", tt.f, data, err, tt.json)
		}
		var back Flow
		if err := json.Unmarshal(data, &back); err != nil || !back.Equal(tt.f) {
			t.Errorf("Unmarshal(%s) = %v, %v, want %v", data, back, err, tt.f)
		}
	}
	var f Flow
	if err := json.Unmarshal([]byte(`{"first":"2022-23","amounts":[1.5, "£2"]}`), &f); err != nil ||
		!f.Equal(flowGBP("1.5", "2").Anchor(2022)) {
		t.Errorf("Unmarshal of numbers and a £ string = %v, %v", f, err)
	}
	if err := json.Unmarshal([]byte(`{"2024-25":"3","2022/23":1}`), &f); err != nil ||
		!f.Equal(flowGBP("1", "0", "3").Anchor(2022)) {
		t.Errorf("Unmarshal by year with a gap = %v, %v", f, err)
	}
	keep := flowGBP("7")
	if err := json.Unmarshal([]byte(`null`), &keep); err != nil || !keep.Equal(flowGBP("7")) {
		t.Errorf("Unmarshal(null) changed the flow to %v, %v", keep, err)
	}
	bad := []struct {
		in   string
		want error
	}{
		{`{"amounts":["1.2.3"]}`, ErrSyntax},
		{`{"amounts":["NaN"]}`, ErrSyntax},
		{`{"first":"2022/24","amounts":[]}`, ErrSyntax},
		{`{"2022/23":"1","2022/24":"2"}`, ErrSyntax},
		{`{"2022/23":"1","2022-23":"2"}`, ErrSyntax},
		{`{"2022/23":"x"}`, ErrSyntax},
		{`{"2022/23":"1","from":"2"}`, ErrUnknownField},
		{`{"amounts":[],"last":"2022/23"}`, ErrUnknownField},
		{`"2022/23"`, ErrSyntax},
	}
	for _, tt := range bad {
		var g Flow
		err := json.Unmarshal([]byte(tt.in), &g)
		if !errors.Is(err, tt.want) {
			t.Errorf("Unmarshal(%s) error = %v, want %v", tt.in, err, tt.want)
		}
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Errorf("Unmarshal(%s) error = %v, want a *FieldError", tt.in, err)
		}
	}
	var fe *FieldError
	if err := json.Unmarshal([]byte(`{"2022/23":"1","2023/24":"1.2.3"}`), &f); !errors.As(err, &fe) || fe.Path != "[2023/24]" {
		t.Errorf("bad amount: error %v, want one at [2023/24]", err)
	}
	var g Flow
	if err := json.Unmarshal([]byte(`[1, 2]`), &g); err == nil {
		t.Error("Unmarshal of a bare list succeeded")
	}
}

func TestFlowFromPence(t *testing.T) {
	if got, want := FlowFromPence(-10000, 6050), flowGBP("-100", "60.50"); !got.Equal(want) {
		t.Errorf("FlowFromPence(-10000, 6050) = %v, want %v", got, want)
	}
	p := []int64{1, 2}
	f := FlowFromPence(p...)
	p[0] = 99
	if !f.At(0).Equal(FromPence(1)) {
		t.Error("FlowFromPence did not copy its argument")
	}
	if got := FlowFromPence(); got.Len() != 0 {
		t.Errorf("FlowFromPence() has %d years", got.Len())
	}
	// Beyond 2^62 pence the flow keeps money, still exactly.
	huge := FlowFromPence(-1<<63, 1)
	if got, want := huge.At(0), FromPence(-1<<63); !got.Equal(want) {
		t.Errorf("At(0) = %v, want %v", got, want)
	}
}

func TestWholePence(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1.23", 123, true},
		{"-1.2", -120, true},
		{"5", 500, true},
		{"1.230", 123, true},
		{"1.235", 0, false},
		{"9999999999999999", 999999999999999900, true},
		{"46116860184273879.04", 4611686018427387904, true}, // 2^62 pence
		{"46116860184273879.05", 0, false},
		{"0", 0, true},
	}
	for _, tt := range tests {
		got, ok := wholePence(FromDecimal(dRate(tt.in)))
		if got != tt.want || ok != tt.ok {
			t.Errorf("wholePence(%s) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if got, ok := wholePence(FromDecimal(dRate("1e3"))); got != 100000 || !ok {
		t.Errorf("wholePence(1e3) = %d, %v, want 100000, true", got, ok)
	}
}

func TestFlowFromWithOver(t *testing.T) {
	f := FlowFrom(2022, MustGBP("10"), MustGBP("20"))
	if first, ok := f.First(); !ok || first != 2022 || !f.In(2023).Equal(MustGBP("20")) {
		t.Fatalf("FlowFrom = %v", f)
	}
	if !f.Equal(NewFlow(MustGBP("10"), MustGBP("20")).Anchor(2022)) {
		t.Errorf("FlowFrom(2022, …) = %v, want NewFlow(…).Anchor(2022)", f)
	}
	tests := []struct {
		name string
		got  Flow
		want Flow
	}{
		{"inside", f.With(2023, MustGBP("5")), FlowFrom(2022, MustGBP("10"), MustGBP("5"))},
		{"after", f.With(2025, MustGBP("1")), FlowFrom(2022, MustGBP("10"), MustGBP("20"), Money{}, MustGBP("1"))},
		{"before", f.With(2020, MustGBP("1")), FlowFrom(2020, MustGBP("1"), Money{}, MustGBP("10"), MustGBP("20"))},
		{"zero flow", Flow{}.With(2024, MustGBP("3")), FlowFrom(2024, MustGBP("3"))},
	}
	for _, tt := range tests {
		if !tt.got.Equal(tt.want) {
			t.Errorf("%s: With = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if !f.In(2023).Equal(MustGBP("20")) {
		t.Errorf("With changed its receiver: %v", f)
	}
	over := f.Over(NewYears(2021, 4))
	want := []Money{{}, MustGBP("10"), MustGBP("20"), {}}
	if diff := cmp.Diff(want, over); diff != "" {
		t.Errorf("Over (-want +got):\n%s", diff)
	}
	if got := NewFlow(MustGBP("1")).Over(NewYears(2022, 2)); !got[0].IsZero() || !got[1].IsZero() {
		t.Errorf("Over of a flow that is not anchored = %v, want £0s", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("With on a non-empty flow that is not anchored did not panic")
		}
	}()
	NewFlow(MustGBP("1")).With(2022, MustGBP("1"))
}
