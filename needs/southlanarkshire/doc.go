// Package southlanarkshire embeds the data of the module's worked example:
// the population of South Lanarkshire Health and Social Care Partnership
// (code S37000028; council area S12000029) and its four localities —
// Clydesdale, East Kilbride, Hamilton and Rutherglen/Cambuslang — by sex and
// single year of age, mid-2018 to mid-2043, with illustrative rates to project
// need from it.
//
// # Provenance: what is public and what is constructed
//
// Public figures (National Records of Scotland mid-year estimates, as
// republished by citypopulation.de, mapsof.net and Wikipedia):
//
//   - the partnership totals at 30 June 2018 (319,020), 2019 (320,530), 2021
//     (322,630) and 2022 (327,430, after the 2022 census) — [PublicTotal];
//     the embedded localities sum to exactly these figures;
//   - the mid-2020 populations of the largest settlements (East Kilbride
//     75,310; Hamilton 54,480; Rutherglen 30,950; Cambuslang 30,790; Blantyre
//     16,800; Larkhall 15,030; Carluke 13,810; Lanark 8,880; Strathaven 8,090;
//     Bothwell 6,870; Uddingston 6,300; Stonehouse 5,550; Kirkmuirhill and
//     Blackwood 4,380; Lesmahagow 4,300; Law 3,090; Biggar 2,640), used for
//     the locality shares.
//
// Constructed figures, generated deterministically by this package's own code
// (construct.go) and labelled "constructed" in the Basis column of the
// embedded table:
//
//   - the 2020 total (midway between 2019 and 2021) and every total after 2022
//     (+0.25% a year);
//   - the assignment of settlements to localities (Clydesdale: Carluke,
//     Lanark, Stonehouse, Kirkmuirhill and Blackwood, Lesmahagow, Law, Biggar;
//     East Kilbride: East Kilbride, Strathaven; Hamilton: Hamilton, Blantyre,
//     Larkhall, Bothwell, Uddingston; Rutherglen/Cambuslang: Rutherglen,
//     Cambuslang), and of the 34,310 people outside those settlements (60%
//     Clydesdale, 20% East Kilbride, 20% Hamilton);
//   - every age–sex split: a 2018 age structure shaped after Scotland's, tilted
//     older in Clydesdale and younger in Rutherglen/Cambuslang, then aged year
//     by year with Gompertz–Makeham survival and births at 4.9% of women aged
//     15–44, and scaled to each locality's total (so net migration is
//     proportional); cells are whole people, rounded by largest remainder;
//   - the locality codes (S37000028-CLY, -EK, -HAM, -RC): localities have no
//     GSS codes.
//
// The constructed table is fit to exercise the methods and to show the shape
// of an analysis (ageing, growth in need by locality); it is not an official
// estimate or projection. For real work, read the National Records of
// Scotland or Public Health Scotland files with [needs.ReadPHSProjections].
//
// # Rates
//
// [DementiaFineBands] and [Dementia] give dementia prevalence for ages 65 and
// over with the age–sex profile commonly cited from the EuroCoDe consensus
// rates (Alzheimer Europe, 2009); they are labelled illustrative because they
// have not been verified against the published table here. [Dementia] merges
// 90–94 and 95+ into 90+ by the POPPI rule, weighted by the constructed 2018
// population aged 90–94 and 95+. [EmergencyAdmissions] and [HomeCareHours]
// are constructed for the example and say so in their provenance.
package southlanarkshire
