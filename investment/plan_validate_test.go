package investment_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/investment"
)

func TestValidateAcceptsGoodPlans(t *testing.T) {
	for name, p := range map[string]*investment.FinancialPlan{"worked": workedPlan(), "rich": richPlan()} {
		if err := p.Validate(); err != nil {
			t.Errorf("%s: Validate() = %v", name, err)
		}
	}
}

func TestValidateRejects(t *testing.T) {
	type where = investment.PlanError
	tests := []struct {
		name   string
		mutate func(p *investment.FinancialPlan)
		want   error
		where  where
	}{
		{"years in the wrong order", func(p *investment.FinancialPlan) { p.Years = investment.Years{First: 2024, Last: 2022} },
			investment.ErrYearOrder, where{Item: "plan", Field: "years"}},
		{"no lines", func(p *investment.FinancialPlan) { p.Lines = nil; p.Pressures = nil; p.Savings = nil },
			investment.ErrNoLines, where{Item: "plan", Field: "lines"}},
		{"stream without id", func(p *investment.FinancialPlan) { p.Streams[1].ID = "" },
			investment.ErrEmptyID, where{Item: "stream", Field: "id"}},
		{"duplicate stream id", func(p *investment.FinancialPlan) { p.Streams[1].ID = "nhs" },
			investment.ErrDuplicateID, where{Item: "stream", ID: "nhs", Field: "id"}},
		{"stream kind unset", func(p *investment.FinancialPlan) { p.Streams[0].Kind = 0 },
			investment.ErrUnknownKind, where{Item: "stream", ID: "nhs", Field: "kind"}},
		{"stream kind out of range", func(p *investment.FinancialPlan) { p.Streams[0].Kind = 99 },
			investment.ErrUnknownKind, where{Item: "stream", ID: "nhs", Field: "kind"}},
		{"funding in a year outside the plan", func(p *investment.FinancialPlan) { p.Streams[1].Amounts = p.Streams[1].Amounts.With(2025, gbp("1")) },
			investment.ErrYearOutsidePlan, where{Item: "stream", ID: "council", Year: 2025, Field: "amounts"}},
		{"funding without a first year", func(p *investment.FinancialPlan) { p.Streams[0].Amounts = investment.NewFlow(gbp("1")) },
			investment.ErrNotAnchored, where{Item: "stream", ID: "nhs", Field: "amounts"}},
		{"negative funding", func(p *investment.FinancialPlan) { p.Streams[0].Amounts = p.Streams[0].Amounts.With(2023, gbp("-1")) },
			investment.ErrNegativeAmount, where{Item: "stream", ID: "nhs", Year: 2023, Field: "amounts"}},
		{"funding in fractions of a penny", func(p *investment.FinancialPlan) {
			p.Streams[0].Amounts = p.Streams[0].Amounts.With(2023, gbp("1.005"))
		},
			investment.ErrNotWhole, where{Item: "stream", ID: "nhs", Year: 2023, Field: "amounts"}},
		{"ring-fenced stream restricted to nothing", func(p *investment.FinancialPlan) {
			p.Streams = append(p.Streams, investment.Stream{ID: "grant", Kind: investment.RingFenced})
		}, investment.ErrRingFence, where{Item: "stream", ID: "grant", Field: "for"}},
		{"pooled stream with a restriction", func(p *investment.FinancialPlan) { p.Streams[1].For = []investment.CareGroup{investment.Carers} },
			investment.ErrRingFence, where{Item: "stream", ID: "council", Field: "for"}},
		{"ring-fence to an unknown care group", func(p *investment.FinancialPlan) {
			p.Streams = append(p.Streams, investment.Stream{ID: "grant", Kind: investment.RingFenced, For: []investment.CareGroup{42}})
		}, investment.ErrUnknownKind, where{Item: "stream", ID: "grant", Field: "for"}},
		{"line without id", func(p *investment.FinancialPlan) { p.Lines[1].ID = ""; p.Pressures = p.Pressures[1:]; p.Savings = nil },
			investment.ErrEmptyID, where{Item: "line", Field: "id"}},
		{"duplicate line id", func(p *investment.FinancialPlan) { p.Lines[1].ID = "A" },
			investment.ErrDuplicateID, where{Item: "line", ID: "A", Field: "id"}},
		{"line without care group", func(p *investment.FinancialPlan) { p.Lines[0].CareGroup = 0 },
			investment.ErrUnknownKind, where{Item: "line", ID: "A", Field: "careGroup"}},
		{"unknown stream", func(p *investment.FinancialPlan) { p.Lines[0].Stream = "lottery" },
			investment.ErrUnknownID, where{Item: "line", ID: "A", Field: "stream"}},
		{"negative budget", func(p *investment.FinancialPlan) { p.Lines[0].Base = gbp("-0.01") },
			investment.ErrNegativeBudget, where{Item: "line", ID: "A", Field: "base"}},
		{"budget in fractions of a penny", func(p *investment.FinancialPlan) { p.Lines[0].Base = gbp("0.001") },
			investment.ErrNotWhole, where{Item: "line", ID: "A", Field: "base"}},
		{"mix summing to less than 1", func(p *investment.FinancialPlan) {
			p.Lines[1].Mix = investment.Mix{investment.ProviderRates: dec("0.8"), investment.NonPay: dec("0.19")}
		}, investment.ErrMixSum, where{Item: "line", ID: "B", Field: "mix"}},
		{"mix summing to more than 1", func(p *investment.FinancialPlan) {
			p.Lines[1].Mix = investment.Mix{investment.ProviderRates: dec("0.8"), investment.NonPay: dec("0.2000000001")}
		}, investment.ErrMixSum, where{Item: "line", ID: "B", Field: "mix"}},
		{"empty mix", func(p *investment.FinancialPlan) { p.Lines[1].Mix = nil },
			investment.ErrMixSum, where{Item: "line", ID: "B", Field: "mix"}},
		{"negative share", func(p *investment.FinancialPlan) {
			p.Lines[1].Mix = investment.Mix{investment.ProviderRates: dec("1.2"), investment.NonPay: dec("-0.2")}
		}, investment.ErrMixShare, where{Item: "line", ID: "B", Field: "mix"}},
		{"not-uplifted mixed with others", func(p *investment.FinancialPlan) {
			p.Lines[1].Mix = investment.Mix{investment.NotUplifted: dec("0.5"), investment.NonPay: dec("0.5")}
		}, investment.ErrMixShare, where{Item: "line", ID: "B", Field: "mix"}},
		{"unknown uplift kind in mix", func(p *investment.FinancialPlan) { p.Lines[1].Mix = investment.Mix{7: dec("1")} },
			investment.ErrUnknownKind, where{Item: "line", ID: "B", Field: "mix"}},
		{"set-aside line on the pooled budget", func(p *investment.FinancialPlan) { p.Lines[0].CareGroup = investment.SetAsideServices },
			investment.ErrSetAside, where{Item: "line", ID: "A", Field: "stream"}},
		{"ordinary line on the set-aside", func(p *investment.FinancialPlan) {
			p.Streams = append(p.Streams, investment.Stream{ID: "sa", Kind: investment.SetAside})
			p.Lines[0].Stream = "sa"
		}, investment.ErrSetAside, where{Item: "line", ID: "A", Field: "stream"}},
		{"ring-fenced grant on a group it may not fund", func(p *investment.FinancialPlan) {
			p.Streams = append(p.Streams, investment.Stream{ID: "adp", Kind: investment.RingFenced, For: []investment.CareGroup{investment.Addictions}})
			p.Lines[0].Stream = "adp"
		}, investment.ErrRingFence, where{Item: "line", ID: "A", Field: "stream"}},
		{"uplift rate of -100%", func(p *investment.FinancialPlan) { p.Uplifts[1].Rate = dec("-1") },
			investment.ErrRateTooLow, where{Item: "uplift", ID: "pay", Year: 2023, Field: "rate"}},
		{"uplift rate below -100%", func(p *investment.FinancialPlan) { p.Uplifts[0].Rate = dec("-1.5") },
			investment.ErrRateTooLow, where{Item: "uplift", ID: "pay", Year: 2022, Field: "rate"}},
		{"uplift outside the plan", func(p *investment.FinancialPlan) { p.Uplifts[2].Year = 2021 },
			investment.ErrYearOutsidePlan, where{Item: "uplift", ID: "pay", Year: 2021, Field: "year"}},
		{"uplift given twice", func(p *investment.FinancialPlan) { p.Uplifts[2].Year = 2023 },
			investment.ErrDuplicateID, where{Item: "uplift", ID: "pay", Year: 2023, Field: "year"}},
		{"uplift kind unset", func(p *investment.FinancialPlan) { p.Uplifts[0].Kind = 0 },
			investment.ErrUnknownKind, where{Item: "uplift", Year: 2022, Field: "kind"}},
		{"uplift for cash-limited costs", func(p *investment.FinancialPlan) { p.Uplifts[0].Kind = investment.NotUplifted },
			investment.ErrUnknownKind, where{Item: "uplift", ID: "not-uplifted", Year: 2022, Field: "kind"}},
		{"pressure without id", func(p *investment.FinancialPlan) { p.Pressures[0].ID = "" },
			investment.ErrEmptyID, where{Item: "pressure", Field: "id"}},
		{"duplicate pressure id", func(p *investment.FinancialPlan) { p.Pressures[1].ID = "P1" },
			investment.ErrDuplicateID, where{Item: "pressure", ID: "P1", Field: "id"}},
		{"pressure kind unset", func(p *investment.FinancialPlan) { p.Pressures[0].Kind = 0 },
			investment.ErrUnknownKind, where{Item: "pressure", ID: "P1", Field: "kind"}},
		{"pressure outside the plan", func(p *investment.FinancialPlan) { p.Pressures[0].Year = 2030 },
			investment.ErrYearOutsidePlan, where{Item: "pressure", ID: "P1", Year: 2030, Field: "year"}},
		{"negative pressure", func(p *investment.FinancialPlan) { p.Pressures[0].Amount = gbp("-5") },
			investment.ErrNegativeAmount, where{Item: "pressure", ID: "P1", Year: 2022, Field: "amount"}},
		{"pressure on no line", func(p *investment.FinancialPlan) { p.Pressures[0].Lines = nil },
			investment.ErrNoParts, where{Item: "pressure", ID: "P1", Field: "lines"}},
		{"pressure on an unknown line", func(p *investment.FinancialPlan) { p.Pressures[0].Lines = []string{"Z"} },
			investment.ErrUnknownID, where{Item: "pressure", ID: "P1", Field: "lines"}},
		{"saving on a line twice", func(p *investment.FinancialPlan) { p.Savings[0].Lines = []string{"A", "B", "A"} },
			investment.ErrDuplicateID, where{Item: "saving", ID: "S1", Field: "lines"}},
		{"duplicate saving id", func(p *investment.FinancialPlan) { p.Savings[1].ID = "S1" },
			investment.ErrDuplicateID, where{Item: "saving", ID: "S1", Field: "id"}},
		{"negative saving", func(p *investment.FinancialPlan) { p.Savings[1].Amount = gbp("-5000") },
			investment.ErrNegativeAmount, where{Item: "saving", ID: "S2", Year: 2024, Field: "amount"}},
		{"saving in fractions of a penny", func(p *investment.FinancialPlan) { p.Savings[1].Amount = gbp("0.5001") },
			investment.ErrNotWhole, where{Item: "saving", ID: "S2", Year: 2024, Field: "amount"}},
		{"saving outside the plan", func(p *investment.FinancialPlan) { p.Savings[1].Year = 2021 },
			investment.ErrYearOutsidePlan, where{Item: "saving", ID: "S2", Year: 2021, Field: "year"}},
		{"saving on an unknown line", func(p *investment.FinancialPlan) { p.Savings[0].Lines = []string{"A", "Q"} },
			investment.ErrUnknownID, where{Item: "saving", ID: "S1", Field: "lines"}},
		{"duplicate reserve", func(p *investment.FinancialPlan) { p.Reserves[1].ID = "general" },
			investment.ErrDuplicateID, where{Item: "reserve", ID: "general", Field: "id"}},
		{"reserve kind unset", func(p *investment.FinancialPlan) { p.Reserves[0].Kind = 0 },
			investment.ErrUnknownKind, where{Item: "reserve", ID: "general", Field: "kind"}},
		{"negative opening balance", func(p *investment.FinancialPlan) { p.Reserves[0].Opening = gbp("-1") },
			investment.ErrNegativeAmount, where{Item: "reserve", ID: "general", Field: "opening"}},
		{"negative drawdown", func(p *investment.FinancialPlan) {
			p.Reserves[0].Drawdown = p.Reserves[0].Drawdown.With(2022, gbp("-1"))
		},
			investment.ErrNegativeAmount, where{Item: "reserve", ID: "general", Year: 2022, Field: "drawdown"}},
		{"contribution outside the plan", func(p *investment.FinancialPlan) {
			p.Reserves[1].Contribution = p.Reserves[1].Contribution.With(2019, gbp("1"))
		},
			investment.ErrYearOutsidePlan, where{Item: "reserve", ID: "transformation", Year: 2019, Field: "contribution"}},
		{"drawdown beyond the balance", func(p *investment.FinancialPlan) {
			p.Reserves[0].Drawdown = p.Reserves[0].Drawdown.With(2024, gbp("80000.01"))
		},
			investment.ErrOverdrawn, where{Item: "reserve", ID: "general", Year: 2024, Field: "drawdown"}},
		{"drawdown of a contribution not yet made", func(p *investment.FinancialPlan) {
			p.Reserves[1].Drawdown = p.Reserves[1].Drawdown.With(2024, gbp("10000.01"))
		}, investment.ErrOverdrawn, where{Item: "reserve", ID: "transformation", Year: 2024, Field: "drawdown"}},
	}
	seen := map[error]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := workedPlan()
			tt.mutate(p)
			err := p.Validate()
			if !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
			checkWhere(t, err, tt.want, tt.where)
			if b, berr := p.Budget(); b != nil || !errors.Is(berr, tt.want) {
				t.Errorf("Budget() = %v, %v; want nil and %v", b, berr, tt.want)
			}
			seen[tt.want] = true
		})
	}
	if len(tests) < 20 {
		t.Errorf("only %d bad inputs", len(tests))
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	p := workedPlan()
	p.Lines[0].Base = gbp("-1")
	p.Uplifts[0].Rate = dec("-2")
	p.Reserves[0].Drawdown = p.Reserves[0].Drawdown.With(2023, gbp("1000000"))
	err := p.Validate()
	errs := flatten(err)
	if len(errs) != 3 {
		t.Fatalf("Validate() reported %d problems, want 3: %v", len(errs), err)
	}
	for i, want := range []error{investment.ErrNegativeBudget, investment.ErrRateTooLow, investment.ErrOverdrawn} {
		if !errors.Is(errs[i], want) {
			t.Errorf("problem %d = %v, want %v", i, errs[i], want)
		}
	}
}

func TestOverdrawError(t *testing.T) {
	p := workedPlan()
	p.Reserves[0].Drawdown = p.Reserves[0].Drawdown.With(2023, gbp("80000.50"))
	err := p.Validate()
	var oe *investment.OverdrawError
	if !errors.As(err, &oe) {
		t.Fatalf("Validate() = %v, want an *OverdrawError", err)
	}
	want := &investment.OverdrawError{Available: gbp("80000"), Drawdown: gbp("80000.50")}
	if diff := cmp.Diff(want, oe); diff != "" {
		t.Errorf("OverdrawError (-want +got):\n%s", diff)
	}
	msg := err.Error()
	for _, part := range []string{`reserve "general"`, "2023/24", "drawdown", "short by £0.50", "£80,000.00 available"} {
		if !strings.Contains(msg, part) {
			t.Errorf("message %q does not contain %q", msg, part)
		}
	}
}

func TestPlanErrorMessage(t *testing.T) {
	tests := []struct {
		err  *investment.PlanError
		want string
	}{
		{&investment.PlanError{Item: "line", ID: "care-homes", Position: 2, Year: 2023, Err: investment.ErrNegativeBudget},
			`investment: lines[2] (line "care-homes", 2023/24): negative budget`},
		{&investment.PlanError{Item: "plan", Field: "lines", Err: investment.ErrNoLines},
			`investment: lines: plan has no spend lines`},
		{&investment.PlanError{Item: "uplift", Position: 1, Field: "kind", Err: investment.ErrUnknownKind},
			`investment: uplifts[1].kind: unknown name`},
		{&investment.PlanError{Item: "stream", ID: "council", Position: 2, Year: 2024, Field: "amounts", Err: investment.ErrYearOutsidePlan},
			`investment: streams[2].amounts[2024/25] (stream "council"): year outside the plan`},
	}
	paths := []string{"lines[2]", "lines", "uplifts[1].kind", "streams[2].amounts[2024/25]"}
	for i, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if got := tt.err.Path(); got != paths[i] {
			t.Errorf("Path() = %q, want %q", got, paths[i])
		}
		if !errors.Is(tt.err, tt.err.Err) {
			t.Errorf("%v does not unwrap to %v", tt.err, tt.err.Err)
		}
	}
}

func TestKindsText(t *testing.T) {
	type kind interface {
		String() string
		MarshalText() ([]byte, error)
	}
	for g := investment.OlderPeople; g <= investment.OtherServices; g++ {
		back, err := investment.ParseCareGroup(g.String())
		if err != nil || back != g {
			t.Errorf("ParseCareGroup(%q) = %v, %v; want %v", g.String(), back, err, int(g))
		}
		if g.Title() == g.String() {
			t.Errorf("CareGroup %v has no title", g)
		}
	}
	parsesBack(t, "ParseStreamKind", investment.HealthBoard, investment.OtherFunding, investment.ParseStreamKind)
	parsesBack(t, "ParseUpliftKind", investment.Pay, investment.NotUplifted, investment.ParseUpliftKind)
	parsesBack(t, "ParsePressureKind", investment.Demographic, investment.OtherPressure, investment.ParsePressureKind)
	parsesBack(t, "ParseReserveKind", investment.General, investment.Earmarked, investment.ParseReserveKind)
	bad := []kind{investment.CareGroup(-1), investment.CareGroup(13), investment.StreamKind(-1), investment.StreamKind(6),
		investment.UpliftKind(-1), investment.UpliftKind(6), investment.PressureKind(4), investment.ReserveKind(3)}
	for _, k := range bad {
		if _, err := k.MarshalText(); !errors.Is(err, investment.ErrUnknownKind) {
			t.Errorf("%s.MarshalText() error = %v, want ErrUnknownKind", k, err)
		}
	}
	// The unset zero kinds cross the wire as "" (validation rejects them).
	unset := []kind{investment.CareGroup(0), investment.StreamKind(0), investment.UpliftKind(0), investment.PressureKind(0), investment.ReserveKind(0)}
	for _, k := range unset {
		if text, err := k.MarshalText(); err != nil || len(text) != 0 {
			t.Errorf("%s.MarshalText() = %q, %v; want \"\"", k, text, err)
		}
	}
	g := investment.Carers
	if err := g.UnmarshalText(nil); err != nil || g != 0 {
		t.Errorf(`UnmarshalText("") = %v, %v; want the unset group`, g, err)
	}
	if got := investment.CareGroup(0).String(); got != "CareGroup(0)" {
		t.Errorf("CareGroup(0).String() = %q", got)
	}
	for _, s := range []string{"", "Older-People", "older people", "nhs"} {
		if _, err := investment.ParseCareGroup(s); !errors.Is(err, investment.ErrUnknownKind) {
			t.Errorf("ParseCareGroup(%q) error = %v, want ErrUnknownKind", s, err)
		}
		if _, err := investment.ParseStreamKind(s); !errors.Is(err, investment.ErrUnknownKind) {
			t.Errorf("ParseStreamKind(%q) error = %v, want ErrUnknownKind", s, err)
		}
	}
	if !investment.HealthBoard.Pooled() || investment.SetAside.Pooled() || investment.RingFenced.Pooled() {
		t.Error("Pooled() misclassifies stream kinds")
	}
}

// parsesBack checks that parse reads back the String of every kind from
// first to last.
func parsesBack[K interface {
	~int
	String() string
}](t *testing.T, name string, first, last K, parse func(string) (K, error)) {
	t.Helper()
	for k := first; k <= last; k++ {
		if back, err := parse(k.String()); err != nil || back != k {
			t.Errorf("%s(%q) = %v, %v", name, k.String(), back, err)
		}
	}
}
