package investment_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/investment/investmenttest"
)

// TestBudgetUpliftCompounds reproduces the compounding figure of the
// Green Book's compounding convention (HM Treasury, The Green Book, 2022, annex A6):
// £10,000,000 uplifted 3% a year for three years is £10,927,270.00.
func TestBudgetUpliftCompounds(t *testing.T) {
	p := &investment.FinancialPlan{
		Years:   investment.NewYears(2022, 3),
		Streams: []investment.Stream{{ID: "nhs", Kind: investment.HealthBoard, Amounts: yearly(2022, "10000000", "10000000", "10000000")}},
		Lines:   []investment.Line{{ID: "care", CareGroup: investment.OlderPeople, Base: gbp("10,000,000"), Mix: investment.Only(investment.Pay)}},
		Uplifts: rates(investment.Pay, 2022, "0.03", "0.03", "0.03"),
	}
	b, err := p.Budget()
	if err != nil {
		t.Fatal(err)
	}
	want := []investment.Spend{
		{Year: 2022, Base: gbp("10000000"), Uplift: gbp("300000"), Net: gbp("10300000")},
		{Year: 2023, Base: gbp("10300000"), Uplift: gbp("309000"), Net: gbp("10609000")},
		{Year: 2024, Base: gbp("10609000"), Uplift: gbp("318270"), Net: gbp("10927270.00")},
	}
	l, _ := b.Line("care")
	if diff := cmp.Diff(want, l.Years); diff != "" {
		t.Errorf("line years (-want +got):\n%s", diff)
	}
	if got := b.Totals[2].Net.String(); got != "£10,927,270.00" {
		t.Errorf("net expenditure in 2024/25 = %s, want £10,927,270.00", got)
	}
	if got, want := b.Totals[2].Gap, gbp("927270"); !got.Equal(want) {
		t.Errorf("gap in 2024/25 = %s, want %s", got, want)
	}
}

// TestBudgetUpliftRounding pins the rounding point: one rounding per line
// and year, half away from zero, of the line's whole mixed uplift.
func TestBudgetUpliftRounding(t *testing.T) {
	tests := []struct {
		name string
		base string
		mix  investment.Mix
		neg  bool
		want string // uplift in the first year
	}{
		{"half a penny rounds up", "1.50", investment.Only(investment.Pay), false, "0.02"}, // 1.5 × 1% = 0.015
		{"just under half rounds down", "1.49", investment.Only(investment.Pay), false, "0.01"},
		{"half rounds away from zero, not to even", "2.50", investment.Only(investment.Pay), false, "0.03"}, // 0.025
		{"negative half rounds away from zero", "-2.50", investment.Only(investment.Pay), true, "-0.03"},
		{"income rounds away from zero", "-1.50", investment.Only(investment.Pay), true, "-0.02"},
		// 0.5 × 1% + 0.5 × 2% = 1.5%; on £1 that is 1.5p, rounded once to 2p;
		// rounding each kind apart (0.5p → 1p, 1p) would also give 2p, but on
		// £0.30: 0.15p + 0.3p = 0.45p → 0p once, not 1p + 0p.
		{"mixed rate rounded once", "0.30", investment.Mix{investment.Pay: dec("0.5"), investment.NonPay: dec("0.5")}, false, "0.00"},
		{"mixed rate", "1.00", investment.Mix{investment.Pay: dec("0.5"), investment.NonPay: dec("0.5")}, false, "0.02"},
		{"not uplifted", "1000", investment.Only(investment.NotUplifted), false, "0"},
		{"kind without a rate", "1000", investment.Only(investment.Prescribing), false, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &investment.FinancialPlan{
				Years:   investment.NewYears(2022, 1),
				Streams: []investment.Stream{{ID: "c", Kind: investment.Council, Amounts: yearly(2022, "1")}},
				Lines:   []investment.Line{{ID: "l", CareGroup: investment.OlderPeople, Base: gbp(tt.base), Mix: tt.mix, AllowNegative: tt.neg}},
				Uplifts: append(rates(investment.Pay, 2022, "0.01"), rates(investment.NonPay, 2022, "0.02")...),
			}
			b, err := p.Budget()
			if err != nil {
				t.Fatal(err)
			}
			if got := b.Lines[0].Years[0].Uplift; !got.Equal(gbp(tt.want)) {
				t.Errorf("uplift on %s = %s, want %s", tt.base, got, tt.want)
			}
		})
	}
}

// TestBudgetWorked checks every figure of workedPlan against the sums
// worked by hand below.
//
//	2022/23 A: 1,000,000 + 3% = 1,030,000; B: 500,000 × (0.8×5% + 0.2×2%) = 22,000 → 522,000
//	        P1 +20,000 on B; S1 30,000 over A and B by 1,030,000 : 522,000 → 19,909.79 and 10,090.21
//	        (largest remainder: 1,990,979.38p and 1,009,020.62p; the spare penny goes to B)
//	        net A 1,010,090.21, B 531,909.79, total 1,542,000.00; gap 1,542,000 − 1,500,000 − 20,000 = 22,000
//	2023/24 A: 1,010,090.21 × 2% = 20,201.8042 → 20,201.80, +10,000 one-off → 1,040,292.01
//	        B: 531,909.79 × 3.6% = 19,148.75244 → 19,148.75 → 551,058.54
//	        total 1,591,350.55; gap 1,591,350.55 − 1,530,000 − 50,000 = 11,350.55
//	2024/25 A: 1,030,292.01 × 2% = 20,605.8402 → 20,605.84 → 1,050,897.85
//	        B: 551,058.54 × 2.8% = 15,429.63912 → 15,429.64 → 566,488.18, −5,000 one-off → 561,488.18
//	        total 1,612,386.03; gap 1,612,386.03 − 1,560,000 + 10,000 = 62,386.03
func TestBudgetWorked(t *testing.T) {
	b, err := workedPlan().Budget()
	if err != nil {
		t.Fatal(err)
	}
	wantLines := []investment.LineBudget{
		{ID: "A", CareGroup: investment.MentalHealth, Locality: "North", Years: []investment.Spend{
			{Year: 2022, Base: gbp("1000000"), Uplift: gbp("30000"), Savings: gbp("19909.79"), Net: gbp("1010090.21")},
			{Year: 2023, Base: gbp("1010090.21"), Uplift: gbp("20201.80"), Pressures: gbp("10000"), Net: gbp("1040292.01")},
			{Year: 2024, Base: gbp("1030292.01"), Uplift: gbp("20605.84"), Net: gbp("1050897.85")},
		}, Total: investment.Spend{Base: gbp("3040382.22"), Uplift: gbp("70807.64"), Pressures: gbp("10000"), Savings: gbp("19909.79"), Net: gbp("3101280.07")}},
		{ID: "B", CareGroup: investment.OlderPeople, Locality: "South", Years: []investment.Spend{
			{Year: 2022, Base: gbp("500000"), Uplift: gbp("22000"), Pressures: gbp("20000"), Savings: gbp("10090.21"), Net: gbp("531909.79")},
			{Year: 2023, Base: gbp("531909.79"), Uplift: gbp("19148.75"), Net: gbp("551058.54")},
			{Year: 2024, Base: gbp("551058.54"), Uplift: gbp("15429.64"), Savings: gbp("5000"), Net: gbp("561488.18")},
		}, Total: investment.Spend{Base: gbp("1582968.33"), Uplift: gbp("56578.39"), Pressures: gbp("20000"), Savings: gbp("15090.21"), Net: gbp("1644456.51")}},
	}
	if diff := cmp.Diff(wantLines, b.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	wantTotals := []investment.YearTotals{
		{Year: 2022, Funding: gbp("1500000"), Base: gbp("1500000"), Uplift: gbp("52000"), Pressures: gbp("20000"), Savings: gbp("30000"),
			Net: gbp("1542000"), Drawdown: gbp("20000"), Gap: gbp("22000"), GeneralReserves: gbp("80000"), EarmarkedReserves: gbp("50000")},
		{Year: 2023, Funding: gbp("1530000"), Base: gbp("1542000"), Uplift: gbp("39350.55"), Pressures: gbp("10000"),
			Net: gbp("1591350.55"), Drawdown: gbp("50000"), Gap: gbp("11350.55"), GeneralReserves: gbp("80000")},
		{Year: 2024, Funding: gbp("1560000"), Base: gbp("1581350.55"), Uplift: gbp("36035.48"), Savings: gbp("5000"),
			Net: gbp("1612386.03"), Contribution: gbp("10000"), Gap: gbp("62386.03"), GeneralReserves: gbp("80000"), EarmarkedReserves: gbp("10000")},
	}
	if diff := cmp.Diff(wantTotals, b.Totals); diff != "" {
		t.Errorf("totals (-want +got):\n%s", diff)
	}
	wantTotal := investment.YearTotals{Funding: gbp("4590000"), Base: gbp("4623350.55"), Uplift: gbp("127386.03"),
		Pressures: gbp("30000"), Savings: gbp("35000"), Net: gbp("4745736.58"), Drawdown: gbp("70000"),
		Contribution: gbp("10000"), Gap: gbp("95736.58"), GeneralReserves: gbp("80000"), EarmarkedReserves: gbp("10000")}
	if diff := cmp.Diff(wantTotal, b.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	// Pooled spend is shared between the streams by their funding:
	// 2023/24 1,591,350.55 × 930/1530 = 967,291.5107… and × 600/1530 =
	// 624,059.0392…: the spare penny goes to the council (larger remainder).
	wantStreams := []investment.StreamRollup{
		{ID: "nhs", Kind: investment.HealthBoard, Years: []investment.StreamYear{
			{Year: 2022, Funding: gbp("900000"), Expenditure: gbp("925200"), Balance: gbp("-25200")},
			{Year: 2023, Funding: gbp("930000"), Expenditure: gbp("967291.51"), Balance: gbp("-37291.51")},
			{Year: 2024, Funding: gbp("960000"), Expenditure: gbp("992237.56"), Balance: gbp("-32237.56")},
		}, Total: investment.StreamYear{Funding: gbp("2790000"), Expenditure: gbp("2884729.07"), Balance: gbp("-94729.07")}},
		{ID: "council", Kind: investment.Council, Years: []investment.StreamYear{
			{Year: 2022, Funding: gbp("600000"), Expenditure: gbp("616800"), Balance: gbp("-16800")},
			{Year: 2023, Funding: gbp("600000"), Expenditure: gbp("624059.04"), Balance: gbp("-24059.04")},
			{Year: 2024, Funding: gbp("600000"), Expenditure: gbp("620148.47"), Balance: gbp("-20148.47")},
		}, Total: investment.StreamYear{Funding: gbp("1800000"), Expenditure: gbp("1861007.51"), Balance: gbp("-61007.51")}},
	}
	if diff := cmp.Diff(wantStreams, b.ByStream); diff != "" {
		t.Errorf("streams (-want +got):\n%s", diff)
	}
	wantReserves := []investment.ReserveBalance{
		{ID: "general", Kind: investment.General, Years: []investment.ReserveYear{
			{Year: 2022, Opening: gbp("100000"), Drawdown: gbp("20000"), Closing: gbp("80000")},
			{Year: 2023, Opening: gbp("80000"), Closing: gbp("80000")},
			{Year: 2024, Opening: gbp("80000"), Closing: gbp("80000")},
		}},
		{ID: "transformation", Kind: investment.Earmarked, Years: []investment.ReserveYear{
			{Year: 2022, Opening: gbp("50000"), Closing: gbp("50000")},
			{Year: 2023, Opening: gbp("50000"), Drawdown: gbp("50000"), Closing: gbp("0")},
			{Year: 2024, Opening: gbp("0"), Contribution: gbp("10000"), Closing: gbp("10000")},
		}},
	}
	if diff := cmp.Diff(wantReserves, b.Reserves); diff != "" {
		t.Errorf("reserves (-want +got):\n%s", diff)
	}
	if got, ok := b.Year(2023); !ok || !got.Gap.Equal(gbp("11350.55")) {
		t.Errorf("Year(2023/24) = %v, %v; want gap £11,350.55", got.Gap, ok)
	}
	if _, ok := b.Year(2025); ok {
		t.Error("Year(2025/26) found a year outside the plan")
	}
	if _, ok := b.Line("C"); ok {
		t.Error(`Line("C") found a line that does not exist`)
	}
}

// assertConserved checks that every roll-up of b adds up, penny for penny,
// to the year totals and that the totals obey their identities (lines,
// care groups, localities and streams, column by column, year by year and
// in total: investmenttest.AssertBudgetRollsUp), and that the reserves
// follow from year to year.
func assertConserved(t *testing.T, b *investment.Budget) {
	t.Helper()
	investmenttest.AssertBudgetRollsUp(t, b)
	for ti, yt := range b.Totals {
		var general, earmarked []investmenttest.Part
		for _, r := range b.Reserves {
			ry := r.Years[ti]
			if !ry.Closing.Equal(ry.Opening.Add(ry.Contribution).Sub(ry.Drawdown)) {
				t.Errorf("reserve %s %v: closing %s does not follow", r.ID, yt.Year, ry.Closing)
			}
			if ti > 0 && !ry.Opening.Equal(r.Years[ti-1].Closing) {
				t.Errorf("reserve %s %v: opening %s ≠ last year's closing", r.ID, yt.Year, ry.Opening)
			}
			if r.Kind == investment.General {
				general = append(general, investmenttest.P(r.ID, ry.Closing))
			} else {
				earmarked = append(earmarked, investmenttest.P(r.ID, ry.Closing))
			}
			investmenttest.AssertNonNegative(t, []investmenttest.Part{investmenttest.P(r.ID, ry.Closing)})
		}
		investmenttest.AssertConserves(t, yt.GeneralReserves, general)
		investmenttest.AssertConserves(t, yt.EarmarkedReserves, earmarked)
		// Every figure is whole pence.
		for _, m := range []investment.Money{yt.Funding, yt.Base, yt.Uplift, yt.Pressures, yt.Savings, yt.Net, yt.Gap} {
			if !m.IsWhole(investment.Penny) {
				t.Errorf("%v: %s is not whole pence", yt.Year, m)
			}
		}
	}
}

func TestBudgetConserves(t *testing.T) {
	for name, p := range map[string]*investment.FinancialPlan{"worked": workedPlan(), "rich": richPlan()} {
		t.Run(name, func(t *testing.T) {
			b, err := p.Budget()
			if err != nil {
				t.Fatal(err)
			}
			assertConserved(t, b)
		})
	}
}

func TestBudgetRich(t *testing.T) {
	b, err := richPlan().Budget()
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, r := range b.ByCareGroup {
		keys = append(keys, r.Key)
	}
	wantKeys := []string{"older-people", "mental-health", "learning-disability", "physical-disability",
		"addictions", "primary-care", "carers", "hosted", "set-aside", "support"}
	if diff := cmp.Diff(wantKeys, keys); diff != "" {
		t.Errorf("care groups (-want +got):\n%s", diff)
	}
	keys = nil
	for _, r := range b.ByLocality {
		keys = append(keys, r.Key)
	}
	wantKeys = []string{"Clydesdale", "East Kilbride", "Hamilton", "Rutherglen/Cambuslang", ""}
	if diff := cmp.Diff(wantKeys, keys); diff != "" {
		t.Errorf("localities (-want +got):\n%s", diff)
	}
	// The set-aside stream carries only the set-aside line, and its funding
	// is reported apart.
	sa := b.ByStream[2]
	hosp, _ := b.Line("unscheduled")
	for ti, yt := range b.Totals {
		if !sa.Years[ti].Expenditure.Equal(hosp.Years[ti].Net) {
			t.Errorf("%v: set-aside expenditure %s, want the set-aside line's %s", yt.Year, sa.Years[ti].Expenditure, hosp.Years[ti].Net)
		}
		if !yt.SetAsideFunding.Equal(sa.Years[ti].Funding) {
			t.Errorf("%v: set-aside funding %s, want %s", yt.Year, yt.SetAsideFunding, sa.Years[ti].Funding)
		}
	}
	// The ring-fenced grant: £3,100,000 in the first two years against the
	// line charged to it, 2,950,000 × 1.05 = 3,097,500.00 in 2022/23, so
	// £2,500 is unspent; nothing the year after (3,097,500 × 1.03 =
	// 3,190,425.00 exceeds the grant); and in 2024/25 there is no grant.
	adp := b.ByStream[3]
	wantADP := []investment.StreamYear{
		{Year: 2022, Funding: gbp("3100000"), Expenditure: gbp("3097500"), Balance: gbp("2500")},
		{Year: 2023, Funding: gbp("3100000"), Expenditure: gbp("3190425"), Balance: gbp("-90425")},
		{Year: 2024, Funding: gbp("0"), Expenditure: gbp("3270185.63"), Balance: gbp("-3270185.63")},
	}
	if diff := cmp.Diff(wantADP, adp.Years); diff != "" {
		t.Errorf("ring-fenced stream (-want +got):\n%s", diff)
	}
	for ti, want := range []string{"2500", "0", "0"} {
		if got := b.Totals[ti].RingFencedUnspent; !got.Equal(gbp(want)) {
			t.Errorf("%v: ring-fenced unspent %s, want %s", b.Totals[ti].Year, got, want)
		}
	}
	// The income line: −4,100,000 × 2.1% = −86,100.00 in the first year.
	inc, _ := b.Line("op-charges")
	if got := inc.Years[0].Uplift; !got.Equal(gbp("-86100")) {
		t.Errorf("income uplift = %s, want -£86,100.00", got)
	}
	// The cash-limited carers line only moves by its new burden.
	carers, _ := b.Line("carers")
	for _, s := range carers.Years {
		if !s.Uplift.IsZero() {
			t.Errorf("%v: not-uplifted line has uplift %s", s.Year, s.Uplift)
		}
	}
	if got := carers.Years[2].Net; !got.Equal(gbp("3750000")) {
		t.Errorf("carers net in 2024/25 = %s, want £3,750,000.00", got)
	}
	// A one-off saving in 2022/23 comes back the year after: the vacancy
	// factor's share on "support" is not in its 2023/24 base.
	sup, _ := b.Line("support")
	if want := sup.Years[0].Base.Add(sup.Years[0].Uplift); !sup.Years[1].Base.Equal(want) {
		t.Errorf("support 2023/24 base = %s, want %s (one-off saving reversed)", sup.Years[1].Base, want)
	}
}

// TestBudgetApportionsExactly checks the split of items over several lines.
func TestBudgetApportionsExactly(t *testing.T) {
	p := &investment.FinancialPlan{
		Years:   investment.NewYears(2022, 1),
		Streams: []investment.Stream{{ID: "c", Kind: investment.Council, Amounts: yearly(2022, "1000")}},
		Lines: []investment.Line{
			{ID: "a", CareGroup: investment.OlderPeople, Base: gbp("300"), Mix: investment.Only(investment.Pay)},
			{ID: "b", CareGroup: investment.OlderPeople, Base: gbp("300"), Mix: investment.Only(investment.Pay)},
			{ID: "c", CareGroup: investment.OlderPeople, Base: gbp("300"), Mix: investment.Only(investment.Pay)},
			{ID: "d", CareGroup: investment.OlderPeople, Base: gbp("0"), Mix: investment.Only(investment.Pay)},
		},
		Savings: []investment.Saving{{ID: "s", Year: 2022, Amount: gbp("100"), Lines: []string{"a", "b", "c", "d"}}},
		Pressures: []investment.Pressure{
			{ID: "zero", Kind: investment.OtherPressure, Year: 2022, Amount: gbp("0"), Lines: []string{"d", "a"}},
		},
	}
	b, err := p.Budget()
	if err != nil {
		t.Fatal(err)
	}
	var got []investment.Money
	for _, l := range b.Lines {
		got = append(got, l.Years[0].Savings)
	}
	// Equal thirds by largest remainder, ties to the earlier line; the line
	// with no budget takes none.
	want := []investment.Money{gbp("33.34"), gbp("33.33"), gbp("33.33"), gbp("0")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("savings shares (-want +got):\n%s", diff)
	}
}

func TestBudgetRunErrors(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(p *investment.FinancialPlan)
		want   error
		where  investment.PlanError // Item, ID, Year and Field expected
	}{
		{"saving takes a line below zero", func(p *investment.FinancialPlan) {
			p.Savings = append(p.Savings, investment.Saving{ID: "S3", Year: 2023, Amount: gbp("600000"), Lines: []string{"B"}})
		}, investment.ErrNegativeBudget, investment.PlanError{Item: "line", ID: "B", Year: 2023}},
		{"recurring saving larger than the budget, hidden by a one-off pressure", func(p *investment.FinancialPlan) {
			p.Pressures = append(p.Pressures, investment.Pressure{ID: "P3", Kind: investment.OtherPressure, Year: 2024, Amount: gbp("2000000"), Lines: []string{"A"}, OneOff: true})
			p.Savings = append(p.Savings, investment.Saving{ID: "S3", Year: 2024, Amount: gbp("1500000"), Lines: []string{"A"}})
		}, investment.ErrNegativeBudget, investment.PlanError{Item: "line", ID: "A", Year: 2024}},
		{"apportioning over lines with no budget", func(p *investment.FinancialPlan) {
			p.Lines = append(p.Lines,
				investment.Line{ID: "C", CareGroup: investment.Carers, Base: gbp("0"), Mix: investment.Only(investment.Pay)},
				investment.Line{ID: "D", CareGroup: investment.Carers, Base: gbp("0"), Mix: investment.Only(investment.Pay)})
			p.Pressures = append(p.Pressures, investment.Pressure{ID: "P3", Kind: investment.NewBurden, Year: 2022, Amount: gbp("5"), Lines: []string{"C", "D"}})
		}, investment.ErrZeroWeights, investment.PlanError{Item: "pressure", ID: "P3", Year: 2022, Field: "lines"}},
		{"apportioning by an income line", func(p *investment.FinancialPlan) {
			p.Lines = append(p.Lines, investment.Line{ID: "C", CareGroup: investment.OlderPeople, Base: gbp("-10"), Mix: investment.Only(investment.Pay), AllowNegative: true})
			p.Savings = append(p.Savings, investment.Saving{ID: "S3", Year: 2024, Amount: gbp("5"), Lines: []string{"A", "C"}})
		}, investment.ErrNegativeWeight, investment.PlanError{Item: "saving", ID: "S3", Year: 2024, Field: "lines"}},
		{"pooled spend with no pooled funding", func(p *investment.FinancialPlan) {
			p.Streams[0].Amounts = yearly(2022, "900000", "", "960000")
			p.Streams[1].Amounts = yearly(2022, "600000", "", "600000")
		}, investment.ErrNoFunding, investment.PlanError{Item: "plan", Year: 2023, Field: "streams"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := workedPlan()
			tt.mutate(p)
			if err := p.Validate(); err != nil {
				t.Fatalf("Validate() = %v, want nil", err)
			}
			b, err := p.Budget()
			if b != nil || !errors.Is(err, tt.want) {
				t.Fatalf("Budget() = %v, %v; want nil, %v", b, err, tt.want)
			}
			checkWhere(t, err, tt.want, tt.where)
		})
	}
}

// checkWhere finds the PlanError that wraps want and compares where it
// says the problem is.
func checkWhere(t *testing.T, err, want error, where investment.PlanError) {
	t.Helper()
	var found *investment.PlanError
	for _, e := range flatten(err) {
		var pe *investment.PlanError
		if errors.As(e, &pe) && errors.Is(e, want) {
			found = pe
			break
		}
	}
	if found == nil {
		t.Fatalf("no *PlanError wrapping %v in %v", want, err)
	}
	if perr := fault.Prefixed(found.Error(), "investment"); perr != nil {
		t.Error(perr)
	}
	got := investment.PlanError{Item: found.Item, ID: found.ID, Year: found.Year, Field: found.Field}
	if diff := cmp.Diff(where, got, cmp.FilterPath(func(p cmp.Path) bool {
		return p.Last().String() == ".Err" || p.Last().String() == ".Position"
	}, cmp.Ignore())); diff != "" {
		t.Errorf("error %q at (-want +got):\n%s", found, diff)
	}
}

// flatten returns the errors joined in err, or err alone.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
