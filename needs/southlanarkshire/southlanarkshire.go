package southlanarkshire

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"

	"github.com/opencommissioning/scp/needs"
)

// Codes and names of the partnership.
const (
	// PartnershipCode is the GSS code of South Lanarkshire Health and Social
	// Care Partnership (Integration Authority).
	PartnershipCode = "S37000028"
	// CouncilCode is the GSS code of South Lanarkshire council area.
	CouncilCode = "S12000029"
	// PartnershipName is the display name of the partnership.
	PartnershipName = "South Lanarkshire"
)

// The years of the embedded table: mid-2018 to mid-2043, a base period and a
// horizon well beyond a three-year strategic plan.
const (
	FirstYear = 2018
	LastYear  = 2043
)

//go:embed population.csv
var populationCSV []byte

// PopulationCSV returns a copy of the embedded table in the layout of the
// Public Health Scotland open-data population files, read by
// [needs.ReadPHSProjections]: _id, Year, Locality, LocalityQF (the
// qualifier column beside the area, empty here), LocalityName, Basis, Sex,
// SexQF ("d" on the derived All rows), AllAges, Age0 … Age89, Age90plus.
// The Basis column says, row by row, whether the
// locality total rests on a public partnership total ("constructed split of
// public total") or is constructed throughout ("constructed").
func PopulationCSV() []byte { return bytes.Clone(populationCSV) }

// Localities returns the four localities of the partnership with their codes
// and display names. The codes are this library's constructed identifiers
// (the partnership code with a suffix), not GSS codes: localities have none.
func Localities() []needs.Area {
	out := make([]needs.Area, len(localityBase))
	for i, l := range localityBase {
		out[i] = needs.Area{Code: l.code, Name: l.name}
	}
	return out
}

// Population returns the embedded populations of the four localities,
// 2018–2043, by sex and single year of age, and the partnership
// ([PartnershipCode]) as their sum. Each call returns a fresh Population.
//
// The partnership totals for 2018, 2019, 2021 and 2022 are the published
// National Records of Scotland mid-year estimates ([PublicTotal]); every other
// figure is constructed, as the package documentation explains.
func Population() (*needs.Population, error) {
	p, err := needs.ReadPHSProjections(bytes.NewReader(populationCSV))
	if err != nil {
		return nil, fmt.Errorf("southlanarkshire: embedded population: %w", err)
	}
	var codes []string
	for _, l := range Localities() {
		codes = append(codes, l.Code)
	}
	if err := p.Sum(PartnershipCode, PartnershipName, codes...); err != nil {
		return nil, fmt.Errorf("southlanarkshire: %w", err)
	}
	return p, nil
}

// PublicTotal returns the published mid-year population of South Lanarkshire
// for a year, and whether one is used here (2018, 2019, 2021, 2022: National
// Records of Scotland mid-year estimates as republished by citypopulation.de,
// mapsof.net and Wikipedia).
func PublicTotal(year int) (int, bool) {
	t, ok := publicTotals[year]
	return t, ok
}

// PublicYears returns the years whose partnership total is a published figure.
func PublicYears() []int {
	var out []int
	for y := range publicTotals {
		out = append(out, y)
	}
	slices.Sort(out)
	return out
}
