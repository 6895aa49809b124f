package commissioning

import (
	"bytes"

	"github.com/opencommissioning/scp/internal/wire"
)

// The package's documents (plans, options, cycles, long and short lists,
// simulations and their results, appraisals) decode strictly: a field the
// type does not have is an error, and every failure is a [*FieldError]
// naming the path of the field at fault, such as "options[2].capital"
// (positions one-based). By the convention of encoding/json, JSON null
// leaves the receiver unchanged, and a value that fails to decode leaves it
// unchanged too.

// UnmarshalJSON reads a plan strictly (see [FieldError]); it does not
// validate the plan: call [Plan.Validate] for that.
func (p *Plan) UnmarshalJSON(data []byte) error {
	type plain Plan
	return decodeInto(data, (*plain)(p))
}

// UnmarshalJSON reads an option strictly (see [FieldError]); it does not
// validate the option: call [Option.Validate] for that.
func (o *Option) UnmarshalJSON(data []byte) error {
	type plain Option
	return decodeInto(data, (*plain)(o))
}

// UnmarshalJSON reads a cycle strictly (see [FieldError]); unknown stage
// names are errors wrapping [ErrUnknownStage].
func (c *Cycle) UnmarshalJSON(data []byte) error {
	type plain Cycle
	return decodeInto(data, (*plain)(c))
}

// UnmarshalJSON reads a long list strictly (see [FieldError]); it does not
// validate the list: call [LongList.Validate] for that.
func (l *LongList) UnmarshalJSON(data []byte) error {
	type plain LongList
	return decodeInto(data, (*plain)(l))
}

// UnmarshalJSON reads a short list strictly (see [FieldError]); it does
// not validate the list: call [ShortList.Validate] for that.
func (s *ShortList) UnmarshalJSON(data []byte) error {
	type plain ShortList
	return decodeInto(data, (*plain)(s))
}

// UnmarshalJSON reads the settings of a simulation strictly (see
// [FieldError]); [Appraiser.Simulate] checks them.
func (s *Simulation) UnmarshalJSON(data []byte) error {
	type plain Simulation
	return decodeInto(data, (*plain)(s))
}

// UnmarshalJSON reads a simulation's result strictly (see [FieldError]);
// its acceptability curve is checked as outcomes.Curve checks it, and an
// error of the curve is wrapped with the path "ceac".
func (r *SimulationResult) UnmarshalJSON(data []byte) error {
	type plain SimulationResult
	return decodeInto(data, (*plain)(r))
}

// UnmarshalJSON reads an appraisal strictly (see [FieldError]).
func (a *Appraisal) UnmarshalJSON(data []byte) error {
	type plain Appraisal
	return decodeInto(data, (*plain)(a))
}

// decodeInto decodes the JSON document data into *p through wire.Decode,
// leaving *p unchanged for JSON null or on error.
func decodeInto[T any](data []byte, p *T) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var v T
	if err := wire.Decode(data, &v); err != nil {
		return decodeErr(err)
	}
	*p = v
	return nil
}

// decodeErr returns a failure of wire.Decode as a [*FieldError] naming the
// field's path. An error of a nested document of this package is placed
// below the path where it stands; a value that cannot be read and carries
// no reason of its own (such as shopspring's "can't convert x to decimal"
// or a string where a number belongs) wraps [ErrSyntax].
func decodeErr(err error) error {
	path, reason := wire.Place(err, nestedField, isTyped)
	return &FieldError{Field: path, Err: reason}
}

// nestedField returns the path and reason of err when it is a
// [*FieldError] of a nested document.
func nestedField(err error) (string, error, bool) {
	if fe, ok := err.(*FieldError); ok {
		return fe.Field, fe.Err, true
	}
	return "", nil, false
}

// isTyped reports whether err is one of this package's typed errors, which
// says why on its own.
func isTyped(err error) bool {
	_, ok := err.(interface{ detail() string })
	return ok
}

// joinPath appends the path inner below outer.
func joinPath(outer, inner string) string { return wire.JoinPath(outer, inner) }
