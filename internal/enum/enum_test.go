package enum

import (
	"errors"
	"testing"
)

type colour uint8

var errColour = errors.New("unknown colour")

var colours = New[colour]("paint", "Colour", 1, errColour, "red", "green", "", "blue")

func TestCodec(t *testing.T) {
	for v, want := range map[colour]string{0: "Colour(0)", 1: "red", 2: "green", 3: "Colour(3)", 4: "blue", 5: "Colour(5)"} {
		if got := colours.String(v); got != want {
			t.Errorf("String(%d) = %q, want %q", v, got, want)
		}
		if colours.Valid(v) != (want[0] != 'C') {
			t.Errorf("Valid(%d) = %v", v, colours.Valid(v))
		}
	}
	for _, name := range colours.Names() {
		v, err := colours.Parse(name)
		if err != nil || colours.String(v) != name {
			t.Errorf("Parse(%q) = %v, %v", name, v, err)
		}
		b, err := colours.Marshal(v)
		if err != nil || string(b) != name {
			t.Errorf("Marshal(%v) = %q, %v", v, b, err)
		}
	}
	var c colour = 2
	if err := colours.Unmarshal(&c, []byte("purple")); !errors.Is(err, errColour) || c != 2 {
		t.Errorf("Unmarshal(purple) = %v, left %d", err, c)
	} else if got, want := err.Error(), `paint: Colour "purple": unknown colour`; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
	if _, err := colours.Marshal(3); !errors.Is(err, errColour) {
		t.Errorf("Marshal(3) error %v", err)
	}
	if _, err := colours.Parse(""); err == nil {
		t.Error("Parse(\"\") succeeded: an empty name must name no value")
	}
}

type myErr struct{ typ, text string }

func (e *myErr) Error() string { return e.typ + e.text }

func TestWithError(t *testing.T) {
	c := New[colour]("paint", "Colour", 0, errColour, "red").WithError(func(typ, text string, _ error) error {
		return &myErr{typ, text}
	})
	_, err := c.Parse("x")
	var me *myErr
	if !errors.As(err, &me) || me.text != "x" {
		t.Errorf("Parse error %v, want *myErr for x", err)
	}
}

func TestNewPanicsOnDuplicateNames(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New with duplicate names did not panic")
		}
	}()
	New[colour]("paint", "Colour", 0, errColour, "red", "red")
}

func TestParseFold(t *testing.T) {
	fold := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	if v, err := colours.ParseFold("GREEN", fold); err != nil || v != 2 {
		t.Errorf("ParseFold(GREEN) = %v, %v", v, err)
	}
	_, err := colours.ParseFold("Mauve", fold)
	if !errors.Is(err, errColour) || err.Error() != `paint: Colour "Mauve": unknown colour` {
		t.Errorf("ParseFold(Mauve): error %v", err)
	}
	if _, err := colours.ParseFold("", fold); err == nil {
		t.Error("ParseFold(\"\") matched the unnamed value")
	}
}
