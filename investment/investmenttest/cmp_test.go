package investmenttest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

func TestEquateMoney(t *testing.T) {
	type row struct {
		Name   string
		Amount investment.Money
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"1.5", "1.50", true},
		{"0", "-0.00", true},
		{"1.50", "1.51", false},
		{"1.005", "1.00", false},
		{"-1", "1", false},
	}
	for _, tt := range tests {
		a := row{"x", investment.MustGBP(tt.a)}
		b := row{"x", investment.MustGBP(tt.b)}
		if got := cmp.Equal(a, b, investmenttest.EquateMoney()); got != tt.want {
			t.Errorf("cmp.Equal(%s, %s, EquateMoney()) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		// Without the option go-cmp uses Money.Equal and must agree.
		if got := cmp.Equal(a, b); got != tt.want {
			t.Errorf("cmp.Equal(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestEquateMoneyWithin(t *testing.T) {
	tests := []struct {
		pence int64
		a, b  string
		want  bool
	}{
		{0, "1.00", "1.00", true},
		{0, "1.00", "1.01", false},
		{1, "1.00", "1.01", true},
		{1, "1.01", "1.00", true},
		{1, "1.00", "1.02", false},
		{1, "1.00", "1.0100001", false},
		{1, "-0.005", "0.005", true},
		{100, "10", "11", true},
		{100, "10", "11.01", false},
	}
	for _, tt := range tests {
		got := cmp.Equal([]investment.Money{investment.MustGBP(tt.a)}, []investment.Money{investment.MustGBP(tt.b)},
			investmenttest.EquateMoneyWithin(tt.pence))
		if got != tt.want {
			t.Errorf("EquateMoneyWithin(%d) on %s, %s = %v, want %v", tt.pence, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestEquateMoneyWithinNegativePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("EquateMoneyWithin(-1) did not panic")
		}
	}()
	investmenttest.EquateMoneyWithin(-1)
}

func TestEquateMoneyDiffMessage(t *testing.T) {
	want := map[string]investment.Money{"care homes": investment.MustGBP("100")}
	got := map[string]investment.Money{"care homes": investment.MustGBP("100.02")}
	if diff := cmp.Diff(want, got, investmenttest.EquateMoneyWithin(1)); diff == "" {
		t.Error("cmp.Diff found no difference of 2p with a tolerance of 1p")
	}
	if diff := cmp.Diff(want, got, investmenttest.EquateMoneyWithin(2)); diff != "" {
		t.Errorf("cmp.Diff with a tolerance of 2p (-want +got):\n%s", diff)
	}
}
