package pbma

import (
	"fmt"

	"github.com/opencommissioning/scp/internal/wire"
)

// fieldError reports a failure of the strict decoder as a [*FieldError]
// naming the field's path.
func fieldError(we *wire.Error) error { return &FieldError{Path: we.Path, Err: we.Err, at: we} }

// nameError reports a text or value that names no [Reason]. Read alone,
// its message is "pbma: Reason \"because\": …"; inside a document, the
// decoder places it below the field's path.
func nameError(typ, text string, reason error) error {
	return fieldError(&wire.Error{Err: fmt.Errorf("%s %q: %w", typ, text, reason)})
}

// UnmarshalJSON reads an Exercise as [json.Marshal] writes it. A field the
// exercise, its programmes or items do not have is a [*FieldError]
// wrapping [ErrUnknownField] with the field's path (wishList[2].costs); so
// is an amount that cannot be read. On error e is unchanged;
// [Exercise.Validate] checks the rest.
func (e *Exercise) UnmarshalJSON(data []byte) error {
	type plain Exercise // without this method
	return wire.Into(data, (*plain)(e), fieldError)
}

// UnmarshalJSON reads a Recommendation as [json.Marshal] writes it. A field
// it does not have is a [*FieldError] wrapping [ErrUnknownField], and a
// reason that names none a [*FieldError] wrapping [ErrUnknownName], each
// with the field's path (unfunded[1].reason). On error r is unchanged.
func (r *Recommendation) UnmarshalJSON(data []byte) error {
	type plain Recommendation // without this method
	return wire.Into(data, (*plain)(r), fieldError)
}
