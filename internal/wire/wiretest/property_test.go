package wiretest

import (
	"errors"
	"fmt"
	"strconv"
	"testing"
)

type level int

func (l level) String() string { return strconv.Itoa(int(l)) }

var errLevel = errors.New("bad level")

func parseLevel(s string) (level, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("pkg: level %q: %w", s, errLevel)
	}
	return level(n), nil
}

func parseUnprefixed(s string) (level, error) { return 0, fmt.Errorf("level %q: %w", s, errLevel) }

func parseDrifting(s string) (level, error) { n, _ := strconv.Atoi(s); return level(n + 1), nil }

func TestParseProperty(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parse any
		text  string
		ok    bool
	}{
		{"accepted", parseLevel, "12", true},
		{"refused with the prefix", parseLevel, "x", true},
		{"refused without the prefix", parseUnprefixed, "x", false},
		{"does not parse back", parseDrifting, "1", false},
	} {
		if err := ParseProperty("pkg", tc.parse, tc.text); (err == nil) != tc.ok {
			t.Errorf("%s: ParseProperty = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}

// counter reads one more than it was written as, so it never writes the
// same bytes twice.
type counter int

func (c counter) MarshalJSON() ([]byte, error) { return []byte(strconv.Itoa(int(c))), nil }

func (c *counter) UnmarshalJSON(b []byte) error {
	n, err := strconv.Atoi(string(b))
	*c = counter(n + 1)
	return err
}

func TestDecodeProperty(t *testing.T) {
	newInt := func() any { return new(int) }
	if err := DecodeProperty("pkg", newInt, []byte(`3`)); err != nil {
		t.Errorf("an int: %v", err)
	}
	if err := DecodeProperty("pkg", newInt, []byte(`"3"`)); err == nil {
		t.Error("a string refused by encoding/json without the prefix passed")
	}
	newCounter := func() any { return new(counter) }
	if err := DecodeProperty("pkg", newCounter, []byte(`0`)); err == nil {
		t.Error("a value that does not write back the same bytes passed")
	}
}
