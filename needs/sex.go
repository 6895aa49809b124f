package needs

import (
	"strings"

	"github.com/opencommissioning/scp/internal/enum"
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

// sexCodec is the text form of Sex.
var sexCodec = enum.New("needs", "Sex", All, ErrUnknownSex, "All", "Female", "Male").WithError(nameError)

// nameError is the error of this package's enum codecs: "needs: Sex "x":
// unknown sex".
func nameError(typ, text string, reason error) error { return errf("%s %q: %w", typ, text, reason) }

// String returns "All", "Female" or "Male"; ParseSex reads it back.
func (s Sex) String() string { return sexCodec.String(s) }

// Valid reports whether s is one of All, Female and Male.
func (s Sex) Valid() bool { return sexCodec.Valid(s) }

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
	return sexCodec.Parse(s)
}

// MarshalText implements [encoding.TextMarshaler].
func (s Sex) MarshalText() ([]byte, error) { return sexCodec.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it reads what
// [ParseSex] reads.
func (s *Sex) UnmarshalText(b []byte) error {
	v, err := ParseSex(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
