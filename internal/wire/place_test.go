package wire

import (
	"errors"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// nestedErr stands for a package's field error in the tests of Place.
type nestedErr struct {
	path string
	err  error
}

func (e *nestedErr) Error() string { return e.path + ": " + e.err.Error() }

// typedErr stands for another typed error of a package.
type typedErr struct{}

func (typedErr) Error() string { return "typed" }

func TestPlace(t *testing.T) {
	nested := func(err error) (string, error, bool) {
		if ne, ok := err.(*nestedErr); ok {
			return ne.path, ne.err, true
		}
		return "", nil, false
	}
	typed := func(err error) bool { _, ok := err.(typedErr); return ok }
	raw := errors.New("can't convert x to decimal")
	wrapping := fault.ErrRange
	tests := []struct {
		name     string
		err      error
		wantPath string
		wantIs   error
		wantSame bool // the reason is kept as it is
	}{
		{"raw value", &Error{Path: "a[2].b", Err: raw}, "a[2].b", fault.ErrSyntax, false},
		{"unknown field", &Error{Path: "a.x", Err: fault.ErrUnknownField}, "a.x", fault.ErrUnknownField, true},
		{"nested field", &Error{Path: "a", Err: &nestedErr{"[3].c", wrapping}}, "a[3].c", fault.ErrRange, true},
		{"nested below a name", &Error{Path: "a", Err: &nestedErr{"c", wrapping}}, "a.c", fault.ErrRange, true},
		{"typed", &Error{Path: "a", Err: typedErr{}}, "a", typedErr{}, true},
		{"not a wire error", raw, "", fault.ErrSyntax, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, reason := Place(tt.err, nested, typed)
			if path != tt.wantPath {
				t.Errorf("path = %q, want %q", path, tt.wantPath)
			}
			if !errors.Is(reason, tt.wantIs) {
				t.Errorf("reason %v does not wrap %v", reason, tt.wantIs)
			}
			if tt.wantSame != (reason == tt.wantIs) {
				t.Errorf("reason = %#v, kept as it is: %v", reason, tt.wantSame)
			}
			if !tt.wantSame && reason.Error() != raw.Error()+": "+fault.ErrSyntax.Error() {
				t.Errorf("reason = %q", reason)
			}
		})
	}
}

func TestJoinPath(t *testing.T) {
	for _, tt := range []struct{ outer, inner, want string }{
		{"", "b", "b"}, {"a", "", "a"}, {"a", "[2].b", "a[2].b"}, {"a", "b", "a.b"}, {"", "", ""},
	} {
		if got := JoinPath(tt.outer, tt.inner); got != tt.want {
			t.Errorf("JoinPath(%q, %q) = %q, want %q", tt.outer, tt.inner, got, tt.want)
		}
	}
}
