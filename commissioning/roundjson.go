package commissioning

import (
	"github.com/opencommissioning/scp/internal/wire"
)

// DecodeRound reads a round written by encoding/json, strictly: a field
// the round does not have, or a value that does not decode, is a
// [*FieldError] naming its path (such as "inputs.options[2].capital").
func DecodeRound(data []byte) (*Round, error) {
	var r Round
	if err := wire.Decode(data, &r); err != nil {
		return nil, wireError(err)
	}
	return &r, nil
}

// DecodeInputs reads a round's inputs strictly, as [DecodeRound] does.
func DecodeInputs(data []byte) (Inputs, error) {
	var in Inputs
	if err := wire.Decode(data, &in); err != nil {
		return Inputs{}, wireError(err)
	}
	return in, nil
}

// wireError wraps a decoding failure in a FieldError naming its path.
func wireError(err error) error {
	if we, ok := err.(*wire.Error); ok {
		path := we.Path
		if path == "" {
			path = "document"
		}
		return &FieldError{Field: path, Err: we.Err}
	}
	return &FieldError{Field: "document", Err: err}
}
