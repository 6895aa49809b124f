package needs

import (
	"errors"
	"fmt"
	"math"

	"github.com/opencommissioning/scp/internal/csvcol"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
)

// Sentinel errors. Every error returned by this package wraps one of these, so
// callers can branch with [errors.Is]; data errors from the readers are also a
// [*ParseError] that says where, and those of JSON documents a [*FieldError].
// The sentinels' texts have no package prefix: every error this package
// returns starts with "needs: " once.
var (
	// ErrEmpty reports input with no bytes or no header row.
	ErrEmpty = csvcol.ErrEmpty
	// ErrSyntax reports malformed CSV (a bare quote, an unterminated field).
	// It is the module's shared reason for text that cannot be parsed.
	ErrSyntax = fault.ErrSyntax
	// ErrEncoding reports text that is not valid UTF-8 (a file saved in
	// another encoding, such as Windows-1252).
	ErrEncoding = csvcol.ErrEncoding
	// ErrNoRows reports a file that has a header but no data rows.
	ErrNoRows = errors.New("no data rows")
	// ErrMissingColumn reports a required column that is absent from the header.
	ErrMissingColumn = csvcol.ErrMissingColumn
	// ErrDuplicateColumn reports a column name that appears twice in a header.
	ErrDuplicateColumn = csvcol.ErrDuplicateColumn
	// ErrAgeOrder reports age columns that are not Age0, Age1, … Age89, Age90plus in order.
	ErrAgeOrder = errors.New("age columns out of order")
	// ErrFieldCount reports a row with a different number of fields from the header.
	ErrFieldCount = csvcol.ErrFieldCount
	// ErrBadNumber reports a field that is not a number in decimal notation
	// (hexadecimal floats and digit separators are refused).
	ErrBadNumber = errors.New("not a number")
	// ErrNotFinite reports a NaN or infinite value; it is the module's
	// shared reason, so errors.Is matches it across packages.
	ErrNotFinite = fault.ErrNotFinite
	// ErrNegative reports a negative count, population or rate (the
	// module's shared reason).
	ErrNegative = fault.ErrNegative
	// ErrUnknownField reports a field of a JSON document that the type it
	// is read into does not have (the module's shared reason).
	ErrUnknownField = fault.ErrUnknownField
	// ErrCountRange reports a count above [MaxCount].
	ErrCountRange = errors.New("count above the supported range")
	// ErrBadYear reports a year that is not a whole number in [MinYear, MaxYear].
	ErrBadYear = errors.New("year out of range")
	// ErrBadAge reports an age that is not 0 … 89 or 90+.
	ErrBadAge = errors.New("bad age")
	// ErrMissingAge reports a series (area, year, sex) that lacks some single year of age.
	ErrMissingAge = errors.New("missing age")
	// ErrUnknownSex reports a sex label that is not Female, Male or All (or a synonym).
	ErrUnknownSex = errors.New("unknown sex")
	// ErrBadArea reports an empty or malformed area code.
	ErrBadArea = errors.New("bad area code")
	// ErrDuplicateRow reports a second row for the same area, year, sex (and age).
	ErrDuplicateRow = errors.New("duplicate row")
	// ErrAllAgesMismatch reports an AllAges total that differs from the sum of the ages.
	ErrAllAgesMismatch = errors.New("AllAges differs from the sum of ages")
	// ErrSexMismatch reports an All series that differs from Female + Male.
	ErrSexMismatch = errors.New("All differs from Female + Male")
	// ErrAreaNotFound reports a requested area that the data does not hold.
	ErrAreaNotFound = errors.New("area not found")
	// ErrYearNotFound reports a requested year that the data does not hold.
	ErrYearNotFound = errors.New("year not found")
	// ErrSexNotFound reports a requested sex that the data does not hold for an area and year.
	ErrSexNotFound = errors.New("sex not found")
	// ErrConditionNotFound reports a requested condition that a projection does not hold.
	ErrConditionNotFound = errors.New("condition not found")
	// ErrBadBand reports a malformed age band (Lo < 0, Hi < Lo, or unparsable text).
	ErrBadBand = errors.New("bad age band")
	// ErrBandOverlap reports age bands that overlap.
	ErrBandOverlap = errors.New("overlapping age bands")
	// ErrBandGap reports age bands that leave a gap between them.
	ErrBandGap = errors.New("gap between age bands")
	// ErrBandNotFound reports a band that is not one of a set of bands.
	ErrBandNotFound = errors.New("band not found")
	// ErrBandBeyondData reports a band finer than the data above age 90 (the open top 90+).
	ErrBandBeyondData = errors.New("band beyond the open top age 90+")
	// ErrPrevalenceRange reports a prevalence outside [0, 1].
	ErrPrevalenceRange = errors.New("prevalence outside [0, 1]")
	// ErrBadRates reports rates whose shape is wrong (lengths, kind, name).
	ErrBadRates = errors.New("bad rates")
	// ErrBadArgument reports an argument outside its documented domain.
	ErrBadArgument = errors.New("bad argument")
	// ErrZeroDenominator reports a ratio whose denominator is zero.
	ErrZeroDenominator = errors.New("zero denominator")
	// ErrNoEvents reports a standardised rate asked of zero events, whose Dobson interval is undefined.
	ErrNoEvents = errors.New("no events")
	// ErrBadRank reports a deprivation rank outside 1 … the number of zones.
	ErrBadRank = errors.New("deprivation rank out of range")
	// ErrMismatch reports two inputs that should cover the same keys but do not.
	ErrMismatch = errors.New("inputs do not match")
)

// ParseError is a data error in a CSV input: the one parse error of the
// module's CSV readers (this package's and needs/forecast's). It says where
// the problem is, in the manner of [encoding/csv.ParseError]: Line and Column
// are one-based (Column 0 means the whole line), Field names the column when
// known.
type ParseError struct {
	Line   int    // one-based line of the input (the header is line 1)
	Column int    // one-based column (field) number; 0 when the problem is the whole line
	Field  string // column name, when known
	Err    error  // the reason, one of the reporting package's sentinels
	// Package is the package whose reader reports the error, which starts
	// the message: "needs" when empty, "forecast" for needs/forecast.
	Package string
}

// Error implements error: "needs: line 3, column 5 (Age2): negative value".
func (e *ParseError) Error() string {
	pkg := e.Package
	if pkg == "" {
		pkg = "needs"
	}
	where := fmt.Sprintf("line %d", e.Line)
	if e.Column > 0 {
		where += fmt.Sprintf(", column %d", e.Column)
	}
	if e.Field != "" {
		where += fmt.Sprintf(" (%s)", e.Field)
	}
	return fmt.Sprintf("%s: %s: %v", pkg, where, e.Err)
}

// Unwrap returns the reason, for [errors.Is] and [errors.As].
func (e *ParseError) Unwrap() error { return e.Err }

// FieldError is a bad field of a JSON document of this package (a
// [Population], [Rates] or [Projection]): Path names it, positions counting
// from 1, as in series[2].counts[5] or conditions[1].rates.female[3].
type FieldError struct {
	Path string // the field's path; empty for the document as a whole
	Err  error  // the reason, wrapping one of this package's sentinels
}

// Error implements error: "needs: series[2].sex: unknown sex".
func (e *FieldError) Error() string {
	if e.Path == "" {
		return "needs: " + e.Err.Error()
	}
	return "needs: " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the reason, for [errors.Is] and [errors.As].
func (e *FieldError) Unwrap() error { return e.Err }

// As lets the module's strict JSON decoding see e as a failure at its path,
// so that a document holding a value of this package (a [Population] in
// another package's document) reports the whole path of the bad field.
func (e *FieldError) As(target any) bool {
	if t, ok := target.(**wire.Error); ok {
		*t = &wire.Error{Path: e.Path, Err: e.Err}
		return true
	}
	return false
}

// finite returns v, or an error wrapping [ErrNotFinite] that names the
// result when finite input overflowed float64 (values near ±1.8e308).
func finite(name string, v float64) (float64, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, errf("%s is %v: %w", name, v, ErrNotFinite)
	}
	return v, nil
}

// finiteEstimate returns e, or an error naming its first non-finite field.
func finiteEstimate(what string, e Estimate) (Estimate, error) {
	for _, f := range []struct {
		name string
		v    float64
	}{{"value", e.Value}, {"lower limit", e.Lower}, {"upper limit", e.Upper}, {"events", e.Events}, {"population", e.Population}} {
		if _, err := finite(what+" "+f.name, f.v); err != nil {
			return Estimate{}, err
		}
	}
	return e, nil
}

// pkgError is an error of this package that is not a [*ParseError] or a
// [*FieldError]: its message starts with the package prefix.
type pkgError struct{ err error }

func (e *pkgError) Error() string { return "needs: " + e.err.Error() }

func (e *pkgError) Unwrap() error { return e.err }

// errf formats an error as [fmt.Errorf] does and gives it the package
// prefix.
func errf(format string, args ...any) error { return &pkgError{fmt.Errorf(format, args...)} }

// bare returns an error of this package without its prefix, for an error
// that adds context around it and writes the prefix itself (a
// [*ParseError], or errf with more words).
func bare(err error) error {
	if e, ok := err.(*pkgError); ok {
		return e.err
	}
	return err
}
