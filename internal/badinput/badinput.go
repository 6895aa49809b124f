// Package badinput runs the module's catalogues of bad input: calls with
// input from outside that must each fail with the right reason, a typed
// error that says where, the package prefix exactly once, and no panic.
// Only tests import it.
package badinput

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// Case is one entry of a catalogue: a call with input from outside, the
// reason its error must wrap and, where the package has one, a check that
// the error is the typed error that says where.
type Case struct {
	Name string
	Call func() error
	Want error
	As   func(error) bool
}

// Typed returns a check that an error is, or wraps, a T.
func Typed[T error]() func(error) bool {
	return func(err error) bool {
		var target T
		return errors.As(err, &target)
	}
}

// Row is the type set of a package's own catalogue entries: a type defined
// in the test file as Case is, so that its table may list the fields
// without their names.
type Row interface {
	~struct {
		Name string
		Call func() error
		Want error
		As   func(error) bool
	}
}

// Run checks each case as a subtest: no panic, an error wrapping the
// reason, the typed error, and on every line of the message (errors.Join
// puts one error a line) the prefix of package pkg exactly once. Names
// must be unique.
func Run[R Row](t *testing.T, pkg string, cases []R) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range cases {
		c := Case(r)
		if seen[c.Name] {
			t.Fatalf("catalogue entry %q twice", c.Name)
		}
		seen[c.Name] = true
		t.Run(c.Name, func(t *testing.T) {
			err := call(t, c.Call)
			if err == nil {
				t.Fatalf("no error, want %v", c.Want)
			}
			if !errors.Is(err, c.Want) {
				t.Errorf("error %q does not wrap %q", err, c.Want)
			}
			if c.As != nil && !c.As(err) {
				t.Errorf("error %q (%T) is not of the typed error expected", err, err)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if perr := fault.Prefixed(line, pkg); perr != nil {
					t.Error(perr)
				}
			}
		})
	}
}

// call runs f and fails the test if it panics.
func call(t *testing.T, f func() error) (err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic: %v", r)
		}
	}()
	return f()
}

// ErrOf returns the error of a call that also returns a value.
func ErrOf[T any](_ T, err error) error { return err }

// Decode returns a call that decodes the JSON document doc into a T.
func Decode[T any](doc string) func() error {
	return func() error {
		var v T
		return json.Unmarshal([]byte(doc), &v)
	}
}
