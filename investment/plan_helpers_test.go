package investment_test

import (
	"github.com/shopspring/decimal"

	"github.com/opencommissioning/scp/investment"
)

// Helpers shared by the budget and plan tests.

var gbp = investment.MustGBP

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// yearly returns the flow of amounts for consecutive years from first; ""
// is £0.
func yearly(first investment.FinancialYear, amounts ...string) investment.Flow {
	m := make([]investment.Money, len(amounts))
	for i, a := range amounts {
		if a != "" {
			m[i] = gbp(a)
		}
	}
	return investment.FlowFrom(first, m...)
}

// rates returns uplifts of kind k for consecutive years from first.
func rates(k investment.UpliftKind, first investment.FinancialYear, rs ...string) []investment.Uplift {
	out := make([]investment.Uplift, len(rs))
	for i, r := range rs {
		out[i] = investment.Uplift{Kind: k, Year: first.Add(i), Rate: dec(r)}
	}
	return out
}

// workedPlan is a small plan with every feature, whose figures are worked
// by hand in TestBudgetWorked.
func workedPlan() *investment.FinancialPlan {
	var uplifts []investment.Uplift
	uplifts = append(uplifts, rates(investment.Pay, 2022, "0.03", "0.02", "0.02")...)
	uplifts = append(uplifts, rates(investment.ProviderRates, 2022, "0.05", "0.04", "0.03")...)
	uplifts = append(uplifts, rates(investment.NonPay, 2022, "0.02", "0.02", "0.02")...)
	return &investment.FinancialPlan{
		Name:  "worked",
		Years: investment.NewYears(2022, 3),
		Streams: []investment.Stream{
			{ID: "nhs", Kind: investment.HealthBoard, Amounts: yearly(2022, "900000", "930000", "960000")},
			{ID: "council", Kind: investment.Council, Amounts: yearly(2022, "600000", "600000", "600000")},
		},
		Lines: []investment.Line{
			{ID: "A", CareGroup: investment.MentalHealth, Locality: "North", Base: gbp("1000000"), Mix: investment.Only(investment.Pay)},
			{ID: "B", CareGroup: investment.OlderPeople, Locality: "South", Base: gbp("500000"),
				Mix: investment.Mix{investment.ProviderRates: dec("0.8"), investment.NonPay: dec("0.2")}},
		},
		Uplifts: uplifts,
		Pressures: []investment.Pressure{
			{ID: "P1", Kind: investment.Demographic, Year: 2022, Amount: gbp("20000"), Lines: []string{"B"}},
			{ID: "P2", Kind: investment.NewBurden, Year: 2023, Amount: gbp("10000"), Lines: []string{"A"}, OneOff: true},
		},
		Savings: []investment.Saving{
			{ID: "S1", Year: 2022, Amount: gbp("30000"), Lines: []string{"A", "B"}},
			{ID: "S2", Year: 2024, Amount: gbp("5000"), Lines: []string{"B"}, OneOff: true},
		},
		Reserves: []investment.Reserve{
			{ID: "general", Kind: investment.General, Opening: gbp("100000"), Drawdown: yearly(2022, "20000")},
			{ID: "transformation", Kind: investment.Earmarked, Opening: gbp("50000"),
				Drawdown: yearly(2022, "", "50000"), Contribution: yearly(2022, "", "", "10000")},
		},
	}
}

// richPlan is a partnership-sized plan with every kind of stream, several
// localities, income and apportioned items, for conservation tests.
func richPlan() *investment.FinancialPlan {
	var uplifts []investment.Uplift
	uplifts = append(uplifts, rates(investment.Pay, 2022, "0.05", "0.03", "0.025")...)
	uplifts = append(uplifts, rates(investment.NonPay, 2022, "0.021", "0.019", "0.02")...)
	uplifts = append(uplifts, rates(investment.ProviderRates, 2022, "0.0712", "0.045", "0.033")...)
	uplifts = append(uplifts, rates(investment.Prescribing, 2022, "0.043", "0.037", "0.041")...)
	mh := investment.Mix{investment.Pay: dec("0.65"), investment.NonPay: dec("0.1"), investment.ProviderRates: dec("0.25")}
	return &investment.FinancialPlan{
		Name:  "rich",
		Years: investment.NewYears(2022, 3),
		Streams: []investment.Stream{
			{ID: "nhs", Kind: investment.HealthBoard, Amounts: yearly(2022, "310123456.78", "316000000.01", "322500000")},
			{ID: "council", Kind: investment.Council, Amounts: yearly(2022, "151000000.33", "152510000", "154000000")},
			{ID: "setaside", Kind: investment.SetAside, Amounts: yearly(2022, "60000000", "61200000", "62424000")},
			{ID: "adp", Kind: investment.RingFenced, For: []investment.CareGroup{investment.Addictions}, Amounts: yearly(2022, "3100000", "3100000")},
			{ID: "hosted-in", Kind: investment.OtherFunding, Amounts: yearly(2022, "1234567.89", "1234567.89", "1234567.89")},
		},
		Lines: []investment.Line{
			{ID: "op-homes-ck", CareGroup: investment.OlderPeople, Locality: "Clydesdale", Base: gbp("21456789.12"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "op-homes-ek", CareGroup: investment.OlderPeople, Locality: "East Kilbride", Base: gbp("26333444.55"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "op-home-care-ha", CareGroup: investment.OlderPeople, Locality: "Hamilton", Base: gbp("18777666.01"),
				Mix: investment.Mix{investment.Pay: dec("0.82"), investment.NonPay: dec("0.18")}},
			{ID: "op-charges", CareGroup: investment.OlderPeople, Locality: "Hamilton", Base: gbp("-4100000"), Mix: investment.Only(investment.NonPay), AllowNegative: true},
			{ID: "mh-rc", CareGroup: investment.MentalHealth, Locality: "Rutherglen/Cambuslang", Base: gbp("12345678.9"), Mix: mh},
			{ID: "mh-ek", CareGroup: investment.MentalHealth, Locality: "East Kilbride", Base: gbp("15000000.07"), Mix: mh},
			{ID: "ld", CareGroup: investment.LearningDisability, Base: gbp("39876543.21"),
				Mix: investment.Mix{investment.ProviderRates: dec("0.7"), investment.Pay: dec("0.3")}},
			{ID: "pd", CareGroup: investment.PhysicalDisability, Base: gbp("9123456.78"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "adp", CareGroup: investment.Addictions, Stream: "adp", Base: gbp("2950000"), Mix: investment.Only(investment.Pay)},
			{ID: "addictions-core", CareGroup: investment.Addictions, Base: gbp("4100000.5"), Mix: investment.Only(investment.Pay)},
			{ID: "gp-prescribing", CareGroup: investment.PrimaryCare, Base: gbp("71234567.89"), Mix: investment.Only(investment.Prescribing)},
			{ID: "gms", CareGroup: investment.PrimaryCare, Base: gbp("52000000"), Mix: investment.Mix{investment.Pay: dec("0.6"), investment.NonPay: dec("0.4")}},
			{ID: "carers", CareGroup: investment.Carers, Base: gbp("3000000"), Mix: investment.Only(investment.NotUplifted)},
			{ID: "hosted-podiatry", CareGroup: investment.Hosted, Base: gbp("6666666.66"), Mix: investment.Only(investment.Pay)},
			{ID: "community-hospitals", CareGroup: investment.OlderPeople, Base: gbp("30100000"), Mix: investment.Mix{investment.Pay: dec("0.75"), investment.NonPay: dec("0.25")}},
			{ID: "support", CareGroup: investment.Support, Base: gbp("8000000.01"), Mix: investment.Mix{investment.Pay: dec("0.9"), investment.NonPay: dec("0.1")}},
			{ID: "unscheduled", CareGroup: investment.SetAsideServices, Stream: "setaside", Base: gbp("59500000"), Mix: investment.Mix{investment.Pay: dec("0.7"), investment.NonPay: dec("0.3")}},
		},
		Uplifts: uplifts,
		Pressures: []investment.Pressure{
			{ID: "demog-op", Kind: investment.Demographic, Year: 2022, Amount: gbp("1500000"), Lines: []string{"op-homes-ck", "op-homes-ek", "op-home-care-ha"}},
			{ID: "demog-op-2", Kind: investment.Demographic, Year: 2023, Amount: gbp("1550000"), Lines: []string{"op-homes-ck", "op-homes-ek", "op-home-care-ha"}},
			{ID: "demog-op-3", Kind: investment.Demographic, Year: 2024, Amount: gbp("1600000"), Lines: []string{"op-homes-ck", "op-homes-ek", "op-home-care-ha"}},
			{ID: "carers-act", Kind: investment.NewBurden, Year: 2022, Amount: gbp("750000"), Lines: []string{"carers"}},
			{ID: "winter", Kind: investment.OtherPressure, Year: 2023, Amount: gbp("400000.01"), Lines: []string{"community-hospitals", "op-home-care-ha"}, OneOff: true},
		},
		Savings: []investment.Saving{
			{ID: "prescribing-efficiency", Year: 2022, Amount: gbp("2000000"), Lines: []string{"gp-prescribing"}},
			{ID: "mh-redesign", Year: 2023, Amount: gbp("999999.99"), Lines: []string{"mh-rc", "mh-ek"}},
			{ID: "vacancy-factor", Year: 2022, Amount: gbp("333333.33"), Lines: []string{"support", "hosted-podiatry", "gms"}, OneOff: true},
			{ID: "ld-review", Year: 2024, Amount: gbp("1234567"), Lines: []string{"ld", "pd"}},
		},
		Reserves: []investment.Reserve{
			{ID: "contingency", Kind: investment.General, Opening: gbp("5000000"), Drawdown: yearly(2022, "1000000", "1500000", "")},
			{ID: "adp-carry-forward", Kind: investment.Earmarked, Purpose: "alcohol and drug partnership", Opening: gbp("800000"),
				Drawdown: yearly(2022, "", "", "700000")},
			{ID: "primary-care-improvement", Kind: investment.Earmarked, Opening: gbp("2500000"),
				Drawdown: yearly(2022, "1000000", "1000000", "500000"), Contribution: yearly(2022, "", "250000")},
		},
	}
}
