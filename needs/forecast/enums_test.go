package forecast

import (
	"errors"
	"testing"
)

func TestEnumText(t *testing.T) {
	for _, m := range append(Methods(), 0) {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatalf("%v: %v", m, err)
		}
		var back Method
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("Method %v → %q → %v, %v", m, b, back, err)
		}
	}
	for _, f := range []Frequency{0, Yearly, Quarterly, Monthly} {
		b, err := f.MarshalText()
		if err != nil {
			t.Fatalf("%v: %v", f, err)
		}
		var back Frequency
		if err := back.UnmarshalText(b); err != nil || back != f {
			t.Errorf("Frequency %v → %q → %v, %v", f, b, back, err)
		}
	}
	for _, c := range []Component{None, Additive, Multiplicative} {
		b, _ := c.MarshalText()
		var back Component
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("Component %v → %q → %v, %v", c, b, back, err)
		}
	}
	if _, err := Frequency(5).MarshalText(); !errors.Is(err, ErrFrequency) {
		t.Errorf("Frequency(5): %v", err)
	}
	var c Component
	if err := c.UnmarshalText([]byte("X")); !errors.Is(err, ErrMethod) {
		t.Errorf(`Component "X": %v`, err)
	}
	if s := Method(42).String(); s != "Method(42)" {
		t.Errorf("Method(42) = %q", s)
	}
}
