package outcomes

import (
	"fmt"

	"github.com/opencommissioning/scp/internal/enum"
)

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

// codec returns the text codec of an enumerated type of this package,
// whose errors are [*NameError]s.
func codec[T enum.Integer](typ string, first T, sentinel error, names ...string) *enum.Codec[T] {
	return enum.New("outcomes", typ, first, sentinel, names...).WithError(func(typ, text string, reason error) error {
		return &NameError{Type: typ, Text: text, Err: reason}
	})
}

// The codecs behind the String, Valid, MarshalText, UnmarshalText and
// Parse functions of the enumerated types.
var (
	directionCodec  = codec("Direction", HigherIsBetter, ErrDirection, "higher is better", "lower is better", "neither")
	scaleCodec      = codec("Scale", Percent, ErrScale, "%", "per 1,000", "per 100,000", "count", "£")
	shapeCodec      = codec("Shape", Linear, ErrShape, "linear", "compound")
	statusCodec     = codec("Status", Green, ErrUnknownName, "green", "amber", "red")
	basisCodec      = codec("Basis", Unspecified, ErrUnknownName, "unspecified", "survey", "data")
	targetCodec     = codec("Target", NoTarget, ErrUnknownName, "none", "outcome", "indicator", "priority")
	dominanceCodec  = codec("Dominance", Efficient, ErrUnknownName, "efficient", "strongly dominated", "extendedly dominated")
	quadrantCodec   = codec("Quadrant", MoreCostlyMoreEffective, ErrUnknownName, "more costly, more effective", "dominant", "dominated", "less costly, less effective")
	verdictCodec    = codec("Verdict", Stable, ErrUnknownName, "stable", "improving", "worsening")
	assumptionCodec = codec("Assumption", QuantityAssumption, ErrUnknownName, "quantity", "financial proxy", "deadweight", "displacement", "attribution", "drop-off", "duration")
	reductionsCodec = codec("Reductions", Sequential, ErrUnknownName, "sequential", "additive")
)

// String returns "higher is better", "lower is better" or "neither"; an undefined value prints as Direction(n). [ParseDirection] reads
// it back.
func (d Direction) String() string { return directionCodec.String(d) }

// Valid reports whether d is [HigherIsBetter], [LowerIsBetter] or [Neither]; the zero Direction is unset and not valid.
func (d Direction) Valid() bool { return directionCodec.Valid(d) }

// ParseDirection parses the text that [Direction.String] writes. The error is a
// [*NameError] wrapping [ErrDirection].
func ParseDirection(text string) (Direction, error) { return directionCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrDirection].
func (d Direction) MarshalText() ([]byte, error) { return directionCodec.Marshal(d) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDirection].
func (d *Direction) UnmarshalText(text []byte) error { return directionCodec.Unmarshal(d, text) }

// String returns "%", "per 1,000", "per 100,000", "count" or "£"; an undefined value prints as Scale(n). [ParseScale] reads
// it back.
func (s Scale) String() string { return scaleCodec.String(s) }

// Valid reports whether s is one of the defined scales.
func (s Scale) Valid() bool { return scaleCodec.Valid(s) }

// ParseScale parses the text that [Scale.String] writes. The error is a
// [*NameError] wrapping [ErrScale].
func ParseScale(text string) (Scale, error) { return scaleCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrScale].
func (s Scale) MarshalText() ([]byte, error) { return scaleCodec.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseScale].
func (s *Scale) UnmarshalText(text []byte) error { return scaleCodec.Unmarshal(s, text) }

// String returns "linear" or "compound"; an undefined value prints as Shape(n). [ParseShape] reads
// it back.
func (s Shape) String() string { return shapeCodec.String(s) }

// Valid reports whether s is [Linear] or [Compound].
func (s Shape) Valid() bool { return shapeCodec.Valid(s) }

// ParseShape parses the text that [Shape.String] writes. The error is a
// [*NameError] wrapping [ErrShape].
func ParseShape(text string) (Shape, error) { return shapeCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrShape].
func (s Shape) MarshalText() ([]byte, error) { return shapeCodec.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseShape].
func (s *Shape) UnmarshalText(text []byte) error { return shapeCodec.Unmarshal(s, text) }

// String returns "green", "amber" or "red"; an undefined value prints as Status(n). [ParseStatus] reads
// it back.
func (s Status) String() string { return statusCodec.String(s) }

// Valid reports whether s is [Green], [Amber] or [Red].
func (s Status) Valid() bool { return statusCodec.Valid(s) }

// ParseStatus parses the text that [Status.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseStatus(text string) (Status, error) { return statusCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (s Status) MarshalText() ([]byte, error) { return statusCodec.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStatus].
func (s *Status) UnmarshalText(text []byte) error { return statusCodec.Unmarshal(s, text) }

// String returns "unspecified", "survey" or "data"; an undefined value prints as Basis(n). [ParseBasis] reads
// it back.
func (b Basis) String() string { return basisCodec.String(b) }

// Valid reports whether b is [Unspecified], [Survey] or [Data].
func (b Basis) Valid() bool { return basisCodec.Valid(b) }

// ParseBasis parses the text that [Basis.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseBasis(text string) (Basis, error) { return basisCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (b Basis) MarshalText() ([]byte, error) { return basisCodec.Marshal(b) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseBasis].
func (b *Basis) UnmarshalText(text []byte) error { return basisCodec.Unmarshal(b, text) }

// String returns "none", "outcome", "indicator" or "priority"; an undefined value prints as Target(n). [ParseTarget] reads
// it back.
func (t Target) String() string { return targetCodec.String(t) }

// Valid reports whether t is [NoTarget], [OutcomeTarget], [IndicatorTarget] or [PriorityTarget].
func (t Target) Valid() bool { return targetCodec.Valid(t) }

// ParseTarget parses the text that [Target.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseTarget(text string) (Target, error) { return targetCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (t Target) MarshalText() ([]byte, error) { return targetCodec.Marshal(t) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseTarget].
func (t *Target) UnmarshalText(text []byte) error { return targetCodec.Unmarshal(t, text) }

// String returns "efficient", "strongly dominated" or "extendedly dominated"; an undefined value prints as Dominance(n). [ParseDominance] reads
// it back.
func (d Dominance) String() string { return dominanceCodec.String(d) }

// Valid reports whether d is [Efficient], [StronglyDominated] or [ExtendedlyDominated].
func (d Dominance) Valid() bool { return dominanceCodec.Valid(d) }

// ParseDominance parses the text that [Dominance.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseDominance(text string) (Dominance, error) { return dominanceCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (d Dominance) MarshalText() ([]byte, error) { return dominanceCodec.Marshal(d) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDominance].
func (d *Dominance) UnmarshalText(text []byte) error { return dominanceCodec.Unmarshal(d, text) }

// String returns "more costly, more effective", "dominant", "dominated" or "less costly, less effective"; an undefined value prints as Quadrant(n). [ParseQuadrant] reads
// it back.
func (q Quadrant) String() string { return quadrantCodec.String(q) }

// Valid reports whether q is one of the four quadrants.
func (q Quadrant) Valid() bool { return quadrantCodec.Valid(q) }

// ParseQuadrant parses the text that [Quadrant.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseQuadrant(text string) (Quadrant, error) { return quadrantCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (q Quadrant) MarshalText() ([]byte, error) { return quadrantCodec.Marshal(q) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseQuadrant].
func (q *Quadrant) UnmarshalText(text []byte) error { return quadrantCodec.Unmarshal(q, text) }

// String returns "stable", "improving" or "worsening"; an undefined value prints as Verdict(n). [ParseVerdict] reads
// it back.
func (v Verdict) String() string { return verdictCodec.String(v) }

// Valid reports whether v is [Stable], [Improving] or [Worsening].
func (v Verdict) Valid() bool { return verdictCodec.Valid(v) }

// ParseVerdict parses the text that [Verdict.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseVerdict(text string) (Verdict, error) { return verdictCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (v Verdict) MarshalText() ([]byte, error) { return verdictCodec.Marshal(v) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseVerdict].
func (v *Verdict) UnmarshalText(text []byte) error { return verdictCodec.Unmarshal(v, text) }

// String returns the assumption's name, such as "deadweight" or "financial proxy"; an undefined value prints as Assumption(n). [ParseAssumption] reads
// it back.
func (a Assumption) String() string { return assumptionCodec.String(a) }

// Valid reports whether a is one of the seven assumptions.
func (a Assumption) Valid() bool { return assumptionCodec.Valid(a) }

// ParseAssumption parses the text that [Assumption.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseAssumption(text string) (Assumption, error) { return assumptionCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (a Assumption) MarshalText() ([]byte, error) { return assumptionCodec.Marshal(a) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseAssumption].
func (a *Assumption) UnmarshalText(text []byte) error { return assumptionCodec.Unmarshal(a, text) }

// String returns "sequential" or "additive"; an undefined value prints as Reductions(n). [ParseReductions] reads
// it back.
func (r Reductions) String() string { return reductionsCodec.String(r) }

// Valid reports whether r is [Sequential] or [Additive].
func (r Reductions) Valid() bool { return reductionsCodec.Valid(r) }

// ParseReductions parses the text that [Reductions.String] writes. The error is a
// [*NameError] wrapping [ErrUnknownName].
func ParseReductions(text string) (Reductions, error) { return reductionsCodec.Parse(text) }

// MarshalText implements [encoding.TextMarshaler]; an undefined value is a
// [*NameError] wrapping [ErrUnknownName].
func (r Reductions) MarshalText() ([]byte, error) { return reductionsCodec.Marshal(r) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseReductions].
func (r *Reductions) UnmarshalText(text []byte) error { return reductionsCodec.Unmarshal(r, text) }
