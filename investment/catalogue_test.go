package investment_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// badInput is one entry of the catalogue (see badinput.Case).
type badInput struct {
	Name string
	Call func() error
	Want error
	As   func(error) bool
}

func TestCatalogue(t *testing.T) {
	parseErr := badinput.Typed[*investment.ParseError]()
	fieldErr := badinput.Typed[*investment.FieldError]()
	indexErr := badinput.Typed[*investment.IndexError]()
	nameErr := badinput.Typed[*investment.NameError]()
	planErr := badinput.Typed[*investment.PlanError]()
	gbp := func(s string) func() error { return func() error { return badinput.ErrOf(investment.GBP(s)) } }
	year := func(s string) func() error {
		return func() error { return badinput.ErrOf(investment.ParseFinancialYear(s)) }
	}
	rate := func(s string) func() error { return func() error { return badinput.ErrOf(investment.ParseRate(s)) } }
	d := decimal.RequireFromString
	max, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	m := investment.MustGBP
	day := func(y int) time.Time { return time.Date(y, 4, 1, 0, 0, 0, 0, time.UTC) }
	cases := []badInput{
		// GBP and the text forms of money.
		{"GBP empty", gbp(""), investment.ErrSyntax, parseErr},
		{"GBP spaces only", gbp(" \u00a0 "), investment.ErrSyntax, parseErr},
		{"GBP letters", gbp("abc"), investment.ErrSyntax, parseErr},
		{"GBP invalid UTF-8", gbp("\xe2"), investment.ErrSyntax, parseErr},
		{"GBP euro", gbp("€5"), investment.ErrSyntax, parseErr},
		{"GBP dollar", gbp("$5"), investment.ErrSyntax, parseErr},
		{"GBP two Unicode minuses", gbp("−−5"), investment.ErrSyntax, parseErr},
		{"GBP minus and Unicode minus", gbp("-−5"), investment.ErrSyntax, parseErr},
		{"GBP minus inside brackets", gbp("(−£5)"), investment.ErrSyntax, parseErr},
		{"GBP no-break space in a wrong group", gbp("£1\u00a023"), investment.ErrSyntax, parseErr},
		{"GBP narrow space in a wrong group", gbp("£12\u202f34"), investment.ErrSyntax, parseErr},
		{"GBP two points", gbp("1.2.3"), investment.ErrSyntax, parseErr},
		{"GBP exponent", gbp("1e3"), investment.ErrSyntax, parseErr},
		{"GBP hexadecimal", gbp("0x10"), investment.ErrSyntax, parseErr},
		{"GBP NaN", gbp("NaN"), investment.ErrSyntax, parseErr},
		{"GBP infinity", gbp("Inf"), investment.ErrSyntax, parseErr},
		{"GBP percent", gbp("5%"), investment.ErrSyntax, parseErr},
		{"GBP huge", gbp(strings.Repeat("9", 400)), investment.ErrRange, parseErr},
		{"GBP 10^15", gbp("1,000,000,000,000,000"), investment.ErrRange, parseErr},
		{"GBP too many places", gbp("0." + strings.Repeat("1", 19)), investment.ErrRange, parseErr},
		{"GBP decimal comma", gbp("1,5"), investment.ErrSyntax, parseErr},
		{"GBP sign after the digits", gbp("5-"), investment.ErrSyntax, parseErr},
		// Financial years.
		{"year empty", year(""), investment.ErrSyntax, parseErr},
		{"year not consecutive", year("2022/24"), investment.ErrSyntax, parseErr},
		{"year words", year("last year"), investment.ErrSyntax, parseErr},
		{"year huge", year("99999999999999999999/00"), investment.ErrSyntax, parseErr},
		{"year invalid UTF-8", year("2022\xff23"), investment.ErrSyntax, parseErr},
		{"year negative", year("-5/-4"), investment.ErrSyntax, parseErr},
		// Rates.
		{"rate empty", rate(""), investment.ErrSyntax, parseErr},
		{"rate percent only", rate("%"), investment.ErrSyntax, parseErr},
		{"rate double percent", rate("3%%"), investment.ErrSyntax, parseErr},
		{"rate decimal comma", rate("3,5%"), investment.ErrSyntax, parseErr},
		{"rate hexadecimal", rate("0x1p-2"), investment.ErrSyntax, parseErr},
		{"rate NaN", rate("NaN"), investment.ErrSyntax, parseErr},
		{"rate pound sign", rate("£3"), investment.ErrSyntax, parseErr},
		{"rate huge exponent", rate("1e999999"), investment.ErrRange, parseErr},
		{"CheckRate 3 meant as 3%", func() error { return investment.CheckRate(d("3")) }, investment.ErrRateTooHigh, nil},
		{"CheckRate -100%", func() error { return investment.CheckRate(d("-1")) }, investment.ErrRate, nil},
		{"CheckRate 10^30", func() error { return investment.CheckRate(d("1e30")) }, investment.ErrRateTooHigh, nil},
		// Names.
		{"ParseUnit", func() error { return badinput.ErrOf(investment.ParseUnit("£bn")) }, investment.ErrUnknownKind, nameErr},
		{"ParseCareGroup", func() error { return badinput.ErrOf(investment.ParseCareGroup("dentistry")) }, investment.ErrUnknownKind, nameErr},
		{"ParseStreamKind", func() error { return badinput.ErrOf(investment.ParseStreamKind("")) }, investment.ErrUnknownKind, nameErr},
		{"ParseUpliftKind", func() error { return badinput.ErrOf(investment.ParseUpliftKind("energy")) }, investment.ErrUnknownKind, nameErr},
		{"ParsePressureKind", func() error { return badinput.ErrOf(investment.ParsePressureKind("\xff")) }, investment.ErrUnknownKind, nameErr},
		{"ParseReserveKind", func() error { return badinput.ErrOf(investment.ParseReserveKind("rainy")) }, investment.ErrUnknownKind, nameErr},
		{"Unit MarshalText out of range", func() error { return badinput.ErrOf(investment.Unit(99).MarshalText()) }, investment.ErrUnknownKind, nameErr},
		// Allocation.
		{"AllocateIn unit 99", func() error { return badinput.ErrOf(m("3000").AllocateIn(investment.Unit(99), 1, 2)) }, investment.ErrUnknownKind, nameErr},
		{"AllocateIn unit -1", func() error { return badinput.ErrOf(m("3000").AllocateIn(investment.Unit(-1), 1)) }, investment.ErrUnknownKind, nameErr},
		{"AllocateIn not whole", func() error { return badinput.ErrOf(m("3000.50").AllocateIn(investment.Thousand, 1)) }, investment.ErrNotWhole, nil},
		{"Allocate no weights", func() error { return badinput.ErrOf(m("1").Allocate()) }, investment.ErrNoParts, nil},
		{"Allocate negative weight", func() error { return badinput.ErrOf(m("1").Allocate(1, 1, -0.2)) }, investment.ErrNegativeWeight, indexErr},
		{"Allocate NaN weight", func() error { return badinput.ErrOf(m("1").Allocate(math.NaN())) }, investment.ErrNotFinite, indexErr},
		{"Allocate infinite weight", func() error { return badinput.ErrOf(m("1").Allocate(1, math.Inf(1))) }, investment.ErrNotFinite, indexErr},
		{"Allocate -MaxFloat64", func() error { return badinput.ErrOf(m("1").Allocate(max, -max)) }, investment.ErrNegativeWeight, indexErr},
		{"Allocate zero weights", func() error { return badinput.ErrOf(m("1").Allocate(0, 0)) }, investment.ErrZeroWeights, nil},
		{"Allocate fraction of a penny", func() error { return badinput.ErrOf(m("0.001").Allocate(1)) }, investment.ErrNotWhole, nil},
		{"AllocateDecimal negative", func() error { return badinput.ErrOf(m("1").AllocateDecimal(d("0.5"), d("-0.5"))) }, investment.ErrNegativeWeight, indexErr},
		{"AllocateDecimal zero", func() error { return badinput.ErrOf(m("1").AllocateDecimal(d("0"))) }, investment.ErrZeroWeights, nil},
		{"AllocateBy negative", func() error { return badinput.ErrOf(m("1").AllocateBy(m("-1"), m("2"))) }, investment.ErrNegativeWeight, indexErr},
		// Float crossings at the extremes.
		{"MulFloat MaxFloat64", func() error { return badinput.ErrOf(m("1").MulFloat(max)) }, investment.ErrRange, nil},
		{"MulFloat -Inf", func() error { return badinput.ErrOf(m("1").MulFloat(math.Inf(-1))) }, investment.ErrNotFinite, nil},
		{"Ratio by zero", func() error { return badinput.ErrOf(m("1").Ratio(investment.Money{})) }, investment.ErrDivideByZero, nil},
		{"PresentValueFloat overflow", func() error { return badinput.ErrOf(investment.GreenBook().PresentValueFloat([]float64{max, max})) }, investment.ErrNotFinite, nil},
		{"PresentValueFloat NaN", func() error {
			return badinput.ErrOf(investment.GreenBook().PresentValueFloat([]float64{1, math.NaN()}))
		}, investment.ErrNotFinite, indexErr},
		{"PresentValueFloat opposite extremes", func() error {
			return badinput.ErrOf(investment.GreenBook().PresentValueFloat([]float64{max, max, -max, -max}))
		}, investment.ErrNotFinite, nil},
		// Discounting.
		{"NewSchedule none", func() error { return badinput.ErrOf(investment.NewSchedule()) }, investment.ErrNoBands, nil},
		{"NewSchedule rate 3", func() error { return badinput.ErrOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("3")})) }, investment.ErrRateTooHigh, indexErr},
		{"NewSchedule rate 10^30", func() error { return badinput.ErrOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("1e30")})) }, investment.ErrRateTooHigh, indexErr},
		{"NewSchedule rate -1", func() error { return badinput.ErrOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("-1")})) }, investment.ErrRate, indexErr},
		{"NewSchedule starts at 5", func() error { return badinput.ErrOf(investment.NewSchedule(investment.Band{From: 5, Rate: d("0.03")})) }, investment.ErrBandOrder, indexErr},
		{"NewSchedule out of order", func() error {
			return badinput.ErrOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("0.03")}, investment.Band{From: math.MinInt, Rate: d("0.03")}))
		}, investment.ErrBandOrder, indexErr},
		{"SpreadsheetNPV rate 5", func() error { return badinput.ErrOf(investment.SpreadsheetNPV(d("5"), m("1"))) }, investment.ErrRateTooHigh, nil},
		{"SpreadsheetNPV rate -2", func() error { return badinput.ErrOf(investment.SpreadsheetNPV(d("-2"), m("1"))) }, investment.ErrRate, nil},
		{"SpreadsheetNPV no values", func() error { return badinput.ErrOf(investment.SpreadsheetNPV(d("0.1"))) }, investment.ErrEmptyFlow, nil},
		{"EquivalentAnnualCost MaxInt years", func() error { return badinput.ErrOf(investment.GreenBook().EquivalentAnnualCost(m("1"), math.MaxInt)) }, investment.ErrHorizon, nil},
		{"EquivalentAnnualCost beyond the horizon", func() error {
			return badinput.ErrOf(investment.GreenBook().EquivalentAnnualCost(m("1"), investment.MaxHorizon+1))
		}, investment.ErrHorizon, nil},
		{"EquivalentAnnualCost no years", func() error { return badinput.ErrOf(investment.GreenBook().EquivalentAnnualCost(m("1"), math.MinInt)) }, investment.ErrHorizon, nil},
		{"XNPV rate -MaxFloat64", func() error {
			return badinput.ErrOf(investment.XNPV(-max, []investment.Money{m("1"), m("1")}, []time.Time{day(2000), day(2100)}))
		}, investment.ErrRate, nil},
		{"XNPV rate -1", func() error {
			return badinput.ErrOf(investment.XNPV(-1, []investment.Money{m("1")}, []time.Time{day(2000)}))
		}, investment.ErrRate, nil},
		{"XNPV NaN rate", func() error {
			return badinput.ErrOf(investment.XNPV(math.NaN(), []investment.Money{m("1")}, []time.Time{day(2000)}))
		}, investment.ErrNotFinite, nil},
		{"XNPV lengths", func() error { return badinput.ErrOf(investment.XNPV(0.1, []investment.Money{m("1")}, nil)) }, investment.ErrLength, nil},
		{"XIRR no sign change", func() error {
			return badinput.ErrOf(investment.XIRR([]investment.Money{m("1"), m("1")}, []time.Time{day(2000), day(2001)}))
		}, investment.ErrNoSignChange, nil},
		{"IRR empty", func() error { return badinput.ErrOf(investment.IRR(investment.Flow{})) }, investment.ErrEmptyFlow, nil},
		{"IRR no sign change", func() error { return badinput.ErrOf(investment.IRR(investment.NewFlow(m("1"), m("2")))) }, investment.ErrNoSignChange, nil},
		{"MIRR Inf rate", func() error {
			return badinput.ErrOf(investment.MIRR(investment.NewFlow(m("-1"), m("2")), math.Inf(1), 0.1))
		}, investment.ErrNotFinite, nil},
		{"MIRR MaxFloat64 reinvestment", func() error {
			return badinput.ErrOf(investment.MIRR(investment.NewFlow(m("-1"), m("2"), m("3"), m("4")), 0.1, max))
		}, investment.ErrNotFinite, nil},
		{"MIRR smallest finance rate over tiny loss", func() error {
			return badinput.ErrOf(investment.MIRR(investment.NewFlow(m("-0.01"), m("999999999999"), m("999999999999")), tiny, max/1e10))
		}, investment.ErrNotFinite, nil},
		// JSON documents.
		{"JSON money word", badinput.Decode[investment.Money](`"five pounds"`), investment.ErrSyntax, parseErr},
		{"JSON money object", badinput.Decode[investment.Money](`{}`), investment.ErrSyntax, parseErr},
		{"JSON money 1e400", badinput.Decode[investment.Money](`1e400`), investment.ErrRange, parseErr},
		{"JSON uplift rate word", badinput.Decode[investment.Uplift](`{"kind":"pay","rate":"three"}`), investment.ErrSyntax, fieldErr},
		{"JSON uplift rate 3", badinput.Decode[investment.Uplift](`{"kind":"pay","rate":3}`), investment.ErrRateTooHigh, fieldErr},
		{"JSON uplift rate 300%", badinput.Decode[investment.Uplift](`{"kind":"pay","rate":"300%"}`), investment.ErrRateTooHigh, fieldErr},
		{"JSON uplift rate -150%", badinput.Decode[investment.Uplift](`{"kind":"pay","rate":"-150%"}`), investment.ErrRate, fieldErr},
		{"JSON uplift rate 1e999999", badinput.Decode[investment.Uplift](`{"kind":"pay","rate":1e999999}`), investment.ErrRange, fieldErr},
		{"JSON uplift rate array", badinput.Decode[investment.Uplift](`{"kind":"pay","rate":[0.03]}`), investment.ErrSyntax, fieldErr},
		{"JSON uplift unknown kind", badinput.Decode[investment.Uplift](`{"kind":"energy","rate":0.03}`), investment.ErrUnknownKind, fieldErr},
		{"JSON uplift unknown field", badinput.Decode[investment.Uplift](`{"kind":"pay","percent":3}`), investment.ErrUnknownField, fieldErr},
		{"JSON mix share word", badinput.Decode[investment.Mix](`{"pay":"most"}`), investment.ErrSyntax, fieldErr},
		{"JSON mix share hex", badinput.Decode[investment.Mix](`{"pay":"0x1p-1"}`), investment.ErrSyntax, fieldErr},
		{"JSON mix unknown kind", badinput.Decode[investment.Mix](`{"energy":"1"}`), investment.ErrUnknownKind, fieldErr},
		{"JSON mix not an object", badinput.Decode[investment.Mix](`[1]`), investment.ErrSyntax, fieldErr},
		{"JSON schedule rate 3", badinput.Decode[investment.Schedule](`[{"from":0,"rate":3}]`), investment.ErrRateTooHigh, fieldErr},
		{"JSON schedule rate word", badinput.Decode[investment.Schedule](`[{"from":0,"rate":"x"}]`), investment.ErrSyntax, fieldErr},
		{"JSON schedule empty", badinput.Decode[investment.Schedule](`[]`), investment.ErrNoBands, nil},
		{"JSON schedule unknown field", badinput.Decode[investment.Schedule](`[{"from":0,"rate":0.03,"to":5}]`), investment.ErrUnknownField, fieldErr},
		{"JSON flow bad year", badinput.Decode[investment.Flow](`{"first":"2022/24","amounts":["1"]}`), investment.ErrSyntax, fieldErr},
		{"JSON flow bad amount", badinput.Decode[investment.Flow](`{"first":"2022/23","amounts":["1","£x"]}`), investment.ErrSyntax, fieldErr},
		{"JSON plan uplift rate 3", badinput.Decode[investment.FinancialPlan](`{"uplifts":[{"kind":"pay","year":"2024/25","rate":3}]}`), investment.ErrRateTooHigh, fieldErr},
		{"JSON plan mix share word", badinput.Decode[investment.FinancialPlan](`{"lines":[{"id":"l","mix":{"pay":"x"}}]}`), investment.ErrSyntax, fieldErr},
		{"JSON plan base Unicode garbage", badinput.Decode[investment.FinancialPlan](`{"lines":[{"id":"l","base":"£1\u20135"}]}`), investment.ErrSyntax, fieldErr},
		{"JSON plan snake case", badinput.Decode[investment.FinancialPlan](`{"spend_lines":[]}`), investment.ErrUnknownField, fieldErr},
		{"JSON budget unknown field", badinput.Decode[investment.Budget](`{"plan":{}}`), investment.ErrUnknownField, fieldErr},
		// Plans built in Go.
		{"Validate uplift rate 3", func() error {
			p := investment.FinancialPlan{Name: "p", Years: investment.NewYears(2024, 2),
				Lines:   []investment.Line{{ID: "l", CareGroup: investment.OlderPeople, Base: m("100")}},
				Uplifts: []investment.Uplift{{Kind: investment.Pay, Year: 2025, Rate: d("3")}}}
			return p.Validate()
		}, investment.ErrRateTooHigh, planErr},
	}
	badinput.Run(t, "investment", cases)
	if len(cases) < 60 {
		t.Errorf("catalogue has %d cases", len(cases))
	}
}
