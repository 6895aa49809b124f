package outcomes

import "fmt"

// NameError reports text that names no value of one of this package's
// enumerated types, such as a [Status] "purple" read from JSON, or a value
// outside the defined ones asked to be written as text. It unwraps to the
// sentinel of the type where there is one ([ErrDirection], [ErrScale],
// [ErrShape]) and otherwise to [ErrUnknownName]; errors.Is(err,
// ErrUnknownName) holds for every NameError.
type NameError struct {
	Type string // the type, such as "Status"
	Text string // the text that names no value, or an undefined value as Type(n)
	Err  error  // the sentinel
}

// Error implements the error interface.
func (e *NameError) Error() string { return "outcomes: " + e.detail() }

func (e *NameError) detail() string { return fmt.Sprintf("%s %q: %v", e.Type, e.Text, e.Err) }

// Unwrap returns the sentinel.
func (e *NameError) Unwrap() error { return e.Err }

// Is reports whether target is [ErrUnknownName], which every NameError is.
func (e *NameError) Is(target error) bool { return target == ErrUnknownName }

// enum is implemented by the enumerated types of this package: each has a
// small range of int8 values starting at 0 or 1, a Valid method and a
// String that is unique among the valid values.
type enum interface {
	~int8
	String() string
	Valid() bool
}

// parseName returns the valid value of T whose String is text.
func parseName[T enum](typ, text string, sentinel error) (T, error) {
	for v := T(0); v < 64; v++ {
		if v.Valid() && v.String() == text {
			return v, nil
		}
	}
	return 0, &NameError{Type: typ, Text: text, Err: sentinel}
}

// marshalName returns the String of v, or a [*NameError] for an undefined
// v, with the value as Type(n) for its text.
func marshalName[T enum](typ string, v T, sentinel error) ([]byte, error) {
	if !v.Valid() {
		return nil, &NameError{Type: typ, Text: fmt.Sprintf("%s(%d)", typ, int8(v)), Err: sentinel}
	}
	return []byte(v.String()), nil
}

// unmarshalName sets *p to the value named by text.
func unmarshalName[T enum](typ string, p *T, text []byte, sentinel error) error {
	v, err := parseName[T](typ, string(text), sentinel)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Valid reports whether s is [Linear] or [Compound].
func (s Shape) Valid() bool { return s == Linear || s == Compound }

// ParseShape parses the text that [Shape.String] writes. The error is a
// [*NameError] wrapping [ErrShape].
func ParseShape(text string) (Shape, error) { return parseName[Shape]("Shape", text, ErrShape) }

// MarshalText implements [encoding.TextMarshaler]; an undefined shape is
// an error wrapping [ErrShape].
func (s Shape) MarshalText() ([]byte, error) { return marshalName("Shape", s, ErrShape) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseShape].
func (s *Shape) UnmarshalText(text []byte) error { return unmarshalName("Shape", s, text, ErrShape) }

// Valid reports whether s is [Green], [Amber] or [Red].
func (s Status) Valid() bool { return s >= Green && s <= Red }

// ParseStatus parses the text that [Status.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseStatus(text string) (Status, error) {
	return parseName[Status]("Status", text, ErrUnknownName)
}

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) { return marshalName("Status", s, ErrUnknownName) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStatus].
func (s *Status) UnmarshalText(text []byte) error {
	return unmarshalName("Status", s, text, ErrUnknownName)
}

// Valid reports whether b is [Unspecified], [Survey] or [Data].
func (b Basis) Valid() bool { return b >= Unspecified && b <= Data }

// ParseBasis parses the text that [Basis.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseBasis(text string) (Basis, error) { return parseName[Basis]("Basis", text, ErrUnknownName) }

// MarshalText implements [encoding.TextMarshaler].
func (b Basis) MarshalText() ([]byte, error) { return marshalName("Basis", b, ErrUnknownName) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseBasis].
func (b *Basis) UnmarshalText(text []byte) error {
	return unmarshalName("Basis", b, text, ErrUnknownName)
}

// Valid reports whether t is [NoTarget], [OutcomeTarget],
// [IndicatorTarget] or [PriorityTarget].
func (t Target) Valid() bool { return t >= NoTarget && t <= PriorityTarget }

// ParseTarget parses the text that [Target.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseTarget(text string) (Target, error) {
	return parseName[Target]("Target", text, ErrUnknownName)
}

// MarshalText implements [encoding.TextMarshaler].
func (t Target) MarshalText() ([]byte, error) { return marshalName("Target", t, ErrUnknownName) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseTarget].
func (t *Target) UnmarshalText(text []byte) error {
	return unmarshalName("Target", t, text, ErrUnknownName)
}

// Valid reports whether d is [Efficient], [StronglyDominated] or
// [ExtendedlyDominated].
func (d Dominance) Valid() bool { return d >= Efficient && d <= ExtendedlyDominated }

// ParseDominance parses the text that [Dominance.String] writes. The error
// is a [*NameError] wrapping [ErrUnknownName].
func ParseDominance(text string) (Dominance, error) {
	return parseName[Dominance]("Dominance", text, ErrUnknownName)
}

// MarshalText implements [encoding.TextMarshaler].
func (d Dominance) MarshalText() ([]byte, error) {
	return marshalName("Dominance", d, ErrUnknownName)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDominance].
func (d *Dominance) UnmarshalText(text []byte) error {
	return unmarshalName("Dominance", d, text, ErrUnknownName)
}

// Valid reports whether q is one of the four quadrants.
func (q Quadrant) Valid() bool { return q >= MoreCostlyMoreEffective && q <= LessCostlyLessEffective }

// ParseQuadrant parses the text that [Quadrant.String] writes. The error is
// a [*NameError] wrapping [ErrUnknownName].
func ParseQuadrant(text string) (Quadrant, error) {
	return parseName[Quadrant]("Quadrant", text, ErrUnknownName)
}

// MarshalText implements [encoding.TextMarshaler].
func (q Quadrant) MarshalText() ([]byte, error) { return marshalName("Quadrant", q, ErrUnknownName) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseQuadrant].
func (q *Quadrant) UnmarshalText(text []byte) error {
	return unmarshalName("Quadrant", q, text, ErrUnknownName)
}

// Valid reports whether v is [Stable], [Improving] or [Worsening].
func (v Verdict) Valid() bool { return v >= Stable && v <= Worsening }

// ParseVerdict parses the text that [Verdict.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseVerdict(text string) (Verdict, error) {
	return parseName[Verdict]("Verdict", text, ErrUnknownName)
}

// MarshalText implements [encoding.TextMarshaler].
func (v Verdict) MarshalText() ([]byte, error) { return marshalName("Verdict", v, ErrUnknownName) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseVerdict].
func (v *Verdict) UnmarshalText(text []byte) error {
	return unmarshalName("Verdict", v, text, ErrUnknownName)
}

// Valid reports whether a is one of the seven assumptions.
func (a Assumption) Valid() bool { return a >= QuantityAssumption && a <= DurationAssumption }

// ParseAssumption parses the text that [Assumption.String] writes. The
// error is a [*NameError] wrapping [ErrUnknownName].
func ParseAssumption(text string) (Assumption, error) {
	return parseName[Assumption]("Assumption", text, ErrUnknownName)
}

// MarshalText implements [encoding.TextMarshaler].
func (a Assumption) MarshalText() ([]byte, error) {
	return marshalName("Assumption", a, ErrUnknownName)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseAssumption].
func (a *Assumption) UnmarshalText(text []byte) error {
	return unmarshalName("Assumption", a, text, ErrUnknownName)
}

// Valid reports whether r is [Sequential] or [Additive].
func (r Reductions) Valid() bool { return r == Sequential || r == Additive }

// ParseReductions parses the text that [Reductions.String] writes. The
// error is a [*NameError] wrapping [ErrUnknownName].
func ParseReductions(text string) (Reductions, error) {
	return parseName[Reductions]("Reductions", text, ErrUnknownName)
}

// MarshalText implements [encoding.TextMarshaler].
func (r Reductions) MarshalText() ([]byte, error) {
	return marshalName("Reductions", r, ErrUnknownName)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseReductions].
func (r *Reductions) UnmarshalText(text []byte) error {
	return unmarshalName("Reductions", r, text, ErrUnknownName)
}
