package outcomes

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/csvcol"
	"github.com/opencommissioning/scp/internal/enum"
	"github.com/opencommissioning/scp/investment"
)

// The reasons of [ReadIndicators] beyond the package's shared ones.
var (
	// ErrPeriod reports a period that is not Annual, Q1 … Q4 or M1 … M12.
	ErrPeriod = errors.New("unknown period")
	// ErrMissingColumn reports a required column that a CSV header lacks.
	ErrMissingColumn = csvcol.ErrMissingColumn
	// ErrDuplicateColumn reports a column named twice in a CSV header.
	ErrDuplicateColumn = csvcol.ErrDuplicateColumn
	// ErrEncoding reports CSV text that is not valid UTF-8.
	ErrEncoding = csvcol.ErrEncoding
	// ErrFieldCount reports a CSV row with a different number of fields
	// from the header.
	ErrFieldCount = csvcol.ErrFieldCount
	// ErrEmpty reports CSV input without a header row.
	ErrEmpty = csvcol.ErrEmpty
)

// ParseError is a data error in a CSV input of this package: Line and
// Column are one-based (Column 0 means the whole line), Field names the
// column when known.
type ParseError struct {
	Line   int    // one-based line of the input; the header is line 1
	Column int    // one-based field number; 0 for the whole line
	Field  string // column name, when known
	Err    error  // the reason, wrapping one of this package's sentinels
}

// Error implements error: `outcomes: line 3, column 6 (Value): "0x1p3"
// (hexadecimal: write the number in decimal): invalid syntax`.
func (e *ParseError) Error() string {
	where := "line " + strconv.Itoa(e.Line)
	if e.Column > 0 {
		where += ", column " + strconv.Itoa(e.Column)
	}
	if e.Field != "" {
		where += " (" + e.Field + ")"
	}
	return "outcomes: " + where + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

// IndicatorPeriod is the part of a financial year an indicator value
// covers, as the PHS core integration indicator outputs write it: the whole year
// ("Annual"), a financial quarter ("Q1" is April to June) or a financial
// month ("M1" is April, "M12" March). The zero value is Annual.
type IndicatorPeriod int8

// The periods.
const (
	Annual IndicatorPeriod = iota
	Q1
	Q2
	Q3
	Q4
	M1
	M2
	M3
	M4
	M5
	M6
	M7
	M8
	M9
	M10
	M11
	M12
)

var periodCodec = enum.New[IndicatorPeriod]("outcomes", "IndicatorPeriod", Annual, ErrPeriod,
	"Annual", "Q1", "Q2", "Q3", "Q4", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11", "M12")

// String returns "Annual", "Q1" … "Q4" or "M1" … "M12".
func (p IndicatorPeriod) String() string { return periodCodec.String(p) }

// Valid reports whether p is one of the periods.
func (p IndicatorPeriod) Valid() bool { return periodCodec.Valid(p) }

// ParsePeriod reads a period's name, ignoring case and spaces ("annual",
// "q3", "M 7"); other text wraps [ErrPeriod].
func ParsePeriod(s string) (IndicatorPeriod, error) {
	return periodCodec.ParseFold(s, func(t string) string { return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(t), " ", "")) })
}

// MarshalText implements [encoding.TextMarshaler].
func (p IndicatorPeriod) MarshalText() ([]byte, error) { return periodCodec.Marshal(p) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePeriod].
func (p *IndicatorPeriod) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// IndicatorValue is one row of a PHS core integration indicator output.
type IndicatorValue struct {
	Indicator   string                   `json:"indicator"`             // indicator id: "NI12", "NI-12" and "Indicator 12" are read as "NI-12"
	Partnership string                   `json:"partnership"`           // as written in Partnership1
	Locality    string                   `json:"locality,omitempty"`    // empty for the partnership as a whole
	Area        string                   `json:"area"`                  // the area code the value is kept under (see [IndicatorOptions])
	Year        investment.FinancialYear `json:"year"`                  // from Year1, "2022/23"
	Period      IndicatorPeriod          `json:"period"`                // from Data1
	Value       float64                  `json:"value"`                 // the indicator's value, on its scale
	Numerator   *float64                 `json:"numerator,omitempty"`   // nil when the file leaves it blank
	Denominator *float64                 `json:"denominator,omitempty"` // nil when blank
	Scotland    *float64                 `json:"scotland,omitempty"`    // the Scotland value for comparison; nil when blank
	Line        int                      `json:"line"`                  // one-based line of the row in the file
}

// IndicatorOptions adjust [ReadIndicators]. The zero value (or nil) keeps
// each value under the partnership as written, or "partnership/locality"
// for a locality row.
type IndicatorOptions struct {
	// Area returns the area code (a GSS code, or a locality's identifier)
	// of a partnership, or of one of its localities when locality is not
	// empty, as written in the file; an error refuses the row (it is
	// reported at the row's Partnership1 or Locality field).
	Area func(partnership, locality string) (string, error)
}

// indicatorColumns are the columns of the core indicator output.
var indicatorColumns = []csvcol.Column{
	{Name: "Indicator1", Aliases: []string{"Indicator"}},
	{Name: "Year1", Aliases: []string{"Year", "Financial Year"}},
	{Name: "Data1", Aliases: []string{"Data", "Period"}},
	{Name: "Partnership1", Aliases: []string{"Partnership", "HSCP"}},
	{Name: "Locality", Optional: true},
	{Name: "Value"},
	{Name: "Numerator", Optional: true},
	{Name: "Denominator", Optional: true},
	{Name: "Scotland", Optional: true},
}

// Positions in indicatorColumns.
const (
	indIndicator = iota
	indYear
	indData
	indPartnership
	indLocality
	indValue
	indNumerator
	indDenominator
	indScotland
)

// ReadIndicators reads the core integration indicators in the layout of
// the Public Health Scotland output, one row per indicator, financial year,
// period, partnership and locality:
//
//	Indicator1, Year1, Data1, Partnership1, Locality, Value, Numerator, Denominator, Scotland
//
// Columns are found by name, in any order, ignoring case, spaces and
// underscores (Locality, Numerator, Denominator and Scotland may be absent;
// other columns are ignored). Year1 is a financial year ("2022/23"); Data1
// is the period ([ParsePeriod]: Annual, Q1 … Q4, M1 … M12); a Locality that
// is empty, "All" or the partnership's own name marks the partnership as a
// whole. Numbers are decimal notation only (no hexadecimal floats, "NaN" or
// "Inf"); Value is required, the others may be blank. The input may start
// with a UTF-8 byte order mark and be separated by commas, semicolons or
// tabs; text must be UTF-8. Each indicator, area, year and period may appear
// once. [IndicatorValues.Measures] turns the values of one period into
// [Measures].
//
// Every data error is a [*ParseError] naming the one-based line and column,
// wrapping [ErrEmptyID], [ErrYear], [ErrPeriod], [ErrSyntax],
// [ErrNotFinite], [ErrDuplicateID], [ErrMissingColumn], [ErrEncoding],
// [ErrFieldCount] or [ErrEmpty]; a row with a header but no data gives no
// values and no error.
func ReadIndicators(r io.Reader, o *IndicatorOptions) (IndicatorValues, error) {
	cr := csvcol.NewReader(r)
	header, err := cr.Header()
	if err != nil {
		return nil, loopErr(err)
	}
	pos, err := csvcol.Find(header, indicatorColumns...)
	if err != nil {
		return nil, headerErr(err)
	}
	var out IndicatorValues
	first := map[indicatorKey]int{}
	for {
		rec, err := cr.Record()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, loopErr(err)
		}
		v, err := indicatorRow(rec, header, pos, cr.Line(), o)
		if err != nil {
			return nil, err
		}
		k := indicatorKey{v.Indicator, v.Area, v.Year, v.Period}
		if line, dup := first[k]; dup {
			return nil, &ParseError{Line: v.Line, Err: fmt.Errorf("%s %s %v %v, first on line %d: %w", v.Indicator, v.Area, v.Year, v.Period, line, ErrDuplicateID)}
		}
		first[k] = v.Line
		out = append(out, v)
	}
}

type indicatorKey struct {
	indicator, area string
	year            investment.FinancialYear
	period          IndicatorPeriod
}

// indicatorRow reads one record.
func indicatorRow(rec, header []string, pos []int, line int, o *IndicatorOptions) (IndicatorValue, error) {
	v := IndicatorValue{Line: line}
	fail := func(col int, err error) error {
		return &ParseError{Line: line, Column: pos[col] + 1, Field: header[pos[col]], Err: err}
	}
	get := func(col int) string {
		if pos[col] < 0 {
			return ""
		}
		return strings.TrimSpace(rec[pos[col]])
	}
	if v.Indicator = indicatorID(get(indIndicator)); v.Indicator == "" {
		return v, fail(indIndicator, fmt.Errorf("empty indicator: %w", ErrEmptyID))
	}
	y, err := investment.ParseFinancialYear(get(indYear))
	if err != nil {
		return v, fail(indYear, fmt.Errorf("%q is not a financial year such as 2022/23: %w", get(indYear), ErrYear))
	}
	v.Year = y
	if v.Period, err = ParsePeriod(get(indData)); err != nil {
		return v, fail(indData, fmt.Errorf("%q (want Annual, Q1 … Q4 or M1 … M12): %w", get(indData), ErrPeriod))
	}
	if v.Partnership = get(indPartnership); v.Partnership == "" {
		return v, fail(indPartnership, fmt.Errorf("empty partnership: %w", ErrEmptyID))
	}
	if l := get(indLocality); l != "" && !strings.EqualFold(l, "all") && !strings.EqualFold(l, v.Partnership) {
		v.Locality = l
	}
	if v.Area, err = areaOf(o, v.Partnership, v.Locality); err != nil {
		col := indPartnership
		if v.Locality != "" {
			col = indLocality
		}
		return v, fail(col, err)
	}
	val, err := parseNumber(get(indValue))
	if err != nil {
		return v, fail(indValue, err)
	}
	v.Value = val
	for _, f := range []struct {
		col int
		dst **float64
	}{{indNumerator, &v.Numerator}, {indDenominator, &v.Denominator}, {indScotland, &v.Scotland}} {
		s := get(f.col)
		if s == "" {
			continue
		}
		x, err := parseNumber(s)
		if err != nil {
			return v, fail(f.col, err)
		}
		*f.dst = &x
	}
	return v, nil
}

// areaOf is the area code of a row by o.Area, or by default the
// partnership, or "partnership/locality".
func areaOf(o *IndicatorOptions, partnership, locality string) (string, error) {
	if o != nil && o.Area != nil {
		a, err := o.Area(partnership, locality)
		if err != nil {
			return "", fmt.Errorf("%q %q: %w", partnership, locality, err)
		}
		if strings.TrimSpace(a) == "" {
			return "", fmt.Errorf("no area code for %q %q: %w", partnership, locality, ErrEmptyID)
		}
		return a, nil
	}
	if locality == "" {
		return partnership, nil
	}
	return partnership + "/" + locality, nil
}

// indicatorID reads "NI12", "NI-12", "NI 12" or "Indicator 12" as "NI-12";
// other ids are kept as written.
func indicatorID(s string) string {
	t := strings.ToUpper(strings.TrimSpace(s))
	for _, p := range []string{"INDICATOR", "NI"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "-"))
			if n, err := strconv.Atoi(rest); err == nil && n > 0 && rest == strconv.Itoa(n) {
				return "NI-" + rest
			}
		}
	}
	return strings.TrimSpace(s)
}

// parseNumber reads a number by the module's one number parser: decimal
// notation only. "NaN", "Inf" and overflow wrap [ErrNotFinite], other text
// [ErrSyntax].
func parseNumber(s string) (float64, error) {
	v, err := csvcol.ParseNumber(s)
	var ne *csvcol.NumberError
	if errors.As(err, &ne) {
		if errors.Is(ne.Err, ErrNotFinite) || errors.Is(ne.Err, csvcol.ErrOverflow) {
			return 0, fmt.Errorf("%s: %w", ne.Value(), ErrNotFinite)
		}
		return 0, fmt.Errorf("%s: not a decimal number: %w", ne.Value(), ErrSyntax)
	}
	return v, err
}

// loopErr turns an error of the record loop into a *ParseError.
func loopErr(err error) error {
	var le *csvcol.Error
	if errors.As(err, &le) {
		return &ParseError{Line: le.Line, Column: le.Column, Err: le.Err}
	}
	return &ParseError{Line: 1, Err: fmt.Errorf("reading CSV: %v: %w", err, ErrSyntax)}
}

// headerErr turns an error of the column mapper into a *ParseError on
// line 1.
func headerErr(err error) error {
	var me *csvcol.MissingError
	if errors.As(err, &me) {
		return &ParseError{Line: 1, Field: me.Column, Err: fmt.Errorf("%v: %w", err, ErrMissingColumn)}
	}
	var de *csvcol.DuplicateError
	if errors.As(err, &de) {
		return &ParseError{Line: 1, Column: de.Position, Field: de.Column, Err: fmt.Errorf("%v: %w", err, ErrDuplicateColumn)}
	}
	return &ParseError{Line: 1, Err: err}
}

// IndicatorValues are the rows read by [ReadIndicators].
type IndicatorValues []IndicatorValue

// Measures returns the values of period p (usually [Annual]) as [Measures]
// by indicator, area and financial year, with source as each measure's
// Source, validated by [NewMeasures] against f (nil skips the check that
// every indicator is in the framework).
func (vs IndicatorValues) Measures(p IndicatorPeriod, f *Framework, source string) (*Measures, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("outcomes: period %d: %w", int(p), ErrPeriod)
	}
	var ms []Measure
	for _, v := range vs {
		if v.Period == p {
			ms = append(ms, Measure{Indicator: v.Indicator, Area: v.Area, Year: v.Year, Value: v.Value, Source: source})
		}
	}
	return NewMeasures(f, ms)
}
