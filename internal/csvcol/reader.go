package csvcol

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/opencommissioning/scp/internal/fault"
)

// The reasons of the record loop. The readers' packages re-export them.
var (
	// ErrEmpty reports input with no bytes or no header row.
	ErrEmpty = errors.New("empty input")
	// ErrEncoding reports text that is not valid UTF-8.
	ErrEncoding = errors.New("text is not valid UTF-8")
	// ErrFieldCount reports a record with a different number of fields from
	// the header.
	ErrFieldCount = errors.New("wrong number of fields")
	// ErrMissingColumn reports a required column that the header lacks
	// (the reason a reader gives a [*MissingError]).
	ErrMissingColumn = errors.New("missing column")
	// ErrDuplicateColumn reports a column named twice in a header (the
	// reason a reader gives a [*DuplicateError]).
	ErrDuplicateColumn = errors.New("duplicate column")
)

// Error is a failure of the record loop at a one-based line and column
// (Column 0: the whole line). Its message has no package prefix; each
// reader turns it into its package's parse error.
type Error struct {
	Line   int
	Column int
	Err    error
}

// Error implements error: "line 3, column 2: …".
func (e *Error) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("line %d, column %d: %v", e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

// Delimiters are the field separators [NewReader] recognises, in order of
// preference when a header holds as many of one as of another.
var Delimiters = []rune{',', ';', '\t'}

// Reader is the one record loop of the module's CSV readers. It drops a
// UTF-8 byte order mark, detects the delimiter from the header line
// (comma, semicolon or tab: the one that occurs most often outside quotes,
// a comma on a tie), skips blank lines, checks that every field is valid
// UTF-8 and that every record has as many fields as the header, and knows
// the one-based line of each record. The slice a call of [Reader.Record]
// or [Reader.Next] returns is reused by the next call (its strings are
// not).
type Reader struct {
	cr     *csv.Reader
	comma  rune
	header []string
	line   int
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\ufeff")) {
		_, _ = br.Discard(3)
	}
	comma := sniff(br)
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &Reader{cr: cr, comma: comma}
}

// sniff returns the delimiter of the first line of br without consuming it.
func sniff(br *bufio.Reader) rune {
	var line []byte
	for n := 512; ; n *= 2 {
		b, err := br.Peek(min(n, br.Size()))
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line = b[:i]
			break
		}
		if err != nil || len(b) < n || n >= br.Size() {
			line = b
			break
		}
	}
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(line) {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if !quoted && slices.Contains(Delimiters, c) {
			counts[c]++
		}
	}
	best := ','
	for _, d := range Delimiters {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return best
}

// Comma returns the delimiter in use.
func (r *Reader) Comma() rune { return r.comma }

// DelimiterName returns how messages name the delimiter d.
func DelimiterName(d rune) string {
	switch d {
	case ',':
		return "comma"
	case ';':
		return "semicolon"
	case '\t':
		return "tab"
	}
	return fmt.Sprintf("%q", d)
}

// Line returns the one-based line of the record read last.
func (r *Reader) Line() int { return r.line }

// Header reads the header row, its fields trimmed of spaces; no input is
// an [*Error] on line 1 wrapping [ErrEmpty].
func (r *Reader) Header() ([]string, error) {
	rec, err := r.read()
	if errors.Is(err, io.EOF) {
		return nil, &Error{Line: 1, Err: ErrEmpty}
	}
	if err != nil {
		return nil, err
	}
	if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
		return nil, &Error{Line: r.line, Err: ErrEmpty}
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(strings.TrimPrefix(rec[i], "\ufeff"))
	}
	r.header = slices.Clone(rec)
	return slices.Clone(rec), nil
}

// Record returns the next data record, or io.EOF at the end. Blank lines
// are skipped; a record whose field count differs from the header's wraps
// [ErrFieldCount], a field that is not UTF-8 [ErrEncoding], and malformed
// CSV (a bare quote) fault.ErrSyntax, each in an [*Error].
func (r *Reader) Record() ([]string, error) {
	rec, err := r.Next()
	if err != nil {
		return nil, err
	}
	if len(rec) != len(r.header) {
		return nil, &Error{Line: r.line, Err: fmt.Errorf("%d fields, header has %d: %w", len(rec), len(r.header), ErrFieldCount)}
	}
	return rec, nil
}

// Next is [Reader.Record] without the check of the field count, for a
// reader that says itself which field a short record lacks.
func (r *Reader) Next() ([]string, error) {
	for {
		rec, err := r.read()
		if err != nil {
			return nil, err
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		return rec, nil
	}
}

// read returns the next record with every field checked for UTF-8.
func (r *Reader) read() ([]string, error) {
	rec, err := r.cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{Line: pe.Line, Column: pe.Column, Err: fmt.Errorf("%v: %w", pe.Err, fault.ErrSyntax)}
		}
		return nil, fmt.Errorf("reading CSV: %w", err)
	}
	if len(rec) > 0 {
		r.line, _ = r.cr.FieldPos(0)
	}
	for i, f := range rec {
		if !utf8.ValidString(f) {
			return nil, &Error{Line: r.line, Column: i + 1, Err: fmt.Errorf("%q: %w", f, ErrEncoding)}
		}
	}
	return rec, nil
}
