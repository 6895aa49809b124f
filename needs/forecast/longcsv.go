package forecast

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/csvcol"
	"github.com/opencommissioning/scp/needs"
)

// longColumns are the columns of the long form, in the order of the long*
// positions below.
var longColumns = []csvcol.Column{
	{Name: "id", Aliases: []string{"series", "unique id"}},
	{Name: "value", Aliases: []string{"y"}},
	{Name: "split"},
	{Name: "t", Aliases: []string{"position"}, Optional: true},
	{Name: "year", Optional: true},
	{Name: "category", Optional: true},
	{Name: "period", Aliases: []string{"quarter", "month"}, Optional: true},
}

// Positions in longColumns.
const (
	longID = iota
	longValue
	longSplit
	longT
	longYear
	longCategory
	longPeriod
)

// Holdout is one series of a forecasting benchmark: the training part and
// the held-out values that follow it.
type Holdout struct {
	ID       string    `json:"id"`
	Category string    `json:"category"`
	Train    Series    `json:"train"`
	Test     []float64 `json:"test"`
}

// longRow is one observation of ReadLong.
type longRow struct {
	t, year int
	period  int // quarter or month, 0 without a period column
	v       float64
	test    bool
	line    int
}

// longReader reads the records of ReadLong and says where they fail.
type longReader struct {
	cr     *csvcol.Reader
	header []string
	pos    []int    // position of each of longColumns, -1 when absent
	rec    []string // the current record
	line   int      // its line
}

// fail returns a *needs.ParseError at column c (one of the long* positions)
// of the current line; its reason wraps [ErrFormat].
func (r *longReader) fail(line, c int, format string, args ...any) error {
	return &needs.ParseError{Line: line, Column: r.pos[c] + 1, Field: longColumns[c].Name,
		Err: fmt.Errorf(format+": %w", append(args, ErrFormat)...), Package: "forecast"}
}

// field returns the trimmed field of column c in the current record.
func (r *longReader) field(c int) (string, error) {
	i := r.pos[c]
	if i >= len(r.rec) {
		return "", r.fail(r.line, c, "missing field (%d of %d)", len(r.rec), len(r.header))
	}
	return strings.TrimSpace(r.rec[i]), nil
}

// ReadLong reads series in long form: a header row naming at least the
// columns id, value and split (train or test), optionally t (position),
// year, period and category, in any order, found by name without regard to
// case, spaces or underscores; other columns are ignored. The period column
// holds the quarter (1–4) or month (1–12) of each observation: a series
// whose periods go beyond 4 is monthly, one whose periods go beyond 1
// quarterly, and its periods must follow one another (…, 4, 1, … or …, 12,
// 1, …). Without a period column every series is yearly (see
// [SetFrequency] for files that leave the frequency out). Rows of a series are
// ordered by t when present (file order otherwise); the test rows of a series
// must follow all its train rows. The start year comes from the year column
// (0 without it). Series are returned in order of first appearance. Empty
// values, NaN and Inf are errors: values are read by the module's one number
// parser, in decimal notation only (no hexadecimal floats). The file may
// start with a UTF-8 byte order mark and be separated by commas, semicolons
// or tabs (detected from the header); text must be UTF-8.
//
// Every error is a [*needs.ParseError] naming the line and column, wrapping
// [ErrFormat] or, for the header, [needs.ErrMissingColumn] or
// [needs.ErrDuplicateColumn].
func ReadLong(r io.Reader) ([]Holdout, error) {
	lr := &longReader{cr: csvcol.NewReader(r)}
	if err := lr.readHeader(); err != nil {
		return nil, err
	}
	var order []string
	rows := map[string][]longRow{}
	cats := map[string]string{}
	for {
		rec, err := lr.cr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, syntaxErr(err)
		}
		lr.rec = rec
		lr.line = lr.cr.Line()
		id, rw, err := lr.row()
		if err != nil {
			return nil, err
		}
		if i := lr.pos[longCategory]; i >= 0 && i < len(rec) {
			if _, ok := cats[id]; !ok {
				cats[id] = strings.TrimSpace(rec[i])
			}
		}
		rs, ok := rows[id]
		if !ok {
			order = append(order, id)
		}
		rows[id] = append(rs, rw)
	}
	out := make([]Holdout, 0, len(order))
	for _, id := range order {
		h, err := lr.holdout(id, rows[id])
		if err != nil {
			return nil, err
		}
		h.Category = cats[id]
		if lr.pos[longPeriod] >= 0 {
			if err := lr.setPeriods(&h, rows[id]); err != nil {
				return nil, err
			}
		}
		out = append(out, h)
	}
	return out, nil
}

// readHeader reads the header row and finds the columns.
func (r *longReader) readHeader() error {
	header, err := r.cr.Header()
	if errors.Is(err, csvcol.ErrEmpty) {
		return &needs.ParseError{Line: 1, Err: fmt.Errorf("no header: %w: %w", needs.ErrEmpty, ErrFormat), Package: "forecast"}
	}
	if err != nil {
		return syntaxErr(err)
	}
	r.header = header
	r.pos, err = csvcol.Find(r.header, longColumns...)
	var me *csvcol.MissingError
	if errors.As(err, &me) {
		return &needs.ParseError{Line: 1, Field: me.Column, Err: fmt.Errorf("%v: %w: %w", err, needs.ErrMissingColumn, ErrFormat), Package: "forecast"}
	}
	var de *csvcol.DuplicateError
	if errors.As(err, &de) {
		return &needs.ParseError{Line: 1, Column: de.Position, Field: de.Column, Err: fmt.Errorf("%v: %w: %w", err, needs.ErrDuplicateColumn, ErrFormat), Package: "forecast"}
	}
	return err
}

// syntaxErr turns an error of the record loop (malformed CSV, text that is
// not UTF-8) into a *needs.ParseError that also wraps ErrFormat.
func syntaxErr(err error) error {
	var ce *csvcol.Error
	if errors.As(err, &ce) {
		return &needs.ParseError{Line: ce.Line, Column: ce.Column, Err: fmt.Errorf("%w: %w", ce.Err, ErrFormat), Package: "forecast"}
	}
	return &needs.ParseError{Line: 1, Err: fmt.Errorf("reading CSV: %w: %w", err, ErrFormat), Package: "forecast"}
}

// row reads the current record.
func (r *longReader) row() (string, longRow, error) {
	rw := longRow{line: r.line}
	id, err := r.field(longID)
	if err != nil {
		return "", rw, err
	}
	if id == "" {
		return "", rw, r.fail(r.line, longID, "empty id")
	}
	vs, err := r.field(longValue)
	if err != nil {
		return "", rw, err
	}
	rw.v, err = csvcol.ParseNumber(vs)
	if err != nil {
		return "", rw, r.fail(r.line, longValue, "%w", err)
	}
	sp, err := r.field(longSplit)
	if err != nil {
		return "", rw, err
	}
	switch strings.ToLower(sp) {
	case "train":
	case "test":
		rw.test = true
	default:
		return "", rw, r.fail(r.line, longSplit, "%q is neither train nor test", sp)
	}
	for _, c := range []struct {
		col int
		dst *int
	}{{longT, &rw.t}, {longYear, &rw.year}} {
		if r.pos[c.col] < 0 {
			continue
		}
		s, err := r.field(c.col)
		if err != nil {
			return "", rw, err
		}
		if *c.dst, err = strconv.Atoi(s); err != nil {
			return "", rw, r.fail(r.line, c.col, "%q is not an integer", s)
		}
	}
	if r.pos[longPeriod] >= 0 {
		ps, err := r.field(longPeriod)
		if err != nil {
			return "", rw, err
		}
		if rw.period, err = strconv.Atoi(ps); err != nil || rw.period < 1 || rw.period > 12 {
			return "", rw, r.fail(r.line, longPeriod, "%q is not a period 1–12", ps)
		}
	}
	return id, rw, nil
}

// holdout orders the rows of series id and splits them.
func (r *longReader) holdout(id string, rs []longRow) (Holdout, error) {
	if r.pos[longT] >= 0 {
		slices.SortStableFunc(rs, func(a, b longRow) int { return a.t - b.t })
		for i := 1; i < len(rs); i++ {
			if rs[i].t == rs[i-1].t {
				return Holdout{}, r.fail(rs[i].line, longT, "series %q repeats t = %d", id, rs[i].t)
			}
		}
	}
	h := Holdout{ID: id, Train: Series{Frequency: Yearly}}
	for i, rw := range rs {
		if rw.test {
			h.Test = append(h.Test, rw.v)
			continue
		}
		if len(h.Test) > 0 {
			return Holdout{}, r.fail(rw.line, longSplit, "series %q has a train row after a test row", id)
		}
		if i == 0 {
			h.Train.Start = rw.year
		}
		h.Train.Values = append(h.Train.Values, rw.v)
	}
	return h, nil
}

// setPeriods sets the frequency and start period of h's training series
// from the periods of its rows (train and test, in time order), checking
// that they follow one another.
func (r *longReader) setPeriods(h *Holdout, rs []longRow) error {
	f := Yearly
	for _, rw := range rs {
		switch {
		case rw.period > 4:
			f = Monthly
		case rw.period > 1 && f == Yearly:
			f = Quarterly
		}
	}
	m := int(f)
	for i := 1; i < len(rs); i++ {
		if want := rs[i-1].period%m + 1; rs[i].period != want {
			return r.fail(rs[i].line, longPeriod, "series %q: period %d follows %d in %s data", h.ID, rs[i].period, rs[i-1].period, f)
		}
	}
	h.Train.Frequency = f
	h.Train.Period = rs[0].period
	return nil
}

// SetFrequency sets the frequency of every training series in hs to f and
// its start period to 1 (the first quarter or month), for data read without
// a period column. It reports [ErrFrequency] for a frequency other than
// Yearly, Quarterly or Monthly.
func SetFrequency(hs []Holdout, f Frequency) error {
	if !f.valid() {
		return fmt.Errorf("forecast: frequency %d: %w", int(f), ErrFrequency)
	}
	for i := range hs {
		hs[i].Train.Frequency = f
		hs[i].Train.Period = 1
	}
	return nil
}
