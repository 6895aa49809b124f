// Package csvcol is the one column mapper of the module's CSV readers: it
// finds the columns a reader needs in a header row by name, with aliases,
// ignoring case, spaces, underscores and a UTF-8 byte order mark, so that
// "Area_Code", "area code" and "AreaCode" name the same column. It never
// appears in an exported signature; each reader turns its errors into its
// package's own parse error.
package csvcol

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Key returns the form in which header names are compared: without a
// leading byte order mark, spaces, tabs or underscores, in lower case.
func Key(name string) string {
	name = strings.TrimPrefix(name, "\ufeff")
	if isKey(name) {
		return name
	}
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range name {
		if r == '_' || unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isKey reports whether name is already its own key: ASCII, no upper case,
// spaces or underscores.
func isKey(name string) bool {
	for i := 0; i < len(name); i++ {
		b := name[i]
		if b >= 0x80 || b == '_' || b == ' ' || (b >= '\t' && b <= '\r') || ('A' <= b && b <= 'Z') {
			return false
		}
	}
	return true
}

// Column describes one column a reader looks for.
type Column struct {
	// Name is the column's name in messages; it is also accepted in the
	// header.
	Name string
	// Aliases are other accepted names.
	Aliases []string
	// Match, when set, also accepts a header whose [Key] it approves (such
	// as an area column HSCP2019 with a year suffix).
	Match func(key string) bool
	// Optional columns may be absent: their position is -1.
	Optional bool
	// FirstWins takes the first matching header and ignores later ones;
	// otherwise a second match is a [*DuplicateError].
	FirstWins bool
}

// keys returns the keys of the column's name and aliases.
func (c Column) keys() []string {
	out := []string{Key(c.Name)}
	for _, a := range c.Aliases {
		out = append(out, Key(a))
	}
	return out
}

// Find returns, for each of cols in order, the zero-based position of its
// column in header, or -1 for an absent optional column. A header field
// matches at most one column, the first of cols that accepts it.
func Find(header []string, cols ...Column) ([]int, error) {
	pos := make([]int, len(cols))
	keys := make([][]string, len(cols))
	for i, c := range cols {
		pos[i], keys[i] = -1, c.keys()
	}
	for h, name := range header {
		key := Key(name)
		if key == "" {
			continue
		}
	match:
		for i, c := range cols {
			if !slices.Contains(keys[i], key) && (c.Match == nil || !c.Match(key)) {
				continue
			}
			switch {
			case pos[i] < 0:
				pos[i] = h
			case !c.FirstWins:
				return nil, &DuplicateError{Column: c.Name, Position: h + 1, First: pos[i] + 1, Header: header}
			}
			break match
		}
	}
	for i, c := range cols {
		if pos[i] < 0 && !c.Optional {
			return nil, Missing(header, c)
		}
	}
	return pos, nil
}

// Missing returns the error for a column c that header lacks.
func Missing(header []string, c Column) *MissingError {
	return &MissingError{Column: c.Name, Aliases: c.Aliases, Header: header}
}

// MissingError reports a required column that the header does not hold.
type MissingError struct {
	Column  string   // the column's name
	Aliases []string // other names it could have had
	Header  []string // the header found
}

// Error says which column is missing and what the header holds, without a
// package prefix: the reader that reports it adds its own.
func (e *MissingError) Error() string {
	name := strconv.Quote(e.Column)
	if len(e.Aliases) > 0 {
		q := make([]string, len(e.Aliases))
		for i, a := range e.Aliases {
			q[i] = strconv.Quote(a)
		}
		name += " (or " + strings.Join(q, ", ") + ")"
	}
	return fmt.Sprintf("no column %s in header %s", name, quoteAll(e.Header))
}

// DuplicateError reports two header fields that name the same column.
type DuplicateError struct {
	Column   string   // the column's name
	Position int      // one-based position of the second field
	First    int      // one-based position of the first field
	Header   []string // the header found
}

// Error says which column appears twice and where, without a package
// prefix.
func (e *DuplicateError) Error() string {
	return fmt.Sprintf("column %q at positions %d and %d of header %s", e.Column, e.First, e.Position, quoteAll(e.Header))
}

// shown is how many header fields a message quotes before it elides the
// rest: a wide table has a hundred columns.
const shown = 12

func quoteAll(header []string) string {
	q := make([]string, 0, min(len(header), shown)+1)
	for i, h := range header {
		if i == shown {
			q = append(q, fmt.Sprintf("… (%d fields)", len(header)))
			break
		}
		q = append(q, strconv.Quote(h))
	}
	return "[" + strings.Join(q, " ") + "]"
}
