package main

import (
	"github.com/opencommissioning/scp/investment"
	sl "github.com/opencommissioning/scp/needs/southlanarkshire"
	"github.com/shopspring/decimal"
)

// mediumTermPlan is the partnership's three-year financial plan for
// 2022/23 to 2024/25. The figures are constructed at the partnership's
// scale (the integrated budget plus the set-aside of a partnership of about
// 320,000 people); they are not the Integration Joint Board's published
// budget.
func mediumTermPlan() *investment.FinancialPlan {
	m := investment.MustGBP
	d := decimal.RequireFromString
	years := func(a, b, c string) investment.Flow { return investment.FlowFrom(2022, m(a), m(b), m(c)) }
	code := map[string]string{} // locality name → GSS code: lines hold codes
	for _, a := range sl.Localities() {
		code[a.Name] = a.Code
	}
	var uplifts []investment.Uplift
	rates := []struct {
		kind investment.UpliftKind
		r    [3]string
	}{
		{investment.Pay, [3]string{"0.05", "0.035", "0.03"}},
		{investment.NonPay, [3]string{"0.025", "0.02", "0.02"}},
		{investment.ProviderRates, [3]string{"0.068", "0.045", "0.035"}}, // living wage and care home contract
		{investment.Prescribing, [3]string{"0.045", "0.04", "0.04"}},
	}
	for _, k := range rates {
		for i, r := range k.r {
			uplifts = append(uplifts, investment.Uplift{Kind: k.kind, Year: investment.FinancialYear(2022 + i), Rate: d(r)})
		}
	}
	homeCare := investment.Mix{investment.ProviderRates: d("0.6"), investment.Pay: d("0.4")}
	staffed := investment.Mix{investment.Pay: d("0.8"), investment.NonPay: d("0.2")}
	return &investment.FinancialPlan{
		Name:  "South Lanarkshire medium-term financial plan 2022/23 to 2024/25 (constructed)",
		Years: investment.NewYears(2022, 3),
		Streams: []investment.Stream{
			{ID: "nhs-lanarkshire", Name: "NHS Lanarkshire (delegated)", Kind: investment.HealthBoard,
				Amounts: years("408,500,000", "421,000,000", "433,600,000")},
			{ID: "council", Name: "South Lanarkshire Council", Kind: investment.Council,
				Amounts: years("173,000,000", "177,500,000", "182,000,000")},
			{ID: "set-aside", Name: "Set-aside (large hospital services)", Kind: investment.SetAside,
				Amounts: years("80,900,000", "83,500,000", "86,100,000")},
			{ID: "adp", Name: "Alcohol and drug partnership (ring-fenced)", Kind: investment.RingFenced,
				For: []investment.CareGroup{investment.Addictions}, Amounts: years("4,200,000", "4,200,000", "4,200,000")},
		},
		Lines: []investment.Line{
			{ID: "home-care-cly", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: code["Clydesdale"], Base: m("11,900,000"), Mix: homeCare},
			{ID: "home-care-ek", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: code["East Kilbride"], Base: m("15,200,000"), Mix: homeCare},
			{ID: "home-care-ham", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: code["Hamilton"], Base: m("17,000,000"), Mix: homeCare},
			{ID: "home-care-rc", Name: "Care at home", CareGroup: investment.OlderPeople, Locality: code["Rutherglen/Cambuslang"], Base: m("9,400,000"), Mix: homeCare},
			{ID: "care-homes", Name: "Care homes", CareGroup: investment.OlderPeople, Base: m("68,500,000"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "mental-health", Name: "Adult mental health", CareGroup: investment.MentalHealth, Base: m("38,700,000"), Mix: staffed},
			{ID: "learning-disability", Name: "Learning disability", CareGroup: investment.LearningDisability, Base: m("64,200,000"),
				Mix: investment.Mix{investment.ProviderRates: d("0.7"), investment.Pay: d("0.3")}},
			{ID: "physical-disability", Name: "Physical disability", CareGroup: investment.PhysicalDisability, Base: m("14,800,000"), Mix: homeCare},
			{ID: "addictions", Name: "Alcohol and drugs", CareGroup: investment.Addictions, Stream: "adp", Base: m("4,000,000"), Mix: staffed},
			{ID: "carers", Name: "Support for unpaid carers", CareGroup: investment.Carers, Base: m("3,600,000"), Mix: investment.Only(investment.ProviderRates)},
			{ID: "gp-services", Name: "GP services", CareGroup: investment.PrimaryCare, Base: m("62,300,000"), Mix: investment.Only(investment.NonPay)},
			{ID: "prescribing", Name: "Prescribing", CareGroup: investment.PrimaryCare, Base: m("79,900,000"), Mix: investment.Only(investment.Prescribing)},
			{ID: "community-health", Name: "Community health services", CareGroup: investment.OtherServices, Base: m("131,600,000"), Mix: staffed},
			{ID: "hosted", Name: "Hosted services", CareGroup: investment.Hosted, Base: m("26,400,000"), Mix: staffed},
			{ID: "support", Name: "Management and support", CareGroup: investment.Support, Base: m("11,800,000"), Mix: staffed},
			{ID: "unscheduled-care", Name: "Unscheduled care (set-aside)", CareGroup: investment.SetAsideServices, Stream: "set-aside", Base: m("77,000,000"), Mix: staffed},
		},
		Uplifts: uplifts,
		Pressures: []investment.Pressure{
			{ID: "demography-2022", Kind: investment.Demographic, Year: 2022, Amount: m("2,400,000"),
				Lines: []string{"home-care-cly", "home-care-ek", "home-care-ham", "home-care-rc", "care-homes"}},
			{ID: "demography-2023", Kind: investment.Demographic, Year: 2023, Amount: m("2,600,000"),
				Lines: []string{"home-care-cly", "home-care-ek", "home-care-ham", "home-care-rc", "care-homes"}},
			{ID: "demography-2024", Kind: investment.Demographic, Year: 2024, Amount: m("2,800,000"),
				Lines: []string{"home-care-cly", "home-care-ek", "home-care-ham", "home-care-rc", "care-homes"}},
			{ID: "ld-transitions", Kind: investment.NewBurden, Year: 2023, Amount: m("1,100,000"), Lines: []string{"learning-disability"}},
		},
		Savings: []investment.Saving{
			{ID: "prescribing-efficiency", Year: 2022, Amount: m("2,500,000"), Lines: []string{"prescribing"}},
			{ID: "prescribing-efficiency-2", Year: 2023, Amount: m("1,500,000"), Lines: []string{"prescribing"}},
			{ID: "vacancy-factor", Year: 2022, Amount: m("1,200,000"), Lines: []string{"community-health", "hosted"}, OneOff: true},
		},
		Reserves: []investment.Reserve{
			{ID: "contingency", Name: "General (contingency) reserve", Kind: investment.General, Opening: m("9,800,000"),
				Drawdown: investment.FlowFrom(2023, m("3,000,000"), m("3,000,000"))},
			{ID: "adp-carry-forward", Name: "Alcohol and drug partnership (earmarked)", Kind: investment.Earmarked, Opening: m("1,300,000")},
		},
	}
}
