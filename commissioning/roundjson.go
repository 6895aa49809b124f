package commissioning

// A round and its artefacts decode strictly, as the package's other
// documents do (see json.go): a misspelt field or a value that does not
// decode is a [*FieldError] naming its path, such as
// "inputs.options[2].capital".

// UnmarshalJSON reads a round strictly; it does not rerun or check it:
// call [Validate] for the statutory checks.
func (r *Round) UnmarshalJSON(data []byte) error {
	type plain Round
	return decodeInto(data, (*plain)(r))
}

// UnmarshalJSON reads a round's inputs strictly.
func (in *Inputs) UnmarshalJSON(data []byte) error {
	type plain Inputs
	return decodeInto(data, (*plain)(in))
}

// UnmarshalJSON reads an assessment strictly.
func (a *Assessment) UnmarshalJSON(data []byte) error {
	type plain Assessment
	return decodeInto(data, (*plain)(a))
}

// UnmarshalJSON reads a Plan stage artefact strictly.
func (s *Strategy) UnmarshalJSON(data []byte) error {
	type plain Strategy
	return decodeInto(data, (*plain)(s))
}

// UnmarshalJSON reads commitments strictly.
func (c *Commitments) UnmarshalJSON(data []byte) error {
	type plain Commitments
	return decodeInto(data, (*plain)(c))
}

// UnmarshalJSON reads a review strictly.
func (r *Review) UnmarshalJSON(data []byte) error {
	type plain Review
	return decodeInto(data, (*plain)(r))
}
