// Package enum is the one codec behind the module's enumerated types: their
// String, MarshalText, UnmarshalText and Parse functions. It never appears
// in an exported signature; each package wraps it in methods of its own.
package enum

import (
	"fmt"
	"strconv"
)

// Integer is the set of underlying types of the module's enumerations.
type Integer interface {
	~int | ~int8 | ~uint8
}

// Codec maps the values of an enumerated type T to their text names and
// back. Values are contiguous from First; the zero value of Codec is not
// usable: build one with [New].
type Codec[T Integer] struct {
	pkg, typ string
	first    T
	names    []string
	reason   error
	wrap     func(typ, text string, reason error) error
}

// New returns the codec of type typ of package pkg whose values, from
// first, are named by names. An empty name marks a value that is defined
// but has no text form (such as an unset zero value): String prints it as
// typ(n) and MarshalText refuses it. reason is the sentinel a bad name or
// value wraps. New panics on duplicate names: that is a programming error in
// the package that declares the type.
func New[T Integer](pkg, typ string, first T, reason error, names ...string) *Codec[T] {
	seen := map[string]bool{}
	for _, n := range names {
		if n == "" {
			continue
		}
		if seen[n] {
			panic("enum: " + typ + ": duplicate name " + strconv.Quote(n))
		}
		seen[n] = true
	}
	return &Codec[T]{pkg: pkg, typ: typ, first: first, names: names, reason: reason}
}

// WithError makes the codec report bad names and values through wrap, so
// that a package can return its own exported error type; by default the
// error reads "pkg: Type \"text\": reason".
func (c *Codec[T]) WithError(wrap func(typ, text string, reason error) error) *Codec[T] {
	c.wrap = wrap
	return c
}

// name returns the text name of v, or "" when it has none.
func (c *Codec[T]) name(v T) string {
	i := int(v) - int(c.first)
	if v < c.first || i >= len(c.names) {
		return ""
	}
	return c.names[i]
}

// Valid reports whether v has a text name.
func (c *Codec[T]) Valid(v T) bool { return c.name(v) != "" }

// String returns the name of v, or typ(n) for a value without one.
func (c *Codec[T]) String(v T) string {
	if n := c.name(v); n != "" {
		return n
	}
	return c.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Parse returns the value named text.
func (c *Codec[T]) Parse(text string) (T, error) {
	for i, n := range c.names {
		if n != "" && n == text {
			return c.first + T(i), nil
		}
	}
	return 0, c.err(text)
}

// ParseFold returns the value whose name matches text once both have been
// passed through fold (such as strings.ToLower), for a type that accepts
// variants of its names; the error names text as given.
func (c *Codec[T]) ParseFold(text string, fold func(string) string) (T, error) {
	t := fold(text)
	for i, n := range c.names {
		if n != "" && fold(n) == t {
			return c.first + T(i), nil
		}
	}
	return 0, c.err(text)
}

// Marshal returns the name of v as bytes, or an error for a value without
// one.
func (c *Codec[T]) Marshal(v T) ([]byte, error) {
	if n := c.name(v); n != "" {
		return []byte(n), nil
	}
	return nil, c.err(c.String(v))
}

// Unmarshal sets *p to the value named by text; *p is unchanged on error.
func (c *Codec[T]) Unmarshal(p *T, text []byte) error {
	v, err := c.Parse(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Names returns the defined names in order of value.
func (c *Codec[T]) Names() []string {
	out := make([]string, 0, len(c.names))
	for _, n := range c.names {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

func (c *Codec[T]) err(text string) error {
	if c.wrap != nil {
		return c.wrap(c.typ, text, c.reason)
	}
	return fmt.Errorf("%s: %s %q: %w", c.pkg, c.typ, text, c.reason)
}
