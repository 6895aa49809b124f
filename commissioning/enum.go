package commissioning

import (
	"fmt"
	"strings"

	"github.com/opencommissioning/scp/internal/enum"
)

// newCodec returns the text codec of one of the package's enumerated
// types, whose errors are [*FieldError]s reading
// "commissioning: Stage \"Deliver\": unknown stage" and wrapping the
// type's sentinel.
func newCodec[T enum.Integer](typ string, first T, sentinel error, names ...string) *enum.Codec[T] {
	return enum.New("commissioning", typ, first, sentinel, names...).WithError(func(typ, text string, reason error) error {
		return &FieldError{Err: fmt.Errorf("%s %q: %w", typ, text, reason)}
	})
}

// foldName folds a name for comparison: case and surrounding spaces do not
// count.
func foldName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
