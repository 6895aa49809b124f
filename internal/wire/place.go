package wire

import (
	"errors"
	"fmt"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
)

// Place returns the field's path and the reason of err, a failure of
// [Decode] (any other error is taken as the reason for the whole
// document), for a package's typed field error:
//
//   - nested reports whether the reason is itself the package's field
//     error, from a nested document of the package, and then its path and
//     reason; that path is placed below the path where the nested
//     document stands (see [JoinPath]).
//   - typed reports whether the reason is another of the package's typed
//     errors, which says why on its own; it is kept as it is.
//   - any other reason that wraps nothing, such as shopspring's "can't
//     convert x to decimal" or a string where a number belongs, is a value
//     that cannot be read: it is wrapped with [fault.ErrSyntax].
//     [fault.ErrUnknownField] is kept as it is.
func Place(err error, nested func(error) (string, error, bool), typed func(error) bool) (string, error) {
	path, reason := "", err
	var we *Error
	if errors.As(err, &we) {
		path, reason = we.Path, we.Err
	}
	if p, r, ok := nested(reason); ok {
		return JoinPath(path, p), r
	}
	if !typed(reason) && errors.Unwrap(reason) == nil && reason != fault.ErrUnknownField {
		reason = fmt.Errorf("%v: %w", reason, fault.ErrSyntax)
	}
	return path, reason
}

// JoinPath appends the path inner below the path outer: "a" and "b" make
// "a.b", "a" and "[2].b" make "a[2].b"; an empty side leaves the other.
func JoinPath(outer, inner string) string {
	switch {
	case outer == "":
		return inner
	case inner == "":
		return outer
	case strings.HasPrefix(inner, "["):
		return outer + inner
	}
	return outer + "." + inner
}
