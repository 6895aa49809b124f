package selection

import (
	"github.com/opencommissioning/scp/internal/wire"
)

// fieldError reports a failure of the strict decoder as a [*FieldError]
// naming the field's path.
func fieldError(we *wire.Error) error { return &FieldError{Path: we.Path, Err: we.Err, at: we} }

// UnmarshalJSON reads a Problem as [json.Marshal] writes it. A field the
// Problem or its items and streams do not have is a [*FieldError] wrapping
// [ErrUnknownField] with the field's path (items[2].cost); so is an amount
// or a financial year that cannot be read. On error p is unchanged.
func (p *Problem) UnmarshalJSON(data []byte) error {
	type plain Problem // without this method
	return wire.Into(data, (*plain)(p), fieldError)
}

// UnmarshalJSON reads a Selection as [json.Marshal] writes it, refusing
// fields it does not know ([*FieldError] wrapping [ErrUnknownField]). On
// error s is unchanged.
func (s *Selection) UnmarshalJSON(data []byte) error {
	type plain Selection // without this method
	return wire.Into(data, (*plain)(s), fieldError)
}
