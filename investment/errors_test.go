package investment_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

// TestErrorsPrefixed provokes a representative failure of every exported
// entry point that returns an error and checks that the message carries
// the package prefix exactly once and that errors.Is finds the reason.
func TestErrorsPrefixed(t *testing.T) {
	one := investment.MustGBP("1")
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	errOf := func(_ any, err error) error { return err }
	unmarshal := func(v any, data string) error { return json.Unmarshal([]byte(data), v) }
	badPlan := workedPlan()
	badPlan.Lines[0].Base = gbp("-1")
	overspent := workedPlan()
	overspent.Savings[0].Amount = gbp("5000000")
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"GBP", errOf(investment.GBP("1.2.3")), investment.ErrSyntax},
		{"GBP range", errOf(investment.GBP("10000000000000000")), investment.ErrRange},
		{"ParseFinancialYear", errOf(investment.ParseFinancialYear("2022/24")), investment.ErrSyntax},
		{"FinancialYear.MarshalText", errOf(investment.FinancialYear(5).MarshalText()), investment.ErrRange},
		{"Years.Validate", investment.Years{First: 2024, Last: 2022}.Validate(), investment.ErrYearOrder},
		{"Money.UnmarshalJSON", unmarshal(new(investment.Money), `"£1,2"`), investment.ErrSyntax},
		{"Money.UnmarshalText", new(investment.Money).UnmarshalText([]byte("x")), investment.ErrSyntax},
		{"Money.MulFloat", errOf(one.MulFloat(math.NaN())), investment.ErrNotFinite},
		{"Money.Ratio", errOf(one.Ratio(investment.Money{})), investment.ErrDivideByZero},
		{"Money.Allocate", errOf(one.Allocate(1, -1)), investment.ErrNegativeWeight},
		{"Money.AllocateIn", errOf(investment.MustGBP("1.005").AllocateIn(investment.Penny, 1)), investment.ErrNotWhole},
		{"Money.AllocateDecimal", errOf(one.AllocateDecimal()), investment.ErrNoParts},
		{"Money.AllocateBy", errOf(one.AllocateBy(investment.Money{}, investment.Money{})), investment.ErrZeroWeights},
		{"ParseCareGroup", errOf(investment.ParseCareGroup("dentistry")), investment.ErrUnknownKind},
		{"ParseStreamKind", errOf(investment.ParseStreamKind("lottery")), investment.ErrUnknownKind},
		{"ParseUpliftKind", errOf(investment.ParseUpliftKind("energy")), investment.ErrUnknownKind},
		{"ParsePressureKind", errOf(investment.ParsePressureKind("x")), investment.ErrUnknownKind},
		{"ParseReserveKind", errOf(investment.ParseReserveKind("x")), investment.ErrUnknownKind},
		{"ParseUnit", errOf(investment.ParseUnit("k")), investment.ErrUnknownKind},
		{"CareGroup.MarshalText", errOf(investment.CareGroup(99).MarshalText()), investment.ErrUnknownKind},
		{"Flow.Add", errOf(investment.NewFlow(one).Add(investment.FlowFrom(2022, one))), investment.ErrNotAnchored},
		{"Flow.UnmarshalJSON", unmarshal(new(investment.Flow), `{"2022/23":"x"}`), investment.ErrSyntax},
		{"Flow.UnmarshalJSON by offset", unmarshal(new(investment.Flow), `{"first":"2022/23","amounts":["x"]}`), investment.ErrSyntax},
		{"Flow.UnmarshalJSON field", unmarshal(new(investment.Flow), `{"start":"2022/23"}`), investment.ErrUnknownField},
		{"IRR", errOf(investment.IRR(investment.NewFlow(one, one))), investment.ErrNoSignChange},
		{"IRRs", errOf(investment.IRRs(investment.Flow{})), investment.ErrEmptyFlow},
		{"MIRR", errOf(investment.MIRR(investment.NewFlow(one.Neg(), one), math.Inf(1), 0.1)), investment.ErrNotFinite},
		{"XNPV", errOf(investment.XNPV(0.1, []investment.Money{one}, nil)), investment.ErrLength},
		{"XIRR", errOf(investment.XIRR([]investment.Money{one.Neg(), one}, []time.Time{day("2023-01-01"), day("2022-01-01")})), investment.ErrDateOrder},
		{"XIRRs", errOf(investment.XIRRs([]investment.Money{one, one}, []time.Time{day("2022-01-01"), day("2023-01-01")})), investment.ErrNoSignChange},
		{"NewSchedule", errOf(investment.NewSchedule()), investment.ErrNoBands},
		{"NewSchedule band", errOf(investment.NewSchedule(investment.Band{From: 0, Rate: decimal.NewFromInt(-2)})), investment.ErrRate},
		{"Schedule.UnmarshalJSON", unmarshal(new(investment.Schedule), `[{"from":0,"rate":"x"}]`), investment.ErrSyntax},
		{"Schedule.PresentValueAt", errOf(investment.GreenBook().PresentValueAt(investment.NewFlow(one), 2022)), investment.ErrNotAnchored},
		{"Schedule.PresentValueFloat", errOf(investment.GreenBook().PresentValueFloat([]float64{math.NaN()})), investment.ErrNotFinite},
		{"Schedule.EquivalentAnnualCost", errOf(investment.GreenBook().EquivalentAnnualCost(one, 0)), investment.ErrHorizon},
		{"SpreadsheetNPV", errOf(investment.SpreadsheetNPV(decimal.NewFromInt(-1))), investment.ErrRate},
		{"FinancialPlan.Validate", badPlan.Validate(), investment.ErrNegativeBudget},
		{"FinancialPlan.Budget", errOf(overspent.Budget()), investment.ErrNegativeBudget},
		{"FinancialPlan.UnmarshalJSON", unmarshal(new(investment.FinancialPlan), `{"lines":[{"id":"a","mix":{"pay":"one"}}]}`), investment.ErrSyntax},
		{"Budget.UnmarshalJSON", unmarshal(new(investment.Budget), `{"lines":[{"id":"a","care_group":"carers"}]}`), investment.ErrUnknownField},
		{"Uplift.UnmarshalJSON", unmarshal(new(investment.Uplift), `{"rate":"1e9999"}`), investment.ErrRange},
		{"Mix.UnmarshalJSON", unmarshal(new(investment.Mix), `["pay"]`), investment.ErrSyntax},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Errorf("%s: no error, want %v", tt.name, tt.want)
			continue
		}
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, tt.err, tt.want)
		}
		for _, e := range flatten(tt.err) {
			if err := fault.Prefixed(e.Error(), "investment"); err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
		}
	}
}

// TestSharedReasons checks that the reasons other packages share are the
// same values, so that errors.Is matches across the layers.
func TestSharedReasons(t *testing.T) {
	for _, tt := range []struct{ ours, shared error }{
		{investment.ErrSyntax, fault.ErrSyntax},
		{investment.ErrRange, fault.ErrRange},
		{investment.ErrNotFinite, fault.ErrNotFinite},
		{investment.ErrEmptyID, fault.ErrEmptyID},
		{investment.ErrDuplicateID, fault.ErrDuplicateID},
		{investment.ErrUnknownID, fault.ErrUnknownID},
		{investment.ErrUnknownKind, fault.ErrUnknownName},
		{investment.ErrNegativeAmount, fault.ErrNegative},
		{investment.ErrUnknownField, fault.ErrUnknownField},
	} {
		if tt.ours != tt.shared {
			t.Errorf("%v is not the shared reason %v", tt.ours, tt.shared)
		}
	}
}
