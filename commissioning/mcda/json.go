package mcda

import (
	"fmt"

	"github.com/opencommissioning/scp/internal/wire"
)

// fieldError reports a failure of the strict decoder as a [*FieldError]
// naming the field's path.
func fieldError(we *wire.Error) error { return &FieldError{Path: we.Path, Err: we.Err, at: we} }

// nameError reports a text or value that names no value of an enumerated
// type. Read alone, its message is "mcda: Direction \"up\": …"; inside a
// document, the decoder places it below the field's path.
func nameError(typ, text string, reason error) error {
	return fieldError(&wire.Error{Err: fmt.Errorf("%s %q: %w", typ, text, reason)})
}

// UnmarshalJSON reads a Matrix as [json.Marshal] writes it. A field the
// matrix, its criteria, scales or alternatives do not have is a
// [*FieldError] wrapping [ErrUnknownField] with the field's path
// (criteria[2].swng); so is a direction that names neither end
// ([ErrDirection]). On error m is unchanged; [Matrix.Validate] checks the
// rest.
func (m *Matrix) UnmarshalJSON(data []byte) error {
	type plain Matrix // without this method
	return wire.Into(data, (*plain)(m), fieldError)
}

// UnmarshalJSON reads a Ranking as [json.Marshal] writes it, refusing
// fields it does not know ([*FieldError] wrapping [ErrUnknownField]). On
// error r is unchanged.
func (r *Ranking) UnmarshalJSON(data []byte) error {
	type plain Ranking // without this method
	return wire.Into(data, (*plain)(r), fieldError)
}

// UnmarshalJSON reads Priorities as [json.Marshal] writes them, refusing
// fields they do not have ([*FieldError] wrapping [ErrUnknownField]). On
// error p is unchanged.
func (p *Priorities) UnmarshalJSON(data []byte) error {
	type plain Priorities // without this method
	return wire.Into(data, (*plain)(p), fieldError)
}
