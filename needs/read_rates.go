package needs

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/opencommissioning/scp/internal/csvcol"
)

// rateColumns are the columns of the rates form, in the order of the rate*
// positions below.
var rateColumns = []csvcol.Column{
	{Name: "condition"},
	{Name: "kind"},
	{Name: "band", Aliases: []string{"age band", "age"}},
	{Name: "female", Aliases: []string{"females"}, Optional: true},
	{Name: "male", Aliases: []string{"males"}, Optional: true},
	{Name: "persons", Aliases: []string{"all"}, Optional: true},
	{Name: "unit", Optional: true},
	{Name: "source", Optional: true},
	{Name: "year", Optional: true},
	{Name: "licence", Aliases: []string{"license"}, Optional: true},
	{Name: "url", Optional: true},
	{Name: "note", Optional: true},
}

// Positions in rateColumns.
const (
	rateCondition = iota
	rateKind
	rateBand
	rateFemale
	rateMale
	ratePersons
	rateUnit
	rateSource
	rateYear
	rateLicence
	rateURL
	rateNote
)

// ReadRatesCSV reads one or more sets of rates in long form, one row per
// condition and age band:
//
//	condition, kind, band, female, male [, unit, source, year, licence, url, note]
//
// Columns are found by name, in any order, without regard to case, spaces or
// underscores; a single "persons" column may replace female and male. Kind is "prevalence" or "activity".
// Bands are written as [ParseBand] reads them ("65-69", "90+") and must run
// upwards without gaps or overlaps within a condition. Rates are decimals or
// percentages ("1.5%" is 0.015); a prevalence must lie in [0, 1], an activity
// rate must be non-negative. The kind, unit and provenance of a condition are
// those of its first row; a later row may leave them empty but must not
// contradict them. Conditions are returned in order of first appearance.
//
// Every data error is a [*ParseError] naming the line and column.
func ReadRatesCSV(r io.Reader) ([]Rates, error) {
	c := newCSVReader(r)
	header, err := c.readHeader()
	if err != nil {
		return nil, err
	}
	pos, err := c.columns(rateColumns...)
	if err != nil {
		return nil, err
	}
	hasPersons := pos[ratePersons] >= 0
	if !hasPersons {
		for _, i := range []int{rateFemale, rateMale} {
			if pos[i] < 0 {
				return nil, headerErr(csvcol.Missing(header, rateColumns[i]))
			}
		}
	}
	get := func(rec []string, column int) (string, int) {
		i := pos[column]
		if i < 0 {
			return "", -1
		}
		return strings.TrimSpace(rec[i]), i
	}
	type building struct {
		spec  RatesSpec
		lines []int
	}
	var order []string
	specs := map[string]*building{}
	for {
		rec, err := c.record()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		for i, f := range rec {
			if !utf8.ValidString(f) {
				return nil, c.fieldErr(i, fmt.Errorf("%q: %w", f, ErrEncoding))
			}
		}
		name, ci := get(rec, rateCondition)
		if name == "" {
			return nil, c.fieldErr(ci, fmt.Errorf("empty condition: %w", ErrBadRates))
		}
		ks, ki := get(rec, rateKind)
		kind, err := ParseKind(ks)
		b := specs[name]
		if b == nil {
			if err != nil {
				return nil, c.fieldErr(ki, err)
			}
			b = &building{spec: RatesSpec{Condition: name, Kind: kind}}
			specs[name] = b
			order = append(order, name)
		} else if ks != "" && (err != nil || kind != b.spec.Kind) {
			return nil, c.fieldErr(ki, fmt.Errorf("kind %q, earlier %v: %w", ks, b.spec.Kind, ErrMismatch))
		}
		bs, bi := get(rec, rateBand)
		band, err := ParseBand(bs)
		if err != nil {
			return nil, c.fieldErr(bi, err)
		}
		if n := len(b.spec.Bands); n > 0 {
			if err := CheckBands([]Band{b.spec.Bands[n-1], band}); err != nil {
				return nil, c.fieldErr(bi, err)
			}
		}
		var f, m float64
		if hasPersons {
			v, i := get(rec, ratePersons)
			if f, err = parseRate(v, b.spec.Kind); err != nil {
				return nil, c.fieldErr(i, err)
			}
			m = f
		} else {
			v, i := get(rec, rateFemale)
			if f, err = parseRate(v, b.spec.Kind); err != nil {
				return nil, c.fieldErr(i, err)
			}
			v, i = get(rec, rateMale)
			if m, err = parseRate(v, b.spec.Kind); err != nil {
				return nil, c.fieldErr(i, err)
			}
		}
		b.spec.Bands = append(b.spec.Bands, band)
		b.spec.Female = append(b.spec.Female, f)
		b.spec.Male = append(b.spec.Male, m)
		b.lines = append(b.lines, c.line)
		// Unit and provenance: first row sets, later rows may repeat or leave empty.
		first := len(b.lines) == 1
		for _, fld := range []struct {
			column int
			dst    *string
		}{{rateUnit, &b.spec.Unit}, {rateSource, &b.spec.Provenance.Source}, {rateLicence, &b.spec.Provenance.Licence},
			{rateURL, &b.spec.Provenance.URL}, {rateNote, &b.spec.Provenance.Note}} {
			v, i := get(rec, fld.column)
			switch {
			case first:
				*fld.dst = v
			case v != "" && v != *fld.dst:
				return nil, c.fieldErr(i, fmt.Errorf("%s %q, earlier %q: %w", rateColumns[fld.column].Name, v, *fld.dst, ErrMismatch))
			}
		}
		if v, i := get(rec, rateYear); v != "" {
			y, err := parseYear(v)
			if err != nil {
				return nil, c.fieldErr(i, err)
			}
			if first {
				b.spec.Provenance.Year = y
			} else if y != b.spec.Provenance.Year {
				return nil, c.fieldErr(i, fmt.Errorf("year %d, earlier %d: %w", y, b.spec.Provenance.Year, ErrMismatch))
			}
		}
	}
	if len(order) == 0 {
		return nil, &ParseError{Line: 2, Err: ErrNoRows}
	}
	out := make([]Rates, 0, len(order))
	for _, name := range order {
		b := specs[name]
		r, err := NewRates(b.spec)
		if err != nil { // checked row by row above; kept as a guard
			return nil, &ParseError{Line: b.lines[0], Err: bare(err)}
		}
		out = append(out, r)
	}
	return out, nil
}

// parseRate reads a rate for kind k: a decimal number, or a percentage
// ("1.5%" is 0.015), by the module's one number parser. A prevalence is a
// proportion per person, so a bare number above 1 is refused with a hint
// that it looks like a percentage ("3" for 3%: write 3% or 0.03); an
// activity rate is per person and may exceed 1.
func parseRate(s string, k Kind) (float64, error) {
	t := strings.TrimSpace(s)
	scale, percent := 1.0, false
	if rest, ok := strings.CutSuffix(t, "%"); ok {
		t, scale, percent = strings.TrimSpace(rest), 0.01, true
	}
	v, err := parseNumber(t)
	if err != nil {
		if errors.Is(err, ErrCountRange) {
			return 0, fmt.Errorf("%q: %w", s, ErrNotFinite)
		}
		return 0, err
	}
	v *= scale
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("%q: %w", s, ErrNotFinite)
	}
	if err := checkRate(k, v); err != nil {
		if errors.Is(err, ErrPrevalenceRange) && !percent && v <= 100 {
			return 0, fmt.Errorf("%q (a percentage? write %s%% or %s): %w", s, t, strconv.FormatFloat(v/100, 'g', -1, 64), err)
		}
		return 0, fmt.Errorf("%q: %w", s, err)
	}
	return v, nil
}
