package needs

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/csvcol"
)

// csvReader wraps encoding/csv with this package's errors and 1-based line numbers.
type csvReader struct {
	r      *csv.Reader
	header []string
	line   int // line of the last record read
}

func newCSVReader(r io.Reader) *csvReader {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	return &csvReader{r: cr}
}

// readHeader reads the header row, trimming a UTF-8 byte order mark and spaces.
func (c *csvReader) readHeader() ([]string, error) {
	rec, err := c.read()
	if errors.Is(err, io.EOF) {
		return nil, &ParseError{Line: 1, Err: ErrEmpty}
	}
	if err != nil {
		return nil, err
	}
	if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
		return nil, &ParseError{Line: c.line, Err: ErrEmpty}
	}
	rec[0] = string(bytes.TrimPrefix([]byte(rec[0]), []byte("\ufeff")))
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	c.header = rec
	return rec, nil
}

// read returns the next record, or io.EOF. Syntax errors become *ParseError
// wrapping ErrSyntax.
func (c *csvReader) read() ([]string, error) {
	rec, err := c.r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, &ParseError{Line: pe.Line, Column: pe.Column, Err: fmt.Errorf("%v: %w", pe.Err, ErrSyntax)}
		}
		return nil, errf("reading CSV: %w", err)
	}
	c.line, _ = c.r.FieldPos(0)
	return rec, nil
}

// record returns the next data record, or io.EOF at the end: blank lines
// are skipped, and a record whose field count differs from the header's is
// a *ParseError wrapping ErrFieldCount.
func (c *csvReader) record() ([]string, error) {
	for {
		rec, err := c.read()
		if err != nil {
			return nil, err
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != len(c.header) {
			return nil, &ParseError{Line: c.line, Err: fmt.Errorf("%d fields, header has %d: %w", len(rec), len(c.header), ErrFieldCount)}
		}
		return rec, nil
	}
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
	t := strings.TrimSpace(s)
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) {
			return 0, fmt.Errorf("%q: %w", s, ErrCountRange)
		}
		return 0, fmt.Errorf("%q: %w", s, ErrBadNumber)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q: %w", s, ErrNotFinite)
	}
	if err := checkCount(v); err != nil {
		return 0, fmt.Errorf("%q: %w", s, err)
	}
	return v, nil
}

// parseYear reads a whole-number mid-year in [MinYear, MaxYear].
func parseYear(s string) (int, error) {
	t := strings.TrimSpace(s)
	y, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole year: %w", s, ErrBadYear)
	}
	if err := checkYear(y); err != nil {
		return 0, err
	}
	return y, nil
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
