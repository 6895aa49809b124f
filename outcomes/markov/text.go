package markov

import (
	"fmt"

	"github.com/opencommissioning/scp/internal/enum"
)

// The codecs behind the String, Valid, MarshalText, UnmarshalText and Parse
// functions of the enumerated types. A name that is not defined is an
// error wrapping [ErrUnknownName].
var (
	correctionCodec = codec("Correction", StartOfCycle,
		"start of cycle", "end of cycle", "half-cycle", "life table", "Simpson's 1/3", "row weights")
	kindCodec   = codec("Kind", Point, "point", "beta", "gamma", "log-normal", "normal", "Dirichlet")
	effectCodec = codec("Effect", QALYs, "QALYs", "life-years")
	sexCodec    = codec("Sex", Female, "female", "male")
)

// codec returns the text codec of an enumerated type of this package; its
// errors read "markov: Kind \"x\": unknown name".
func codec[T enum.Integer](typ string, first T, names ...string) *enum.Codec[T] {
	return enum.New("markov", typ, first, ErrUnknownName, names...).WithError(func(typ, text string, reason error) error {
		return &nameError{typ: typ, text: text, err: reason}
	})
}

// String returns the correction's name, such as "half-cycle" or
// "Simpson's 1/3"; an undefined value prints as Correction(n).
// [ParseCorrection] reads it back.
func (c Correction) String() string { return correctionCodec.String(c) }

// Valid reports whether c is one of the defined corrections; the zero
// Correction is not.
func (c Correction) Valid() bool { return correctionCodec.Valid(c) }

// ParseCorrection parses the name [Correction.String] writes; the error
// wraps [ErrUnknownName].
func ParseCorrection(text string) (Correction, error) { return correctionCodec.Parse(text) }

// MarshalText returns the correction's name, as JSON carries it; an
// undefined correction, the zero one included, is an error wrapping
// [ErrCorrection].
func (c Correction) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, fmt.Errorf("markov: %v: %w", c, ErrCorrection)
	}
	return correctionCodec.Marshal(c)
}

// UnmarshalText reads a correction's name with [ParseCorrection]; c is
// unchanged on error.
func (c *Correction) UnmarshalText(text []byte) error { return correctionCodec.Unmarshal(c, text) }

// String returns the family's name, such as "beta" or "Dirichlet"; an
// undefined value prints as Kind(n). [ParseKind] reads it back.
func (k Kind) String() string { return kindCodec.String(k) }

// Valid reports whether k is one of the defined families.
func (k Kind) Valid() bool { return kindCodec.Valid(k) }

// ParseKind parses the name [Kind.String] writes; the error wraps
// [ErrUnknownName].
func ParseKind(text string) (Kind, error) { return kindCodec.Parse(text) }

// MarshalText returns the family's name; an undefined family is an error
// wrapping [ErrUnknownName].
func (k Kind) MarshalText() ([]byte, error) { return kindCodec.Marshal(k) }

// UnmarshalText reads a family's name with [ParseKind]; k is unchanged on
// error.
func (k *Kind) UnmarshalText(text []byte) error { return kindCodec.Unmarshal(k, text) }

// String returns "QALYs" or "life-years"; an undefined value prints as
// Effect(n). [ParseEffect] reads it back.
func (e Effect) String() string { return effectCodec.String(e) }

// Valid reports whether e is [QALYs] or [LifeYears].
func (e Effect) Valid() bool { return effectCodec.Valid(e) }

// ParseEffect parses "QALYs" or "life-years"; the error wraps
// [ErrUnknownName].
func ParseEffect(text string) (Effect, error) { return effectCodec.Parse(text) }

// MarshalText returns "QALYs" or "life-years"; an undefined measure is an
// error wrapping [ErrUnknownName].
func (e Effect) MarshalText() ([]byte, error) { return effectCodec.Marshal(e) }

// UnmarshalText reads "QALYs" or "life-years" with [ParseEffect]; e is
// unchanged on error.
func (e *Effect) UnmarshalText(text []byte) error { return effectCodec.Unmarshal(e, text) }

// String returns "female" or "male"; an undefined value prints as Sex(n).
// [ParseSex] reads it back.
func (s Sex) String() string { return sexCodec.String(s) }

// Valid reports whether s is [Female] or [Male].
func (s Sex) Valid() bool { return sexCodec.Valid(s) }

// ParseSex parses "female" or "male"; the error wraps [ErrUnknownName].
func ParseSex(text string) (Sex, error) { return sexCodec.Parse(text) }

// MarshalText returns "female" or "male"; an undefined sex is an error
// wrapping [ErrUnknownName].
func (s Sex) MarshalText() ([]byte, error) { return sexCodec.Marshal(s) }

// UnmarshalText reads "female" or "male" with [ParseSex]; s is unchanged
// on error.
func (s *Sex) UnmarshalText(text []byte) error { return sexCodec.Unmarshal(s, text) }
