package mcda

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

// nameError reports a text or value that names no value of an enumerated
// type. Read alone, its message is "mcda: Direction \"up\": …"; inside a
// document, the decoder places it below the field's path.
func nameError(typ, text string, reason error) error {
	err := fmt.Errorf("%s %q: %w", typ, text, reason)
	return &FieldError{Err: err, at: &wire.Error{Err: err}}
}

// UnmarshalJSON reads a Matrix as [json.Marshal] writes it. A field the
// matrix, its criteria, scales or alternatives do not have is a
// [*FieldError] wrapping [ErrUnknownField] with the field's path
// (criteria[2].swng); so is a direction that names neither end
// ([ErrDirection]). On error m is unchanged; [Matrix.Validate] checks the
// rest.
func (m *Matrix) UnmarshalJSON(data []byte) error {
	type plain Matrix // without this method
	var v plain
	if err := decode(data, &v); err != nil {
		return err
	}
	*m = Matrix(v)
	return nil
}

// UnmarshalJSON reads a Ranking as [json.Marshal] writes it, refusing
// fields it does not know ([*FieldError] wrapping [ErrUnknownField]). On
// error r is unchanged.
func (r *Ranking) UnmarshalJSON(data []byte) error {
	type plain Ranking // without this method
	var v plain
	if err := decode(data, &v); err != nil {
		return err
	}
	*r = Ranking(v)
	return nil
}

// UnmarshalJSON reads Priorities as [json.Marshal] writes them, refusing
// fields they do not have ([*FieldError] wrapping [ErrUnknownField]). On
// error p is unchanged.
func (p *Priorities) UnmarshalJSON(data []byte) error {
	type plain Priorities // without this method
	var v plain
	if err := decode(data, &v); err != nil {
		return err
	}
	*p = Priorities(v)
	return nil
}
