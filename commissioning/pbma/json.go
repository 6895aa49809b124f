package pbma

import (
	"errors"
	"fmt"

	"github.com/opencommissioning/scp/internal/wire"
)

// decode reads the JSON document data into v strictly (a field v has not
// got is an error) and reports a failure as a [*FieldError] naming the
// field's path.
func decode(data []byte, v any) error {
	err := wire.Decode(data, v)
	if err == nil {
		return nil
	}
	var we *wire.Error
	if !errors.As(err, &we) {
		we = &wire.Error{Err: err}
	}
	return &FieldError{Path: we.Path, Err: we.Err, at: we}
}

// nameError reports a text or value that names no [Reason]. Read alone,
// its message is "pbma: Reason \"because\": …"; inside a document, the
// decoder places it below the field's path.
func nameError(typ, text string, reason error) error {
	err := fmt.Errorf("%s %q: %w", typ, text, reason)
	return &FieldError{Err: err, at: &wire.Error{Err: err}}
}

// UnmarshalJSON reads an Exercise as [json.Marshal] writes it. A field the
// exercise, its programmes or items do not have is a [*FieldError]
// wrapping [ErrUnknownField] with the field's path (wishList[2].costs); so
// is an amount that cannot be read. On error e is unchanged;
// [Exercise.Validate] checks the rest.
func (e *Exercise) UnmarshalJSON(data []byte) error {
	type plain Exercise // without this method
	var v plain
	if err := decode(data, &v); err != nil {
		return err
	}
	*e = Exercise(v)
	return nil
}

// UnmarshalJSON reads a Recommendation as [json.Marshal] writes it. A field
// it does not have is a [*FieldError] wrapping [ErrUnknownField], and a
// reason that names none a [*FieldError] wrapping [ErrUnknownName], each
// with the field's path (unfunded[1].reason). On error r is unchanged.
func (r *Recommendation) UnmarshalJSON(data []byte) error {
	type plain Recommendation // without this method
	var v plain
	if err := decode(data, &v); err != nil {
		return err
	}
	*r = Recommendation(v)
	return nil
}
