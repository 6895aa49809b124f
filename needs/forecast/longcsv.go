package forecast

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// ErrFormat reports a malformed long-form CSV; see [DataError].
var ErrFormat = errors.New("forecast: malformed data")

// DataError says where a long-form CSV is malformed. It wraps [ErrFormat]
// or a more specific cause.
type DataError struct {
	Line  int    // 1-based line of the CSV (0 when it concerns the whole file)
	Field string // column name, or the series id for per-series problems
	Err   error
}

// Error implements the error interface.
func (e *DataError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("forecast: %s: %v", e.Field, e.Err)
	}
	return fmt.Sprintf("forecast: line %d, %s: %v", e.Line, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *DataError) Unwrap() error { return e.Err }

// Holdout is one series of a forecasting benchmark: the training part and
// the held-out values that follow it.
type Holdout struct {
	ID       string
	Category string
	Train    Series
	Test     []float64
}

// ReadLong reads series in long form: a header row naming at least the
// columns id, value and split (train or test), optionally t (position),
// year, period and category, in any order; other columns are ignored. The
// period column holds the quarter (1–4) or month (1–12) of each
// observation: a series whose periods go beyond 4 is monthly, one whose
// periods go beyond 1 quarterly, and its periods must follow one another
// (…, 4, 1, … or …, 12, 1, …). Without a period column every series is
// yearly (see [SetFrequency] for files that leave the frequency out). Rows of a
// series are ordered by t when present (file order otherwise); the test rows
// of a series must follow all its train rows. The start year comes from the
// year column (0 without it). Series are returned in order of first
// appearance. Empty values, NaN and Inf are errors.
func ReadLong(r io.Reader) ([]Holdout, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, &DataError{Line: 1, Field: "header", Err: errors.Join(ErrFormat, err)}
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, need := range []string{"id", "value", "split"} {
		if _, ok := col[need]; !ok {
			return nil, &DataError{Line: 1, Field: need, Err: fmt.Errorf("%w: no %q column", ErrFormat, need)}
		}
	}
	idCol, vCol, sCol := col["id"], col["value"], col["split"]
	tCol, hasT := col["t"]
	yCol, hasYear := col["year"]
	cCol, hasCat := col["category"]
	pCol, hasPeriod := col["period"]
	type row struct {
		t, year int
		period  int
		v       float64
		test    bool
		line    int
	}
	var order []string
	rows := map[string][]row{}
	cats := map[string]string{}
	var (
		rec  []string
		line int
	)
	get := func(name string, i int) (string, error) {
		if i >= len(rec) {
			return "", &DataError{Line: line, Field: name, Err: fmt.Errorf("%w: missing field", ErrFormat)}
		}
		return strings.TrimSpace(rec[i]), nil
	}
	for {
		rec, err = cr.Read()
		if err == io.EOF {
			break
		}
		line, _ = cr.FieldPos(0)
		if err != nil {
			return nil, &DataError{Line: line, Field: "row", Err: errors.Join(ErrFormat, err)}
		}
		id, err := get("id", idCol)
		if err != nil {
			return nil, err
		}
		if id == "" {
			return nil, &DataError{Line: line, Field: "id", Err: fmt.Errorf("%w: empty id", ErrFormat)}
		}
		vs, err := get("value", vCol)
		if err != nil {
			return nil, err
		}
		v, err := strconv.ParseFloat(vs, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, &DataError{Line: line, Field: "value", Err: fmt.Errorf("%w: %q is not a finite number", ErrFormat, vs)}
		}
		sp, err := get("split", sCol)
		if err != nil {
			return nil, err
		}
		var rw row
		rw.v, rw.line = v, line
		switch strings.ToLower(sp) {
		case "train":
		case "test":
			rw.test = true
		default:
			return nil, &DataError{Line: line, Field: "split", Err: fmt.Errorf("%w: %q is neither train nor test", ErrFormat, sp)}
		}
		if hasT {
			ts, err := get("t", tCol)
			if err != nil {
				return nil, err
			}
			if rw.t, err = strconv.Atoi(ts); err != nil {
				return nil, &DataError{Line: line, Field: "t", Err: fmt.Errorf("%w: %q is not an integer", ErrFormat, ts)}
			}
		}
		if hasYear {
			ys, err := get("year", yCol)
			if err != nil {
				return nil, err
			}
			if rw.year, err = strconv.Atoi(ys); err != nil {
				return nil, &DataError{Line: line, Field: "year", Err: fmt.Errorf("%w: %q is not an integer", ErrFormat, ys)}
			}
		}
		if hasPeriod {
			ps, err := get("period", pCol)
			if err != nil {
				return nil, err
			}
			if rw.period, err = strconv.Atoi(ps); err != nil || rw.period < 1 || rw.period > 12 {
				return nil, &DataError{Line: line, Field: "period", Err: fmt.Errorf("%w: %q is not a period 1–12", ErrFormat, ps)}
			}
		}
		if hasCat && cCol < len(rec) {
			if _, ok := cats[id]; !ok {
				cats[id] = strings.TrimSpace(rec[cCol])
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
		rs := rows[id]
		if hasT {
			slices.SortStableFunc(rs, func(a, b row) int { return a.t - b.t })
			for i := 1; i < len(rs); i++ {
				if rs[i].t == rs[i-1].t {
					return nil, &DataError{Line: rs[i].line, Field: "t", Err: fmt.Errorf("%w: series %q repeats t = %d", ErrFormat, id, rs[i].t)}
				}
			}
		}
		h := Holdout{ID: id, Category: cats[id], Train: Series{Frequency: Yearly}}
		for i, rw := range rs {
			if rw.test {
				h.Test = append(h.Test, rw.v)
				continue
			}
			if len(h.Test) > 0 {
				return nil, &DataError{Line: rw.line, Field: "split", Err: fmt.Errorf("%w: series %q has a train row after a test row", ErrFormat, id)}
			}
			if i == 0 {
				h.Train.Start = rw.year
			}
			h.Train.Values = append(h.Train.Values, rw.v)
		}
		if hasPeriod {
			periods, lines := make([]int, len(rs)), make([]int, len(rs))
			for i, rw := range rs {
				periods[i], lines[i] = rw.period, rw.line
			}
			if err := setPeriods(&h, periods, lines); err != nil {
				return nil, err
			}
		}
		out = append(out, h)
	}
	return out, nil
}

// setPeriods sets the frequency and start period of h's training series
// from the periods of its rows (train and test, in time order), checking
// that they follow one another.
func setPeriods(h *Holdout, periods, lines []int) error {
	f := Yearly
	for _, p := range periods {
		switch {
		case p > 4:
			f = Monthly
		case p > 1 && f == Yearly:
			f = Quarterly
		}
	}
	m := int(f)
	for i := 1; i < len(periods); i++ {
		if want := periods[i-1]%m + 1; periods[i] != want {
			return &DataError{Line: lines[i], Field: "period", Err: fmt.Errorf("%w: series %q: period %d follows %d in %s data", ErrFormat, h.ID, periods[i], periods[i-1], f)}
		}
	}
	h.Train.Frequency = f
	h.Train.Period = periods[0]
	return nil
}

// SetFrequency sets the frequency of every training series in hs to f and
// its start period to 1 (the first quarter or month), for data read without
// a period column. It reports [ErrFrequency] for a frequency other than
// Yearly, Quarterly or Monthly.
func SetFrequency(hs []Holdout, f Frequency) error {
	if !f.valid() {
		return fmt.Errorf("frequency %d: %w", int(f), ErrFrequency)
	}
	for i := range hs {
		hs[i].Train.Frequency = f
		hs[i].Train.Period = 1
	}
	return nil
}
