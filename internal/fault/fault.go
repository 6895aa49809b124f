// Package fault holds the reasons for failure that several packages of the
// module share, so that errors.Is matches across the layers: a NaN caught by
// needs and one caught by commissioning wrap the same [ErrNotFinite].
//
// Each package re-exports the reasons it returns under its own name
// (investment.ErrNotFinite is fault.ErrNotFinite), so this package never
// appears in an exported signature.
//
// # Style
//
// A reason's text has no package prefix: it says what is wrong ("value is
// NaN or infinite"). The error a package returns starts with the package's
// prefix exactly once ("needs: rates row 4 column 3: value is NaN or
// infinite"); [Prefixed] checks that.
package fault

import (
	"errors"
	"fmt"
	"strings"
)

// The reasons shared by several packages.
var (
	// ErrNotFinite reports a NaN or infinite number where a finite one is
	// required, given or computed.
	ErrNotFinite = errors.New("value is NaN or infinite")
	// ErrDuplicateID reports an identifier used twice where identifiers must
	// be unique.
	ErrDuplicateID = errors.New("duplicate id")
	// ErrEmptyID reports an element without an identifier.
	ErrEmptyID = errors.New("empty id")
	// ErrUnknownID reports a reference to an identifier that does not exist.
	ErrUnknownID = errors.New("unknown id")
	// ErrNegative reports a negative quantity where only zero or more makes
	// sense.
	ErrNegative = errors.New("negative value")
	// ErrRange reports a value outside its documented range.
	ErrRange = errors.New("value out of range")
	// ErrSyntax reports text that cannot be parsed as the value asked for.
	ErrSyntax = errors.New("invalid syntax")
	// ErrUnknownName reports text that names no value of an enumerated type.
	ErrUnknownName = errors.New("unknown name")
	// ErrNoAlternatives reports an analysis or choice asked of no
	// alternatives.
	ErrNoAlternatives = errors.New("no alternatives")
	// ErrUnknownField reports a field in a JSON document that the type it
	// is decoded into does not have.
	ErrUnknownField = errors.New("unknown field")
)

// Prefixed returns nil when msg starts with "pkg: " and does not carry
// that prefix a second time, and otherwise an error that says which.
// (An error of one package may wrap another's, whose prefix then follows:
// "commissioning: option \"a\": investment: …".)
func Prefixed(msg, pkg string) error {
	p := pkg + ": "
	if !strings.HasPrefix(msg, p) {
		return fmt.Errorf("message %q does not start with %q", msg, p)
	}
	if i := strings.Index(msg[len(p):], p); i >= 0 && (i == 0 || !isWordByte(msg[len(p)+i-1])) {
		return fmt.Errorf("message %q carries %q twice", msg, p)
	}
	return nil
}

func isWordByte(b byte) bool {
	return b == '_' || b == '-' || b == '/' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
