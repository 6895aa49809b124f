package needs

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/opencommissioning/scp/internal/csvcol"
)

// bandedColumns are the columns of the banded long form, in the order of
// the banded* positions below.
var bandedColumns = []csvcol.Column{
	{Name: "area", Aliases: []string{"code", "area code", "HSCP2019", "CA2019", "HB2019"}, Match: isAreaColumn, FirstWins: true},
	{Name: "year", Aliases: []string{"mid year", "financial year"}},
	{Name: "sex", Aliases: []string{"gender"}},
	{Name: "band", Aliases: []string{"age band", "age group", "agegroup", "age"}},
	{Name: "count", Aliases: []string{"population", "pop", "value", "n"}},
	{Name: "name", Match: func(k string) bool { return strings.HasSuffix(k, "name") }, Optional: true, FirstWins: true},
}

// Positions in bandedColumns.
const (
	bandedArea = iota
	bandedYear
	bandedSex
	bandedBand
	bandedCount
	bandedName
)

// ReadBandedPopulationCSV reads populations published in age bands, one row
// per area, year, sex and band:
//
//	area, year, sex, band, count
//
// Columns are found by name as by [ReadPopulationCSV] ("age group" is the
// band, HSCP2019 an area column); other columns, such as PHS's qualifier
// columns (SexQF, HSCP2019QF), are ignored. Bands are read by [ParseBand]
// ("0-4", "5-17", "85+", "90plus"; "0 to 4" and "85 and over" too) and may
// come in any order, but for each area, year and sex they must tile the ages
// from 0 without gaps or overlaps and end with an open band: five-year bands
// 0-4, 5-9, …, 90+ and the PHS locality-profile bands 0-4, 5-17, 18-44,
// 45-64, 65-74, 75-84, 85+ both qualify. Years are read as by
// [ReadPHSProjections], financial years ("2022/23") included.
//
// Each series is split into single years of age by [SplitBands], whose rule
// keeps every band's total: a [Population] read from bands counts exactly
// the band totals of the file in any band that is a union of the file's
// bands, so [Project] with rates in such bands gives the same cases as rates
// applied to the published band counts directly.
//
// Every data error is a [*ParseError] naming the line and column, wrapping
// a sentinel such as [ErrBadBand], [ErrBandGap], [ErrBandOverlap],
// [ErrDuplicateRow], [ErrMissingAge] (no open top band) or those of
// [ReadPopulationCSV].
func ReadBandedPopulationCSV(r io.Reader) (*Population, error) {
	c := newCSVReader(r)
	if _, err := c.readHeader(); err != nil {
		return nil, err
	}
	pos, err := c.columns(bandedColumns...)
	if err != nil {
		return nil, err
	}
	type row struct {
		band  Band
		count float64
		line  int
	}
	series := map[seriesKey][]row{}
	first := map[seriesKey]int{}
	var order []seriesKey
	names := map[string]string{}
	for {
		rec, err := c.record()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		area := strings.TrimSpace(rec[pos[bandedArea]])
		if err := checkArea(area); err != nil {
			return nil, c.fieldErr(pos[bandedArea], err)
		}
		year, err := parseYear(rec[pos[bandedYear]])
		if err != nil {
			return nil, c.fieldErr(pos[bandedYear], err)
		}
		sex, err := ParseSex(rec[pos[bandedSex]])
		if err != nil {
			return nil, c.fieldErr(pos[bandedSex], err)
		}
		band, err := parseAgeGroup(rec[pos[bandedBand]])
		if err != nil {
			return nil, c.fieldErr(pos[bandedBand], err)
		}
		v, err := parseCount(rec[pos[bandedCount]])
		if err != nil {
			return nil, c.fieldErr(pos[bandedCount], err)
		}
		k := seriesKey{area, year, sex}
		if _, ok := series[k]; !ok {
			order = append(order, k)
			first[k] = c.line
		}
		for _, o := range series[k] {
			if o.band == band {
				return nil, c.fieldErr(pos[bandedBand], fmt.Errorf("%s %d %v band %v, first on line %d: %w", area, year, sex, band, o.line, ErrDuplicateRow))
			}
		}
		series[k] = append(series[k], row{band, v, c.line})
		if i := pos[bandedName]; i >= 0 {
			if n := strings.TrimSpace(rec[i]); n != "" {
				names[area] = n
			}
		}
	}
	if len(order) == 0 {
		return nil, &ParseError{Line: 2, Err: ErrNoRows}
	}
	slices.SortStableFunc(order, func(a, b seriesKey) int { return sexRank(a.sex) - sexRank(b.sex) })
	p := New()
	for _, k := range order {
		rs := series[k]
		slices.SortFunc(rs, func(a, b row) int { return a.band.Compare(b.band) })
		bands, counts := make([]Band, len(rs)), make([]float64, len(rs))
		for i, r := range rs {
			bands[i], counts[i] = r.band, r.count
		}
		ages, err := SplitBands(bands, counts)
		if err != nil {
			line := first[k]
			if i := bandAtFault(bands); i >= 0 {
				line = rs[i].line
			}
			return nil, &ParseError{Line: line, Column: pos[bandedBand] + 1, Field: c.header[pos[bandedBand]],
				Err: fmt.Errorf("%s %d %v: %w", k.area, k.year, k.sex, bare(err))}
		}
		if err := p.Set(k.area, k.year, k.sex, ages); err != nil {
			return nil, &ParseError{Line: first[k], Column: pos[bandedSex] + 1, Field: c.header[pos[bandedSex]], Err: bare(err)}
		}
	}
	for a, n := range names {
		p.SetName(a, n)
	}
	return p, nil
}

// sexRank orders Female and Male before All, so that the sex check of
// [Population.Set] reports on All.
func sexRank(s Sex) int {
	if s == All {
		return 1
	}
	return 0
}

// bandAtFault returns the index of the first band that breaks the tiling
// of sorted bands, or -1.
func bandAtFault(bands []Band) int {
	for i := 1; i < len(bands); i++ {
		if bands[i].Lo != bands[i-1].Hi+1 || bands[i-1].IsOpen() {
			return i
		}
	}
	return -1
}

// parseAgeGroup reads a band as PHS and NRS write age groups: [ParseBand]'s
// forms, with "aged", "years" and "and over" ("Aged 85 and over" is 85+).
func parseAgeGroup(s string) (Band, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.TrimSpace(strings.TrimPrefix(t, "aged"))
	t = strings.TrimSpace(strings.TrimPrefix(t, "age"))
	t = strings.TrimSpace(strings.TrimSuffix(t, "years"))
	for _, over := range []string{"and over", "and older", "or over"} {
		if rest, ok := strings.CutSuffix(t, over); ok {
			t = strings.TrimSpace(rest) + "+"
		}
	}
	b, err := ParseBand(t)
	if err != nil {
		return Band{}, fmt.Errorf("%q: %w", s, ErrBadBand)
	}
	return b, nil
}

// OpenTopWidth is the number of single years the open top age 90+ of a
// [Population] stands for when [SplitBands] spreads an open band that
// starts below 90 (such as 85+): 90+ is given the share of five single
// years, the width of the bands below it.
const OpenTopWidth = 5

// SplitBands spreads counts in contiguous age bands over the single ages
// 0 … 89 and 90+ of a [Population], by this rule: a closed band's count is
// shared equally among its single years (ages from 90 up are folded into
// 90+); an open band a+ with a < 90 is shared among a … 89 and 90+ as if it
// closed at 90 + [OpenTopWidth] − 1 (85+ gives each of 85 … 89 a tenth and
// 90+ half); an open band from 90 up goes to 90+ whole. Every band's total is
// kept: summing the result over a band of the input gives back its count.
//
// bands must be sorted, start at age 0, run without gaps or overlaps
// ([CheckBands]) and end with an open band ([ErrMissingAge] otherwise);
// counts must be finite, non-negative and at most [MaxCount], one per band
// ([ErrBadArgument] for lengths that differ). The result has [NumAges]
// values.
func SplitBands(bands []Band, counts []float64) ([]float64, error) {
	if len(bands) != len(counts) {
		return nil, errf("%d bands, %d counts: %w", len(bands), len(counts), ErrBadArgument)
	}
	if err := CheckBands(bands); err != nil {
		return nil, err
	}
	if bands[0].Lo != 0 {
		return nil, errf("bands start at %d, not 0: %w", bands[0].Lo, ErrBandGap)
	}
	if last := bands[len(bands)-1]; !last.IsOpen() {
		return nil, errf("no open top band (the last is %v): %w", last, ErrMissingAge)
	}
	out := make([]float64, NumAges)
	for i, b := range bands {
		v := counts[i]
		if err := checkCount(v); err != nil {
			return nil, errf("band %v count %v: %w", b, v, err)
		}
		hi := b.Hi
		if b.IsOpen() {
			hi = max(b.Lo, TopAge) + OpenTopWidth - 1
		}
		w := float64(hi - b.Lo + 1)
		if b.Lo >= TopAge {
			out[TopAge] += v
			continue
		}
		for a := b.Lo; a < min(hi+1, TopAge); a++ {
			out[a] += v / w
		}
		if hi >= TopAge {
			out[TopAge] += v * float64(hi-TopAge+1) / w
		}
	}
	return out, nil
}
