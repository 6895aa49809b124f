package investmenttest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

func TestBudgetRollsUp(t *testing.T) {
	penny := investment.FromPence(1)
	tests := []struct {
		name   string
		alter  func(b *investment.Budget)
		label  string
		year   investment.FinancialYear
		detail string
	}{
		{"line net", func(b *investment.Budget) { b.Lines[0].Years[1].Net = b.Lines[0].Years[1].Net.Add(penny) },
			"care-homes", 2024, `line "care-homes": net £735.01 is not base + uplift + pressures − savings = £735.00`},
		{"care group uplift", func(b *investment.Budget) { b.ByCareGroup[0].Years[0].Uplift = investment.Money{} },
			"", 2023, "care groups' uplift: parts sum to £0.00, want £35.00: short by £35.00 (2 parts) (the year's uplift)"},
		{"locality base", func(b *investment.Budget) { b.ByLocality[0].Years[1].Base = b.ByLocality[0].Years[1].Base.Add(penny) },
			"", 2024, "localities' base: parts sum to £1,035.01, want £1,035.00: over by £0.01 (2 parts) (the year's base)"},
		{"stream expenditure", func(b *investment.Budget) {
			b.ByStream[1].Years[0].Expenditure = b.ByStream[1].Years[0].Expenditure.Add(penny)
			b.ByStream[1].Years[0].Balance = b.ByStream[1].Years[0].Balance.Sub(penny)
		}, "", 2023, "streams' expenditure: parts sum to £1,035.01, want £1,035.00: over by £0.01 (2 parts) (the year's net expenditure)"},
		{"stream balance", func(b *investment.Budget) { b.ByStream[0].Years[1].Balance = investment.Money{} },
			"nhs", 2024, `stream "nhs": balance £0.00 is not funding − expenditure = -£17.43`},
		{"stream funding", func(b *investment.Budget) {
			b.ByStream[0].Years[0].Funding = b.ByStream[0].Years[0].Funding.Add(penny)
			b.ByStream[0].Years[0].Balance = b.ByStream[0].Years[0].Balance.Add(penny)
		}, "", 2023, "streams' funding: parts sum to £1,000.01, want £1,000.00: over by £0.01 (2 parts) (the year's funding)"},
		{"gap", func(b *investment.Budget) { b.Totals[0].Gap = investment.Money{} },
			"", 2023, "gap £0.00 is not net − funding − (drawdown − contribution) = £35.00"},
		{"plan total", func(b *investment.Budget) { b.Total.Net = b.Total.Net.Sub(penny) },
			"", 0, "years' net: parts sum to £2,079.00, want £2,078.99: over by £0.01 (2 parts) (the plan's net)"},
		{"line total", func(b *investment.Budget) { b.Lines[1].Total.Savings = penny },
			"community-mh", 0, `line "community-mh" years' savings: parts sum to £0.00, want £0.01: short by £0.01 (2 parts) (its total savings)`},
		{"care group total", func(b *investment.Budget) { b.ByCareGroup[1].Total.Base = investment.Money{} },
			"mental-health", 0, `care group "mental-health" years' base: parts sum to £600.00, want £0.00: over by £600.00 (2 parts) (its total base)`},
		{"stream total", func(b *investment.Budget) { b.ByStream[1].Total.Funding = investment.Money{} },
			"council", 0, `stream "council" years' funding: parts sum to £805.00, want £0.00: over by £805.00 (2 parts) (its total funding)`},
		{"missing year", func(b *investment.Budget) { b.Totals = b.Totals[:1] },
			"", 0, "1 years of totals for the 2 years 2023/24–2024/25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := budget()
			if err := investmenttest.BudgetRollsUp(b); err != nil {
				t.Fatalf("unaltered budget: %v", err)
			}
			tt.alter(b)
			err := investmenttest.BudgetRollsUp(b)
			var f *investmenttest.Failure
			if !errors.As(err, &f) {
				t.Fatalf("BudgetRollsUp = %v, want a *Failure", err)
			}
			d := f.Detail
			if f.Year != 0 {
				d = strings.TrimPrefix(d, f.Year.String()+": ")
			}
			if f.Check != "BudgetRollsUp" || f.Label != tt.label || f.Year != tt.year || d != tt.detail {
				t.Errorf("first failure = %+v\nwant label %q, year %v, detail %q", *f, tt.label, tt.year, tt.detail)
			}
			if perr := fault.Prefixed(f.Error(), "investmenttest"); perr != nil {
				t.Error(perr)
			}
			rec := &fakeT{}
			if investmenttest.AssertBudgetRollsUp(rec, b) || len(rec.errors) == 0 || !strings.HasPrefix(rec.errors[0], "AssertBudgetRollsUp: ") {
				t.Errorf("AssertBudgetRollsUp reported %q", rec.errors)
			}
		})
	}
	if err := investmenttest.BudgetRollsUp(nil); err == nil {
		t.Error("BudgetRollsUp(nil) = nil")
	}
}

// TestPlainChecks checks that the plain functions agree with the
// assertions and carry the package prefix once.
func TestPlainChecks(t *testing.T) {
	ok := parts("1", "2")
	bad := parts("-1", "5")
	cases := []struct {
		name     string
		pass     error
		fail     error
		wantPart string
	}{
		{"Conserves", investmenttest.Conserves(investment.MustGBP("3"), ok), investmenttest.Conserves(investment.MustGBP("3"), bad), ""},
		{"NonNegative", investmenttest.NonNegative(ok), investmenttest.NonNegative(bad), "a"},
		{"Within", investmenttest.Within(ok, parts("1", "2")), investmenttest.Within(bad, parts("1", "2")), "b"},
	}
	for _, c := range cases {
		if c.pass != nil {
			t.Errorf("%s on good parts: %v", c.name, c.pass)
		}
		var f *investmenttest.Failure
		if !errors.As(c.fail, &f) || f.Check != c.name || f.Label != c.wantPart {
			t.Errorf("%s on bad parts: %v, want a failure at %q", c.name, c.fail, c.wantPart)
			continue
		}
		if err := fault.Prefixed(c.fail.Error(), "investmenttest"); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if err := investmenttest.Within(ok, parts("1", "1", "1")[:1]); err == nil {
		t.Error("Within with a part over no cap = nil")
	}
	dup := []investmenttest.Part{investmenttest.P("a", investment.MustGBP("1")), investmenttest.P("a", investment.MustGBP("2"))}
	if err := investmenttest.Within(dup[:1], dup); err == nil || !strings.Contains(err.Error(), `cap "a" given twice`) {
		t.Errorf("Within with a cap given twice = %v", err)
	}
}

func TestLabelledPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Labelled with 2 labels and 1 amount did not panic")
		}
	}()
	investmenttest.Labelled([]string{"a", "b"}, money("1"))
}
