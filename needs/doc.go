// Package needs is the Analyse stage of strategic commissioning: how many
// people, where, of what age and sex, in which deprivation band, will need
// what, over a strategic plan and beyond.
//
// It reads population estimates and projections, applies prevalence and
// activity rates to them (the POPPI/PANSI method), measures deprivation and
// inequality (SIMD), computes crude and directly age-standardised rates with
// confidence intervals, and compares demand with capacity, including the
// waiting-list formulas NHS analysts use. It depends on the standard library
// and gonum only; it knows nothing of money (see package investment).
//
// # Representation
//
// An [Area] is identified by its GSS code, the one key for areas and
// localities across the module; its name is for display. Every function
// that takes an area takes its code.
//
// A [Population] holds counts by area code, mid-year (30 June), [Sex] and
// single year of age 0 … 89 plus the open top 90+ ([TopAge], [NumAges] cells a
// series). Counts are float64, finite, non-negative and at most [MaxCount].
// Female and Male are stored; All is their sum, and a stored All series must
// agree with them within [SexTolerance]. Areas carry a display name
// ([Population.SetName]); a partnership is the sum of its localities and a
// locality the sum of its data zones ([Population.Sum]).
//
// Ages are grouped in a [Band]: Lo … Hi inclusive, Hi == [Open] for an open
// top band. Bands print and parse as "65-69", "90+" and "7". A set of bands is
// valid when sorted, contiguous and non-overlapping ([CheckBands]); because
// the data stop at 90+, a band reaching 90 must be open.
//
// [Rates] are prevalence (a proportion in [0, 1]) or activity (events or
// units of service per person per period, non-negative) by band and sex, with
// their [Provenance]. [Project] applies several sets of rates at once and
// returns a [Projection] of expected cases by condition, area, year, sex and
// band, with totals and growth against a base year. An open top band made of
// finer ones takes the population-weighted rate ([PooledRate],
// [Rates.Collapse]):
//
//	r(90+) = (r(90–94)·P(90–94) + r(95+)·P(95+)) / (P(90–94) + P(95+))
//
// # Reading data
//
// [ReadPHSProjections] reads the wide form of Public Health Scotland's open
// data (Year, an area column such as HSCP2019, CA2019 or HB2019, Sex, Age0 …
// Age90plus, AllAges) and checks AllAges against the sum of the ages.
// [ReadPopulationCSV] reads a long form with columns area, year, sex, age and
// count (synonyms: code for area; population, pop, value or n for count;
// gender for sex) and an optional name. Both accept sex labels Female/Male/All
// and common synonyms ([ParseSex]). [ReadRatesCSV] reads rates in long form
// (condition, kind, band, female, male, with optional unit and provenance
// columns), accepting decimals or percentages ("3%" is 0.03; a prevalence
// is a proportion per person, so a bare 3 is refused as a likely
// percentage). [ReadBandedPopulationCSV] reads populations published in
// contiguous age bands (five-year bands to 90+, the PHS locality-profile
// bands 0-4, 5-17, 18-44, 45-64, 65-74, 75-84, 85+) and splits them into
// single ages by the rule of [SplitBands], which keeps every band's total,
// so projecting on bands built from the file's bands gives the cases of the
// published counts.
//
// Every reader runs on the module's one record loop and one number parser:
// a UTF-8 byte order mark is dropped; the delimiter (comma, semicolon or
// tab) is detected from the header; text must be UTF-8 ([ErrEncoding]);
// numbers are decimal notation only, so hexadecimal floats, "NaN", "Inf" and
// digit separators are refused ([ErrBadNumber], [ErrNotFinite]), a decimal
// comma with a hint. Years may be written as financial years ("2022/23" is
// mid-2022), as PHS open data does; PHS qualifier columns (…QF) are ignored.
//
// # Deprivation and inequality
//
// The Scottish Index of Multiple Deprivation 2020 ranks [SIMD2020Zones] data
// zones from 1 (most deprived). [SIMDDecile], [SIMDQuintile] and [Tile] map a
// rank to its band (1 = most deprived); [WeightedTiles] forms
// population-weighted bands from data-zone populations. [MeasureInequality]
// gives the absolute and relative gap between the most and least deprived
// groups, the slope index of inequality (weighted least squares of the rate on
// the population midpoint rank, Low and Low 2004) and the relative index
// (SII divided by the mean rate, the Scottish Government's definition).
//
// # Rates and standardisation
//
// [CrudeRate] is events / population × per (100, 1,000 or 100,000) with exact
// Poisson limits ([PoissonLimits]). [Standard.Rate] is the directly
// age-standardised rate on a standard population, usually [ESP2013] (the 2013
// European Standard Population, 19 bands, weights summing to 100,000), with
// the confidence interval of Dobson et al. (1991). Premature mortality (NI-11)
// is the rate of deaths under 75 on ESP2013().Within(Band{0, 74}).
// [StandardisedRatio] is the indirectly standardised ratio (observed over
// [ExpectedEvents] at reference rates, e.g. an SMR) with exact Poisson limits.
//
// For the population itself, [Population.Change] gives the growth of an age
// band between two years and [Population.DependencyRatio] the old-age
// dependency ratio (65+ per person aged 16–64).
//
// # Demand, capacity and gap
//
// A [DemandModel] multiplies activity rates by population, with an optional
// yearly trend factor (1 + trend)^(year − base). [Gap] matches demand and
// capacity by area and year ([Level]) into a [GapRow] with the gap and
// utilisation. For waiting lists, [TargetMeanWait], [TargetQueueSize],
// [TargetCapacity], [ReliefCapacity], [QueueLoad] and [WaitingListPressure]
// implement the queueing formulas of Fong et al. (2022) as the NHS-R
// Community's NHSRwaitinglist package does; [WaitingList.Assess] applies them
// all.
//
// # Errors
//
// Bad input returns an error wrapping an exported sentinel (ErrX), testable
// with [errors.Is]; every message starts with "needs: " once, and the
// sentinels shared with the rest of the module ([ErrNotFinite],
// [ErrNegative], [ErrSyntax], [ErrUnknownField]) are the same values there. The readers return a [*ParseError] naming the 1-based line
// and column (and the field) of every problem, with Unwrap to the sentinel:
// [ErrEmpty], [ErrNoRows], [ErrMissingColumn], [ErrAgeOrder], [ErrFieldCount],
// [ErrBadNumber], [ErrNotFinite], [ErrNegative], [ErrCountRange], [ErrBadYear],
// [ErrBadAge], [ErrMissingAge], [ErrUnknownSex], [ErrDuplicateRow],
// [ErrAllAgesMismatch], [ErrSexMismatch] and [ErrSyntax]. Queries for data not
// held wrap [ErrAreaNotFound], [ErrYearNotFound], [ErrSexNotFound],
// [ErrConditionNotFound] or [ErrBandNotFound]. No function lets a NaN or an
// infinity through: a result that overflows float64 from finite input (a
// waiting-list formula, a rate per 100,000, a projection) is an error
// wrapping [ErrNotFinite] that names it. None panics on data, and a nil
// [*Population] handed to [Project] is an error; Must functions panic on bad
// literals and are for tests and package-level values.
//
// # JSON
//
// [Population], [Rates] and [Projection] round-trip through JSON without
// loss; unmarshalling checks the data as the constructors do. A field the
// document should not have ([ErrUnknownField]), a value of the wrong type
// and a bad value are a [*FieldError] naming the field by its path, positions
// counting from 1: series[2].counts[5], conditions[1].rates.female[3]. Field
// names are camelCase; sexes, kinds and bands are their text ("Female",
// "prevalence", "90+"). Zero values marshal and read back.
//
// # Worked example
//
// Package needs/southlanarkshire embeds the population of South Lanarkshire's
// four localities, 2018–2043, and illustrative rates, for the worked example
// of the module.
package needs
