package forecast

import "github.com/opencommissioning/scp/internal/enum"

// The text forms of the enumerated types. An empty name marks a value
// without one.
var (
	componentCodec = enum.New("forecast", "Component", None, ErrMethod, "N", "A", "M")
	methodCodec    = enum.New("forecast", "Method", Naive, ErrMethod,
		"Naive", "SNaive", "Drift", "Linear", "SES", "Holt", "Damped", "ETS", "Theta", "Comb", "Auto",
		"STM", "OTM", "DSTM", "DOTM", "AutoTheta", "Ensemble")
	frequencyCodec = enum.New("forecast", "Frequency", Yearly, ErrFrequency,
		"yearly", "", "", "quarterly", "", "", "", "", "", "", "", "monthly")
)

// String returns "N", "A" or "M".
func (c Component) String() string { return componentCodec.String(c) }

// MarshalText implements [encoding.TextMarshaler]: "N", "A" or "M".
func (c Component) MarshalText() ([]byte, error) { return componentCodec.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler]; errors wrap [ErrMethod].
func (c *Component) UnmarshalText(b []byte) error { return componentCodec.Unmarshal(c, b) }

// String returns the method's short name.
func (m Method) String() string { return methodCodec.String(m) }

// ParseMethod returns the method whose String is s (case-sensitive); errors
// wrap [ErrMethod].
func ParseMethod(s string) (Method, error) { return methodCodec.Parse(s) }

// MarshalText implements [encoding.TextMarshaler]: the method's String, and
// "" for the zero Method, so that a zero value marshals.
func (m Method) MarshalText() ([]byte, error) {
	if m == 0 {
		return []byte{}, nil
	}
	return methodCodec.Marshal(m)
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it reads what
// [Method.MarshalText] writes.
func (m *Method) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = 0
		return nil
	}
	return methodCodec.Unmarshal(m, b)
}

// String returns "yearly", "quarterly" or "monthly".
func (f Frequency) String() string { return frequencyCodec.String(f) }

func (f Frequency) valid() bool { return frequencyCodec.Valid(f) }

// MarshalText implements [encoding.TextMarshaler]: "yearly", "quarterly",
// "monthly", and "" for the zero Frequency (read as yearly by [Series]).
func (f Frequency) MarshalText() ([]byte, error) {
	if f == 0 {
		return []byte{}, nil
	}
	return frequencyCodec.Marshal(f)
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it reads what
// [Frequency.MarshalText] writes; errors wrap [ErrFrequency].
func (f *Frequency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = 0
		return nil
	}
	return frequencyCodec.Unmarshal(f, b)
}
