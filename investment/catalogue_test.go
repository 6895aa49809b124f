package investment_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// badInput is one entry of the catalogue of bad inputs: a call with input
// from outside, the reason its error must wrap and, where the package has
// one, the typed error that must say where.
type badInput struct {
	name string
	call func() error
	want error
	as   func(error) bool
}

// typed returns a check that an error is, or wraps, a T.
func typed[T error]() func(error) bool {
	return func(err error) bool {
		var target T
		return errors.As(err, &target)
	}
}

// runCatalogue checks each bad input: no panic, an error wrapping the
// reason, the typed error, and the package prefix exactly once.
func runCatalogue(t *testing.T, pkg string, cases []badInput) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			t.Fatalf("catalogue entry %q twice", c.name)
		}
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v", r)
					}
				}()
				err = c.call()
			}()
			if err == nil {
				t.Fatalf("no error, want %v", c.want)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("error %q does not wrap %q", err, c.want)
			}
			if c.as != nil && !c.as(err) {
				t.Errorf("error %q (%T) is not of the typed error expected", err, err)
			}
			// errors.Join puts one error a line; each says where.
			for _, line := range strings.Split(err.Error(), "\n") {
				if perr := fault.Prefixed(line, pkg); perr != nil {
					t.Error(perr)
				}
			}
		})
	}
}

func errOf[T any](_ T, err error) error { return err }

func decode[T any](doc string) func() error {
	return func() error {
		var v T
		return json.Unmarshal([]byte(doc), &v)
	}
}

func TestCatalogue(t *testing.T) {
	parseErr := typed[*investment.ParseError]()
	fieldErr := typed[*investment.FieldError]()
	indexErr := typed[*investment.IndexError]()
	nameErr := typed[*investment.NameError]()
	planErr := typed[*investment.PlanError]()
	gbp := func(s string) func() error { return func() error { return errOf(investment.GBP(s)) } }
	year := func(s string) func() error { return func() error { return errOf(investment.ParseFinancialYear(s)) } }
	rate := func(s string) func() error { return func() error { return errOf(investment.ParseRate(s)) } }
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
		{"ParseUnit", func() error { return errOf(investment.ParseUnit("£bn")) }, investment.ErrUnknownKind, nameErr},
		{"ParseCareGroup", func() error { return errOf(investment.ParseCareGroup("dentistry")) }, investment.ErrUnknownKind, nameErr},
		{"ParseStreamKind", func() error { return errOf(investment.ParseStreamKind("")) }, investment.ErrUnknownKind, nameErr},
		{"ParseUpliftKind", func() error { return errOf(investment.ParseUpliftKind("energy")) }, investment.ErrUnknownKind, nameErr},
		{"ParsePressureKind", func() error { return errOf(investment.ParsePressureKind("\xff")) }, investment.ErrUnknownKind, nameErr},
		{"ParseReserveKind", func() error { return errOf(investment.ParseReserveKind("rainy")) }, investment.ErrUnknownKind, nameErr},
		{"Unit MarshalText out of range", func() error { return errOf(investment.Unit(99).MarshalText()) }, investment.ErrUnknownKind, nameErr},
		// Allocation.
		{"AllocateIn unit 99", func() error { return errOf(m("3000").AllocateIn(investment.Unit(99), 1, 2)) }, investment.ErrUnknownKind, nameErr},
		{"AllocateIn unit -1", func() error { return errOf(m("3000").AllocateIn(investment.Unit(-1), 1)) }, investment.ErrUnknownKind, nameErr},
		{"AllocateIn not whole", func() error { return errOf(m("3000.50").AllocateIn(investment.Thousand, 1)) }, investment.ErrNotWhole, nil},
		{"Allocate no weights", func() error { return errOf(m("1").Allocate()) }, investment.ErrNoParts, nil},
		{"Allocate negative weight", func() error { return errOf(m("1").Allocate(1, 1, -0.2)) }, investment.ErrNegativeWeight, indexErr},
		{"Allocate NaN weight", func() error { return errOf(m("1").Allocate(math.NaN())) }, investment.ErrNotFinite, indexErr},
		{"Allocate infinite weight", func() error { return errOf(m("1").Allocate(1, math.Inf(1))) }, investment.ErrNotFinite, indexErr},
		{"Allocate -MaxFloat64", func() error { return errOf(m("1").Allocate(max, -max)) }, investment.ErrNegativeWeight, indexErr},
		{"Allocate zero weights", func() error { return errOf(m("1").Allocate(0, 0)) }, investment.ErrZeroWeights, nil},
		{"Allocate fraction of a penny", func() error { return errOf(m("0.001").Allocate(1)) }, investment.ErrNotWhole, nil},
		{"AllocateDecimal negative", func() error { return errOf(m("1").AllocateDecimal(d("0.5"), d("-0.5"))) }, investment.ErrNegativeWeight, indexErr},
		{"AllocateDecimal zero", func() error { return errOf(m("1").AllocateDecimal(d("0"))) }, investment.ErrZeroWeights, nil},
		{"AllocateBy negative", func() error { return errOf(m("1").AllocateBy(m("-1"), m("2"))) }, investment.ErrNegativeWeight, indexErr},
		// Float crossings at the extremes.
		{"MulFloat MaxFloat64", func() error { return errOf(m("1").MulFloat(max)) }, investment.ErrRange, nil},
		{"MulFloat -Inf", func() error { return errOf(m("1").MulFloat(math.Inf(-1))) }, investment.ErrNotFinite, nil},
		{"Ratio by zero", func() error { return errOf(m("1").Ratio(investment.Money{})) }, investment.ErrDivideByZero, nil},
		{"PresentValueFloat overflow", func() error { return errOf(investment.GreenBook().PresentValueFloat([]float64{max, max})) }, investment.ErrNotFinite, nil},
		{"PresentValueFloat NaN", func() error { return errOf(investment.GreenBook().PresentValueFloat([]float64{1, math.NaN()})) }, investment.ErrNotFinite, indexErr},
		{"PresentValueFloat opposite extremes", func() error {
			return errOf(investment.GreenBook().PresentValueFloat([]float64{max, max, -max, -max}))
		}, investment.ErrNotFinite, nil},
		// Discounting.
		{"NewSchedule none", func() error { return errOf(investment.NewSchedule()) }, investment.ErrNoBands, nil},
		{"NewSchedule rate 3", func() error { return errOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("3")})) }, investment.ErrRateTooHigh, indexErr},
		{"NewSchedule rate 10^30", func() error { return errOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("1e30")})) }, investment.ErrRateTooHigh, indexErr},
		{"NewSchedule rate -1", func() error { return errOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("-1")})) }, investment.ErrRate, indexErr},
		{"NewSchedule starts at 5", func() error { return errOf(investment.NewSchedule(investment.Band{From: 5, Rate: d("0.03")})) }, investment.ErrBandOrder, indexErr},
		{"NewSchedule out of order", func() error {
			return errOf(investment.NewSchedule(investment.Band{From: 0, Rate: d("0.03")}, investment.Band{From: math.MinInt, Rate: d("0.03")}))
		}, investment.ErrBandOrder, indexErr},
		{"SpreadsheetNPV rate 5", func() error { return errOf(investment.SpreadsheetNPV(d("5"), m("1"))) }, investment.ErrRateTooHigh, nil},
		{"SpreadsheetNPV rate -2", func() error { return errOf(investment.SpreadsheetNPV(d("-2"), m("1"))) }, investment.ErrRate, nil},
		{"SpreadsheetNPV no values", func() error { return errOf(investment.SpreadsheetNPV(d("0.1"))) }, investment.ErrEmptyFlow, nil},
		{"EquivalentAnnualCost MaxInt years", func() error { return errOf(investment.GreenBook().EquivalentAnnualCost(m("1"), math.MaxInt)) }, investment.ErrHorizon, nil},
		{"EquivalentAnnualCost beyond the horizon", func() error {
			return errOf(investment.GreenBook().EquivalentAnnualCost(m("1"), investment.MaxHorizon+1))
		}, investment.ErrHorizon, nil},
		{"EquivalentAnnualCost no years", func() error { return errOf(investment.GreenBook().EquivalentAnnualCost(m("1"), math.MinInt)) }, investment.ErrHorizon, nil},
		{"XNPV rate -MaxFloat64", func() error {
			return errOf(investment.XNPV(-max, []investment.Money{m("1"), m("1")}, []time.Time{day(2000), day(2100)}))
		}, investment.ErrRate, nil},
		{"XNPV rate -1", func() error { return errOf(investment.XNPV(-1, []investment.Money{m("1")}, []time.Time{day(2000)})) }, investment.ErrRate, nil},
		{"XNPV NaN rate", func() error {
			return errOf(investment.XNPV(math.NaN(), []investment.Money{m("1")}, []time.Time{day(2000)}))
		}, investment.ErrNotFinite, nil},
		{"XNPV lengths", func() error { return errOf(investment.XNPV(0.1, []investment.Money{m("1")}, nil)) }, investment.ErrLength, nil},
		{"XIRR no sign change", func() error {
			return errOf(investment.XIRR([]investment.Money{m("1"), m("1")}, []time.Time{day(2000), day(2001)}))
		}, investment.ErrNoSignChange, nil},
		{"IRR empty", func() error { return errOf(investment.IRR(investment.Flow{})) }, investment.ErrEmptyFlow, nil},
		{"IRR no sign change", func() error { return errOf(investment.IRR(investment.NewFlow(m("1"), m("2")))) }, investment.ErrNoSignChange, nil},
		{"MIRR Inf rate", func() error { return errOf(investment.MIRR(investment.NewFlow(m("-1"), m("2")), math.Inf(1), 0.1)) }, investment.ErrNotFinite, nil},
		{"MIRR MaxFloat64 reinvestment", func() error {
			return errOf(investment.MIRR(investment.NewFlow(m("-1"), m("2"), m("3"), m("4")), 0.1, max))
		}, investment.ErrNotFinite, nil},
		{"MIRR smallest finance rate over tiny loss", func() error {
			return errOf(investment.MIRR(investment.NewFlow(m("-0.01"), m("999999999999"), m("999999999999")), tiny, max/1e10))
		}, investment.ErrNotFinite, nil},
		// JSON documents.
		{"JSON money word", decode[investment.Money](`"five pounds"`), investment.ErrSyntax, parseErr},
		{"JSON money object", decode[investment.Money](`{}`), investment.ErrSyntax, parseErr},
		{"JSON money 1e400", decode[investment.Money](`1e400`), investment.ErrRange, parseErr},
		{"JSON uplift rate word", decode[investment.Uplift](`{"kind":"pay","rate":"three"}`), investment.ErrSyntax, fieldErr},
		{"JSON uplift rate 3", decode[investment.Uplift](`{"kind":"pay","rate":3}`), investment.ErrRateTooHigh, fieldErr},
		{"JSON uplift rate 300%", decode[investment.Uplift](`{"kind":"pay","rate":"300%"}`), investment.ErrRateTooHigh, fieldErr},
		{"JSON uplift rate -150%", decode[investment.Uplift](`{"kind":"pay","rate":"-150%"}`), investment.ErrRate, fieldErr},
		{"JSON uplift rate 1e999999", decode[investment.Uplift](`{"kind":"pay","rate":1e999999}`), investment.ErrRange, fieldErr},
		{"JSON uplift rate array", decode[investment.Uplift](`{"kind":"pay","rate":[0.03]}`), investment.ErrSyntax, fieldErr},
		{"JSON uplift unknown kind", decode[investment.Uplift](`{"kind":"energy","rate":0.03}`), investment.ErrUnknownKind, fieldErr},
		{"JSON uplift unknown field", decode[investment.Uplift](`{"kind":"pay","percent":3}`), investment.ErrUnknownField, fieldErr},
		{"JSON mix share word", decode[investment.Mix](`{"pay":"most"}`), investment.ErrSyntax, fieldErr},
		{"JSON mix share hex", decode[investment.Mix](`{"pay":"0x1p-1"}`), investment.ErrSyntax, fieldErr},
		{"JSON mix unknown kind", decode[investment.Mix](`{"energy":"1"}`), investment.ErrUnknownKind, fieldErr},
		{"JSON mix not an object", decode[investment.Mix](`[1]`), investment.ErrSyntax, fieldErr},
		{"JSON schedule rate 3", decode[investment.Schedule](`[{"from":0,"rate":3}]`), investment.ErrRateTooHigh, fieldErr},
		{"JSON schedule rate word", decode[investment.Schedule](`[{"from":0,"rate":"x"}]`), investment.ErrSyntax, fieldErr},
		{"JSON schedule empty", decode[investment.Schedule](`[]`), investment.ErrNoBands, nil},
		{"JSON schedule unknown field", decode[investment.Schedule](`[{"from":0,"rate":0.03,"to":5}]`), investment.ErrUnknownField, fieldErr},
		{"JSON flow bad year", decode[investment.Flow](`{"first":"2022/24","amounts":["1"]}`), investment.ErrSyntax, fieldErr},
		{"JSON flow bad amount", decode[investment.Flow](`{"first":"2022/23","amounts":["1","£x"]}`), investment.ErrSyntax, fieldErr},
		{"JSON plan uplift rate 3", decode[investment.FinancialPlan](`{"uplifts":[{"kind":"pay","year":"2024/25","rate":3}]}`), investment.ErrRateTooHigh, fieldErr},
		{"JSON plan mix share word", decode[investment.FinancialPlan](`{"lines":[{"id":"l","mix":{"pay":"x"}}]}`), investment.ErrSyntax, fieldErr},
		{"JSON plan base Unicode garbage", decode[investment.FinancialPlan](`{"lines":[{"id":"l","base":"£1\u20135"}]}`), investment.ErrSyntax, fieldErr},
		{"JSON plan snake case", decode[investment.FinancialPlan](`{"spend_lines":[]}`), investment.ErrUnknownField, fieldErr},
		{"JSON budget unknown field", decode[investment.Budget](`{"plan":{}}`), investment.ErrUnknownField, fieldErr},
		// Plans built in Go.
		{"Validate uplift rate 3", func() error {
			p := investment.FinancialPlan{Name: "p", Years: investment.NewYears(2024, 2),
				Lines:   []investment.Line{{ID: "l", CareGroup: investment.OlderPeople, Base: m("100")}},
				Uplifts: []investment.Uplift{{Kind: investment.Pay, Year: 2025, Rate: d("3")}}}
			return p.Validate()
		}, investment.ErrRateTooHigh, planErr},
	}
	runCatalogue(t, "investment", cases)
	if len(cases) < 60 {
		t.Errorf("catalogue has %d cases", len(cases))
	}
}
