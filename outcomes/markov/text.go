package markov

import "fmt"

// unmarshalName sets *v to the value among vals whose String is text.
func unmarshalName[T interface {
	~int8
	String() string
}](v *T, text []byte, vals []T, what string) error {
	for _, x := range vals {
		if x.String() == string(text) {
			*v = x
			return nil
		}
	}
	return fmt.Errorf("markov: %w: %q is no %s", ErrName, text, what)
}

// MarshalText returns the correction's name, as JSON carries it.
func (c Correction) MarshalText() ([]byte, error) {
	if !c.valid() {
		return nil, fmt.Errorf("markov: %w: %v", ErrCorrection, c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText reads a correction's name.
func (c *Correction) UnmarshalText(text []byte) error {
	return unmarshalName(c, text, []Correction{StartOfCycle, EndOfCycle, HalfCycle, LifeTable, Simpson, RowWeights}, "within-cycle correction")
}

// MarshalText returns the family's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a family's name.
func (k *Kind) UnmarshalText(text []byte) error {
	return unmarshalName(k, text, []Kind{Point, Beta, Gamma, LogNormal, Normal, Dirichlet}, "distribution")
}

// MarshalText returns "QALYs" or "life-years".
func (e Effect) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// UnmarshalText reads "QALYs" or "life-years".
func (e *Effect) UnmarshalText(text []byte) error {
	return unmarshalName(e, text, []Effect{QALYs, LifeYears}, "measure of effect")
}

// MarshalText returns "female" or "male".
func (s Sex) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads "female" or "male".
func (s *Sex) UnmarshalText(text []byte) error {
	return unmarshalName(s, text, []Sex{Female, Male}, "sex")
}
