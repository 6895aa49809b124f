package selection

import (
	"errors"

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

// UnmarshalJSON reads a Problem as [json.Marshal] writes it. A field the
// Problem or its items and streams do not have is a [*FieldError] wrapping
// [ErrUnknownField] with the field's path (items[2].cost); so is an amount
// or a financial year that cannot be read. On error p is unchanged.
func (p *Problem) UnmarshalJSON(data []byte) error {
	type plain Problem // without this method
	var v plain
	if err := decode(data, &v); err != nil {
		return err
	}
	*p = Problem(v)
	return nil
}

// UnmarshalJSON reads a Selection as [json.Marshal] writes it, refusing
// fields it does not know ([*FieldError] wrapping [ErrUnknownField]). On
// error s is unchanged.
func (s *Selection) UnmarshalJSON(data []byte) error {
	type plain Selection // without this method
	var v plain
	if err := decode(data, &v); err != nil {
		return err
	}
	*s = Selection(v)
	return nil
}
