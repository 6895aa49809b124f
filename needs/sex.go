package needs

import (
	"fmt"
	"strings"
)

// Sex is the sex of a population cell or a rate. The zero Sex is [All]
// (persons, the total of Female and Male).
type Sex uint8

// The sexes. Population statistics in Scotland are published for females and
// males; All is their total.
const (
	All    Sex = iota // persons: Female + Male
	Female            // females
	Male              // males
)

// String returns "All", "Female" or "Male"; ParseSex reads it back.
func (s Sex) String() string {
	switch s {
	case All:
		return "All"
	case Female:
		return "Female"
	case Male:
		return "Male"
	}
	return fmt.Sprintf("Sex(%d)", uint8(s))
}

// Valid reports whether s is one of All, Female and Male.
func (s Sex) Valid() bool { return s <= Male }

// ParseSex reads a sex label, ignoring case and surrounding space. It accepts
// the labels of Public Health Scotland and National Records of Scotland
// ("Female", "Male", "All") and the common synonyms "F", "M", "Females",
// "Males", "Women", "Men", "Persons", "Total", "Both". Anything else wraps
// [ErrUnknownSex].
func ParseSex(s string) (Sex, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "all", "persons", "person", "total", "both", "all persons", "p":
		return All, nil
	case "female", "females", "f", "women", "woman":
		return Female, nil
	case "male", "males", "m", "men", "man":
		return Male, nil
	}
	return All, errf("%q: %w", s, ErrUnknownSex)
}

// MarshalText implements [encoding.TextMarshaler].
func (s Sex) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, errf("%d: %w", uint8(s), ErrUnknownSex)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Sex) UnmarshalText(b []byte) error {
	v, err := ParseSex(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
