package report

import (
	"errors"
	"fmt"

	"github.com/opencommissioning/scp/internal/fault"
)

// The reasons for failure.
var (
	// ErrNotFinite reports a NaN or infinite value given to a chart or table.
	ErrNotFinite = fault.ErrNotFinite
	// ErrEmptyID reports a table or chart without an id.
	ErrEmptyID = fault.ErrEmptyID
	// ErrDuplicateID reports two tables or two charts of a document with
	// the same id.
	ErrDuplicateID = fault.ErrDuplicateID
	// ErrUnknownID reports a reference to an id that is not there, such as
	// a chosen option missing from the options.
	ErrUnknownID = fault.ErrUnknownID
	// ErrNoData reports a table or chart with nothing to show.
	ErrNoData = errors.New("nothing to show")
	// ErrShape reports inputs whose lengths or kinds do not match, such as
	// a row with more cells than the table has columns.
	ErrShape = errors.New("shapes do not match")
	// ErrIncomplete reports a round of the cycle that has not reached the
	// stage a paper reports.
	ErrIncomplete = errors.New("round incomplete")
	// ErrNotAddingUp reports a total whose exact figure is not the sum of
	// its terms.
	ErrNotAddingUp = errors.New("total is not the sum of its terms")
)

// TableError is a fault in a table, at a row and column (one-based; 0 when
// the fault is in the table as a whole or in a whole row).
type TableError struct {
	Table  string // the table's id
	Row    int    // one-based row, 0 for the whole table
	Column int    // one-based column, 0 for a whole row
	Err    error  // the reason
}

// Error returns "report: table ID row R column C: reason".
func (e *TableError) Error() string {
	where := fmt.Sprintf("table %q", e.Table)
	if e.Row > 0 {
		where += fmt.Sprintf(" row %d", e.Row)
	}
	if e.Column > 0 {
		where += fmt.Sprintf(" column %d", e.Column)
	}
	return fmt.Sprintf("report: %s: %v", where, e.Err)
}

// Unwrap returns the reason.
func (e *TableError) Unwrap() error { return e.Err }

// ChartError is a fault in the data of a chart.
type ChartError struct {
	Chart string // the chart's id
	Field string // what was wrong, such as "forecast.intervals[2]"
	Err   error  // the reason
}

// Error returns "report: chart ID: field: reason".
func (e *ChartError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("report: chart %q: %v", e.Chart, e.Err)
	}
	return fmt.Sprintf("report: chart %q: %s: %v", e.Chart, e.Field, e.Err)
}

// Unwrap returns the reason.
func (e *ChartError) Unwrap() error { return e.Err }
