package markov

import (
	"bytes"
	"errors"

	"github.com/opencommissioning/scp/internal/wire"
)

// The documents of this package — results, probabilistic draws, budget
// impact tables, simulation settings, parameters and life tables — are
// read strictly: a field the type does not have is a [*FieldError]
// wrapping [ErrUnknownField], and a value that cannot be read one naming
// the field's path, positions one-based. By the convention of
// encoding/json, JSON null leaves the receiver unchanged.

func isNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }

// decode reads data into *dst, a document of type typ, strictly.
func decode[T any](typ string, data []byte, dst *T) error {
	if isNull(data) {
		return nil
	}
	return wire.Into(data, dst, decoder(typ))
}

// UnmarshalJSON reads a result strictly; see [FieldError].
func (r *Result) UnmarshalJSON(data []byte) error {
	type plain Result
	return decode("Result", data, (*plain)(r))
}

// UnmarshalJSON reads the draws of a probabilistic analysis strictly; see
// [FieldError].
func (p *PSA) UnmarshalJSON(data []byte) error {
	type plain PSA
	return decode("PSA", data, (*plain)(p))
}

// UnmarshalJSON reads a budget impact table strictly; an amount that is
// not money is a [*FieldError] naming its cell, such as "impact[2][1]".
func (t *BudgetTable) UnmarshalJSON(data []byte) error {
	type plain BudgetTable
	return decode("BudgetTable", data, (*plain)(t))
}

// UnmarshalJSON reads the settings of a probabilistic analysis strictly;
// see [FieldError].
func (s *Simulation) UnmarshalJSON(data []byte) error {
	type plain Simulation
	return decode("Simulation", data, (*plain)(s))
}

// UnmarshalJSON reads a parameter strictly; see [FieldError]. A list of
// parameters is checked as a whole by [Model.Validate].
func (p *Parameter) UnmarshalJSON(data []byte) error {
	type plain Parameter
	return decode("Parameter", data, (*plain)(p))
}

// UnmarshalJSON reads a life table strictly and checks it with
// [MortalityTable.Validate]; a table that fails is a [*FieldError] naming
// the field, such as "male[3]", and lt is unchanged. The zero table, with
// no ages and no probabilities, reads back as itself.
func (lt *MortalityTable) UnmarshalJSON(data []byte) error {
	type plain MortalityTable
	var v MortalityTable
	if err := decode("MortalityTable", data, (*plain)(&v)); err != nil || isNull(data) {
		return err
	}
	if len(v.Ages)+len(v.Female)+len(v.Male) == 0 {
		*lt = MortalityTable{} // the zero table reads back
		return nil
	}
	if err := v.Validate(); err != nil {
		var e *Error
		if errors.As(err, &e) {
			return &FieldError{Type: "MortalityTable", Path: e.Field, Err: e.Err}
		}
		return err
	}
	*lt = v
	return nil
}
