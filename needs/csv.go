package needs

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/csvcol"
)

// csvReader is the module's record loop (internal/csvcol) with this
// package's errors: it drops a byte order mark, detects a comma, semicolon
// or tab delimiter, checks UTF-8 and field counts, and knows one-based lines.
type csvReader struct {
	r      *csvcol.Reader
	header []string
	line   int // line of the last record read
}

func newCSVReader(r io.Reader) *csvReader {
	return &csvReader{r: csvcol.NewReader(r)}
}

// readHeader reads the header row, trimmed of a UTF-8 byte order mark and
// spaces.
func (c *csvReader) readHeader() ([]string, error) {
	rec, err := c.r.Header()
	if err != nil {
		return nil, loopErr(err)
	}
	c.header = rec
	c.line = c.r.Line()
	return rec, nil
}

// record returns the next data record, or io.EOF at the end: blank lines
// are skipped, and a record whose field count differs from the header's is
// a *ParseError wrapping ErrFieldCount.
func (c *csvReader) record() ([]string, error) {
	rec, err := c.r.Record()
	if err != nil {
		return nil, loopErr(err)
	}
	c.line = c.r.Line()
	return rec, nil
}

// loopErr turns an error of the record loop into a *ParseError.
func loopErr(err error) error {
	if errors.Is(err, io.EOF) {
		return io.EOF
	}
	var le *csvcol.Error
	if errors.As(err, &le) {
		return &ParseError{Line: le.Line, Column: le.Column, Err: le.Err}
	}
	return errf("%w", err)
}

// columns finds cols in the header with the module's column mapper; a
// missing or repeated column is a *ParseError on line 1.
func (c *csvReader) columns(cols ...csvcol.Column) ([]int, error) {
	pos, err := csvcol.Find(c.header, cols...)
	if err != nil {
		return nil, headerErr(err)
	}
	return pos, nil
}

// headerErr turns an error of the column mapper into a *ParseError on line 1.
func headerErr(err error) error {
	var me *csvcol.MissingError
	if errors.As(err, &me) {
		return &ParseError{Line: 1, Field: me.Column, Err: fmt.Errorf("%v: %w", err, ErrMissingColumn)}
	}
	var de *csvcol.DuplicateError
	if errors.As(err, &de) {
		return &ParseError{Line: 1, Column: de.Position, Field: de.Header[de.Position-1], Err: fmt.Errorf("%v: %w", err, ErrDuplicateColumn)}
	}
	return &ParseError{Line: 1, Err: err}
}

// fieldErr builds a ParseError for column i (0-based) of the current line.
func (c *csvReader) fieldErr(i int, err error) error {
	name := ""
	if i >= 0 && i < len(c.header) {
		name = c.header[i]
	}
	return &ParseError{Line: c.line, Column: i + 1, Field: name, Err: bare(err)}
}

// parseCount reads a count: a finite decimal number in [0, MaxCount].
func parseCount(s string) (float64, error) {
	v, err := parseNumber(s)
	if err != nil {
		return 0, err
	}
	if err := checkCount(v); err != nil {
		return 0, fmt.Errorf("%q: %w", s, err)
	}
	return v, nil
}

// parseNumber reads a number with the module's one number parser
// (decimal notation only) and gives its refusal this package's reason:
// [ErrNotFinite] for "NaN" and "Inf", [ErrCountRange] beyond float64,
// [ErrBadNumber] otherwise.
func parseNumber(s string) (float64, error) {
	v, err := csvcol.ParseNumber(s)
	var ne *csvcol.NumberError
	if errors.As(err, &ne) {
		switch {
		case errors.Is(ne.Err, ErrNotFinite):
			return 0, fmt.Errorf("%s: %w", ne.Value(), ErrNotFinite)
		case errors.Is(ne.Err, csvcol.ErrOverflow):
			return 0, fmt.Errorf("%s: %w", ne.Value(), ErrCountRange)
		}
		return 0, fmt.Errorf("%s: %w", ne.Value(), ErrBadNumber)
	}
	return v, err
}

// parseYear reads a whole-number mid-year in [MinYear, MaxYear], or a
// financial year as PHS open data writes it ("2022/23", "2022-23",
// "2022/2023"), which is read as the mid-year (30 June) that falls in it:
// 2022/23 is mid-2022.
func parseYear(s string) (int, error) {
	t := strings.TrimSpace(s)
	if first, second, ok := cutFinancialYear(t); ok {
		y, err1 := strconv.Atoi(first)
		n, err2 := strconv.Atoi(second)
		if err1 != nil || err2 != nil || len(first) != 4 || !(len(second) == 2 && n == (y+1)%100 || len(second) == 4 && n == y+1) {
			return 0, fmt.Errorf("%q is not a financial year such as 2022/23: %w", s, ErrBadYear)
		}
		t = first
	}
	y, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole year: %w", s, ErrBadYear)
	}
	if err := checkYear(y); err != nil {
		return 0, err
	}
	return y, nil
}

// cutFinancialYear splits "2022/23" or "2022-23" into its two years.
func cutFinancialYear(t string) (first, second string, ok bool) {
	for _, sep := range []string{"/", "-", "–"} {
		if i := strings.Index(t, sep); i > 0 {
			return t[:i], t[i+len(sep):], true
		}
	}
	return "", "", false
}

// parseAge reads a single age "0" … "89" or "90+" ("90plus", "Age17", "Age90plus").
func parseAge(s string) (int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.TrimPrefix(t, "age")
	t = strings.TrimSpace(t)
	switch t {
	case "90+", "90plus", "90 plus", "90 and over":
		return TopAge, nil
	}
	a, err := strconv.Atoi(t)
	if err != nil || a < 0 || a >= TopAge || strings.HasPrefix(t, "+") {
		return 0, fmt.Errorf("%q (want 0 … 89 or 90+): %w", s, ErrBadAge)
	}
	return a, nil
}
